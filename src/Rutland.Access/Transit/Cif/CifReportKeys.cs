namespace Rutland.Access.Transit.Cif;

/// <summary>The <see cref="Timetable.LoadReport"/> keys the CIF reader counts under.</summary>
public static class CifReportKeys
{
    public const string CallsAtUnknownStations = "calls at TIPLOCs with no station in the station list (left out of the stop list; the train still runs through)";
    public const string PassingPoints = "passing points (LI with a pass time only; not calls)";
    public const string SchedulesWithTooFewStations = "schedules calling at fewer than two known stations (no trip made)";
    public const string NonPassengerSchedules = "freight and trip schedules (train status F, T, 2, 3) skipped";
    public const string BankHolidayRestrictionsNotApplied = "schedules not running on bank holidays (no bank-holiday calendar: restriction not applied)";
    public const string UnknownOperators = "schedules whose ATOC code has no known operator name (agency named by the code)";
    public const string DeletionsOfUnknownSchedules = "D (delete) transactions for schedules not in this file";
    public const string MissingTrailer = "file ends without the ZZ trailer record (extract or truncated file)";
    public const string UnappliedRecords = "association (AA), change-en-route (CR), note (TN/LN) and TIPLOC delete (TD) records not applied";
}

using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Cif;

/// <summary>
/// A BS basic schedule with its BX operator and location records. Schedules of one train UID overlay each other
/// by STP indicator: on a date, C (cancellation) beats N (new STP) beats O (overlay) beats P (permanent).
/// </summary>
internal sealed class CifSchedule
{
    public required string File { get; init; }
    public required long Line { get; init; }
    public required string TrainUid { get; init; }
    public required DateOnly RunsFrom { get; init; }
    public required DateOnly RunsTo { get; init; }
    public required DaysOfWeek Days { get; init; }
    public required char BankHolidayRunning { get; init; }
    public required char TrainStatus { get; init; }
    public required string? Headcode { get; init; }
    public required char StpIndicator { get; init; }
    public string? AtocCode { get; set; }
    public List<CifCall> Calls { get; } = [];

    /// <summary>Service and trip id, e.g. C74223-P-200316.</summary>
    public string Id => $"{TrainUid}-{StpIndicator}-{RunsFrom:yyMMdd}";

    public int Priority => StpIndicator switch { 'C' => 3, 'N' => 2, 'O' => 1, _ => 0 };

    public bool RunsOn(DateOnly date) => date >= RunsFrom && date <= RunsTo && Days.Includes(date.DayOfWeek);
}

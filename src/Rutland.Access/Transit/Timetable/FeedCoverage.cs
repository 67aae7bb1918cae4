namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// What one feed says about one date: whether the date is within its <see cref="ServicePeriod"/> (in force), how many
/// of its trips run that day by kind (fixed-route bus, rail, on-demand), and how many of its services calendar_dates.txt (or
/// a CIF overlay) removes that day although their weekly pattern would run — a bank holiday, typically.
/// </summary>
public sealed record FeedCoverage(string FeedId, ServicePeriod? Period, bool InForce, TripCounts TripsOnDate, int ServicesRemovedOnDate);

namespace Rutland.Access.Scenarios;

/// <summary>An LSOA whose time to its nearest destination differs between two scenarios (first minus second; negative = faster).</summary>
public sealed record LsoaDifference(string Lsoa, string Name, int Population,
    double? DriveMinutesFirst, double? DriveMinutesSecond, double? PtMinutesFirst = null, double? PtMinutesSecond = null)
{
    public double? DriveMinutesChange => DriveMinutesFirst - DriveMinutesSecond;
    public double? PtMinutesChange => PtMinutesFirst - PtMinutesSecond;
}

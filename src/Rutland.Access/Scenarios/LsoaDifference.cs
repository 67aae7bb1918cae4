namespace Rutland.Access.Scenarios;

/// <summary>An LSOA whose drive time to its nearest destination differs between two scenarios (first minus second; negative = faster).</summary>
public sealed record LsoaDifference(string Lsoa, string Name, int Population, double? DriveMinutesFirst, double? DriveMinutesSecond)
{
    public double? DriveMinutesChange => DriveMinutesFirst - DriveMinutesSecond;
}

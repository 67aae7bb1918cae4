namespace Rutland.Access.Scenarios;

/// <summary>One LSOA's access in one scenario: drive minutes to its nearest destination and which that is (null = no route).</summary>
public sealed record LsoaScenarioAccess(string Lsoa, string Name, int Population, int Aged65Plus, bool MostDeprived,
    double? DriveMinutes, string? NearestByDrive);

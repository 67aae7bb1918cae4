namespace Rutland.Access.Scenarios;

/// <summary>
/// One LSOA's access in one scenario: drive minutes to its nearest destination and which that is, and the same by public
/// transport (median over the departure window). Null minutes = no route (drive) or no median (PT).
/// </summary>
public sealed record LsoaScenarioAccess(string Lsoa, string Name, int Population, int Aged65Plus, bool MostDeprived,
    double? DriveMinutes, string? NearestByDrive, double? PtMinutes, string? NearestByPt);

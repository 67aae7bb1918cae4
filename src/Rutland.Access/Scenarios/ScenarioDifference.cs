namespace Rutland.Access.Scenarios;

/// <summary>
/// One scenario's figures minus another's, and the LSOAs whose access changed. Antisymmetric by construction:
/// Between(a, b) is −Between(b, a) field by field, with first and second swapped in each LSOA.
/// </summary>
public sealed record ScenarioDifference(string First, string Second, ModeFigures Drive, IReadOnlyList<LsoaDifference> ChangedLsoas)
{
    public static ScenarioDifference Between(ScenarioFigures first, ScenarioFigures second)
    {
        var secondByCode = second.Lsoas.ToDictionary(l => l.Lsoa, StringComparer.Ordinal);
        var changed = first.Lsoas
            .Select(a => (a, b: secondByCode[a.Lsoa]))
            .Where(x => x.a.DriveMinutes != x.b.DriveMinutes)
            .Select(x => new LsoaDifference(x.a.Lsoa, x.a.Name, x.a.Population, x.a.DriveMinutes, x.b.DriveMinutes))
            .ToArray();
        return new ScenarioDifference(first.Name, second.Name, first.Drive.Minus(second.Drive), changed);
    }
}

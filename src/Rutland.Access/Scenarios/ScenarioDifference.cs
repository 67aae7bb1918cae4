using Rutland.Access.Equity;

namespace Rutland.Access.Scenarios;

/// <summary>
/// One scenario's figures minus another's, the LSOAs whose access changed, and the flags raised in the first but not
/// the second (gained) and the other way round (lost). Antisymmetric by construction: Between(a, b) is −Between(b, a)
/// field by field, with first and second swapped in each LSOA and gained and lost exchanged.
/// </summary>
public sealed record ScenarioDifference(string First, string Second, ModeFigures Drive, ModeFigures? Pt,
    IReadOnlyList<LsoaDifference> ChangedLsoas, IReadOnlyList<EquityFlag> FlagsGained, IReadOnlyList<EquityFlag> FlagsLost)
{
    public static ScenarioDifference Between(ScenarioFigures first, ScenarioFigures second)
    {
        var secondByCode = second.Lsoas.ToDictionary(l => l.Lsoa, StringComparer.Ordinal);
        var changed = first.Lsoas
            .Select(a => (a, b: secondByCode[a.Lsoa]))
            .Where(x => x.a.DriveMinutes != x.b.DriveMinutes || x.a.PtMinutes != x.b.PtMinutes)
            .Select(x => new LsoaDifference(x.a.Lsoa, x.a.Name, x.a.Population, x.a.DriveMinutes, x.b.DriveMinutes, x.a.PtMinutes, x.b.PtMinutes))
            .ToArray();
        var pt = first.Pt is { } a && second.Pt is { } b ? a.Minus(b) : null;
        return new ScenarioDifference(first.Name, second.Name, first.Drive.Minus(second.Drive), pt, changed,
            Except(first.Flags, second.Flags), Except(second.Flags, first.Flags));
    }

    private static IReadOnlyList<EquityFlag> Except(IReadOnlyList<EquityFlag>? these, IReadOnlyList<EquityFlag>? those)
    {
        if (these is null || those is null) return [];
        var keys = those.Select(f => (f.LsoaCode, f.Code)).ToHashSet();
        return these.Where(f => !keys.Contains((f.LsoaCode, f.Code))).ToArray();
    }
}

namespace Rutland.Access.Equity;

/// <summary>
/// Quintiles among the units of a study area (here the 23 Rutland LSOAs), not national ones: Rutland has no LSOA in
/// England's most deprived fifth, so national quintiles would say nothing about inequality within the county.
/// </summary>
public static class LocalQuintiles
{
    public const int Count = 5;
    public const int Worst = 1;

    /// <summary>
    /// Quintile 1 = most severe. A unit's quintile is ⌊5·k/n⌋ + 1 where k counts the units strictly more severe, so tied
    /// units share a quintile (the better one their first tied position would get) and n = 23 splits 5/5/4/5/4.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Assign(IReadOnlyDictionary<string, double> severity)
    {
        if (severity.Values.Any(double.IsNaN)) throw new ArgumentException("severity must not be NaN", nameof(severity));
        var ordered = severity.Values.OrderDescending().ToArray();
        int n = ordered.Length;
        return severity.ToDictionary(kv => kv.Key, kv =>
        {
            int moreSevere = ordered.Count(v => v > kv.Value);
            return Count * moreSevere / n + 1;
        });
    }
}

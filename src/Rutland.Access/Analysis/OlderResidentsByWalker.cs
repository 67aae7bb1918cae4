using Rutland.Access.Equity;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Analysis;

/// <summary>
/// The county's residents aged 75 and over by public transport to the nearest hospital, once per named walker
/// (<see cref="WalkingProfile.Named"/>: the default walker and a less mobile one) over the same window and origins as
/// the report: the report's own summary for them (shares within each cutoff, residents without a time, means with no
/// time counted at the cap), so the default walker's block is exactly the county's figure.
/// </summary>
public static class OlderResidentsByWalker
{
    public sealed record Figures(string Profile, double WalkSpeedKmh, double MaxWalkMeters, AccessSummary Aged75PlusPtToNearest);

    /// <summary>Figures for every named walker; <paramref name="computed"/> is reused for the walker it was computed for.</summary>
    public static IReadOnlyList<Figures> Compute(AccessEngine engine, EquityAnalysis.Result computed, EquityThresholds thresholds,
        CancellationToken cancellationToken = default) =>
        WalkingProfile.Named.Select(walker =>
        {
            var query = computed.Query.For(walker);
            var result = query == computed.Query ? computed : EquityAnalysis.Compute(engine, query, thresholds, cancellationToken: cancellationToken);
            return new Figures(walker.Name, walker.SpeedKmh, walker.MaxWalkMeters, result.Report.County.PtToNearestAged75Plus);
        }).ToArray();
}

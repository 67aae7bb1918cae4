namespace Rutland.Access.Scenarios;

/// <summary>
/// The outcome of a best-site search. <see cref="Chosen"/> is the greedy set in pick order; its objective value is at
/// least (1 − 1/e) ≈ 63% of the best possible set of the same size (Nemhauser, Wolsey &amp; Fisher 1978), and exact for
/// k = 1. <see cref="OptimumAtMost"/> is a tighter bound for this data: f(greedy) + the k largest remaining gains
/// (valid for any monotone submodular f).
/// </summary>
public sealed record BestSiteResult(
    SiteObjective Objective,
    int K,
    int CandidatesEvaluated,
    int CandidatesOffNetwork,
    IReadOnlyList<SiteChoice> Ranked,
    IReadOnlyList<SiteChoice> Chosen,
    double Value,
    double OptimumAtMost,
    ModeFigures DriveBefore,
    ModeFigures DriveAfter);

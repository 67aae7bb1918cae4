using Rutland.Access.Routing;

namespace Rutland.Access.Analysis;

/// <summary>
/// The walks from every populated cell (<see cref="PtOriginWalks"/>) by the walk they were searched for (limit and
/// speed), worked out once and shared by the equity analyses of every assumption level, window and threshold that walk
/// the same way. At most <see cref="EquityResultCache.Capacity"/> are kept, as many as the analyses themselves.
/// </summary>
public sealed class SurfaceWalkCache
{
    private readonly OldestFirstCache<(double MaxWalkMeters, double WalkSpeedKmh), PtOriginWalks> _walks = new(EquityResultCache.Capacity);

    public PtOriginWalks GetOrCompute(PtQuery query, Func<PtOriginWalks> compute) =>
        _walks.GetOrAdd((query.MaxWalkMeters, query.WalkSpeedKmh), compute);
}

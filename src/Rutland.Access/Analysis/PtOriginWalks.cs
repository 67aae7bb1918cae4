using Rutland.Access.Routing;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Analysis;

/// <summary>
/// The walks a <see cref="PtMatrix"/> starts from: per origin, the stops within the query's walk and the direct walk to
/// each destination. They depend on the stops and the walk, not the timetable, so the matrices of every assumption level
/// (timetables sharing the stops and their <see cref="FootpathWalking"/>) can share one set.
/// </summary>
public sealed class PtOriginWalks
{
    private readonly FootpathWalking _walking;
    private readonly double _maxWalkMeters, _walkSpeedKmh;
    private readonly IReadOnlyList<PtPoint> _origins, _destinations;
    private readonly OriginWalk[] _walks;

    public PtOriginWalks(FootpathWalking walking, IReadOnlyList<PtPoint> origins, IReadOnlyList<PtPoint> destinations, PtQuery query,
        CancellationToken cancellationToken = default)
    {
        (_walking, _maxWalkMeters, _walkSpeedKmh, _origins, _destinations) = (walking, query.MaxWalkMeters, query.WalkSpeedKmh, origins, destinations);
        var destinationPoints = destinations.Select(d => d.Location).ToArray();
        _walks = new OriginWalk[origins.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, origins.Count, parallel, o =>
            _walks[o] = walking.FromOrigin(origins[o].Location, query.MaxWalkMeters, query.WalkSpeedKmh, destinationPoints));
    }

    /// <summary>The walks from origin <paramref name="o"/>.</summary>
    public OriginWalk this[int o] => _walks[o];

    /// <summary>Whether these are the walks a matrix with these inputs would search: the same walking links (so the same
    /// stop numbers), walk limit and speed, origins and destinations.</summary>
    public bool Fit(FootpathWalking walking, IReadOnlyList<PtPoint> origins, IReadOnlyList<PtPoint> destinations, PtQuery query) =>
        ReferenceEquals(walking, _walking) && query.MaxWalkMeters == _maxWalkMeters && query.WalkSpeedKmh == _walkSpeedKmh
        && origins.SequenceEqual(_origins) && destinations.SequenceEqual(_destinations);
}

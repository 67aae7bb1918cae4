using Rutland.Access.Geo;
using Rutland.Access.Roads;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// The road path of a bus through its waypoint stops: between consecutive waypoints, the car's quickest path on our
/// road network (<see cref="RoadNetwork"/>, the drive answers' own model). Given the ways of the OSM route relations
/// the bus follows, every road outside them costs <see cref="OffRelationCostFactor"/> × its time, so the path keeps to
/// the mapped route and still bridges its gaps. A waypoint beyond the extract (Melton Mowbray, Stamford bus station,
/// Peterborough) is reached through the extract's exits with the <see cref="OffNetworkLeg"/> estimate the drive
/// answers use; between two waypoints both beyond it, a straight leg × that estimate's detour factor at
/// <see cref="DirectLegKmh"/> when that is quicker than a detour through the extract (Melton's villages, Queensgate to
/// Peterborough City Hospital). Times along the path are always the real car times, never the preference costs.
/// </summary>
public sealed class BusPathFinder(RoadNetwork car, OffNetworkLeg offNetwork)
{
    /// <summary>
    /// A road not in the route relation counts twice its time: enough to follow the relation where a shorter road runs
    /// beside it (a bus keeps to its village loops), while a relation with missing ways or ways beyond the extract is
    /// bridged by the quickest road. Judgement, checked against the R5 (Bland's 12) and RF1 relations on the map.
    /// </summary>
    public const double OffRelationCostFactor = 2.0;

    /// <summary>
    /// The car speed of a leg between two points both beyond the extract: the 30 mph restricted-road limit × the speed
    /// model's realism factor, as our drive model gives a lit 30 mph street; the lanes between Melton's villages are
    /// capped near it too (unclassified 25 km/h, tertiary 40 km/h in <see cref="UkSpeedModel.ClassCapKmh"/>).
    /// </summary>
    public const double DirectLegKmh = UkSpeedModel.RestrictedRoadLimitMph * UkSpeedModel.KmhPerMph * UkSpeedModel.RealismFactor;

    public BusPath Find(IReadOnlyList<NaptanStop> waypoints, IReadOnlySet<long>? relationWays)
    {
        var graph = relationWays is null ? car.Graph : Preferring(relationWays);
        var points = new List<BusPathPoint> { new(waypoints[0].Location, 0, false) };
        var waypointPoints = new List<int> { 0 };
        for (int i = 1; i < waypoints.Count; i++)
        {
            AppendLeg(graph, waypoints[i - 1], waypoints[i], points);
            waypointPoints.Add(points.Count - 1);
        }
        return new BusPath(points, waypointPoints);
    }

    private void AppendLeg(RoadGraph graph, NaptanStop from, NaptanStop to, List<BusPathPoint> points)
    {
        var real = car.Graph;
        double start = points[^1].CarSeconds;
        var fromSnap = car.Snap(from.Location, SnapPolicy.MaxSnapMeters);
        var toSnap = car.Snap(to.Location, SnapPolicy.MaxSnapMeters);
        double direct = GreatCircle.DistanceMeters(from.Location, to.Location) * offNetwork.DetourFactor / (DirectLegKmh / 3.6);
        var sources = fromSnap is { } f ? car.SourcesAt(f, SearchDirection.Forward) : offNetwork.SourcesToward(from.Location);
        using var tree = Dijkstra.Run(graph, sources, SearchDirection.Forward);

        int end;
        double lastLegSeconds = 0;
        if (toSnap is { } t)
        {
            var reading = car.ReadOff(tree, t, fromSnap) ?? throw NoRoad(from, to);
            if (reading.Node < 0)
            {
                // Both stops on one road segment: straight along it.
                points.Add(new(fromSnap!.Value.SnappedPoint, start + car.ConnectorSeconds(fromSnap.Value), false));
                points.Add(new(t.SnappedPoint, start + reading.Seconds - car.ConnectorSeconds(t), true));
                points.Add(new(to.Location, start + reading.Seconds, false));
                return;
            }
            end = reading.Node;
        }
        else
        {
            end = -1;
            double best = double.PositiveInfinity;
            foreach (var exit in offNetwork.SourcesToward(to.Location))
            {
                if (tree.IsReached(exit.Node) && tree.Seconds[exit.Node] + exit.Seconds < best)
                {
                    best = tree.Seconds[exit.Node] + exit.Seconds;
                    end = exit.Node;
                    lastLegSeconds = exit.Seconds;
                }
            }
            if (fromSnap is null && !(best < direct))
            {
                points.Add(new(to.Location, start + direct, false));
                return;
            }
            if (end < 0) throw NoRoad(from, to);
        }

        var nodes = TreePath.NodesToSource(real, tree, end);
        nodes.Reverse();
        var source = sources[tree.Root[end]];
        if (fromSnap is { } snapped) points.Add(new(snapped.SnappedPoint, start + car.ConnectorSeconds(snapped), false));
        double seconds = start + source.Seconds;
        points.Add(new(real.Location(nodes[0]), seconds, fromSnap is not null));
        for (int i = 1; i < nodes.Count; i++)
        {
            seconds += real.EdgeSeconds[tree.PredecessorEdge[nodes[i]]];
            points.Add(new(real.Location(nodes[i]), seconds, true));
        }
        if (toSnap is { } arrival)
        {
            // The part of the stop's own segment from its end node, at that segment's speed, then the connector.
            int e = arrival.Edge;
            double metersPerSecond = real.EdgeMeters[e] / Math.Max(real.EdgeSeconds[e], 1e-3f);
            seconds += GreatCircle.DistanceMeters(real.Location(end), arrival.SnappedPoint) / metersPerSecond;
            points.Add(new(arrival.SnappedPoint, seconds, true));
            points.Add(new(to.Location, seconds + car.ConnectorSeconds(arrival), false));
        }
        else
        {
            points.Add(new(to.Location, seconds + lastLegSeconds, false));
        }
    }

    /// <summary>The car graph with every road outside the relation costing <see cref="OffRelationCostFactor"/> × its time.</summary>
    private RoadGraph Preferring(IReadOnlySet<long> relationWays)
    {
        var g = car.Graph;
        var cost = new float[g.EdgeCount];
        for (int e = 0; e < cost.Length; e++)
            cost[e] = relationWays.Contains(g.EdgeWayId[e]) ? g.EdgeSeconds[e] : (float)(g.EdgeSeconds[e] * OffRelationCostFactor);
        return new RoadGraph
        {
            ProfileName = g.ProfileName, OsmNodeIds = g.OsmNodeIds, Lat = g.Lat, Lon = g.Lon,
            FirstOut = g.FirstOut, EdgeSource = g.EdgeSource, EdgeTarget = g.EdgeTarget, EdgeSeconds = cost, EdgeMeters = g.EdgeMeters,
            EdgeClass = g.EdgeClass, EdgeWayId = g.EdgeWayId, FirstIn = g.FirstIn, InEdges = g.InEdges,
            InLargestComponent = g.InLargestComponent, LargestComponentSize = g.LargestComponentSize, Boundary = g.Boundary,
            ExitNodes = g.ExitNodes,
        };
    }

    private static InvalidOperationException NoRoad(NaptanStop from, NaptanStop to) =>
        new($"no road from stop {from.AtcoCode} to {to.AtcoCode}");
}

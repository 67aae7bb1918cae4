using Rutland.Access.Roads;
using Rutland.Access.Roads.Contraction;
using Rutland.Access.ScaleBench;
using Rutland.Access.Batch.Tests.Support;

namespace Rutland.Access.Batch.Tests.Contraction;

/// <summary>
/// Property tests: the hierarchy's point-to-point, PHAST one-to-all (both directions) and bucket many-to-many times
/// equal Dijkstra's on random pairs — on a hand-made graph, on Rutland's car graph and on a 2×2 tiled simulation.
/// Times are sums of the same float edge times in a different order, hence the small tolerance.
/// </summary>
public class ContractionHierarchyTests
{
    private const float AbsoluteToleranceSeconds = 0.01f;
    private const float RelativeTolerance = 1e-5f;

    private static readonly Lazy<RoadGraph> Rutland = new(() => RutlandEngine.Engine.Car.Graph);
    private static readonly Lazy<ContractionHierarchy> RutlandCh = new(() => ContractionHierarchyBuilder.Build(Rutland.Value));
    private static readonly Lazy<RoadGraph> Tiled = new(() => TiledRoadGraph.Build(Rutland.Value, 2));
    private static readonly Lazy<ContractionHierarchy> TiledCh = new(() => ContractionHierarchyBuilder.Build(Tiled.Value));

    [Fact]
    public void Hand_made_graph_with_one_ways_parallel_edges_and_an_island()
    {
        // 0 ⇄ 1 → 2 → 3 ⇄ 0, a slow and a fast parallel 1 → 2, a one-way shortcut 0 → 2, and node 4 that nothing reaches.
        var edges = new EdgeList(16);
        void Both(int a, int b, float s) { edges.Add(a, b, s, s, RoadClass.Other); edges.Add(b, a, s, s, RoadClass.Other); }
        Both(0, 1, 5);
        edges.Add(1, 2, 9, 9, RoadClass.Other);
        edges.Add(1, 2, 4, 4, RoadClass.Other);
        edges.Add(2, 3, 3, 3, RoadClass.Other);
        Both(3, 0, 7);
        edges.Add(0, 2, 10, 10, RoadClass.Other);
        edges.Add(4, 0, 1, 1, RoadClass.Other);
        var lat = new double[] { 0, 0, 0.01, 0.01, 0.02 };
        var lon = new double[] { 0, 0.01, 0.01, 0, 0.02 };
        var graph = edges.ToGraph("fixture", [0, 1, 2, 3, 4], lat, lon, [true, true, true, true, false], 4, new NetworkBoundary(lat, lon));
        var ch = ContractionHierarchyBuilder.Build(graph);

        Assert.Equal(9f, ch.Seconds(0, 2)); // 0 → 1 → 2 (fast), not the direct 10
        Assert.Equal(7f, ch.Seconds(0, 3));
        Assert.Equal(10f, ch.Seconds(2, 0));
        Assert.Equal(float.PositiveInfinity, ch.Seconds(0, 4));
        Assert.Equal(1f, ch.Seconds(4, 0));
        AllPairsAgree(graph, ch, [.. Enumerable.Range(0, 5)], [.. Enumerable.Range(0, 5)]);
    }

    [Fact]
    public void Rutland_point_to_point_equals_dijkstra_on_random_pairs()
    {
        var graph = Rutland.Value;
        var random = new Random(16);
        for (int i = 0; i < 20; i++)
        {
            int from = random.Next(graph.NodeCount);
            using var tree = Dijkstra.Run(graph, [new SearchSource(from, 0, 0)], SearchDirection.Forward);
            for (int j = 0; j < 15; j++)
            {
                int to = random.Next(graph.NodeCount);
                AssertSame(tree.Seconds[to], RutlandCh.Value.Seconds(from, to), $"{from} → {to}");
            }
        }
    }

    [Fact]
    public void Rutland_phast_one_to_all_equals_dijkstra_at_every_node_both_ways()
    {
        var graph = Rutland.Value;
        var random = new Random(7);
        foreach (var direction in new[] { SearchDirection.Forward, SearchDirection.Reverse })
            for (int i = 0; i < 4; i++)
            {
                var sources = new[] { new SearchSource(random.Next(graph.NodeCount), 0, 0), new SearchSource(random.Next(graph.NodeCount), 30, 0) };
                using var tree = Dijkstra.Run(graph, sources, direction);
                var phast = Phast.Run(RutlandCh.Value, sources, direction);
                for (int v = 0; v < graph.NodeCount; v++) AssertSame(tree.Seconds[v], phast[v], $"{direction} node {v}");
            }
    }

    [Fact]
    public void Rutland_bucket_many_to_many_equals_dijkstra() =>
        AllPairsAgree(Rutland.Value, RutlandCh.Value, RandomNodes(Rutland.Value, 40, 3), RandomNodes(Rutland.Value, 6, 4));

    [Fact]
    public void Tiled_simulation_point_to_point_phast_and_many_to_many_equal_dijkstra()
    {
        var graph = Tiled.Value;
        Assert.Equal(4 * Rutland.Value.NodeCount, graph.NodeCount);
        var random = new Random(11);
        for (int i = 0; i < 3; i++)
        {
            var source = new SearchSource(random.Next(graph.NodeCount), 0, 0);
            using var tree = Dijkstra.Run(graph, [source], SearchDirection.Reverse);
            var phast = Phast.Run(TiledCh.Value, [source], SearchDirection.Reverse);
            for (int v = 0; v < graph.NodeCount; v++) AssertSame(tree.Seconds[v], phast[v], $"to {source.Node} from {v}");
            for (int j = 0; j < 20; j++)
            {
                int from = random.Next(graph.NodeCount);
                AssertSame(tree.Seconds[from], TiledCh.Value.Seconds(from, source.Node), $"{from} → {source.Node}");
            }
        }
        // Stitched: a trip from the first tile to the last crosses tiles.
        Assert.True(float.IsFinite(TiledCh.Value.Seconds(RandomNodes(graph, 1, 1)[0], graph.NodeCount - 1))
            || !graph.InLargestComponent[graph.NodeCount - 1]);
        AllPairsAgree(graph, TiledCh.Value, RandomNodes(graph, 20, 5), RandomNodes(graph, 4, 6));
    }

    private static void AllPairsAgree(RoadGraph graph, ContractionHierarchy ch, int[] sources, int[] targets)
    {
        var table = BucketManyToMany.Compute(ch, sources, targets);
        for (int t = 0; t < targets.Length; t++)
        {
            using var tree = Dijkstra.Run(graph, [new SearchSource(targets[t], 0, 0)], SearchDirection.Reverse);
            for (int s = 0; s < sources.Length; s++)
            {
                AssertSame(tree.Seconds[sources[s]], table[s][t], $"table {sources[s]} → {targets[t]}");
                AssertSame(tree.Seconds[sources[s]], ch.Seconds(sources[s], targets[t]), $"{sources[s]} → {targets[t]}");
            }
        }
    }

    /// <summary>Random nodes of the largest strongly connected component (so most pairs have a route).</summary>
    private static int[] RandomNodes(RoadGraph graph, int count, int seed)
    {
        var random = new Random(seed);
        var nodes = new List<int>();
        while (nodes.Count < count)
        {
            int v = random.Next(graph.NodeCount);
            if (graph.InLargestComponent[v]) nodes.Add(v);
        }
        return [.. nodes];
    }

    private static void AssertSame(float expected, float actual, string what)
    {
        if (float.IsPositiveInfinity(expected)) { Assert.True(float.IsPositiveInfinity(actual), $"{what}: Dijkstra unreachable, CH {actual}"); return; }
        float tolerance = AbsoluteToleranceSeconds + RelativeTolerance * expected;
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: Dijkstra {expected} s, CH {actual} s");
    }
}

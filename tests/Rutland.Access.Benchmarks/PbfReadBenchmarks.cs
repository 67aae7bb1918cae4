using BenchmarkDotNet.Attributes;
using Rutland.Access.Data;
using Rutland.Access.Osm;

namespace Rutland.Access.Benchmarks;

/// <summary>Reading the real Rutland extract (1.6 MB): everything, and ways only (node groups skipped undecoded).</summary>
[MemoryDiagnoser]
public class PbfReadBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void LocateExtract() => _path = Path.Combine(DataDirectory.ResolveInputs(), "osm", "rutland-2022-07-20.osm.pbf");

    [Benchmark(Baseline = true)]
    public int AllElements()
    {
        var counter = new ElementCounter(wantsNodes: true);
        PbfReader.Read(_path, counter);
        return counter.Count;
    }

    [Benchmark]
    public int WaysAndRelationsOnly()
    {
        var counter = new ElementCounter(wantsNodes: false);
        PbfReader.Read(_path, counter);
        return counter.Count;
    }

    private sealed class ElementCounter(bool wantsNodes) : OsmHandler
    {
        public int Count { get; private set; }
        public override bool WantsNodes => wantsNodes;
        public override void Node(OsmNode node) => Count++;
        public override void Way(OsmWay way) => Count++;
        public override void Relation(OsmRelation relation) => Count++;
    }
}

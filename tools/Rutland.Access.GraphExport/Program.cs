// Exports our car graph, a fixed set of one-to-many queries, our answers to them and our time per query, so that a
// peer engine (tests/peers/pgrouting/compare.sh) can answer the same queries on the same graph with the same costs.
// Usage: dotnet run --project tools/Rutland.Access.GraphExport -c Release -- [output folder]
using Rutland.Access.Data;
using Rutland.Access.GraphExport;
using Rutland.Access.Places;
using Rutland.Access.Roads;

string output = Path.GetFullPath(args.Length > 0 ? args[0]
    : Path.Combine(DataDirectory.RepositoryRoot() ?? ".", "artifacts", "peers", "pgrouting"));
Directory.CreateDirectory(output);
string inputs = DataDirectory.ResolveInputs();

var network = RoadNetwork.Car(Path.Combine(inputs, "osm", "rutland-2022-07-20.osm.pbf"));
var graph = network.Graph;
var settlements = SettlementLoader.Load(Path.Combine(inputs, "places", "places_rutland_osm.csv")).Settlements;
var destinations = DestinationCatalog.Load(Path.Combine(DataDirectory.ResolveAuthored(), DestinationCatalog.FileName));
var sets = QuerySet.Build(network, settlements, destinations);
if (sets.Count == 0) throw new InvalidOperationException("no destination snaps to the network: nothing to compare");

EdgeCsv.Write(graph, Path.Combine(output, "edges.csv"));

string Inv(FormattableString s) => FormattableString.Invariant(s);
using (var pairs = new StreamWriter(Path.Combine(output, "pairs.csv")))
using (var queries = new StreamWriter(Path.Combine(output, "queries.csv")))
using (var timings = new StreamWriter(Path.Combine(output, "timings.csv")))
{
    pairs.WriteLine("set,place,start_node,end_node,seconds");
    queries.WriteLine("set,direction,hub_node,destination,targets");
    timings.WriteLine("set,run,ms");
    foreach (var set in sets)
    {
        long hub = graph.OsmNodeIds[set.Hub];
        float[] seconds = set.Solve(graph);
        for (int i = 0; i < seconds.Length; i++)
        {
            long other = graph.OsmNodeIds[set.Others[i].Node];
            var (start, end) = set.Direction == SearchDirection.Forward ? (hub, other) : (other, hub);
            // An unreached pair is written with no seconds: the peer must not find a route either.
            string s = float.IsNaN(seconds[i]) ? "" : EdgeCsv.ExactCost(seconds[i]);
            pairs.WriteLine(Inv($"{set.Id},{set.Others[i].Place.Id},{start},{end},{s}"));
        }
        queries.WriteLine(Inv($"{set.Id},{(set.Direction == SearchDirection.Forward ? "one-to-many" : "many-to-one")},{hub},{set.Destination.Id},{set.Others.Count}"));
        double[] ms = QueryTiming.Measure(set, graph);
        for (int run = 0; run < ms.Length; run++) timings.WriteLine(Inv($"{set.Id},{run + 1},{ms[run]:F4}"));
        Console.WriteLine(Inv($"{set.Id,-16} {set.Others.Count,4} pairs  ours fastest {ms.Min(),8:F3} ms  slowest {ms.Max(),8:F3} ms"));
    }
}

Console.WriteLine(Inv($"graph: {graph.NodeCount} nodes, {graph.EdgeCount} edges; settlements on-network {sets[0].Others.Count} of {settlements.Count}; sets {sets.Count}"));
Console.WriteLine(Inv($"written to {output}"));

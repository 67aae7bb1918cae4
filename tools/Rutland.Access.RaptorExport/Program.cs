// Answers a fixed list of stop-to-stop earliest-arrival queries with our range RAPTOR on one GTFS feed and service
// date, under the peer's rules (see PeerAlignedRouter), and times them warm, so tests/peers/raptor/compare.mjs can
// check the npm raptor-journey-planner against the same feed.
// Usage: dotnet run --project tools/Rutland.Access.RaptorExport -c Release -- <gtfs zip|folder> <yyyy-MM-dd> <queries.csv> <answers.csv>
// Writes answers.csv (query,arrival_seconds; empty when unreachable) and prints one JSON line of timings.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Rutland.Access.RaptorExport;
using Rutland.Access.Transit.Gtfs;
using Rutland.Access.Transit.Planning;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Rutland.Access.RaptorExport <gtfs zip|folder> <yyyy-MM-dd> <queries.csv> <answers.csv>");
    return 2;
}
var feed = GtfsReader.Read(args[0]);
var date = DateOnly.ParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
var stops = new TransitStops(feed);
// No walking transfers: the peer changes only at the same stop id when the feed has no transfers.txt.
var day = TransitNetworkFactory.Build(feed, stops, [], date);
var router = new PeerAlignedRouter(day.Network);
var queries = StopQuery.ReadCsv(args[2]);
var resolved = queries.Select(q => (q.Id,
    From: stops.IndexOf(q.FromStop) ?? throw new ArgumentException($"query {q.Id}: stop '{q.FromStop}' is not served by {args[0]}"),
    To: stops.IndexOf(q.ToStop) ?? throw new ArgumentException($"query {q.Id}: stop '{q.ToStop}' is not served by {args[0]}"),
    q.DepartureSeconds)).ToArray();

int?[] Answer() => Array.ConvertAll(resolved, q => router.EarliestArrival(q.From, q.To, q.DepartureSeconds));

var answers = Answer();
using (var writer = new StreamWriter(args[3]))
{
    writer.WriteLine("query,arrival_seconds");
    for (int i = 0; i < resolved.Length; i++)
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{resolved[i].Id},{answers[i]}"));
}

// Warm: a second of whole passes lets tiered JIT optimise the search loop before the timed passes.
var warmUp = Stopwatch.StartNew();
while (warmUp.Elapsed < TimeSpan.FromSeconds(1)) Answer();
const int timedPasses = 20;
var passMs = new double[timedPasses];
for (int pass = 0; pass < timedPasses; pass++)
{
    long start = Stopwatch.GetTimestamp();
    Answer();
    passMs[pass] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}
Array.Sort(passMs);
Console.WriteLine(JsonSerializer.Serialize(new
{
    feed = feed.FeedId,
    date = args[1],
    stops = day.Network.StopCount,
    trips = day.Network.TripCount,
    queries = resolved.Length,
    medianMsPerQuery = passMs[timedPasses / 2] / resolved.Length,
    runtime = Environment.Version.ToString(),
}));
return 0;

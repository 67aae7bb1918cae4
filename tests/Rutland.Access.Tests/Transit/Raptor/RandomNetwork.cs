using Rutland.Access.Geo;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Network;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Raptor;

/// <summary>
/// Small seeded random networks for property tests: routes with irregular running times (so trips overtake),
/// random walking transfers and, optionally, an unknown-phase frequency entry. Keeps the raw trips so a
/// reference algorithm can route on them without patterns.
/// </summary>
internal sealed record RandomNetwork(TransitNetwork Network, IReadOnlyList<StopTime[]> Trips, IReadOnlyList<(int From, int To, int WalkSeconds)> Transfers,
    RandomNetwork.UnknownPhaseFrequency? Frequency)
{
    /// <summary>An exact_times=0 entry: vehicles every headway from start + a drawn phase, while before end; times follow the template.</summary>
    public sealed record UnknownPhaseFrequency(StopTime[] Template, int StartSeconds, int EndSeconds, int HeadwaySeconds)
    {
        /// <summary>
        /// The phase of draw <paramref name="draw"/>: the router's documented contract (seeded from seed and draw
        /// alone, uniform in [0, headway)), restated here so the reference does not call the router's code.
        /// </summary>
        public int Phase(int seed, int draw) => new Random(unchecked(seed * 1_000_003 + draw)).Next(HeadwaySeconds);

        public IEnumerable<StopTime[]> Trips(int phase)
        {
            for (int departure = StartSeconds + phase; departure < EndSeconds; departure += HeadwaySeconds)
            {
                int at = departure;
                yield return [.. Template.Select(t => new StopTime(t.Stop, at + t.ArrivalSeconds, at + t.DepartureSeconds))];
            }
        }
    }

    public const int WindowStart = 7 * 3600;
    public const int WindowEnd = 8 * 3600;

    public static RandomNetwork Generate(int seed, bool withUnknownPhaseFrequency = false, int stopCount = 12, int routeCount = 5)
    {
        var random = new Random(seed);
        var builder = new TransitNetworkBuilder();
        for (int s = 0; s < stopCount; s++) builder.AddStop($"S{s}", $"Stop {s}", new LatLon(52.6, -0.7 + s * 0.001));

        var trips = new List<StopTime[]>();
        for (int r = 0; r < routeCount; r++)
        {
            var stops = Enumerable.Range(0, stopCount).OrderBy(_ => random.Next()).Take(random.Next(2, 6)).ToArray();
            int tripCount = random.Next(3, 9);
            for (int t = 0; t < tripCount; t++)
            {
                int time = WindowStart - 900 + random.Next(5400);
                var stopTimes = new StopTime[stops.Length];
                for (int i = 0; i < stops.Length; i++)
                {
                    if (i > 0) time += 60 * random.Next(1, 12);
                    int dwell = random.Next(3) == 0 ? 60 : 0;
                    stopTimes[i] = new StopTime(stops[i], time, time + dwell);
                    time += dwell;
                }
                trips.Add(stopTimes);
                builder.AddTrip($"r{r}t{t}", $"r{r}", $"Route {r}", TransitMode.Bus, stopTimes);
            }
        }

        var transfers = new List<(int, int, int)>();
        for (int i = 0; i < stopCount; i++)
        {
            int from = random.Next(stopCount), to = random.Next(stopCount);
            if (from == to) continue;
            int walk = 60 * random.Next(1, 8);
            transfers.Add((from, to, walk));
            builder.AddTransfer(from, to, walk);
        }

        UnknownPhaseFrequency? frequency = null;
        if (withUnknownPhaseFrequency)
        {
            var stops = Enumerable.Range(0, stopCount).OrderBy(_ => random.Next()).Take(4).ToArray();
            var template = stops.Select((stop, i) => new StopTime(stop, i * 300, i * 300)).ToArray();
            frequency = new UnknownPhaseFrequency(template, WindowStart - 600, WindowEnd, 600 + 60 * random.Next(10));
            builder.AddFrequencyTrip("freq", "f", "Frequent", TransitMode.Tram, template, frequency.StartSeconds, frequency.EndSeconds,
                frequency.HeadwaySeconds, exactTimes: false);
        }

        return new RandomNetwork(builder.Build(), trips, transfers, frequency);
    }

    public static RaptorRequest RandomRequest(int seed, int stopCount, int targetCount = 3)
    {
        var random = new Random(seed);
        StopAccess[] Walks() => Enumerable.Range(0, random.Next(1, 3)).Select(_ => new StopAccess(random.Next(stopCount), 60 * random.Next(0, 10))).ToArray();
        return new RaptorRequest
        {
            Access = Walks(),
            Targets = Enumerable.Range(0, targetCount).Select(_ => (IReadOnlyList<StopAccess>)Walks()).ToArray(),
            WindowStartSeconds = WindowStart,
            WindowEndSeconds = WindowEnd,
            MaxTransfers = random.Next(0, 4),
            MinTransferSeconds = 60 * random.Next(0, 3),
            MaxTravelSeconds = 60 * random.Next(20, 120),
            MonteCarloDraws = 3,
            Seed = seed,
        };
    }
}

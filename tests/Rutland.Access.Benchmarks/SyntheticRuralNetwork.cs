using Rutland.Access.Geo;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Network;
using Rutland.Access.Transit.Raptor;

/// <summary>
/// A seeded stand-in for Rutland's timetable: 300 stops over 25 km around Oakham, 15 routes of 20–40 stops run
/// both ways 20 times a day (600 trips), walking transfers between stops within 400 m. Routes radiate from three
/// towns, as rural buses do, so that journeys with transfers exist.
/// </summary>
internal static class SyntheticRuralNetwork
{
    private const double WalkMetersPerSecond = 1.3;
    private const double BusMetersPerSecond = 9; // ~32 km/h including stops on rural roads

    public static readonly LatLon[] Towns = [new(52.670, -0.727), new(52.590, -0.720), new(52.652, -0.480)];

    public static TransitNetwork Build(int seed, out LatLon[] stopLocations)
    {
        var random = new Random(seed);
        var builder = new TransitNetworkBuilder();
        stopLocations = new LatLon[300];
        for (int s = 0; s < stopLocations.Length; s++)
        {
            stopLocations[s] = new LatLon(52.56 + random.NextDouble() * 0.22, -0.86 + random.NextDouble() * 0.36);
            builder.AddStop($"stop{s}", $"Stop {s}", stopLocations[s]);
        }

        var locations = stopLocations;
        for (int route = 0; route < 15; route++)
        {
            int hub = NearestStops(locations, Towns[route % Towns.Length], 1)[0].Stop;
            var stops = RandomWalkThroughNearbyStops(locations, hub, random, random.Next(20, 41));
            for (int direction = 0; direction < 2; direction++)
            {
                var sequence = direction == 0 ? stops : stops.AsEnumerable().Reverse().ToArray();
                for (int run = 0; run < 20; run++)
                {
                    int time = 6 * 3600 + run * 2880 + random.Next(-300, 300);
                    var calls = new StopTime[sequence.Length];
                    for (int i = 0; i < sequence.Length; i++)
                    {
                        if (i > 0) time += 30 + (int)(GreatCircle.DistanceMeters(locations[sequence[i - 1]], locations[sequence[i]]) / BusMetersPerSecond * (0.9 + random.NextDouble() * 0.3));
                        calls[i] = new StopTime(sequence[i], time, time);
                    }
                    builder.AddTrip($"r{route}d{direction}n{run}", $"r{route}", $"Route {route}", TransitMode.Bus, calls);
                }
            }
        }

        for (int a = 0; a < locations.Length; a++)
            for (int b = 0; b < locations.Length; b++)
            {
                double meters = GreatCircle.DistanceMeters(locations[a], locations[b]);
                if (a != b && meters < 400) builder.AddTransfer(a, b, (int)(meters / WalkMetersPerSecond));
            }
        return builder.Build();
    }

    /// <summary>Access or egress to the few stops nearest a point, as the street graph would supply.</summary>
    public static StopAccess[] NearestStops(LatLon[] stopLocations, LatLon point, int count) =>
        Enumerable.Range(0, stopLocations.Length)
            .Select(s => new StopAccess(s, (int)(GreatCircle.DistanceMeters(point, stopLocations[s]) * 1.3 / WalkMetersPerSecond)))
            .OrderBy(a => a.WalkSeconds)
            .Take(count)
            .ToArray();

    private static int[] RandomWalkThroughNearbyStops(LatLon[] locations, int start, Random random, int length)
    {
        var visited = new List<int> { start };
        while (visited.Count < length)
        {
            var here = locations[visited[^1]];
            var next = Enumerable.Range(0, locations.Length)
                .Where(s => !visited.Contains(s))
                .OrderBy(s => GreatCircle.DistanceMeters(here, locations[s]))
                .Take(4)
                .ElementAt(random.Next(4));
            visited.Add(next);
        }
        return [.. visited];
    }
}

using Rutland.Access.Geo;
using Rutland.Access.Roads;

namespace Rutland.Access.ScaleBench;

/// <summary>
/// A SIMULATED road network for growth measurements, never a real place: k × k copies of a real graph (Rutland's
/// car graph) laid side by side on a grid of the graph's bounding box, each copy's exits (where roads leave the
/// extract) joined to the nearest exits of the copies beside it. Node and edge counts grow as k², with real road
/// topology, degrees and edge lengths; what it lacks is a real motorway hierarchy spanning the whole area.
/// </summary>
public static class TiledRoadGraph
{
    /// <summary>Stitches are driven at the OSRM car-profile cap for primary roads: an ordinary A road between counties.</summary>
    public static readonly double StitchSpeedKmh = UkSpeedModel.ClassCapKmh["primary"];

    public static RoadGraph Build(RoadGraph tile, int k)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "tiles per side must be at least 1");
        int n = tile.NodeCount, tiles = k * k;
        double minLat = tile.Lat.Min(), maxLat = tile.Lat.Max(), minLon = tile.Lon.Min(), maxLon = tile.Lon.Max();
        double height = maxLat - minLat, width = maxLon - minLon;
        var east = Stitches(tile, ExitSide.East, ExitSide.West, width, 0);
        var north = Stitches(tile, ExitSide.North, ExitSide.South, 0, height);

        long nodes = (long)n * tiles;
        if (nodes > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(k), k, "too many nodes for 32-bit ids");
        int total = (int)nodes;
        var lat = new double[total];
        var lon = new double[total];
        var osmIds = new long[total];
        var inLargest = new bool[total];
        for (int t = 0; t < tiles; t++)
        {
            int row = t / k, column = t % k, offset = t * n;
            for (int v = 0; v < n; v++)
            {
                lat[offset + v] = tile.Lat[v] + row * height;
                lon[offset + v] = tile.Lon[v] + column * width;
                osmIds[offset + v] = offset + v; // synthetic, ascending as RoadGraph.FindNode requires
                inLargest[offset + v] = tile.InLargestComponent[v];
            }
        }

        // Edges: every tile's own, then both directions of each stitch between neighbouring tiles.
        long edgeCount = (long)tile.EdgeCount * tiles + 2L * (east.Count * (long)(k - 1) * k + north.Count * (long)(k - 1) * k);
        if (edgeCount > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(k), k, "too many edges for 32-bit ids");
        var edges = new EdgeList((int)edgeCount);
        for (int t = 0; t < tiles; t++)
        {
            int offset = t * n;
            for (int e = 0; e < tile.EdgeCount; e++)
                edges.Add(offset + tile.EdgeSource[e], offset + tile.EdgeTarget[e], tile.EdgeSeconds[e], tile.EdgeMeters[e], tile.EdgeClass[e]);
        }
        for (int row = 0; row < k; row++)
            for (int column = 0; column < k; column++)
            {
                int here = (row * k + column) * n;
                if (column + 1 < k) AddStitches(edges, east, here, here + n);
                if (row + 1 < k) AddStitches(edges, north, here, here + k * n);
            }
        var corners = (Lat: new[] { minLat, minLat, maxLat + (k - 1) * height, maxLat + (k - 1) * height },
                       Lon: new[] { minLon, maxLon + (k - 1) * width, minLon, maxLon + (k - 1) * width });
        return edges.ToGraph($"{tile.ProfileName} tiled {k}x{k} (simulation)", osmIds, lat, lon, inLargest,
            tile.LargestComponentSize * tiles, new NetworkBoundary(corners.Lat, corners.Lon));
    }

    private enum ExitSide { East, West, North, South }

    /// <summary>A tile's exits by the side of its bounding box they are nearest to.</summary>
    private static ExitSide SideOf(RoadGraph g, int node, double minLat, double height, double minLon, double width)
    {
        double x = (g.Lon[node] - minLon) / width, y = (g.Lat[node] - minLat) / height;
        double toEast = 1 - x, toWest = x, toNorth = 1 - y, toSouth = y;
        double nearest = Math.Min(Math.Min(toEast, toWest), Math.Min(toNorth, toSouth));
        return nearest == toEast ? ExitSide.East : nearest == toWest ? ExitSide.West : nearest == toNorth ? ExitSide.North : ExitSide.South;
    }

    /// <summary>
    /// Pairs (exit on side <paramref name="from"/> of a tile, exit on side <paramref name="to"/> of the tile beside it,
    /// seconds): each exit of either side joined to the nearest of the other, so every exit on the facing sides is used.
    /// </summary>
    private static List<(int From, int To, float Seconds, float Meters)> Stitches(RoadGraph g, ExitSide from, ExitSide to, double dLon, double dLat)
    {
        double minLat = g.Lat.Min(), height = g.Lat.Max() - minLat, minLon = g.Lon.Min(), width = g.Lon.Max() - minLon;
        var exits = g.ExitNodes.Where(v => g.InLargestComponent[v]).ToArray();
        var a = exits.Where(v => SideOf(g, v, minLat, height, minLon, width) == from).ToArray();
        var b = exits.Where(v => SideOf(g, v, minLat, height, minLon, width) == to).ToArray();
        if (a.Length == 0 || b.Length == 0) throw new InvalidOperationException($"the tile has no exits on its {from} or {to} side to stitch");
        double Meters(int u, int w) => GreatCircle.DistanceMeters(g.Location(u), new LatLon(g.Lat[w] + dLat, g.Lon[w] + dLon));
        var pairs = new HashSet<(int, int)>();
        foreach (int u in a) pairs.Add((u, b.MinBy(w => Meters(u, w))));
        foreach (int w in b) pairs.Add((a.MinBy(u => Meters(u, w)), w));
        return pairs.Order().Select(p =>
        {
            double m = Meters(p.Item1, p.Item2);
            return (p.Item1, p.Item2, (float)(m / (StitchSpeedKmh / 3.6)), (float)m);
        }).ToList();
    }

    private static void AddStitches(EdgeList edges, List<(int From, int To, float Seconds, float Meters)> stitches, int fromOffset, int toOffset)
    {
        foreach (var (from, to, seconds, meters) in stitches)
        {
            edges.Add(fromOffset + from, toOffset + to, seconds, meters, RoadClass.Primary);
            edges.Add(toOffset + to, fromOffset + from, seconds, meters, RoadClass.Primary);
        }
    }
}

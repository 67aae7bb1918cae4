using System.Globalization;
using Rutland.Access.Roads;

namespace Rutland.Access.GraphExport;

/// <summary>
/// Writes the graph's directed edges in pgRouting's edge-table shape. Vertices are OSM node ids so that rows can
/// be checked against OSM; reverse_cost is -1 because each direction of a two-way road is its own edge here.
/// </summary>
public static class EdgeCsv
{
    public const string Header = "id,source,target,cost,reverse_cost,x1,y1,x2,y2";

    public static void Write(RoadGraph g, string path)
    {
        using var w = new StreamWriter(path);
        w.WriteLine(Header);
        for (int e = 0; e < g.EdgeCount; e++)
        {
            int a = g.EdgeSource[e], b = g.EdgeTarget[e];
            w.WriteLine(string.Join(',',
                e.ToString(CultureInfo.InvariantCulture),
                g.OsmNodeIds[a].ToString(CultureInfo.InvariantCulture),
                g.OsmNodeIds[b].ToString(CultureInfo.InvariantCulture),
                ExactCost(g.EdgeSeconds[e]),
                "-1",
                Coordinate(g.Lon[a]), Coordinate(g.Lat[a]), Coordinate(g.Lon[b]), Coordinate(g.Lat[b])));
        }
    }

    /// <summary>
    /// The float32 cost widened to double and printed round-trip, so PostgreSQL's float8 holds exactly the value our
    /// search adds (printing the float's own shortest form would parse to a slightly different double).
    /// </summary>
    public static string ExactCost(float seconds) => ((double)seconds).ToString("R", CultureInfo.InvariantCulture);

    private static string Coordinate(double degrees) => degrees.ToString("F7", CultureInfo.InvariantCulture);
}

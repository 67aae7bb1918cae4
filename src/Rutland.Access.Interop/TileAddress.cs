using NetTopologySuite.Geometries;

namespace Rutland.Access.Interop;

/// <summary>
/// A web-mercator tile (XYZ scheme, y down from the north, as MapLibre and GDAL's MVT driver address them) and its
/// WGS84 bounds.
/// </summary>
public sealed record TileAddress(int Z, int X, int Y)
{
    /// <summary>Zoom 22 puts ~2.4 cm of ground in a 4096-unit tile's unit near Rutland: past any use for these layers.</summary>
    public const int MaxZoom = 22;

    /// <summary>Null when z, x or y are out of the tile pyramid; otherwise the address.</summary>
    public static TileAddress? Of(int z, int x, int y)
    {
        if (z is < 0 or > MaxZoom) return null;
        long count = 1L << z;
        return x >= 0 && x < count && y >= 0 && y < count ? new TileAddress(z, x, y) : null;
    }

    /// <summary>The tile's extent in longitude/latitude degrees.</summary>
    public Envelope Bounds
    {
        get
        {
            double n = 1L << Z;
            return new Envelope(X / n * 360 - 180, (X + 1) / n * 360 - 180, Latitude(Y + 1, n), Latitude(Y, n));
        }
    }

    private static double Latitude(int y, double n) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * y / n))) * 180 / Math.PI;
}

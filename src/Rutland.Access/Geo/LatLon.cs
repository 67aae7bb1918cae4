namespace Rutland.Access.Geo;

/// <summary>A WGS84 position in decimal degrees. API input and output use this; distances and areas use BNG metres.</summary>
public readonly record struct LatLon(double Lat, double Lon)
{
    public override string ToString() => FormattableString.Invariant($"{Lat:F6},{Lon:F6}");
}

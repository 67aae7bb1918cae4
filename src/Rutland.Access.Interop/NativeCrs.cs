namespace Rutland.Access.Interop;

/// <summary>
/// The coordinate system a layer's geometry was made in. Every layer is served in WGS84; a layer made in British National
/// Grid metres (boundaries, isochrones) is also written in EPSG:27700 where a format can hold both (GeoPackage).
/// </summary>
public enum NativeCrs { Wgs84, BritishNationalGrid }

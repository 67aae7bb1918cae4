using Rutland.Access.Geo;

namespace Rutland.Access.Transit.Modelled;

/// <summary>A NaPTAN stop point: ATCO code, SMS code (NaptanCode), a display name and its WGS84 position.</summary>
public sealed record NaptanStop(string AtcoCode, string? NaptanCode, string Name, LatLon Location);

using Rutland.Access.Geo;

namespace Rutland.Access.Population;

/// <summary>
/// The residents of one surface cell's part in one LSOA (a cell straddling an LSOA boundary is one cell per LSOA), by
/// age. <see cref="Location"/> is where its residential signal is centred (so an origin sits among the houses, not in
/// the field at the cell's centre); <see cref="AreaWeighted"/> marks cells of an LSOA with no residential signal.
/// </summary>
public sealed record PopulationCell(string Id, string LsoaCode, LatLon Location, double Easting, double Northing,
    double Total, double Aged65Plus, double Aged75Plus, bool AreaWeighted);

/// <summary>Residents placed at one fine point (BNG metres) inside cell <see cref="Cell"/> (an index into the surface's cells).</summary>
public readonly record struct PopulationPoint(double Easting, double Northing, double Total, double Aged65Plus, int Cell);

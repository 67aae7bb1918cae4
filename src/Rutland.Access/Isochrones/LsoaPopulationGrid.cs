using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using Rutland.Access.Equity;

namespace Rutland.Access.Isochrones;

/// <summary>
/// LSOA residents (ONS mid-2020, total and 65+) apportioned by area, restricted to where addresses are: each LSOA's
/// residents are spread evenly over its part within the drive walk-off distance of a car road (its "settled" area),
/// or over all of it if it has none. Plain area weighting would put most residents in fields and woods, and an
/// isochrone drawn around roads would then seem to miss half the people it reaches. Held on a grid of
/// <see cref="IsochroneParameters.PopulationGridMeters"/> aligned with the isochrone grids; a field point counts the
/// settled population cell nearest to it, in proportion to cell areas. Each LSOA contributes at most its own
/// residents, so no isochrone holds more than the county.
/// </summary>
public sealed class LsoaPopulationGrid : IPopulationSurface
{
    private readonly double _spacing, _originEasting, _originNorthing;
    private readonly int _columns, _rows;
    /// <summary>Per grid point, the LSOA whose settled area it is in, or -1.</summary>
    private readonly short[] _lsoaAt;
    private readonly int[] _settledPoints;
    private readonly LsoaPopulation[] _people;

    public PopulationCount Total { get; }
    public string Method { get; }

    /// <param name="carRoads">Every car road of the largest component as zero-time segments: their field marks the settled area.</param>
    public LsoaPopulationGrid(IReadOnlyList<AreaBoundary> lsoa11Boundaries, IReadOnlyList<LsoaPopulation> population, string vintage,
        IReadOnlyList<TimedSegment> carRoads)
    {
        var byCode = population.ToDictionary(p => p.LsoaCode);
        _people = lsoa11Boundaries.Select(b => byCode.TryGetValue(b.Code, out var p) ? p
            : throw new ArgumentException($"no population for LSOA {b.Code}", nameof(population))).ToArray();
        _spacing = IsochroneParameters.PopulationGridMeters;
        var extent = new Envelope();
        foreach (var b in lsoa11Boundaries) extent.ExpandToInclude(b.Bng.EnvelopeInternal);
        _originEasting = Math.Floor(extent.MinX / _spacing) * _spacing;
        _originNorthing = Math.Floor(extent.MinY / _spacing) * _spacing;
        _columns = (int)Math.Ceiling((extent.MaxX - _originEasting) / _spacing) + 1;
        _rows = (int)Math.Ceiling((extent.MaxY - _originNorthing) / _spacing) + 1;
        _lsoaAt = new short[_columns * _rows];
        Array.Fill(_lsoaAt, (short)-1);
        _settledPoints = new int[_people.Length];

        var nearRoads = TravelTimeField.FromSegments(carRoads, _spacing, IsochroneParameters.Drive.WalkOffMeters);
        for (short l = 0; l < lsoa11Boundaries.Count; l++)
        {
            var boundary = lsoa11Boundaries[l].Bng;
            var locator = new IndexedPointInAreaLocator(boundary);
            var inside = new List<int>();
            int settled = 0;
            var env = boundary.EnvelopeInternal;
            for (int row = RowAt(env.MinY); row <= RowAt(env.MaxY); row++)
            for (int col = ColumnAt(env.MinX); col <= ColumnAt(env.MaxX); col++)
            {
                double e = _originEasting + col * _spacing, n = _originNorthing + row * _spacing;
                if (locator.Locate(new Coordinate(e, n)) != Location.Interior) continue;
                inside.Add(row * _columns + col);
                if (nearRoads.SecondsNear(e, n) < TravelTimeField.Unreached) { _lsoaAt[row * _columns + col] = l; settled++; }
            }
            // An LSOA with no road near its points (none in Rutland) keeps all its area.
            if (settled == 0) { foreach (int p in inside) _lsoaAt[p] = l; settled = inside.Count; }
            _settledPoints[l] = settled;
        }
        Total = new PopulationCount(_people.Sum(p => p.Total), _people.Sum(p => p.Aged65Plus));
        Method = $"Residents from ONS {vintage} LSOA 2011 populations, spread evenly over each LSOA's area within " +
                 $"{IsochroneParameters.Drive.WalkOffMeters} m of a car road (where addresses are) on a " +
                 $"{_spacing} m grid, and counted where the isochrone covers it.";
    }

    public PopulationCount Within(TravelTimeField field, float cutoffSeconds)
    {
        // A field point stands for spacing² of ground; in population cells that is this share of one.
        double share = field.Spacing * field.Spacing / (_spacing * _spacing);
        var covered = new double[_people.Length];
        for (int row = 0; row < field.Rows; row++)
        {
            int popRow = RowAt(field.Northing(row));
            if (popRow < 0 || popRow >= _rows) continue;
            for (int col = 0; col < field.Columns; col++)
            {
                if (!(field.Seconds[row * field.Columns + col] <= cutoffSeconds)) continue;
                int popCol = ColumnAt(field.Easting(col));
                if (popCol < 0 || popCol >= _columns) continue;
                int l = _lsoaAt[popRow * _columns + popCol];
                if (l >= 0) covered[l] += share;
            }
        }
        double total = 0, older = 0;
        for (int l = 0; l < _people.Length; l++)
        {
            double fraction = Math.Min(1, covered[l] / _settledPoints[l]);
            total += fraction * _people[l].Total;
            older += fraction * _people[l].Aged65Plus;
        }
        return new PopulationCount(total, older);
    }

    private int ColumnAt(double easting) => (int)Math.Round((easting - _originEasting) / _spacing);
    private int RowAt(double northing) => (int)Math.Round((northing - _originNorthing) / _spacing);
}

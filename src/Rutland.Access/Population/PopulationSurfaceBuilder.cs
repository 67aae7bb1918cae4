using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using Rutland.Access.Equity;
using Rutland.Access.Geo;
using Rutland.Access.Roads;

namespace Rutland.Access.Population;

/// <summary>
/// Dasymetric mapping of LSOA residents onto <see cref="ResidentialWeights.CellMeters"/> cells: every cell of the
/// BNG grid is cut by the LSOA boundaries into parts, each part collects the residential signal inside it (dwelling
/// footprints, residential land, residential street length, weighted per <see cref="ResidentialWeights"/>), and each
/// LSOA's residents — all ages, 65+ and 75+ alike, as nothing finer is published — are shared among its parts in
/// proportion to their signal. An LSOA with no signal at all falls back to area weighting over its land (parts that a
/// car road crosses; all its parts if none does) and is named in a note.
/// </summary>
public static class PopulationSurfaceBuilder
{
    public static PopulationSurface Build(IReadOnlyList<AreaBoundary> lsoas, IReadOnlyList<LsoaPopulation> population,
        ResidentialLand land, RoadGraph car, string vintage)
    {
        var people = population.ToDictionary(p => p.LsoaCode, StringComparer.Ordinal);
        var ordered = lsoas.OrderBy(l => l.Code, StringComparer.Ordinal).ToArray();
        foreach (var l in ordered)
            if (!people.ContainsKey(l.Code)) throw new ArgumentException($"no population for LSOA {l.Code}", nameof(population));
        var grid = new CellParts(ordered);

        foreach (var d in land.Dwellings)
            grid.Add(d.Easting, d.Northing, d.FootprintSquareMetres * ResidentialWeights.PerBuildingSquareMetre);
        foreach (var area in land.ResidentialAreas) AddResidentialArea(grid, area);
        foreach (var (e, n, metres) in StreetSamples(car, c => c is RoadClass.Residential or RoadClass.LivingStreet))
            grid.Add(e, n, metres * ResidentialWeights.PerResidentialStreetMetre);

        var notes = new List<string>(land.Notes);
        var areaWeighted = new List<string>();
        for (int l = 0; l < ordered.Length; l++)
        {
            if (grid.LsoaWeight(l) > 0) continue;
            areaWeighted.Add(ordered[l].Code);
            grid.SpreadByArea(l, StreetSamples(car, _ => true));
            notes.Add($"LSOA {ordered[l].Code}: no residential buildings, land or streets mapped; its residents are spread by area over its land");
        }

        var (cells, points) = grid.Apportion(ordered.Select(l => people[l.Code]).ToArray());
        string method = $"Residents from {vintage} LSOA 2011 populations, spread over residential land on {ResidentialWeights.CellMeters} m " +
                        $"BNG cells (OSM dwellings {ResidentialWeights.PerBuildingSquareMetre}/m² of footprint, landuse=residential " +
                        $"{ResidentialWeights.PerResidentialLandSquareMetre}/m², residential streets {ResidentialWeights.PerResidentialStreetMetre}/m); " +
                        "each LSOA's cells sum to its residents.";
        notes.Add($"population surface: {cells.Count} populated cells, {points.Count} points, {cells.Sum(c => c.Total):F0} residents");
        return new PopulationSurface(cells, points, areaWeighted, notes, method);
    }

    /// <summary>Residential land sampled on a grid of <see cref="ResidentialWeights.SampleMeters"/>; a polygon too small to hold a sample counts whole at its interior point.</summary>
    private static void AddResidentialArea(CellParts grid, Polygon area)
    {
        double step = ResidentialWeights.SampleMeters, sampleWeight = step * step * ResidentialWeights.PerResidentialLandSquareMetre;
        var locator = new IndexedPointInAreaLocator(area);
        var env = area.EnvelopeInternal;
        int samples = 0;
        for (double n = Math.Floor(env.MinY / step) * step + step / 2; n <= env.MaxY; n += step)
        for (double e = Math.Floor(env.MinX / step) * step + step / 2; e <= env.MaxX; e += step)
        {
            if (locator.Locate(new Coordinate(e, n)) != Location.Interior) continue;
            grid.Add(e, n, sampleWeight);
            samples++;
        }
        if (samples == 0)
        {
            var inside = area.InteriorPoint;
            grid.Add(inside.X, inside.Y, area.Area * ResidentialWeights.PerResidentialLandSquareMetre);
        }
    }

    /// <summary>The graph's undirected edges of the chosen classes cut into steps of at most <see cref="ResidentialWeights.SampleMeters"/>: (easting, northing, metres) at each step's middle.</summary>
    private static IEnumerable<(double E, double N, double Metres)> StreetSamples(RoadGraph car, Func<RoadClass, bool> classes)
    {
        var projected = new Dictionary<int, (double E, double N)>();
        (double E, double N) At(int v) => projected.TryGetValue(v, out var p) ? p : projected[v] = BritishNationalGrid.ToBng(car.Location(v));
        var seen = new HashSet<(int, int)>();
        for (int e = 0; e < car.EdgeCount; e++)
        {
            int a = car.EdgeSource[e], b = car.EdgeTarget[e];
            // A two-way street is two edges: count each node pair once.
            if (!classes(car.EdgeClass[e]) || !seen.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            var (ae, an) = At(a);
            var (be, bn) = At(b);
            double length = Math.Sqrt((be - ae) * (be - ae) + (bn - an) * (bn - an));
            int steps = Math.Max(1, (int)Math.Ceiling(length / ResidentialWeights.SampleMeters));
            for (int s = 0; s < steps; s++)
            {
                double t = (s + 0.5) / steps;
                yield return (ae + t * (be - ae), an + t * (bn - an), length / steps);
            }
        }
    }

    /// <summary>The grid's cell parts per LSOA and the signal each has collected.</summary>
    private sealed class CellParts
    {
        private const double Size = ResidentialWeights.CellMeters, PointSize = ResidentialWeights.PointMeters;

        private sealed class Part(int lsoa, int column, int row)
        {
            public readonly int Lsoa = lsoa, Column = column, Row = row;
            public double Weight, SumEasting, SumNorthing;
            public bool AreaWeighted;
            public readonly Dictionary<(long, long), double> PointWeights = [];
        }

        /// <summary>An area-weighted LSOA's cells are measured on this many sub-points a side (20 m apart).</summary>
        private const int SubSamples = 10;

        private readonly AreaBoundary[] _lsoas;
        private readonly IndexedPointInAreaLocator[] _locators;
        private readonly IPreparedGeometry[] _prepared;
        // Most signal falls in cells wholly inside one LSOA: found once per cell, it spares a point-in-polygon test per point.
        private readonly Dictionary<(int, int), int> _wholeCellLsoa = [];
        private readonly double _originEasting, _originNorthing;
        // Parts exist once signal lands in them: only cells with residents are ever made.
        private readonly Dictionary<(int Lsoa, int Column, int Row), Part> _parts = [];
        private readonly double[] _lsoaWeight;

        public CellParts(AreaBoundary[] lsoas)
        {
            _lsoas = lsoas;
            _lsoaWeight = new double[lsoas.Length];
            _locators = lsoas.Select(l => new IndexedPointInAreaLocator(l.Bng)).ToArray();
            _prepared = lsoas.Select(l => PreparedGeometryFactory.Prepare(l.Bng)).ToArray();
            var extent = new Envelope();
            foreach (var b in lsoas) extent.ExpandToInclude(b.Bng.EnvelopeInternal);
            _originEasting = Math.Floor(extent.MinX / Size) * Size;
            _originNorthing = Math.Floor(extent.MinY / Size) * Size;
        }

        private static int Index(double coordinate, double origin) => (int)Math.Floor((coordinate - origin) / Size);

        public double LsoaWeight(int lsoa) => _lsoaWeight[lsoa];

        /// <summary>Adds signal at a point to the cell part that holds it; a point outside every LSOA (beyond the county) is ignored.</summary>
        public void Add(double easting, double northing, double weight)
        {
            if (LsoaAt(easting, northing) is not { } lsoa) return;
            Accumulate(PartAt(lsoa, easting, northing), easting, northing, weight);
        }

        private int? LsoaAt(double easting, double northing)
        {
            var cell = (Index(easting, _originEasting), Index(northing, _originNorthing));
            if (!_wholeCellLsoa.TryGetValue(cell, out int whole)) _wholeCellLsoa[cell] = whole = LsoaContaining(cell);
            if (whole >= 0) return whole;
            var at = new Coordinate(easting, northing);
            for (int l = 0; l < _lsoas.Length; l++)
                if (_lsoas[l].Bng.EnvelopeInternal.Covers(at) && _locators[l].Locate(at) != Location.Exterior) return l;
            return null;
        }

        /// <summary>The LSOA that holds the whole cell, or -1 when the cell is cut by a boundary (or outside the county).</summary>
        private int LsoaContaining((int Column, int Row) cell)
        {
            double x = _originEasting + cell.Column * Size, y = _originNorthing + cell.Row * Size;
            var square = GeometryFactories.BritishNationalGrid.ToGeometry(new Envelope(x, x + Size, y, y + Size));
            for (int l = 0; l < _lsoas.Length; l++)
                if (_lsoas[l].Bng.EnvelopeInternal.Contains(square.EnvelopeInternal) && _prepared[l].Contains(square)) return l;
            return -1;
        }

        private Part PartAt(int lsoa, double easting, double northing)
        {
            var key = (lsoa, Index(easting, _originEasting), Index(northing, _originNorthing));
            if (!_parts.TryGetValue(key, out var part)) _parts[key] = part = new Part(key.Item1, key.Item2, key.Item3);
            return part;
        }

        private void Accumulate(Part part, double easting, double northing, double weight)
        {
            _lsoaWeight[part.Lsoa] += weight;
            part.Weight += weight;
            part.SumEasting += weight * easting;
            part.SumNorthing += weight * northing;
            var key = ((long)Math.Round(easting / PointSize), (long)Math.Round(northing / PointSize));
            part.PointWeights[key] = part.PointWeights.GetValueOrDefault(key) + weight;
        }

        /// <summary>
        /// Area weighting for an LSOA with no residential signal, on sub-points <see cref="SubSamples"/> to a cell side:
        /// each sub-point inside the LSOA weighs its area, in the cells a car road crosses ("its land"), or in every cell
        /// when no road crosses any.
        /// </summary>
        public void SpreadByArea(int lsoa, IEnumerable<(double E, double N, double Metres)> roads)
        {
            var crossed = new HashSet<(int, int)>();
            foreach (var (e, n, _) in roads)
                if (_lsoas[lsoa].Bng.EnvelopeInternal.Covers(e, n) && _locators[lsoa].Locate(new Coordinate(e, n)) != Location.Exterior)
                    crossed.Add((Index(e, _originEasting), Index(n, _originNorthing)));
            double step = Size / SubSamples;
            var env = _lsoas[lsoa].Bng.EnvelopeInternal;
            for (double n = Math.Floor(env.MinY / step) * step + step / 2; n <= env.MaxY; n += step)
            for (double e = Math.Floor(env.MinX / step) * step + step / 2; e <= env.MaxX; e += step)
            {
                if (crossed.Count > 0 && !crossed.Contains((Index(e, _originEasting), Index(n, _originNorthing)))) continue;
                if (_locators[lsoa].Locate(new Coordinate(e, n)) == Location.Exterior) continue;
                var part = PartAt(lsoa, e, n);
                part.AreaWeighted = true;
                Accumulate(part, e, n, step * step);
            }
        }

        public (List<PopulationCell> Cells, List<PopulationPoint> Points) Apportion(LsoaPopulation[] people)
        {
            var cells = new List<PopulationCell>();
            var points = new List<PopulationPoint>();
            foreach (var part in _parts.Values.Where(p => p.Weight > 0).OrderBy(p => p.Lsoa).ThenBy(p => p.Row).ThenBy(p => p.Column))
            {
                var lsoa = people[part.Lsoa];
                double share = part.Weight / _lsoaWeight[part.Lsoa];
                double e = part.SumEasting / part.Weight, n = part.SumNorthing / part.Weight;
                int index = cells.Count;
                long cellE = (long)(_originEasting + part.Column * Size), cellN = (long)(_originNorthing + part.Row * Size);
                cells.Add(new PopulationCell($"{lsoa.LsoaCode}:{cellE}:{cellN}", lsoa.LsoaCode, BritishNationalGrid.ToWgs84(e, n), e, n,
                    share * lsoa.Total, share * lsoa.Aged65Plus, share * lsoa.Aged75Plus, part.AreaWeighted));
                foreach (var ((pe, pn), w) in part.PointWeights.OrderBy(p => p.Key))
                {
                    double pointShare = w / _lsoaWeight[part.Lsoa];
                    points.Add(new PopulationPoint(pe * PointSize, pn * PointSize, pointShare * lsoa.Total, pointShare * lsoa.Aged65Plus, index));
                }
            }
            return (cells, points);
        }
    }
}

using NetTopologySuite.Geometries;
using Rutland.Access.Geo;
using Rutland.Access.Osm;

namespace Rutland.Access.Population;

/// <summary>
/// Collects <see cref="ResidentialLand"/> from an OSM extract: closed building and residential-landuse ways during the
/// pass shared with the road graphs (<see cref="OsmExtractRead"/>), their nodes resolved after it. Multipolygon
/// relations are counted, not assembled: a note says how many were left out.
/// </summary>
public sealed class ResidentialLandReader : IOsmExtractReader
{
    private readonly List<long[]> _buildings = [];
    private readonly List<long[]> _areas = [];
    private NodeLocations? _nodes;
    private int _nonDwellings, _buildingRelations, _areaRelations;

    public void Way(OsmWay way)
    {
        if (way.NodeIds.Length < 4 || way.NodeIds[0] != way.NodeIds[^1]) return;
        if (way.Tags.TryGetValue("building", out var building))
        {
            if (ResidentialWeights.NonDwellingBuildings.Contains(building)) { _nonDwellings++; return; }
            _buildings.Add(way.NodeIds);
        }
        else if (way.Tags.GetValueOrDefault("landuse") == "residential") _areas.Add(way.NodeIds);
        else return;
    }

    public void Relation(OsmRelation relation)
    {
        if (relation.Tags.GetValueOrDefault("type") != "multipolygon") return;
        if (relation.Tags.ContainsKey("building")) _buildingRelations++;
        else if (relation.Tags.GetValueOrDefault("landuse") == "residential") _areaRelations++;
    }

    public void Locate(NodeLocations nodes) => _nodes = nodes;

    /// <summary>The land read, once the pass is over.</summary>
    public ResidentialLand Result()
    {
        if (_nodes is null) throw new InvalidOperationException("residential land is read after the pass over the extract");
        var notes = new List<string>();
        var dwellings = new List<Dwelling>(_buildings.Count);
        int incomplete = 0, small = 0, capped = 0;
        foreach (var ids in _buildings)
        {
            if (Positions(ids) is not { } ring) { incomplete++; continue; }
            double area = FootprintSquareMetres(ring);
            if (area < ResidentialWeights.MinDwellingFootprintSquareMetres) { small++; continue; }
            if (area > ResidentialWeights.MaxDwellingFootprintSquareMetres) capped++;
            double lat = 0, lon = 0;
            for (int i = 0; i < ring.Length - 1; i++) { lat += ring[i].Lat; lon += ring[i].Lon; }
            var (e, n) = BritishNationalGrid.ToBng(new LatLon(lat / (ring.Length - 1), lon / (ring.Length - 1)));
            dwellings.Add(new Dwelling(e, n, Math.Min(area, ResidentialWeights.MaxDwellingFootprintSquareMetres)));
        }
        var areas = new List<Polygon>(_areas.Count);
        foreach (var ids in _areas)
        {
            if (Positions(ids) is not { } ring) { incomplete++; continue; }
            var shell = GeometryFactories.BritishNationalGrid.CreateLinearRing(ring.Select(p =>
            {
                var (e, n) = BritishNationalGrid.ToBng(p);
                return new Coordinate(e, n);
            }).ToArray());
            Polygon? polygon = GeometryFactories.BritishNationalGrid.CreatePolygon(shell);
            // A self-touching outline is repaired by buffer(0), which keeps its area; one that falls apart is dropped.
            if (!polygon.IsValid) polygon = polygon.Buffer(0) as Polygon;
            if (polygon is null) { incomplete++; continue; }
            areas.Add(polygon);
        }
        notes.Add($"{dwellings.Count} buildings taken as dwellings ({capped} counted at most {ResidentialWeights.MaxDwellingFootprintSquareMetres} m²); " +
                  $"{_nonDwellings} tagged as non-dwellings and {small} under {ResidentialWeights.MinDwellingFootprintSquareMetres} m² left out; " +
                  $"{areas.Count} landuse=residential areas");
        if (incomplete > 0) notes.Add($"{incomplete} residential ways cut by the extract's edge or not repairable left out");
        if (_buildingRelations + _areaRelations > 0)
            notes.Add($"{_buildingRelations} building and {_areaRelations} landuse=residential multipolygon relations not read (only closed ways are)");
        return new ResidentialLand(dwellings, areas, notes);
    }

    private LatLon[]? Positions(long[] ids)
    {
        var ring = new LatLon[ids.Length];
        for (int i = 0; i < ids.Length; i++)
            if (!_nodes!.TryGet(ids[i], out ring[i])) return null;
        return ring;
    }

    /// <summary>Shoelace area in a local plane: a building is far too small for the plane's scale error to matter.</summary>
    private static double FootprintSquareMetres(LatLon[] ring)
    {
        var plane = new LocalPlane(ring[0].Lat);
        double twice = 0;
        var (x0, y0) = plane.Project(ring[0].Lat, ring[0].Lon);
        for (int i = 1; i + 1 < ring.Length; i++)
        {
            var (x1, y1) = plane.Project(ring[i].Lat, ring[i].Lon);
            var (x2, y2) = plane.Project(ring[i + 1].Lat, ring[i + 1].Lon);
            twice += (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
        }
        return Math.Abs(twice) / 2;
    }
}

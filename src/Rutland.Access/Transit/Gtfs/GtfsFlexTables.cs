using System.Collections.Immutable;
using Rutland.Access.Data;
using Rutland.Access.Geo;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Gtfs;

/// <summary>
/// The GTFS-Flex files a feed's stop_times refer to: locations.geojson (zones as polygons), location_groups.txt and
/// location_group_stops.txt (zones as groups of existing stops) and booking_rules.txt. All optional; ids must be
/// unique across stops, location groups and locations, as the GTFS reference requires.
/// </summary>
internal sealed class GtfsFlexTables
{
    public const string LocationsFile = "locations.geojson";

    public Dictionary<string, LocationGroup> Groups { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, FlexLocation> Locations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, BookingRule> BookingRules { get; } = new(StringComparer.Ordinal);

    public static GtfsFlexTables Read(GtfsSource source, IReadOnlyDictionary<string, Stop> stops)
    {
        var tables = new GtfsFlexTables();
        tables.ReadLocations(source, stops);
        tables.ReadGroups(source, stops);
        tables.ReadBookingRules(source);
        return tables;
    }

    private void ReadLocations(GtfsSource source, IReadOnlyDictionary<string, Stop> stops)
    {
        using var stream = source.OpenStream(LocationsFile);
        if (stream is null) return;
        string file = source.DisplayName(LocationsFile);
        var features = GeoJsonReader.ReadFeatureCollection(stream, file);
        for (int i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            string id = feature.Id ?? throw new DataFileException(file, null, $"feature {i}: field 'id' is required");
            if (feature.Geometry is not (NetTopologySuite.Geometries.Polygon or NetTopologySuite.Geometries.MultiPolygon))
                throw new DataFileException(file, null, $"feature {i} ('{id}'): field 'geometry' must be a Polygon or MultiPolygon, not {feature.Geometry.GeometryType}");
            if (stops.ContainsKey(id)) throw new DataFileException(file, null, $"feature {i}: field 'id': '{id}' is also a stop_id in stops.txt");
            string? name = feature.Properties.TryGetValue("stop_name", out var n) && n.ValueKind == System.Text.Json.JsonValueKind.String ? n.GetString() : null;
            var inside = stops.Values
                .Where(s => s.LocationType == StopLocationType.Stop && feature.Geometry.Covers(GeometryFactories.Wgs84Point(new LatLon(s.Lat, s.Lon))))
                .Select(s => s.Id).Order(StringComparer.Ordinal).ToImmutableArray();
            if (!Locations.TryAdd(id, new FlexLocation(id, name, feature.Geometry, inside)))
                throw new DataFileException(file, null, $"feature {i}: field 'id': '{id}' appears twice");
        }
    }

    private void ReadGroups(GtfsSource source, IReadOnlyDictionary<string, Stop> stops)
    {
        using var groups = source.Open("location_groups.txt");
        using var members = source.Open("location_group_stops.txt");
        if (groups is null)
        {
            if (members is not null) throw new DataFileException(members.FilePath, null, "location_group_stops.txt needs location_groups.txt");
            return;
        }
        groups.RequireColumns("location_group_id");
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (groups.Read())
        {
            string id = groups.Required("location_group_id");
            if (stops.ContainsKey(id) || Locations.ContainsKey(id))
                throw groups.Error($"field 'location_group_id': '{id}' is also a stop or location id");
            if (!names.TryAdd(id, groups.Optional("location_group_name"))) throw groups.Error($"field 'location_group_id': '{id}' appears twice");
        }
        var stopIds = names.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        if (members is not null)
        {
            members.RequireColumns("location_group_id", "stop_id");
            while (members.Read())
            {
                string group = members.Required("location_group_id"), stop = members.Required("stop_id");
                if (!stopIds.TryGetValue(group, out var list)) throw members.Error($"field 'location_group_id': no group '{group}' in location_groups.txt");
                if (!stops.TryGetValue(stop, out var s) || s.LocationType != StopLocationType.Stop)
                    throw members.Error($"field 'stop_id': no stop '{stop}' (location_type 0) in stops.txt");
                if (list.Contains(stop)) throw members.Error($"field 'stop_id': '{stop}' appears twice in group '{group}'");
                list.Add(stop);
            }
        }
        foreach (var (id, list) in stopIds)
        {
            if (list.Count == 0)
                throw new DataFileException(groups.FilePath, null, $"field 'location_group_id': group '{id}' has no stops in location_group_stops.txt");
            Groups.Add(id, new LocationGroup(id, names[id], [.. list]));
        }
    }

    private void ReadBookingRules(GtfsSource source)
    {
        using var csv = source.Open("booking_rules.txt");
        if (csv is null) return;
        csv.RequireColumns("booking_rule_id", "booking_type");
        while (csv.Read())
        {
            string id = csv.Required("booking_rule_id");
            int type = csv.RequiredChoice("booking_type", BookingRule.RealTime, BookingRule.SameDay, BookingRule.PriorDays);
            int? notice = csv.OptionalInt("prior_notice_duration_min");
            if (type == BookingRule.SameDay && notice is null)
                throw csv.Error("field 'prior_notice_duration_min' is required when booking_type is 1 (same day)");
            if (type != BookingRule.SameDay && notice is not null)
                throw csv.Error($"field 'prior_notice_duration_min' is forbidden when booking_type is {type}");
            if (notice < 0) throw csv.Error($"field 'prior_notice_duration_min': {notice} is negative");
            var rule = new BookingRule(id, type, notice, csv.Optional("message"), csv.Optional("phone_number"),
                csv.Optional("info_url"), csv.Optional("booking_url"));
            if (!BookingRules.TryAdd(id, rule)) throw csv.Error($"field 'booking_rule_id': '{id}' appears twice");
        }
    }

    public FlexTimetable ToTimetable(IEnumerable<FlexTrip> trips) =>
        new([.. Groups.Values], [.. Locations.Values], [.. BookingRules.Values], [.. trips]);
}

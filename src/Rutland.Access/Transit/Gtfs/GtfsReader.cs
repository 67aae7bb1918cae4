using System.Collections.Immutable;
using Rutland.Access.Data;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Gtfs;

/// <summary>
/// Reads a GTFS Schedule feed (.zip or folder) into a <see cref="TimetableFeed"/>. Required files: agency, stops,
/// routes, trips, stop_times and calendar and/or calendar_dates; optional: frequencies, transfers, feed_info (others,
/// e.g. shapes and fares, are not read). Unknown columns are ignored. Required fields, value ranges and references
/// (route→agency, trip→route, trip→service, stop_time→trip/stop, parent_station, frequency→trip, transfer→stop) are
/// checked, failing with a <see cref="DataFileException"/> naming the file, line and field. Whatever is left out of
/// the model is counted in <see cref="TimetableFeed.Report"/> under <see cref="GtfsReportKeys"/>.
/// <para>
/// GTFS-Flex (in the GTFS reference since 2024) is read as published: stop_times rows naming a location group, a
/// locations.geojson zone or a stop with a pick-up/drop-off window instead of times make on-demand trips
/// (<see cref="TimetableFeed.Flex"/>), with their booking rules and trips.txt safe_duration_factor/offset.
/// </para>
/// </summary>
public sealed class GtfsReader
{
    private readonly GtfsSource _source;
    private readonly string _feedId;
    private LoadReport _report = LoadReport.Empty;
    private readonly Dictionary<string, Agency> _agencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Stop> _stops = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skippedStops = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string RouteId, string ServiceId, string? Headsign, int? Direction, double? Factor, double? Offset)> _trips = new(StringComparer.Ordinal);
    private GtfsFlexTables _flex = new();

    private GtfsReader(GtfsSource source, string feedId)
    {
        _source = source;
        _feedId = feedId;
    }

    /// <param name="path">A .zip file or a folder holding the feed's .txt files.</param>
    /// <param name="feedId">Defaults to the zip's or folder's name without extension.</param>
    public static TimetableFeed Read(string path, string? feedId = null)
    {
        using var source = new GtfsSource(path);
        var reader = new GtfsReader(source, feedId ?? Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path)));
        return reader.ReadFeed();
    }

    private TimetableFeed ReadFeed()
    {
        var info = ReadFeedInfo();
        ReadAgencies();
        ReadStops();
        _flex = GtfsFlexTables.Read(_source, _stops);
        ReadRoutes();
        var calendar = ReadCalendar();
        ReadTrips(calendar);
        var (trips, flexTrips) = ReadStopTimes();
        var frequencies = ReadFrequencies(trips);
        var transfers = ReadTransfers();
        return new TimetableFeed(
            _feedId, info, [.. _agencies.Values], [.. _stops.Values], [.. _routes.Values], trips,
            frequencies, transfers, calendar, _report) { Flex = _flex.ToTimetable(flexTrips) };
    }

    private CsvReader OpenRequired(string file) =>
        _source.Open(file) ?? throw new DataFileException(_source.DisplayName(file), null, "required GTFS file is missing from the feed");

    private FeedInfo ReadFeedInfo()
    {
        using var csv = _source.Open("feed_info.txt");
        if (csv is null || !csv.Read()) return FeedInfo.Unknown;
        csv.RequireColumns("feed_publisher_name", "feed_publisher_url", "feed_lang");
        var info = FeedInfo.FromGtfs(
            csv.Required("feed_publisher_name"), csv.Optional("feed_version"),
            csv.OptionalDate("feed_start_date"), csv.OptionalDate("feed_end_date"));
        csv.Required("feed_publisher_url");
        csv.Required("feed_lang");
        if (csv.Read()) throw csv.Error("feed_info.txt must have a single row");
        return info;
    }

    private void ReadAgencies()
    {
        using var csv = OpenRequired("agency.txt");
        csv.RequireColumns("agency_name", "agency_url", "agency_timezone");
        var rows = new List<(long Line, string? Id, Agency Agency)>();
        while (csv.Read())
        {
            string? id = csv.Optional("agency_id");
            rows.Add((csv.Line, id, new Agency(id ?? _feedId, csv.Required("agency_name"), csv.Required("agency_url"), csv.Required("agency_timezone"))));
        }
        if (rows.Count == 0) throw new DataFileException(csv.FilePath, null, "no agencies");
        foreach (var (line, id, agency) in rows)
        {
            // agency_id may be omitted only in a single-agency feed; the feed id then stands in for it.
            if (id is null && rows.Count > 1)
                throw new DataFileException(csv.FilePath, line, "field 'agency_id' is required when the feed has several agencies");
            if (!_agencies.TryAdd(agency.Id, agency))
                throw new DataFileException(csv.FilePath, line, $"field 'agency_id': '{agency.Id}' appears twice");
        }
    }

    private void ReadStops()
    {
        using var csv = OpenRequired("stops.txt");
        csv.RequireColumns("stop_id");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parents = new List<(long Line, string StopId, string Parent)>();
        while (csv.Read())
        {
            string id = csv.Required("stop_id");
            if (!seen.Add(id)) throw csv.Error($"field 'stop_id': '{id}' appears twice");
            var type = (StopLocationType)(csv.OptionalChoice("location_type", 0, 1, 2, 3, 4) ?? 0);
            if (type is not (StopLocationType.Stop or StopLocationType.Station))
            {
                _skippedStops.Add(id);
                _report = _report.Add(GtfsReportKeys.StopNodesSkipped);
                continue;
            }
            string? parent = csv.Optional("parent_station");
            if (type == StopLocationType.Station && parent is not null)
                throw csv.Error("field 'parent_station': a station (location_type 1) cannot have a parent station");
            if (parent is not null) parents.Add((csv.Line, id, parent));
            _stops.Add(id, new Stop(
                id, csv.Optional("stop_code"), csv.Required("stop_name"),
                csv.RequiredDouble("stop_lat"), csv.RequiredDouble("stop_lon"), parent, type));
        }
        foreach (var (line, stopId, parent) in parents)
        {
            if (!_stops.TryGetValue(parent, out var station) || station.LocationType != StopLocationType.Station)
                throw new DataFileException(csv.FilePath, line, $"field 'parent_station': stop '{stopId}' names '{parent}', which is not a station in stops.txt");
        }
    }

    private void ReadRoutes()
    {
        using var csv = OpenRequired("routes.txt");
        csv.RequireColumns("route_id", "route_type");
        while (csv.Read())
        {
            string id = csv.Required("route_id");
            string agencyId = csv.Optional("agency_id") ?? (_agencies.Count == 1
                ? _agencies.Keys.Single()
                : throw csv.Error("field 'agency_id' is required when the feed has several agencies"));
            if (!_agencies.ContainsKey(agencyId)) throw csv.Error($"field 'agency_id': no agency '{agencyId}' in agency.txt");
            string? shortName = csv.Optional("route_short_name"), longName = csv.Optional("route_long_name");
            if (shortName is null && longName is null)
                throw csv.Error("field 'route_short_name': route_short_name or route_long_name is required");
            int routeType = csv.RequiredInt("route_type");
            var mode = RouteTypes.ToMode(routeType) ?? throw csv.Error($"field 'route_type': {routeType} is not a GTFS route type");
            if (!_routes.TryAdd(id, new Route(id, agencyId, shortName, longName, routeType, mode)))
                throw csv.Error($"field 'route_id': '{id}' appears twice");
        }
    }

    private ServiceCalendar ReadCalendar()
    {
        using var weeklyCsv = _source.Open("calendar.txt");
        using var datesCsv = _source.Open("calendar_dates.txt");
        if (weeklyCsv is null && datesCsv is null)
            throw new DataFileException(_source.DisplayName("calendar.txt"), null, "the feed has neither calendar.txt nor calendar_dates.txt; one is required");

        string[] dayColumns = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        var weekly = new Dictionary<string, WeeklyService>(StringComparer.Ordinal);
        if (weeklyCsv is not null)
        {
            weeklyCsv.RequireColumns(["service_id", .. dayColumns, "start_date", "end_date"]);
            while (weeklyCsv.Read())
            {
                string id = weeklyCsv.Required("service_id");
                var days = DaysOfWeek.None;
                for (int d = 0; d < 7; d++)
                    if (weeklyCsv.RequiredChoice(dayColumns[d], 0, 1) == 1) days |= DaysOfWeekExtensions.MondayFirst[d];
                var service = new WeeklyService(id, days, weeklyCsv.RequiredDate("start_date"), weeklyCsv.RequiredDate("end_date"));
                if (service.EndDate < service.StartDate) throw weeklyCsv.Error("field 'end_date': before start_date");
                if (!weekly.TryAdd(id, service)) throw weeklyCsv.Error($"field 'service_id': '{id}' appears twice");
            }
        }
        var exceptions = new Dictionary<(string, DateOnly), ServiceException>();
        if (datesCsv is not null)
        {
            datesCsv.RequireColumns("service_id", "date", "exception_type");
            while (datesCsv.Read())
            {
                var exception = new ServiceException(
                    datesCsv.Required("service_id"), datesCsv.RequiredDate("date"),
                    datesCsv.RequiredChoice("exception_type", 1, 2) == 1);
                if (!exceptions.TryAdd((exception.ServiceId, exception.Date), exception))
                    throw datesCsv.Error($"field 'date': service '{exception.ServiceId}' has two exceptions on {exception.Date:yyyy-MM-dd}");
            }
        }
        return new ServiceCalendar(weekly.Values, exceptions.Values);
    }

    private void ReadTrips(ServiceCalendar calendar)
    {
        using var csv = OpenRequired("trips.txt");
        csv.RequireColumns("route_id", "service_id", "trip_id");
        while (csv.Read())
        {
            string id = csv.Required("trip_id"), routeId = csv.Required("route_id"), serviceId = csv.Required("service_id");
            if (!_routes.ContainsKey(routeId)) throw csv.Error($"field 'route_id': no route '{routeId}' in routes.txt");
            if (!calendar.Defines(serviceId)) throw csv.Error($"field 'service_id': no service '{serviceId}' in calendar.txt or calendar_dates.txt");
            double? factor = csv.OptionalDouble("safe_duration_factor");
            if (factor < 0) throw csv.Error($"field 'safe_duration_factor': {factor} is negative");
            if (!_trips.TryAdd(id, (routeId, serviceId, csv.Optional("trip_headsign"), csv.OptionalChoice("direction_id", 0, 1),
                    factor, csv.OptionalDouble("safe_duration_offset"))))
                throw csv.Error($"field 'trip_id': '{id}' appears twice");
        }
    }

    private (ImmutableArray<Trip> Trips, List<FlexTrip> FlexTrips) ReadStopTimes()
    {
        using var csv = OpenRequired("stop_times.txt");
        csv.RequireColumns("trip_id", "stop_sequence");
        var rowsByTrip = new Dictionary<string, List<RawStopTime>>(StringComparer.Ordinal);
        var flexRowsByTrip = new Dictionary<string, List<(long Line, FlexStopTime Row)>>(StringComparer.Ordinal);
        while (csv.Read())
        {
            string tripId = csv.Required("trip_id");
            if (!_trips.ContainsKey(tripId)) throw csv.Error($"field 'trip_id': no trip '{tripId}' in trips.txt");
            int sequence = csv.RequiredInt("stop_sequence");
            if (sequence < 0) throw csv.Error($"field 'stop_sequence': {sequence} is negative");
            if (IsFlexRow(csv))
            {
                if (!flexRowsByTrip.TryGetValue(tripId, out var flexRows)) flexRowsByTrip.Add(tripId, flexRows = []);
                flexRows.Add((csv.Line, ReadFlexRow(csv, sequence)));
                continue;
            }
            string stopId = csv.Required("stop_id");
            var stop = ResolveStop(csv, "stop_id", stopId);
            if (!rowsByTrip.TryGetValue(tripId, out var rows)) rowsByTrip.Add(tripId, rows = []);
            rows.Add(new RawStopTime(csv.Line, sequence, stop.Id, csv.OptionalTime("arrival_time"), csv.OptionalTime("departure_time")));
        }

        var trips = ImmutableArray.CreateBuilder<Trip>(_trips.Count);
        var flexTrips = new List<FlexTrip>();
        int interpolated = 0, tooShort = 0, deviated = 0;
        foreach (var (tripId, t) in _trips)
        {
            if (flexRowsByTrip.TryGetValue(tripId, out var flexRows))
            {
                // A deviated route (timed stops plus windows) needs a timetable and a zone at once; it is not modelled.
                if (rowsByTrip.ContainsKey(tripId)) { deviated++; continue; }
                flexRows.Sort((a, b) => a.Row.StopSequence.CompareTo(b.Row.StopSequence));
                CheckDistinctSequences(csv.FilePath, tripId, flexRows.Select(r => (r.Line, r.Row.StopSequence)).ToList());
                flexTrips.Add(new FlexTrip(tripId, t.RouteId, t.ServiceId, t.Headsign, t.Factor ?? 1, t.Offset ?? 0, [.. flexRows.Select(r => r.Row)]));
                continue;
            }
            if (!rowsByTrip.TryGetValue(tripId, out var rows) || rows.Count < 2) { tooShort++; continue; }
            rows.Sort((a, b) => a.StopSequence != b.StopSequence ? a.StopSequence.CompareTo(b.StopSequence) : a.Line.CompareTo(b.Line));
            CheckDistinctSequences(csv.FilePath, tripId, rows.Select(r => (r.Line, r.StopSequence)).ToList());
            var stopTimes = StopTimeInterpolation.Resolve(csv.FilePath, tripId, rows, _stops);
            interpolated += stopTimes.Count(s => s.Interpolated);
            trips.Add(new Trip(tripId, t.RouteId, t.ServiceId, t.Headsign, t.Direction, [.. stopTimes]));
        }
        _report = _report.Add(GtfsReportKeys.StopTimesInterpolated, interpolated).Add(GtfsReportKeys.TripsWithoutStopTimesSkipped, tooShort)
            .Add(GtfsReportKeys.DeviatedFlexTripsSkipped, deviated);
        return (trips.ToImmutable(), flexTrips);
    }

    private static void CheckDistinctSequences(string file, string tripId, List<(long Line, int Sequence)> sorted)
    {
        for (int i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Sequence == sorted[i - 1].Sequence)
                throw new DataFileException(file, sorted[i].Line, $"field 'stop_sequence': {sorted[i].Sequence} appears twice in trip '{tripId}'");
        }
    }

    private Stop ResolveStop(CsvReader csv, string column, string stopId)
    {
        if (!_stops.TryGetValue(stopId, out var stop))
            throw csv.Error(_skippedStops.Contains(stopId)
                ? $"field '{column}': '{stopId}' is an entrance, node or boarding area, not a stop"
                : $"field '{column}': no stop '{stopId}' in stops.txt");
        if (stop.LocationType != StopLocationType.Stop)
            throw csv.Error($"field '{column}': '{stopId}' is a station; trips call at its stops/platforms");
        return stop;
    }

    /// <summary>A row of an on-demand trip: it names a location group or zone, or has a pick-up/drop-off window.</summary>
    private static bool IsFlexRow(CsvReader csv) =>
        csv.Optional("location_group_id") is not null || csv.Optional("location_id") is not null
        || csv.Optional("start_pickup_drop_off_window") is not null || csv.Optional("end_pickup_drop_off_window") is not null;

    private FlexStopTime ReadFlexRow(CsvReader csv, int sequence)
    {
        string? stopId = csv.Optional("stop_id"), groupId = csv.Optional("location_group_id"), locationId = csv.Optional("location_id");
        int given = (stopId is null ? 0 : 1) + (groupId is null ? 0 : 1) + (locationId is null ? 0 : 1);
        if (given != 1)
            throw csv.Error("field 'location_group_id': exactly one of stop_id, location_group_id and location_id must be given");
        if (groupId is not null && !_flex.Groups.ContainsKey(groupId))
            throw csv.Error($"field 'location_group_id': no group '{groupId}' in location_groups.txt");
        if (locationId is not null && !_flex.Locations.ContainsKey(locationId))
            throw csv.Error($"field 'location_id': no location '{locationId}' in {GtfsFlexTables.LocationsFile}");
        if (stopId is not null) ResolveStop(csv, "stop_id", stopId);
        foreach (string timed in new[] { "arrival_time", "departure_time" })
        {
            if (csv.Optional(timed) is not null) throw csv.Error($"field '{timed}': forbidden in a row with a pick-up/drop-off window");
        }
        int start = csv.RequiredTime("start_pickup_drop_off_window"), end = csv.RequiredTime("end_pickup_drop_off_window");
        if (end < start) throw csv.Error("field 'end_pickup_drop_off_window': before start_pickup_drop_off_window");
        bool pickUp = (csv.OptionalChoice("pickup_type", 0, 1, 2, 3) ?? 0) != NoPickupOrDropOff;
        bool dropOff = (csv.OptionalChoice("drop_off_type", 0, 1, 2, 3) ?? 0) != NoPickupOrDropOff;
        return new FlexStopTime(sequence, groupId ?? locationId ?? stopId!, start, end, pickUp, dropOff,
            BookingRuleId(csv, "pickup_booking_rule_id"), BookingRuleId(csv, "drop_off_booking_rule_id"));
    }

    /// <summary>pickup_type / drop_off_type 1: no pick-up (drop-off) available at this row.</summary>
    private const int NoPickupOrDropOff = 1;

    private string? BookingRuleId(CsvReader csv, string column)
    {
        string? id = csv.Optional(column);
        if (id is not null && !_flex.BookingRules.ContainsKey(id)) throw csv.Error($"field '{column}': no rule '{id}' in booking_rules.txt");
        return id;
    }

    private ImmutableArray<Frequency> ReadFrequencies(ImmutableArray<Trip> trips)
    {
        using var csv = _source.Open("frequencies.txt");
        if (csv is null) return [];
        csv.RequireColumns("trip_id", "start_time", "end_time", "headway_secs");
        var kept = trips.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var frequencies = ImmutableArray.CreateBuilder<Frequency>();
        while (csv.Read())
        {
            string tripId = csv.Required("trip_id");
            if (!_trips.ContainsKey(tripId)) throw csv.Error($"field 'trip_id': no trip '{tripId}' in trips.txt");
            int start = csv.RequiredTime("start_time"), end = csv.RequiredTime("end_time"), headway = csv.RequiredInt("headway_secs");
            if (end <= start) throw csv.Error("field 'end_time': not after start_time");
            if (headway <= 0) throw csv.Error($"field 'headway_secs': {headway} is not positive");
            bool exact = csv.OptionalChoice("exact_times", 0, 1) == 1;
            if (!kept.Contains(tripId)) { _report = _report.Add(GtfsReportKeys.FrequenciesOfSkippedTripsSkipped); continue; }
            frequencies.Add(new Frequency(tripId, start, end, headway, exact));
        }
        return frequencies.ToImmutable();
    }

    private ImmutableArray<Transfer> ReadTransfers()
    {
        using var csv = _source.Open("transfers.txt");
        if (csv is null) return [];
        csv.RequireColumns("transfer_type");
        var transfers = ImmutableArray.CreateBuilder<Transfer>();
        while (csv.Read())
        {
            int type = csv.RequiredChoice("transfer_type", 0, 1, 2, 3, 4, 5);
            string? from = csv.Optional("from_stop_id"), to = csv.Optional("to_stop_id");
            bool tripOrRouteSpecific = new[] { "from_trip_id", "to_trip_id", "from_route_id", "to_route_id" }.Any(c => csv.Optional(c) is not null);
            if (from is null || to is null || tripOrRouteSpecific)
            {
                // The model holds stop-to-stop rules only; applying a trip- or route-specific rule to every trip would be wrong.
                _report = _report.Add(GtfsReportKeys.TransfersWithoutStopsSkipped);
                continue;
            }
            if (!_stops.ContainsKey(from)) throw csv.Error($"field 'from_stop_id': no stop '{from}' in stops.txt");
            if (!_stops.ContainsKey(to)) throw csv.Error($"field 'to_stop_id': no stop '{to}' in stops.txt");
            transfers.Add(new Transfer(from, to, type, csv.OptionalInt("min_transfer_time")));
        }
        return transfers.ToImmutable();
    }
}

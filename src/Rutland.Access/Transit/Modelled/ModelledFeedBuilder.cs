using System.Globalization;
using Rutland.Access.Transit.Cif;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// Builds the modelled Rutland GTFS feed from its definition: bus trips timed from our car times between
/// consecutive NaPTAN stops (<see cref="BusTiming"/>), rail trips copied from real CIF schedules and repeated by
/// their patterns, one calendar service per day set with English bank holidays removed. Output order follows the
/// definition (stops by ATCO code), so the same inputs always give the same tables.
/// </summary>
public sealed class ModelledFeedBuilder(
    ModelledFeedDefinition definition,
    IReadOnlyDictionary<string, NaptanStop> naptan,
    CarLegTimes carLegs,
    string inputsDirectory)
{
    /// <summary>GTFS route_type values (GTFS Schedule reference, routes.txt).</summary>
    public const int BusRouteType = 3, RailRouteType = 2;

    private readonly List<IReadOnlyList<string>> _trips = [];
    private readonly List<IReadOnlyList<string>> _stopTimes = [];
    private readonly SortedSet<string> _stopIds = new(StringComparer.Ordinal);
    private readonly SortedSet<ServiceDays> _services = [];

    public IReadOnlyList<GtfsTable> Build()
    {
        foreach (var route in definition.BusRoutes)
            foreach (var variant in route.Variants)
            {
                AddBusDirection(route, variant, variant.Stops, 0, variant.Outbound);
                AddBusDirection(route, variant, variant.Stops.Reverse().ToArray(), 1, variant.Inbound);
            }
        AddRail();
        IReadOnlyList<GtfsTable> tables = [FeedInfo(), Agencies(), Stops(), Routes(), Table("trips.txt", ["route_id", "service_id", "trip_id", "trip_headsign", "direction_id"], _trips),
            Table("stop_times.txt", ["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"], _stopTimes), Calendar(), CalendarDates()];
        return definition.OnDemandZones is { } onDemand
            ? onDemand.AddTo(tables, onDemand.ZoneStops(naptan, NaptanLocality.LoadActiveBusStops(inputsDirectory)), naptan, definition.Feed, definition.BankHolidays)
            : tables;
    }

    /// <summary>Minutes after departure at which a bus reaches each stop of the direction, from our car times.</summary>
    public IReadOnlyList<int> BusOffsetsMinutes(string routeId, IReadOnlyList<string> stops)
    {
        var offsets = new List<int> { 0 };
        for (int i = 1; i < stops.Count; i++)
            offsets.Add(offsets[^1] + definition.BusTiming.SegmentMinutes(carLegs.Seconds(Naptan(routeId, stops[i - 1]), Naptan(routeId, stops[i]))));
        return offsets;
    }

    private void AddBusDirection(BusRoute route, BusRouteVariant variant, IReadOnlyList<string> stops, int direction, IReadOnlyList<ServiceBand> bands)
    {
        if (bands.Count == 0) return;
        var offsets = BusOffsetsMinutes(route.Id, stops);
        string headsign = Naptan(route.Id, stops[^1]).Name;
        foreach (var band in bands)
            foreach (int departure in band.DepartureSeconds())
            {
                string tripId = $"{route.Id}-{variant.Id}-{(direction == 0 ? "out" : "in")}-{band.Days.ServiceId()}-{Clock(departure)[..5].Replace(":", "")}";
                AddTrip(route.Id, band.Days, tripId, headsign, direction.ToString(CultureInfo.InvariantCulture),
                    stops.Select((stop, i) => (stop, departure + offsets[i] * 60, departure + offsets[i] * 60)));
            }
    }

    private void AddRail()
    {
        var rail = definition.Rail;
        var stations = RailStations.Load(Path.Combine(inputsDirectory, rail.StationsFile));
        var cif = CifReader.Read(Path.Combine(inputsDirectory, rail.CifFile), stations);
        foreach (var pattern in rail.Patterns)
        {
            var template = cif.Trips.SingleOrDefault(t => t.Id == pattern.TemplateTrip)
                ?? throw new InvalidOperationException($"rail template '{pattern.TemplateTrip}' is not a schedule in {rail.CifFile}");
            int templateStart = template.StopTimes[0].DepartureSeconds;
            foreach (int departure in pattern.Band.DepartureSeconds())
            {
                int shift = departure - templateStart;
                string tripId = $"{rail.RouteId}-{template.Id}-{pattern.Band.Days.ServiceId()}-{Clock(departure)[..5].Replace(":", "")}";
                AddTrip(rail.RouteId, pattern.Band.Days, tripId, template.Headsign ?? "", "",
                    template.StopTimes.Select(st => (st.StopId, st.ArrivalSeconds + shift, st.DepartureSeconds + shift)));
            }
        }
    }

    private void AddTrip(string routeId, ServiceDays days, string tripId, string headsign, string direction,
        IEnumerable<(string StopId, int Arrival, int Departure)> calls)
    {
        _services.Add(days);
        _trips.Add([routeId, days.ServiceId(), tripId, headsign, direction]);
        int sequence = 0;
        foreach (var (stopId, arrival, departure) in calls)
        {
            _stopIds.Add(stopId);
            _stopTimes.Add([tripId, Clock(arrival), Clock(departure), stopId, (++sequence).ToString(CultureInfo.InvariantCulture)]);
        }
    }

    private NaptanStop Naptan(string routeId, string atco) =>
        naptan.TryGetValue(atco, out var stop) ? stop
            : throw new InvalidOperationException($"route '{routeId}': stop '{atco}' is not in the study area's NaPTAN files");

    private GtfsTable FeedInfo()
    {
        var f = definition.Feed;
        return Table("feed_info.txt", ["feed_publisher_name", "feed_publisher_url", "feed_lang", "feed_start_date", "feed_end_date", "feed_version"],
            [[f.Publisher, f.PublisherUrl, f.Lang, Date(f.StartDate), Date(f.EndDate), f.Version]]);
    }

    private GtfsTable Agencies() => Table("agency.txt", ["agency_id", "agency_name", "agency_url", "agency_timezone"],
        definition.Agencies.Select(a => (IReadOnlyList<string>)[a.Id, a.Name, a.Url, "Europe/London"]).ToList());

    private GtfsTable Stops() => Table("stops.txt", ["stop_id", "stop_code", "stop_name", "stop_lat", "stop_lon"],
        _stopIds.Select(id => Naptan("stops", id))
            .Select(s => (IReadOnlyList<string>)[s.AtcoCode, s.NaptanCode ?? "", s.Name, Coordinate(s.Location.Lat), Coordinate(s.Location.Lon)])
            .ToList());

    private GtfsTable Routes()
    {
        var rows = definition.BusRoutes
            .Select(r => (IReadOnlyList<string>)[r.Id, r.Agency, r.ShortName, r.LongName, BusRouteType.ToString(CultureInfo.InvariantCulture)])
            .ToList();
        var rail = definition.Rail;
        rows.Add([rail.RouteId, rail.Agency, rail.ShortName, rail.LongName, RailRouteType.ToString(CultureInfo.InvariantCulture)]);
        return Table("routes.txt", ["route_id", "agency_id", "route_short_name", "route_long_name", "route_type"], rows);
    }

    private GtfsTable Calendar() => Table("calendar.txt",
        ["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date", "end_date"],
        _services.Select(s => (IReadOnlyList<string>)
        [
            s.ServiceId(), .. DaysOfWeekExtensions.MondayFirst.Select(d => (s.Days() & d) != 0 ? "1" : "0"),
            Date(definition.Feed.StartDate), Date(definition.Feed.EndDate),
        ]).ToList());

    /// <summary>Every bank holiday removes the services that would otherwise run that day (GTFS exception_type 2).</summary>
    private GtfsTable CalendarDates() => Table("calendar_dates.txt", ["service_id", "date", "exception_type"],
        definition.BankHolidays
            .SelectMany(h => _services.Where(s => s.Days().Includes(h.Date.DayOfWeek)).Select(s => (IReadOnlyList<string>)[s.ServiceId(), Date(h.Date), "2"]))
            .ToList());

    private static GtfsTable Table(string name, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) => new(name, header, rows);

    private static string Clock(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Coordinate(double degrees) => degrees.ToString("F6", CultureInfo.InvariantCulture);
}

using System.Collections.Concurrent;
using System.Globalization;
using Rutland.Access.Transit.Cif;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// Builds the modelled Rutland GTFS feed from its definition: each bus variant's road path through its waypoints
/// (<see cref="BusPathFinder"/>, following its OSM route relations), the NaPTAN stops along that path
/// (<see cref="StopsAlongPath"/>), timed from our car times (<see cref="BusTiming"/>); frequency links timed by our
/// estimate; rail trips copied from real CIF schedules and repeated by their patterns; one calendar service per day
/// set with English bank holidays removed. Output order follows the definition (stops by ATCO code), so the same
/// inputs always give the same tables.
/// </summary>
public sealed class ModelledFeedBuilder(
    ModelledFeedDefinition definition,
    IReadOnlyDictionary<string, NaptanStop> naptan,
    BusPathFinder paths,
    IReadOnlyDictionary<long, IReadOnlySet<long>> relationWays,
    string inputsDirectory)
{
    /// <summary>GTFS route_type values (GTFS Schedule reference, routes.txt).</summary>
    public const int BusRouteType = 3, RailRouteType = 2;

    /// <summary>GTFS frequencies.txt exact_times=0: the trips run every headway, at times not published.</summary>
    private const string FrequencyBased = "0";

    private readonly List<IReadOnlyList<string>> _trips = [];
    private readonly List<IReadOnlyList<string>> _stopTimes = [];
    private readonly List<IReadOnlyList<string>> _frequencies = [];
    private readonly SortedSet<string> _stopIds = new(StringComparer.Ordinal);
    private readonly SortedSet<ServiceDays> _services = [];

    /// <summary>Each bus direction's calls and each frequency link's car seconds, found once: they do not depend on the
    /// bus speed factor, so <see cref="WithBusSpeedFactor"/> shares them (the road paths are most of a build's time).</summary>
    private ConcurrentDictionary<(string Route, string Variant, bool Inbound), Lazy<IReadOnlyList<PathCall>>> _busCalls = new();
    private ConcurrentDictionary<(string Link, string From, string To), Lazy<double>> _linkCarSeconds = new();

    /// <summary>A builder of the same feed at another bus speed factor (<see cref="ModelledFeedDefinition.WithBusSpeedFactor"/>),
    /// sharing the road paths this one has found and will find.</summary>
    public ModelledFeedBuilder WithBusSpeedFactor(double factor) =>
        new(definition.WithBusSpeedFactor(factor), naptan, paths, relationWays, inputsDirectory)
        {
            _busCalls = _busCalls,
            _linkCarSeconds = _linkCarSeconds,
        };

    public IReadOnlyList<GtfsTable> Build()
    {
        foreach (var route in definition.BusRoutes)
            foreach (var variant in route.Variants)
            {
                AddBusDirection(route, variant, inbound: false);
                AddBusDirection(route, variant, inbound: true);
            }
        foreach (var link in definition.FrequencyRoutes)
        {
            AddFrequencyDirection(link, link.From, link.To, 0);
            AddFrequencyDirection(link, link.To, link.From, 1);
        }
        AddRail();
        IReadOnlyList<GtfsTable> tables = [FeedInfo(), Agencies(), Stops(), Routes(), Table("trips.txt", ["route_id", "service_id", "trip_id", "trip_headsign", "direction_id"], _trips),
            Table("stop_times.txt", ["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"], _stopTimes),
            Table("frequencies.txt", ["trip_id", "start_time", "end_time", "headway_secs", "exact_times"], _frequencies), Calendar(), CalendarDates()];
        return definition.OnDemandZones is { } onDemand
            ? onDemand.AddTo(tables, onDemand.ZoneStops(naptan, NaptanLocality.LoadActiveBusStops(inputsDirectory)), naptan, definition.Feed, definition.BankHolidays)
            : tables;
    }

    /// <summary>
    /// The stops one direction of a variant calls at, with the minutes after departure at which the bus reaches each:
    /// its road path, the stops along it, and <see cref="BusTiming.ArrivalMinutes"/> (a dwell at every stop reached).
    /// </summary>
    public IReadOnlyList<(NaptanStop Stop, int Minutes)> BusPattern(BusRoute route, BusRouteVariant variant, bool inbound) =>
        _busCalls.GetOrAdd((route.Id, variant.Id, inbound), _ => new(() => BusCalls(route, variant, inbound))).Value
            .Select((call, i) => (call.Stop, definition.BusTiming.ArrivalMinutes(call.CarSeconds, i))).ToList();

    private IReadOnlyList<PathCall> BusCalls(BusRoute route, BusRouteVariant variant, bool inbound)
    {
        var via = (inbound ? variant.InboundVia ?? variant.Via.Reverse().ToList() : variant.Via).Select(atco => Naptan(route.Id, atco)).ToList();
        IReadOnlySet<long>? ways = variant.OsmRelations is { Count: > 0 } relations
            ? relations.SelectMany(r => relationWays[r]).ToHashSet()
            : null;
        var path = paths.Find(via, ways);
        return StopsAlongPath.Calls(path, via, naptan.Values.OrderBy(s => s.AtcoCode, StringComparer.Ordinal));
    }

    /// <summary>
    /// Minutes from one end of a frequency link to the other: our car time on the link's path (both Peterborough stops
    /// lie beyond the extract: the direct estimate of <see cref="BusPathFinder"/>), as a bus by <see cref="BusTiming"/>.
    /// </summary>
    public int FrequencyRunMinutes(FrequencyRoute link, string from, string to) => definition.BusTiming.ArrivalMinutes(
        _linkCarSeconds.GetOrAdd((link.Id, from, to), _ => new(() => paths.Find([Naptan(link.Id, from), Naptan(link.Id, to)], null).Points[^1].CarSeconds)).Value, 1);

    private void AddBusDirection(BusRoute route, BusRouteVariant variant, bool inbound)
    {
        var bands = inbound ? variant.Inbound : variant.Outbound;
        if (bands.Count == 0) return;
        var pattern = BusPattern(route, variant, inbound);
        string headsign = pattern[^1].Stop.Name;
        foreach (var band in bands)
            foreach (int departure in band.DepartureSeconds())
            {
                string tripId = $"{route.Id}-{variant.Id}-{(inbound ? "in" : "out")}-{band.Days.ServiceId()}-{Clock(departure)[..5].Replace(":", "")}";
                AddTrip(route.Id, band.Days, tripId, headsign, inbound ? "1" : "0",
                    pattern.Select(call => (call.Stop.AtcoCode, departure + call.Minutes * 60, departure + call.Minutes * 60)));
            }
    }

    /// <summary>One template trip per day set and direction, repeated by frequencies.txt rows (exact_times=0).</summary>
    private void AddFrequencyDirection(FrequencyRoute link, string from, string to, int direction)
    {
        int run = FrequencyRunMinutes(link, from, to) * 60;
        string headsign = Naptan(link.Id, to).Name;
        foreach (var days in link.Bands.GroupBy(b => b.Days).OrderBy(g => g.Key))
        {
            var bands = days.OrderBy(b => b.StartSeconds).ToList();
            int start = bands[0].StartSeconds;
            string tripId = $"{link.Id}-{(direction == 0 ? "out" : "in")}-{days.Key.ServiceId()}";
            AddTrip(link.Id, days.Key, tripId, headsign, direction.ToString(CultureInfo.InvariantCulture), [(from, start, start), (to, start + run, start + run)]);
            foreach (var band in bands)
                _frequencies.Add([tripId, Clock(band.StartSeconds), Clock(band.EndSeconds), (band.HeadwayMinutes * 60).ToString(CultureInfo.InvariantCulture), FrequencyBased]);
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

    /// <summary>Every route's route_desc starts "Modelled" and says how its times were made.</summary>
    private GtfsTable Routes()
    {
        var timing = definition.BusTiming;
        string bus = string.Create(CultureInfo.InvariantCulture,
            $"Modelled from published service facts, not an operator timetable: calls at every NaPTAN stop on its road path; times = our car time × {timing.SpeedFactor} + {timing.DwellSeconds} s a stop.");
        const string link = "Modelled from published service facts, not an operator timetable: a frequency service (exact_times=0, departure times unknown); run time estimated from the straight-line distance.";
        const string rail = "Modelled: real CrossCountry calls and run times from a 2020 CIF extract, repeated at the published frequency.";
        var rows = definition.BusRoutes
            .Select(r => (IReadOnlyList<string>)[r.Id, r.Agency, r.ShortName, r.LongName, bus, BusRouteType.ToString(CultureInfo.InvariantCulture)])
            .Concat(definition.FrequencyRoutes.Select(r => (IReadOnlyList<string>)[r.Id, r.Agency, r.ShortName, r.LongName, link, BusRouteType.ToString(CultureInfo.InvariantCulture)]))
            .ToList();
        var train = definition.Rail;
        rows.Add([train.RouteId, train.Agency, train.ShortName, train.LongName, rail, RailRouteType.ToString(CultureInfo.InvariantCulture)]);
        return Table("routes.txt", ["route_id", "agency_id", "route_short_name", "route_long_name", "route_desc", "route_type"], rows);
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

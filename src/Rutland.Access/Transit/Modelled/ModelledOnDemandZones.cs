using System.Globalization;
using Rutland.Access.Data;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// The "onDemandZones" section of <c>modelled-routes.json</c>: the demand-responsive service (Rutland's DDRT run by
/// CallConnect) as GTFS-Flex — one location group per zone made of existing NaPTAN bus stops, one on-demand trip per
/// zone and day set whose two stop_times rows carry the pick-up/drop-off window (pick-up on the first, drop-off on the
/// second, as the GTFS reference's zone examples do), the booking rule, and the ride-time factor and offset.
/// </summary>
public sealed record ModelledOnDemandZones(
    ModelledAgency Agency,
    string RouteId,
    string ShortName,
    string LongName,
    string Source,
    OnDemandRideTime RideTime,
    OnDemandBooking Booking,
    IReadOnlyList<OnDemandHours> Hours,
    string HoursSource,
    IReadOnlyList<OnDemandZone> Zones)
{
    public const string BookingRuleId = "book-ahead";

    /// <summary>GTFS pickup_type / drop_off_type: 1 none, 2 arranged by phoning the agency.</summary>
    private const string NotHere = "1", PhoneAgency = "2";

    /// <summary>Every zone's stops, in ATCO order: active bus stops of its localities and its named stops.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ZoneStops(IReadOnlyDictionary<string, NaptanStop> naptan, IReadOnlyList<NaptanLocality> localities)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var zone in Zones)
        {
            var wanted = zone.Localities.ToHashSet(StringComparer.Ordinal);
            var unknown = wanted.Except(localities.Select(l => l.Locality)).ToArray();
            if (unknown.Length > 0)
                throw new InvalidOperationException($"on-demand zone '{zone.Id}': no active NaPTAN bus stop in {string.Join(", ", unknown)}");
            var missing = zone.Stops.Where(s => !naptan.ContainsKey(s)).ToArray();
            if (missing.Length > 0) throw new InvalidOperationException($"on-demand zone '{zone.Id}': stops {string.Join(", ", missing)} are not in NaPTAN");
            result[zone.Id] = localities.Where(l => wanted.Contains(l.Locality)).Select(l => l.AtcoCode)
                .Concat(zone.Stops).Distinct().Order(StringComparer.Ordinal).ToArray();
        }
        var unzoned = localities.Where(l => l.AtcoCode.StartsWith(RutlandAtcoPrefix, StringComparison.Ordinal)
            && !result.Values.Any(stops => stops.Contains(l.AtcoCode))).Select(l => l.Locality).Distinct().ToArray();
        if (unzoned.Length > 0)
            throw new InvalidOperationException($"on-demand zones leave Rutland bus stops without service in {string.Join(", ", unzoned)}");
        return result;
    }

    /// <summary>NaPTAN's administrative area code for Rutland: the whole county has on-demand service from Aug 2025.</summary>
    private const string RutlandAtcoPrefix = "268";

    /// <summary>
    /// The fixed-route tables with the on-demand service added: agency, route, trips (with the safe-duration columns),
    /// stop_times (with location_group_id, windows, pick-up/drop-off types and booking rules), stops the zones add,
    /// calendar services not yet there (with their bank-holiday removals), and the three GTFS-Flex files.
    /// </summary>
    public IReadOnlyList<GtfsTable> AddTo(IReadOnlyList<GtfsTable> tables, IReadOnlyDictionary<string, IReadOnlyList<string>> zoneStops,
        IReadOnlyDictionary<string, NaptanStop> naptan, FeedSettings feed, IReadOnlyList<BankHoliday> holidays)
    {
        var byName = tables.ToDictionary(t => t.FileName);
        string Factor = RideTime.SafeDurationFactor.ToString(CultureInfo.InvariantCulture);
        string Offset = RideTime.SafeDurationOffsetSeconds.ToString(CultureInfo.InvariantCulture);
        var trips = new List<Dictionary<string, string>>();
        var stopTimes = new List<Dictionary<string, string>>();
        foreach (var zone in Zones)
            foreach (var hours in Hours)
            {
                string tripId = $"{RouteId}-{zone.Id}-{hours.Days.ServiceId()}";
                trips.Add(new()
                {
                    ["route_id"] = RouteId, ["service_id"] = hours.Days.ServiceId(), ["trip_id"] = tripId, ["trip_headsign"] = zone.Name,
                    ["safe_duration_factor"] = Factor, ["safe_duration_offset"] = Offset,
                });
                foreach (var (sequence, pickup, dropOff) in new[] { ("1", PhoneAgency, NotHere), ("2", NotHere, PhoneAgency) })
                {
                    stopTimes.Add(new()
                    {
                        ["trip_id"] = tripId, ["stop_sequence"] = sequence, ["location_group_id"] = zone.Id,
                        ["start_pickup_drop_off_window"] = Clock(hours.StartSeconds), ["end_pickup_drop_off_window"] = Clock(hours.EndSeconds),
                        ["pickup_type"] = pickup, ["drop_off_type"] = dropOff,
                        [pickup == PhoneAgency ? "pickup_booking_rule_id" : "drop_off_booking_rule_id"] = BookingRuleId,
                    });
                }
            }

        var knownStops = byName["stops.txt"].Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var addedStops = zoneStops.Values.SelectMany(s => s).Where(s => !knownStops.Contains(s)).Distinct().Order(StringComparer.Ordinal)
            .Select(id => naptan[id])
            .Select(s => (IReadOnlyList<string>)[s.AtcoCode, s.NaptanCode ?? "", s.Name, Coordinate(s.Location.Lat), Coordinate(s.Location.Lon)]);
        var knownServices = byName["calendar.txt"].Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var newServices = Hours.Select(h => h.Days).Distinct().Where(d => !knownServices.Contains(d.ServiceId())).ToArray();

        var result = new List<GtfsTable>();
        foreach (var table in tables)
        {
            result.Add(table.FileName switch
            {
                "agency.txt" => Append(table, [[Agency.Id, Agency.Name, Agency.Url, "Europe/London"]]),
                "routes.txt" => Widen(table, [], [new()
                {
                    ["route_id"] = RouteId, ["agency_id"] = Agency.Id, ["route_short_name"] = ShortName, ["route_long_name"] = LongName,
                    ["route_desc"] = FormattableString.Invariant(
                        $"Modelled from published service facts, not an operator timetable: on-demand zones of existing bus stops, booked ahead; ride = our car time × {RideTime.SafeDurationFactor} + {RideTime.SafeDurationOffsetSeconds} s."),
                    ["route_type"] = ModelledFeedBuilder.BusRouteType.ToString(CultureInfo.InvariantCulture),
                }]),
                "stops.txt" => Append(table, [.. addedStops]),
                "trips.txt" => Widen(table, ["safe_duration_factor", "safe_duration_offset"], trips),
                "stop_times.txt" => Widen(table,
                    ["location_group_id", "start_pickup_drop_off_window", "end_pickup_drop_off_window", "pickup_type", "drop_off_type",
                        "pickup_booking_rule_id", "drop_off_booking_rule_id"], stopTimes),
                "calendar.txt" => Append(table, [.. newServices.Select(d => (IReadOnlyList<string>)
                [
                    d.ServiceId(), .. DaysOfWeekExtensions.MondayFirst.Select(x => (d.Days() & x) != 0 ? "1" : "0"),
                    Date(feed.StartDate), Date(feed.EndDate),
                ])]),
                "calendar_dates.txt" => Append(table, [.. holidays.SelectMany(h => newServices.Where(d => d.Days().Includes(h.Date.DayOfWeek))
                    .Select(d => (IReadOnlyList<string>)[d.ServiceId(), Date(h.Date), "2"]))]),
                _ => table,
            });
        }
        result.Add(new GtfsTable("location_groups.txt", ["location_group_id", "location_group_name"],
            [.. Zones.Select(z => (IReadOnlyList<string>)[z.Id, z.Name])]));
        result.Add(new GtfsTable("location_group_stops.txt", ["location_group_id", "stop_id"],
            [.. Zones.SelectMany(z => zoneStops[z.Id].Select(s => (IReadOnlyList<string>)[z.Id, s]))]));
        result.Add(new GtfsTable("booking_rules.txt",
            ["booking_rule_id", "booking_type", "prior_notice_duration_min", "message", "phone_number", "info_url"],
            [[BookingRuleId, Booking.BookingType.ToString(CultureInfo.InvariantCulture),
                Booking.PriorNoticeMinutes?.ToString(CultureInfo.InvariantCulture) ?? "", Booking.Message, Booking.PhoneNumber ?? "", Booking.InfoUrl ?? ""]]));
        return result;
    }

    internal void Check(string path)
    {
        if (RideTime.SafeDurationFactor < 1) throw new DataFileException(path, null, "onDemandZones.rideTime.safeDurationFactor below 1 would make the minibus faster than a car");
        if (Zones.Count == 0) throw new DataFileException(path, null, "onDemandZones: at least one zone");
        if (Zones.Select(z => z.Id).Distinct().Count() != Zones.Count) throw new DataFileException(path, null, "onDemandZones: zone ids must be distinct");
        foreach (var h in Hours)
        {
            if (h.EndSeconds <= h.StartSeconds) throw new DataFileException(path, null, $"onDemandZones: {h.Days} hours end before they start");
        }
    }

    private static GtfsTable Append(GtfsTable table, IReadOnlyList<IReadOnlyList<string>> rows) => table with { Rows = [.. table.Rows, .. rows] };

    /// <summary>Adds columns (empty in the existing rows) and rows given by column name (columns they do not name stay empty).</summary>
    private static GtfsTable Widen(GtfsTable table, IReadOnlyList<string> columns, IReadOnlyList<Dictionary<string, string>> rows)
    {
        IReadOnlyList<string> header = [.. table.Header, .. columns.Where(c => !table.Header.Contains(c))];
        return new(table.FileName, header,
        [
            .. table.Rows.Select(r => (IReadOnlyList<string>)[.. r, .. Enumerable.Repeat("", header.Count - r.Count)]),
            .. rows.Select(r => (IReadOnlyList<string>)[.. header.Select(c => r.GetValueOrDefault(c, ""))]),
        ]);
    }

    private static string Clock(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Coordinate(double degrees) => degrees.ToString("F6", CultureInfo.InvariantCulture);
}

using System.Collections.Immutable;
using Rutland.Access.Data;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Cif;

/// <summary>
/// Reads a rail industry CIF timetable (.mca, fixed-width 80-character records) into a <see cref="TimetableFeed"/>.
/// Each passenger schedule becomes one trip with its own service: the schedule's days run between its dates,
/// minus the dates on which a higher-priority schedule of the same train UID (C over N over O over P) runs, so
/// <see cref="ServiceCalendar.IsActive"/> answers which version of a train runs on a date. Calls use public times,
/// or working (WTT, half-minute) times where the public time is 0000 or blank; passes are not calls. Calls at
/// TIPLOCs missing from the station list are left out and counted in the report.
/// </summary>
public static class CifReader
{
    /// <param name="stationsByTiploc">Stations to keep calls at, e.g. from <see cref="RailStations.Load"/>.</param>
    /// <param name="feedId">Defaults to the file name without extension.</param>
    public static TimetableFeed Read(
        string mcaPath,
        IReadOnlyDictionary<string, (string AtcoCode, string Name, double Lat, double Lon)> stationsByTiploc,
        string? feedId = null)
    {
        if (!File.Exists(mcaPath)) throw new DataFileException(mcaPath, null, "file not found");
        var report = LoadReport.Empty;
        var crsByTiploc = new Dictionary<string, string?>(StringComparer.Ordinal);
        // Keyed by train UID, start date and STP indicator: what D (delete) and R (revise) transactions refer to.
        var schedules = new Dictionary<(string, DateOnly, char), CifSchedule>();
        FeedInfo? info = null;
        CifSchedule? current = null; // the schedule whose BX/location records follow
        bool ended = false;
        long lineNumber = 0;

        foreach (string text in File.ReadLines(mcaPath))
        {
            lineNumber++;
            if (text.Length == 0) continue;
            var record = new CifRecord(text, mcaPath, lineNumber);
            if (ended) throw record.Error("record after the ZZ trailer");
            if (info is null && record.Type != "HD") throw record.Error("a CIF file must start with an HD header record");
            switch (record.Type)
            {
                case "HD":
                    if (info is not null) throw record.Error("second header record");
                    info = new FeedInfo(
                        record.Text(3, 20), record.Text(33, 7),
                        record.Date(49, "user extract start date", "ddMMyy"), record.Date(55, "user extract end date", "ddMMyy"),
                        Modelled: false, ModelledDescription: null);
                    break;
                case "TI" or "TA":
                    crsByTiploc[record.Required(3, 7, "TIPLOC")] = record.Text(54, 3);
                    break;
                case "BS":
                    RequireTerminated(current);
                    current = ReadBasicSchedule(record, schedules, ref report);
                    break;
                case "BX":
                    if (current is null) throw record.Error("BX without a preceding BS");
                    current.AtocCode = record.Text(12, 2);
                    break;
                case "LO" or "LI" or "LT":
                    if (current is null) throw record.Error("location record without a preceding BS");
                    if (current.StpIndicator == 'C') throw record.Error("an STP cancellation (C) has no location records");
                    if (record.Type == "LO" && current.Calls.Count > 0) throw record.Error("LO (origin) is not the first location");
                    if (record.Type != "LO" && current.Calls.Count == 0) throw record.Error("the first location must be LO (origin)");
                    current.Calls.Add(ReadLocation(record));
                    if (record.Type == "LT") current = null;
                    break;
                case "CR" or "AA" or "TN" or "LN" or "TD":
                    report = report.Add(CifReportKeys.UnappliedRecords);
                    break;
                case "ZZ":
                    RequireTerminated(current);
                    ended = true;
                    break;
                default:
                    throw record.Error("unknown record type");
            }
        }
        if (info is null) throw new DataFileException(mcaPath, null, "empty file: expected an HD header record");
        // Extracts (like the Oakham sample) often lack the trailer; the schedules read are complete, so say so rather than fail.
        if (!ended)
        {
            RequireTerminated(current);
            report = report.Add(CifReportKeys.MissingTrailer);
        }

        return Build(feedId ?? Path.GetFileNameWithoutExtension(mcaPath), info, schedules.Values.ToList(), crsByTiploc, stationsByTiploc, report);
    }

    /// <summary>Every running schedule ends with an LT; one that does not was truncated or mis-ordered.</summary>
    private static void RequireTerminated(CifSchedule? current)
    {
        if (current is not null && current.StpIndicator != 'C')
            throw new DataFileException(current.File, current.Line, $"BS record: schedule {current.TrainUid} has no LT (terminus) record");
    }

    private static CifSchedule? ReadBasicSchedule(CifRecord record, Dictionary<(string, DateOnly, char), CifSchedule> schedules, ref LoadReport report)
    {
        char transaction = record.Raw(3, 1)[0];
        if (transaction is not ('N' or 'D' or 'R')) throw record.Error($"transaction type '{transaction}' is not N, D or R");
        char stp = record.Raw(80, 1)[0];
        if (stp is not ('P' or 'O' or 'N' or 'C')) throw record.Error($"STP indicator '{stp}' is not P, O, N or C");
        string uid = record.Required(4, 6, "train UID");
        var from = record.Date(10, "date runs from");
        var key = (uid, from, stp);
        if (transaction == 'D')
        {
            if (!schedules.Remove(key)) report = report.Add(CifReportKeys.DeletionsOfUnknownSchedules);
            return null;
        }

        var to = record.Date(16, "date runs to");
        if (to < from) throw record.Error("date runs to is before date runs from");
        string daysRun = record.Raw(22, 7);
        if (daysRun.Any(c => c is not ('0' or '1'))) throw record.Error($"days run '{daysRun}' is not 7 characters of 0/1 (Mon..Sun)");
        var days = DaysOfWeek.None;
        for (int d = 0; d < 7; d++)
            if (daysRun[d] == '1') days |= DaysOfWeekExtensions.MondayFirst[d];

        var schedule = new CifSchedule
        {
            File = record.File,
            Line = record.Line,
            TrainUid = uid,
            RunsFrom = from,
            RunsTo = to,
            Days = days,
            BankHolidayRunning = record.Raw(29, 1)[0],
            TrainStatus = record.Raw(30, 1)[0],
            Headcode = record.Text(33, 4),
            StpIndicator = stp,
        };
        if (transaction == 'N' && schedules.ContainsKey(key)) throw record.Error($"schedule {uid} from {from:yyyy-MM-dd} ({stp}) appears twice");
        schedules[key] = schedule; // R (revise) replaces the schedule with the same key
        return schedule;
    }

    private static CifCall ReadLocation(CifRecord record)
    {
        string tiploc = record.Required(3, 7, "location TIPLOC");
        var call = record.Type switch
        {
            "LO" => new CifCall(record.Line, tiploc, null, record.Time(11, 5, "scheduled departure"), null, null, record.Time(16, 4, "public departure")),
            "LT" => new CifCall(record.Line, tiploc, record.Time(11, 5, "scheduled arrival"), null, null, record.Time(16, 4, "public arrival"), null),
            _ => new CifCall(record.Line, tiploc,
                record.Time(11, 5, "scheduled arrival"), record.Time(16, 5, "scheduled departure"), record.Time(21, 5, "scheduled pass"),
                record.Time(26, 4, "public arrival"), record.Time(30, 4, "public departure")),
        };
        if (call.WttArrival is null && call.WttDeparture is null && call.WttPass is null)
            throw record.Error("no scheduled arrival, departure or pass time");
        return call;
    }

    private static TimetableFeed Build(
        string feedId, FeedInfo info, List<CifSchedule> schedules,
        Dictionary<string, string?> crsByTiploc,
        IReadOnlyDictionary<string, (string AtcoCode, string Name, double Lat, double Lon)> stations,
        LoadReport report)
    {
        var agencies = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var stops = new Dictionary<string, Stop>(StringComparer.Ordinal);
        var routes = new Dictionary<string, Route>(StringComparer.Ordinal);
        var trips = ImmutableArray.CreateBuilder<Trip>();
        var weekly = new List<WeeklyService>();
        var removals = new List<ServiceException>();
        var byUid = schedules.ToLookup(s => s.TrainUid);
        var tiplocByAtco = stations.ToDictionary(s => s.Value.AtcoCode, s => s.Key, StringComparer.Ordinal);

        foreach (var schedule in schedules.OrderBy(s => s.TrainUid, StringComparer.Ordinal).ThenBy(s => s.RunsFrom).ThenBy(s => s.Priority))
        {
            if (schedule.StpIndicator == 'C') continue; // a cancellation only removes dates from the schedules below it
            if (schedule.TrainStatus is 'F' or 'T' or '2' or '3')
            {
                report = report.Add(CifReportKeys.NonPassengerSchedules);
                continue;
            }
            var stopTimes = StopTimesAtStations(schedule, stations, ref report);
            if (stopTimes.Count < 2)
            {
                report = report.Add(CifReportKeys.SchedulesWithTooFewStations);
                continue;
            }
            if (schedule.BankHolidayRunning is 'X' or 'G') report = report.Add(CifReportKeys.BankHolidayRestrictionsNotApplied);

            string atoc = schedule.AtocCode ?? "ZZ";
            if (!agencies.ContainsKey(atoc))
            {
                string? name = AtocOperators.Name(atoc);
                if (name is null) report = report.Add(CifReportKeys.UnknownOperators);
                agencies.Add(atoc, new Agency(atoc, name ?? atoc, null, "Europe/London"));
            }
            foreach (var st in stopTimes)
            {
                if (stops.ContainsKey(st.StopId)) continue;
                string tiploc = tiplocByAtco[st.StopId];
                var station = stations[tiploc];
                stops.Add(st.StopId, new Stop(st.StopId, crsByTiploc.GetValueOrDefault(tiploc), station.Name, station.Lat, station.Lon, null, StopLocationType.Stop));
            }
            int routeType = schedule.TrainStatus switch { 'B' or '5' => 3, 'S' or '4' => 4, _ => 2 };
            string routeId = $"{atoc}-{schedule.TrainUid}";
            routes.TryAdd(routeId, new Route(routeId, atoc, schedule.Headcode ?? schedule.TrainUid, null, routeType, RouteTypes.ToMode(routeType)!.Value));

            trips.Add(new Trip(schedule.Id, routeId, schedule.Id, stops[stopTimes[^1].StopId].Name, null, [.. stopTimes]));
            weekly.Add(new WeeklyService(schedule.Id, schedule.Days, schedule.RunsFrom, schedule.RunsTo));
            removals.AddRange(DatesOverridden(schedule, byUid[schedule.TrainUid])
                .Select(d => new ServiceException(schedule.Id, d, Added: false)));
        }
        return new TimetableFeed(
            feedId, info, [.. agencies.Values], [.. stops.Values], [.. routes.Values], trips.ToImmutable(),
            [], [], new ServiceCalendar(weekly, removals), report);
    }

    /// <summary>The dates the schedule would run but a higher-priority schedule of the same train does.</summary>
    private static IEnumerable<DateOnly> DatesOverridden(CifSchedule schedule, IEnumerable<CifSchedule> sameTrain)
    {
        var higher = sameTrain.Where(s => s.Priority > schedule.Priority).ToArray();
        for (var d = schedule.RunsFrom; d <= schedule.RunsTo; d = d.AddDays(1))
        {
            if (schedule.RunsOn(d) && higher.Any(h => h.RunsOn(d))) yield return d;
        }
    }

    /// <summary>
    /// Times of the schedule's calls at known stations, in seconds since the service day's midnight: a time earlier
    /// than the previous location's means the train has passed midnight.
    /// </summary>
    private static List<StopTime> StopTimesAtStations(
        CifSchedule schedule,
        IReadOnlyDictionary<string, (string AtcoCode, string Name, double Lat, double Lon)> stations,
        ref LoadReport report)
    {
        var result = new List<StopTime>();
        int dayOffset = 0, previous = 0;
        for (int i = 0; i < schedule.Calls.Count; i++)
        {
            var call = schedule.Calls[i];
            int wttFirst = (call.WttArrival ?? call.WttDeparture ?? call.WttPass)!.Value;
            if (i > 0 && wttFirst + dayOffset < previous) dayOffset += 86_400;
            int? Absolute(int? wtt) => wtt + dayOffset;
            int wttArrival = Absolute(call.WttArrival ?? call.WttDeparture ?? call.WttPass)!.Value;
            int wttDeparture = Absolute(call.WttDeparture ?? call.WttArrival ?? call.WttPass)!.Value;
            previous = Math.Max(wttArrival, wttDeparture);
            if (call.IsPass)
            {
                report = report.Add(CifReportKeys.PassingPoints);
                continue;
            }
            if (!stations.TryGetValue(call.Tiploc, out var station))
            {
                report = report.Add(CifReportKeys.CallsAtUnknownStations);
                continue;
            }
            int arrival = call.PublicArrival is { } pa ? NearWtt(pa, wttArrival) : wttArrival;
            int departure = call.PublicDeparture is { } pd ? NearWtt(pd, wttDeparture) : wttDeparture;
            if (call.WttArrival is null) arrival = departure;    // origin: public times give only a departure
            if (call.WttDeparture is null) departure = arrival;  // terminus
            result.Add(new StopTime(i, station.AtcoCode, arrival, Math.Max(arrival, departure), Interpolated: false));
        }
        return result;
    }

    /// <summary>A public time of day placed on the same service day as its working time (they differ by under a minute or so, not by a day).</summary>
    private static int NearWtt(int publicTimeOfDay, int wttAbsolute)
    {
        int difference = (publicTimeOfDay - wttAbsolute % 86_400 + 86_400 + 43_200) % 86_400 - 43_200;
        return wttAbsolute + difference;
    }
}

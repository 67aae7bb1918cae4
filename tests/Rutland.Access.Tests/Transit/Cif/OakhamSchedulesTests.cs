using Rutland.Access.Data;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Cif;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Tests.Transit.Cif;

/// <summary>The real March 2020 CIF extract of the three schedules calling at Oakham, checked against its flattened .csv.</summary>
public class OakhamSchedulesTests
{
    private static readonly IReadOnlyDictionary<string, (string AtcoCode, string Name, double Lat, double Lon)> Stations =
        RailStations.Load(TestData.Input("naptan", "910-rail-stations-studyarea.csv"));

    private static readonly TimetableFeed Feed = CifReader.Read(TestData.Input("rail", "oakham-schedules-2020-03.mca"), Stations);

    [Fact]
    public void RailStationsAreKeyedByTiploc()
    {
        Assert.Equal(7, Stations.Count);
        var oakham = Stations["OAKHAM"];
        Assert.Equal("9100OAKHAM", oakham.AtcoCode);
        Assert.Equal("Oakham Rail Station", oakham.Name);
        Assert.Equal(52.672, oakham.Lat, 3);
        Assert.Equal(-0.734, oakham.Lon, 3);
    }

    [Fact]
    public void ThreeSchedulesWithTheirDaysAndDates()
    {
        Assert.Equal(["C74221-O-200322", "C74223-P-200316", "C74410-O-200322"], Feed.Trips.Select(t => t.Id).Order().ToArray());
        Assert.Equal(
            [
                new WeeklyService("C74221-O-200322", DaysOfWeek.Sunday, new(2020, 3, 22), new(2020, 3, 22)),
                new WeeklyService("C74223-P-200316", DaysOfWeek.Monday | DaysOfWeek.Tuesday | DaysOfWeek.Wednesday | DaysOfWeek.Thursday | DaysOfWeek.Friday, new(2020, 3, 16), new(2020, 5, 15)),
                new WeeklyService("C74410-O-200322", DaysOfWeek.Sunday, new(2020, 3, 22), new(2020, 3, 22)),
            ],
            Feed.Calendar.WeeklyServices.OrderBy(w => w.ServiceId, StringComparer.Ordinal).ToArray());
        Assert.True(Feed.Calendar.IsActive("C74223-P-200316", new DateOnly(2020, 3, 20)));
        Assert.False(Feed.Calendar.IsActive("C74223-P-200316", new DateOnly(2020, 3, 21)));
        Assert.Equal(45, Feed.Calendar.ActiveDates("C74223-P-200316").Count());
        Assert.Equal([new DateOnly(2020, 3, 22)], Feed.Calendar.ActiveDates("C74410-O-200322"));
        Assert.Equal(new FeedInfo("TPS.UCFCATE.PD200320", "DFTTISW", new(2020, 3, 20), new(2021, 3, 21), false, null), Feed.Info);
    }

    [Fact]
    public void OperatedByCrossCountryAsRail()
    {
        Assert.Equal(new Agency("XC", "CrossCountry", null, "Europe/London"), Assert.Single(Feed.Agencies));
        Assert.All(Feed.Routes, r => Assert.Equal((2, TransitMode.Rail, "XC"), (r.RouteType, r.Mode, r.AgencyId)));
        Assert.Equal(["1L52", "1N59"], Feed.Routes.Select(r => r.ShortName!).Distinct().Order().ToArray());
    }

    [Fact]
    public void OnlyStationsInTheListBecomeStopsAndTheRestIsCounted()
    {
        Assert.Equal(["9100MLTNSDG", "9100OAKHAM", "9100PBRO", "9100STAMFD"], Feed.Stops.Select(s => s.Id).Order().ToArray());
        Assert.All(Feed.Trips, t => Assert.Equal(4, t.StopTimes.Length));
        Assert.Equal(27, Feed.Report[CifReportKeys.CallsAtUnknownStations]); // 13 calls per train, 4 at known stations
        Assert.Equal(98, Feed.Report[CifReportKeys.PassingPoints]);
        Assert.Equal(1, Feed.Report[CifReportKeys.UnappliedRecords]); // the CR at Peterborough
        Assert.Equal(1, Feed.Report[CifReportKeys.MissingTrailer]);
        Assert.Equal(4, Feed.Report.Counts.Count);
        Assert.Equal("Peterborough Rail Station", Feed.Trips.Single(t => t.Id == "C74223-P-200316").Headsign);
    }

    [Fact]
    public void OakhamCallTimesMatchTheFlattenedCsvRowForRow()
    {
        using var csv = CsvReader.Open(TestData.Input("rail", "oakham-schedules-2020-03.csv"));
        int oakhamRows = 0, stationRows = 0;
        while (csv.Read())
        {
            if (!Stations.TryGetValue(csv.Required("tiploc"), out var station)) continue;
            var trip = Feed.Trips.Single(t => t.Id == $"{csv.Required("uid")}-{csv.Required("stp")}-{csv.Required("start_yymmdd")}");
            var call = trip.StopTimes.Single(s => s.StopId == station.AtcoCode);
            int arrival = WttSeconds(csv.Optional("wtt_arr") ?? csv.Required("wtt_dep"));
            int departure = WttSeconds(csv.Optional("wtt_dep") ?? csv.Required("wtt_arr"));
            stationRows++;
            if (station.AtcoCode == "9100OAKHAM")
            {
                oakhamRows++;
                Assert.Equal((arrival, departure), (call.ArrivalSeconds, call.DepartureSeconds));
            }
            else
            {
                // Elsewhere the public time is the working time rounded to the minute.
                Assert.InRange(call.ArrivalSeconds - arrival, -30, 30);
                Assert.InRange(call.DepartureSeconds - departure, -30, 30);
            }
        }
        Assert.Equal(3, oakhamRows);
        Assert.Equal(12, stationRows);
    }

    [Fact]
    public void PublicTimesAreUsedWhereTheyDifferFromWorkingTimes()
    {
        var melton = Feed.Trips.Single(t => t.Id == "C74223-P-200316").StopTimes.Single(s => s.StopId == "9100MLTNSDG");
        Assert.Equal((19 * 3600 + 34 * 60, 19 * 3600 + 34 * 60), (melton.ArrivalSeconds, melton.DepartureSeconds)); // WTT 1933H/1934H
    }

    private static int WttSeconds(string hhmm) =>
        int.Parse(hhmm[..2]) * 3600 + int.Parse(hhmm[2..4]) * 60 + (hhmm.EndsWith('H') ? 30 : 0);
}

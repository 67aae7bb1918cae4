using System.Globalization;
using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Places;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;
using Xunit.Abstractions;

namespace Rutland.Access.Tests.Transit.Modelled;

/// <summary>
/// What the modelled feed gives on the default window (the feed's typical Tuesday, 07:00–10:00): the figures issue 11
/// reports, printed to the test output, against the old feed's (one stop per village, 4 bus routes: 8 of 61 villages
/// with a PT time to RMH, 20,976 of 40,476 residents with no PT journey to any hospital, none to Peterborough).
/// </summary>
public class ModelledFeedFiguresTests(ITestOutputHelper output)
{
    private static readonly Lazy<EquityAnalysis.Result> LazyEquity = new(() =>
        EquityAnalysis.Compute(RealData.Engine, DefaultWindow, new EquityThresholds()));

    private static PtQuery DefaultWindow => new() { Date = RealData.Engine.Transit.DefaultDate!.Value };

    [Fact]
    public void MoreVillagesHaveAPublicTransportTimeToRutlandMemorialHospital()
    {
        var engine = RealData.Engine;
        var villages = engine.Places.Where(p => p.Type != PlaceType.Lsoa).ToArray();
        var rmh = engine.Destinations.Single(d => d.Id == "rmh");
        var times = engine.PtTimes(villages, [rmh], DefaultWindow);
        var withTime = times.Where(t => t.Minutes is not null).Select(t => t.From).Order(StringComparer.Ordinal).ToArray();
        output.WriteLine($"{DefaultWindow.Date:yyyy-MM-dd}: {withTime.Length} of {villages.Length} places (villages, towns, hamlets) have a PT time to RMH: {string.Join(", ", withTime)}");
        Assert.True(withTime.Length > 8, $"{withTime.Length} villages");
        Assert.Contains("cottesmore", withTime);
        Assert.Contains("langham", withTime);
    }

    [Fact]
    public void FewerResidentsHaveNoPublicTransportJourneyToAHospital()
    {
        var equity = LazyEquity.Value;
        var population = RealData.Engine.Equity.PopulationMid2020ByLsoa11.ToDictionary(p => p.LsoaCode, p => p.Total);
        int total = population.Values.Sum();
        int noneToAny = equity.Access.Where(a => a.HasNoPtJourney).Sum(a => population[a.LsoaCode]);
        output.WriteLine($"no PT journey to any hospital: {noneToAny:N0} of {total:N0} residents");
        foreach (var destination in RealData.Engine.Destinations)
        {
            int none = equity.Access.Where(a => a.PublicTransport[destination.Id].ShareOfWindowReachable == 0).Sum(a => population[a.LsoaCode]);
            output.WriteLine($"no PT journey to {destination.Id}: {none:N0} of {total:N0} residents");
            if (destination.Id == "peterborough") Assert.True(none < total, "some residents reach Peterborough City Hospital");
        }
        Assert.True(noneToAny < 20_976, $"{noneToAny} residents with no PT journey to any hospital");
    }

    [Theory]
    [InlineData("oakham", "peterborough", "Citi 2/3/4")]  // rail or bus to Peterborough, then the Citi link to the hospital door
    [InlineData("cottesmore", "rmh", "RZ1")]       // the RZ1 peak journey into Oakham
    public void JourneysLegByLeg(string from, string to, string routeName)
    {
        var engine = RealData.Engine;
        var answer = engine.PtTimes([engine.Places.Single(p => p.Id == from)], [engine.Destinations.Single(d => d.Id == to)],
            DefaultWindow with { IncludeLegs = true }).Single();
        Assert.True(answer.Reachable, $"{from} → {to} unreachable");
        var journey = answer.BestJourney!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{from} → {to}: p50 {answer.Minutes} min, reachable from {answer.ReachableShare:P0} of departures; best {journey.Departure:HH:mm}–{journey.Arrival:HH:mm} ({journey.Minutes} min)"));
        foreach (var leg in journey.Legs)
            output.WriteLine($"  {leg.Start:HH:mm}–{leg.End:HH:mm} {leg.Mode} {leg.Route} {leg.FromStopName ?? "origin"} → {leg.ToStopName ?? "destination"}{(leg.Estimated ? " (estimated)" : "")}");
        Assert.Contains(journey.Legs, l => l.Route == routeName);
    }
}

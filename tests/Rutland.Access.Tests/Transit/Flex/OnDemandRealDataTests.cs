using Rutland.Access.Analysis;
using Rutland.Access.Places;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;
using Xunit.Abstractions;

namespace Rutland.Access.Tests.Transit.Flex;

/// <summary>
/// On-demand zones on the real data and the modelled feed, default window (the feed's typical Tuesday, 07:00–10:00):
/// the figures with and without on-demand service (written to the test output) and what must hold between them.
/// </summary>
public class OnDemandRealDataTests(ITestOutputHelper output)
{
    private static AccessEngine Engine => RealData.Engine;

    private static PtQuery Query(PtModes modes) => new() { Date = Engine.Transit.DefaultDate!.Value, Modes = modes, IncludeLegs = true };

    [Fact]
    public void OnDemandZonesGiveMoreVillagesAPtTimeToRutlandMemorialHospital()
    {
        var villages = Engine.Places.Where(p => p.Type == PlaceType.Village).ToArray();
        var rmh = Engine.Destinations.Where(d => d.Id == "rmh").ToArray();
        int With(PtModes modes) => Engine.PtTimes(villages, rmh, Query(modes)).Count(t => t.Reachable);
        int all = With(PtModes.All), fixedOnly = With(PtModes.Bus | PtModes.Rail);
        output.WriteLine($"villages with a PT time to RMH: {all} of {villages.Length} with on-demand, {fixedOnly} without");
        Assert.True(all > fixedOnly);
    }

    [Fact]
    public void ResidentsWithoutAnyPtJourneyFallWithOnDemand()
    {
        var lsoas = Engine.Places.Where(p => p.Type == PlaceType.Lsoa).ToArray();
        var population = Engine.Equity.PopulationMid2020ByLsoa11.ToDictionary(p => p.LsoaCode, p => p.Total);
        int Without(PtModes modes, Func<string, bool> destination)
        {
            var times = Engine.PtTimes(lsoas, Engine.Destinations, Query(modes));
            return times.GroupBy(t => t.From).Where(g => !g.Any(t => destination(t.To) && t.Reachable))
                .Sum(g => population[Engine.FindPlace(g.Key)!.Lsoa ?? g.Key]);
        }
        foreach (var modes in new[] { PtModes.All, PtModes.Bus | PtModes.Rail })
        {
            output.WriteLine($"{PtModeNames.Describe(modes)}: residents with no PT journey to any hospital: {Without(modes, _ => true)} of {population.Values.Sum()}");
            foreach (var d in Engine.Destinations) output.WriteLine($"  to {d.Id}: {Without(modes, id => id == d.Id)}");
        }
        Assert.True(Without(PtModes.All, _ => true) < Without(PtModes.Bus | PtModes.Rail, _ => true));
    }

    [Fact]
    public void CottesmoreToRmhRidesOnDemandAndSaysHowToBook()
    {
        var cottesmore = Engine.FindPlace("cottesmore")!;
        var rmh = Engine.FindDestination("rmh")!;
        foreach (var modes in new[] { PtModes.All, PtModes.Bus | PtModes.Rail })
        {
            var answer = Engine.PtTimes([cottesmore], [rmh], Query(modes)).Single();
            output.WriteLine($"{PtModeNames.Describe(modes)}: Cottesmore -> RMH median {answer.Minutes?.ToString("F1") ?? "unreachable"} min");
            foreach (var leg in answer.BestJourney?.Legs ?? [])
                output.WriteLine($"  {leg.Mode} {leg.Start:HH:mm}-{leg.End:HH:mm} {leg.FromStopName ?? "origin"} -> {leg.ToStopName ?? "destination"} {leg.Route} {(leg.Booking is { } b ? $"[book {b.PriorNoticeMinutes} min ahead: {b.Message}]" : "")}");
        }
        var best = Engine.PtTimes([cottesmore], [rmh], Query(PtModes.All)).Single().BestJourney!;
        var onDemand = Assert.Single(best.Legs, l => l.Mode == "ondemand");
        Assert.True(onDemand.Booking!.MustBookAhead);
        Assert.Equal(60, onDemand.Booking.PriorNoticeMinutes);
        Assert.Contains("1 hour ahead", onDemand.Booking.Message);
        Assert.Equal(RealData.Engine.Transit.Feed.Flex.IsEmpty, false);
    }
}

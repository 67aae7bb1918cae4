using Rutland.Access.Analysis;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Raptor;

/// <summary>
/// The range search's shortcuts on the real data, asked as the travel-time matrix asks (every place × the four
/// hospitals, the default window, walk and on-demand access and egress; with and without on-demand service, and at the
/// low assumption level): every sample — so every percentile and reachable share the matrix reads off them — equals the
/// search without shortcuts.
/// </summary>
public class RangeSearchRealDataTests
{
    public static TheoryData<string> Cases() => ["all modes", "without on-demand", "all modes, low assumptions"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryPlaceToEveryHospitalEqualsTheSearchWithoutShortcuts(string name)
    {
        var engine = RealData.Engine;
        var query = new PtQuery { Date = engine.Transit.DefaultDate!.Value, Modes = name == "without on-demand" ? PtModes.Bus | PtModes.Rail : PtModes.All };
        var pt = (name.EndsWith("low assumptions") ? engine.Assumptions.Transit(AssumptionLevel.Low) : engine.Transit).ForModes(query.Modes);
        var day = pt.Network(query.Date);
        var flex = pt.Flex(query.Date);
        Assert.Equal(query.Modes.HasFlag(PtModes.OnDemand), flex is not null);
        Assert.True(day.Network.FrequencyEntryCount > 0, "the real network has unknown-phase frequencies, so draws are exercised");
        var hospitals = engine.Destinations.Select(d => d.Location).ToArray();
        var egress = hospitals.Select(h => pt.Walking.ToDestination(h, query.MaxWalkMeters, query.WalkSpeedKmh)).ToArray();
        IReadOnlyList<IReadOnlyList<StopAccess>> targets = [.. egress.Select(e => (IReadOnlyList<StopAccess>)[.. e.Select(l => new StopAccess(l.Stop, l.Seconds))])];

        int compared = 0, reachable = 0;
        foreach (var place in engine.Places)
        {
            var walk = pt.Walking.FromOrigin(place.Location, query.MaxWalkMeters, query.WalkSpeedKmh, hospitals);
            if (walk.Stops.Count == 0) continue;
            var request = query.Request([.. walk.Stops.Select(l => new StopAccess(l.Stop, l.Seconds))], targets, query.WindowStartSeconds, query.WindowEndSeconds);
            if (flex is not null) request = request with { FlexAccess = flex.Access(walk.Stops), FlexTargets = [.. egress.Select(e => flex.Egress(e))] };

            var search = day.Router.Search(request);
            var reference = day.Router.SearchWithoutShortcuts(request);
            for (int h = 0; h < hospitals.Length; h++)
            {
                Assert.True(reference.TravelTimes(h).SequenceEqual(search.TravelTimes(h)), $"{name}: {place.Id} → {engine.Destinations[h].Id} differs");
                compared++;
                if (search.ReachableShare(h) > 0) reachable++;
            }
        }
        Assert.True(compared >= 4 * 50, $"{compared} pairs compared");
        Assert.True(reachable > 0, "some pairs are reachable");
    }
}

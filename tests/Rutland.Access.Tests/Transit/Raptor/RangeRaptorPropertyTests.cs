using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Raptor;

/// <summary>
/// rRAPTOR reuses labels across departure minutes; these check that doing so changes nothing, against
/// independent per-minute searches and against a naive reference on the raw trips.
/// </summary>
public class RangeRaptorPropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RangeSearchEqualsIndependentSearchPerMinute(int seed)
    {
        var input = RandomNetwork.Generate(seed, withUnknownPhaseFrequency: seed % 2 == 0);
        var router = new RaptorRouter(input.Network);
        var request = RandomNetwork.RandomRequest(seed, input.Network.StopCount);

        var range = router.Search(request);

        for (int minute = 0; minute < range.MinuteCount; minute++)
        {
            int departure = range.DepartureSeconds[minute];
            var single = router.Search(request with { WindowStartSeconds = departure, WindowEndSeconds = departure + 60 });
            for (int target = 0; target < range.TargetCount; target++)
                for (int draw = 0; draw < range.DrawCount; draw++)
                    Assert.True(range.TravelSeconds(target, minute, draw) == single.TravelSeconds(target, 0, draw),
                        $"seed {seed}, target {target}, draw {draw}, departure {departure}: range {range.TravelSeconds(target, minute, draw)} vs single {single.TravelSeconds(target, 0, draw)}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RangeSearchEqualsNaiveReference(int seed)
    {
        var input = RandomNetwork.Generate(seed, withUnknownPhaseFrequency: seed % 2 == 0);
        var request = RandomNetwork.RandomRequest(seed, input.Network.StopCount);

        var range = new RaptorRouter(input.Network).Search(request);

        for (int minute = 0; minute < range.MinuteCount; minute++)
            for (int target = 0; target < range.TargetCount; target++)
                for (int draw = 0; draw < range.DrawCount; draw++)
                {
                    int expected = ReferenceEarliestArrival.TravelSeconds(input, request, target, range.DepartureSeconds[minute], draw);
                    Assert.True(expected == range.TravelSeconds(target, minute, draw),
                        $"seed {seed}, target {target}, draw {draw}, departure {range.DepartureSeconds[minute]}: expected {expected}, got {range.TravelSeconds(target, minute, draw)}");
                }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ItineraryMatchesTheSearchAndIsConsistent(int seed)
    {
        var input = RandomNetwork.Generate(seed, withUnknownPhaseFrequency: seed % 2 == 0);
        var router = new RaptorRouter(input.Network);
        var request = RandomNetwork.RandomRequest(seed, input.Network.StopCount);
        var result = router.Search(request);

        for (int target = 0; target < result.TargetCount; target++)
            for (int draw = 0; draw < result.DrawCount; draw++)
                for (int minute = 0; minute < result.MinuteCount; minute += 7)
                {
                    int departure = result.DepartureSeconds[minute];
                    var itinerary = router.FindItinerary(request, target, departure, draw);
                    int travel = result.TravelSeconds(target, minute, draw);
                    Assert.Equal(travel, itinerary?.TravelSeconds ?? RaptorResult.Unreachable);
                    if (itinerary is null) continue;
                    Assert.InRange(itinerary.Rides, 1, request.MaxTransfers + 1);
                    for (int i = 1; i < itinerary.Legs.Count; i++)
                    {
                        var (previous, leg) = (itinerary.Legs[i - 1], itinerary.Legs[i]);
                        int slack = leg is RideLeg && i > 1 ? request.MinTransferSeconds : 0;
                        Assert.True(previous.EndSeconds + slack <= leg.StartSeconds, $"seed {seed}: {previous} then {leg}");
                    }
                }
    }
}

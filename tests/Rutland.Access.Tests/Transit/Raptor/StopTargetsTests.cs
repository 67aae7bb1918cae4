using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Raptor;

/// <summary>A search to every stop at once gives each stop the times a search to that stop alone gives.</summary>
public class StopTargetsTests
{
    [Fact]
    public void EveryStopEqualsOneSearchPerStop()
    {
        int reached = 0;
        for (int seed = 1; seed <= 40; seed++)
        {
            var input = RandomNetwork.Generate(seed, withUnknownPhaseFrequency: seed % 2 == 0);
            var router = new RaptorRouter(input.Network);
            var request = RandomNetwork.RandomRequest(seed, input.Network.StopCount);

            var every = router.Search(request with { Targets = StopTargets.Every(input.Network.StopCount) });

            Assert.Equal(input.Network.StopCount, every.TargetCount);
            for (int stop = 0; stop < input.Network.StopCount; stop++)
            {
                var alone = router.Search(request with { Targets = [[new StopAccess(stop, 0)]] });
                Assert.True(alone.TravelTimes(0).SequenceEqual(every.TravelTimes(stop)), $"seed {seed}, stop {stop}");
                if (every.Best(stop) != RaptorResult.Unreachable) reached++;
            }
        }
        // Some random networks reach nothing from their origin; across them all, many stops must be compared.
        Assert.True(reached > 40, $"only {reached} stops reached over 40 networks: the comparison proves little");
    }

    [Fact]
    public void TravelTimeToAStopIsArrivalThereMinusDeparture()
    {
        var line = new LineNetwork("A", "B", "C")
            .Trip("t1", "r", (0, LineNetwork.At(7, 10)), (1, LineNetwork.At(7, 20)), (2, LineNetwork.At(7, 35)));
        var result = line.Router().Search(LineNetwork.Request(0, 2, LineNetwork.At(7, 0), LineNetwork.At(7, 1))
            with { Targets = StopTargets.Every(3) });

        Assert.Equal(20 * 60, result.TravelSeconds(1, 0));
        Assert.Equal(35 * 60, result.TravelSeconds(2, 0));
        Assert.Equal(RaptorResult.Unreachable, result.TravelSeconds(0, 0)); // the origin itself is only walked to
    }
}

using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Raptor;

public class RaptorConcurrencyTests
{
    [Fact]
    public void ParallelSearchesGiveTheSerialAnswers()
    {
        var input = RandomNetwork.Generate(seed: 99, withUnknownPhaseFrequency: true, stopCount: 40, routeCount: 12);
        var router = new RaptorRouter(input.Network);
        var requests = Enumerable.Range(0, 16)
            .Select(i => RandomNetwork.RandomRequest(1000 + i, input.Network.StopCount) with { MaxTransfers = 1 + i % 3 })
            .ToArray();

        var serial = requests.Select(r => router.Search(r).TravelTimes(0).ToArray()).ToArray();
        var parallel = new int[requests.Length][];
        Parallel.For(0, requests.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            i => parallel[i] = router.Search(requests[i]).TravelTimes(0).ToArray());

        for (int i = 0; i < requests.Length; i++) Assert.Equal(serial[i], parallel[i]);
        Assert.Contains(serial, times => times.Any(t => t != RaptorResult.Unreachable));
    }
}

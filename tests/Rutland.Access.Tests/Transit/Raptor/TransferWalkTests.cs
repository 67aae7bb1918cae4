using Rutland.Access.Transit.Raptor;
using static Rutland.Access.Tests.Transit.Raptor.LineNetwork;

namespace Rutland.Access.Tests.Transit.Raptor;

/// <summary>A slower walker's changes: precomputed walks scaled per request, and longer ones than the walker's limit left out.</summary>
public class TransferWalkTests
{
    /// <summary>In at B 08:10; a 2-minute walk to D; out of D at 08:13 (caught with the default 1-minute slack) or 08:43.</summary>
    private static RaptorRouter Router()
    {
        var line = new LineNetwork("A", "B", "C", "D")
            .Trip("in", "r1", (0, At(8, 0)), (1, At(8, 10)))
            .Trip("out", "r2", (3, At(8, 13)), (2, At(8, 20)))
            .Trip("out-later", "r2", (3, At(8, 43)), (2, At(8, 50)));
        line.Builder.AddTransfer(1, 3, 120);
        return line.Router();
    }

    private static readonly RaptorRequest Leaving8 = Request(0, 2, At(8, 0), At(8, 1));

    [Theory]
    [InlineData(1.0, 20)]   // 2 min walk + 1 min slack: the 08:13
    [InlineData(0.5, 20)]
    [InlineData(1.5, 50)]   // 3 min walk: 08:13 missed, the 08:43
    public void AChangeTakesItsWalkTimesTheFactor(double factor, int minutes) =>
        Assert.Equal(minutes * 60, Router().Search(Leaving8 with { TransferWalkFactor = factor }).TravelSeconds(0, 0));

    [Fact]
    public void TheScaledWalkIsWhatTheItineraryShows()
    {
        var request = Leaving8 with { TransferWalkFactor = 1.5 };
        var itinerary = Router().FindItinerary(request, 0, At(8, 0))!;
        Assert.Contains(new TransferLeg(1, 3, At(8, 10), At(8, 13)), itinerary.Legs);
    }

    [Theory]
    [InlineData(120, 20)]
    [InlineData(119, null)]
    public void AChangeLongerThanTheWalkersLimitIsNotTaken(int maxTransferWalkSeconds, int? minutes)
    {
        var result = Router().Search(Leaving8 with { MaxTransferWalkSeconds = maxTransferWalkSeconds });
        Assert.Equal(minutes is { } m ? m * 60 : RaptorResult.Unreachable, result.TravelSeconds(0, 0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ANonsenseFactorIsRejected(double factor) =>
        Assert.Throws<ArgumentException>(() => Router().Search(Leaving8 with { TransferWalkFactor = factor }));
}

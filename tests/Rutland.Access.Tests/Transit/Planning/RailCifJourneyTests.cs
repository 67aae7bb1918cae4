using Rutland.Access.Analysis;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Planning;

/// <summary>Journeys on the real CrossCountry CIF extract (weekday train C74223, 2020-03-16..05-15) through the loaded engine.</summary>
public class RailCifJourneyTests
{
    private static readonly PublicTransport Pt = RealData.Engine.Transit;
    private static readonly string Oakham = Stop("9100OAKHAM"), Stamford = Stop("9100STAMFD");

    /// <summary>The CIF feed's own stop (the modelled feed has the stations too, under its own prefix).</summary>
    private static string Stop(string atco) => Pt.Stops.Stops.Single(s => s.Id == $"oakham-schedules-2020-03:{atco}").Id;

    private static (Itinerary? Journey, RaptorResult Result) OakhamToStamford(DateOnly date)
    {
        var day = Pt.Network(date);
        int from = Pt.Stops.IndexOf(Oakham)!.Value, to = Pt.Stops.IndexOf(Stamford)!.Value;
        var request = new RaptorRequest
        {
            Access = [new StopAccess(from, 0)],
            Targets = [[new StopAccess(to, 0)]],
            WindowStartSeconds = 0,
            WindowEndSeconds = 24 * 3600,
        };
        var result = day.Router.Search(request);
        var best = result.BestDeparture(0);
        return (best is { } b ? day.Router.FindItinerary(request, 0, b.DepartureSeconds, b.Draw) : null, result);
    }

    [Fact]
    public void OakhamToStamfordOnAWeekdayTakesThirteenToFourteenMinutesInTheTrain()
    {
        var (journey, _) = OakhamToStamford(new DateOnly(2020, 3, 17));
        Assert.NotNull(journey);
        var ride = Assert.Single(journey.Legs.OfType<RideLeg>());
        Assert.Equal(TransitMode.Rail, ride.Mode);
        Assert.InRange(ride.DurationSeconds, 13 * 60, 14 * 60);
    }

    [Theory]
    [InlineData("2020-03-14")] // Saturday inside the range: the weekday schedule does not run
    [InlineData("2020-05-19")] // Tuesday after the schedule's end date
    public void NoTrainOutsideTheScheduleDays(string date)
    {
        var (journey, result) = OakhamToStamford(DateOnly.Parse(date));
        Assert.Null(journey);
        Assert.Equal(0, result.ReachableShare(0));
    }
}

using Rutland.Access.Analysis;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Analysis;

/// <summary>
/// Without legs asked for, the PT matrix says whether the best journey is estimated without building it; with legs it
/// builds the journey and reads it. Both must agree on every pair, here from every populated cell to every hospital.
/// </summary>
public class PtMatrixEstimatedTests
{
    [Fact]
    public void EstimatedWithoutTheJourneyIsTheBuiltJourneysEstimated()
    {
        var engine = RealData.Engine;
        var origins = engine.PopulationOrigins.Select(c => new PtPoint(c.Cell.Id, c.Cell.Location)).ToArray();
        var destinations = engine.Destinations.Select(d => new PtPoint(d.Id, d.Location)).ToArray();
        var query = new PtQuery { Date = engine.Transit.DefaultDate!.Value };
        var without = PtMatrix.Compute(engine.Transit, origins, destinations, query);
        var with = PtMatrix.Compute(engine.Transit, origins, destinations, query with { IncludeLegs = true });

        Assert.Equal(with.Select(r => (r.From, r.To, r.Estimated, r.BestJourney?.Estimated ?? false)),
            without.Select(r => (r.From, r.To, r.Estimated, r.Estimated)));
        // Both answers occur, for journeys by fixed routes.
        Assert.Contains(with, r => r.Estimated && !r.WalkOnly);
        Assert.Contains(with, r => r.Reachable && !r.Estimated && !r.WalkOnly);
    }
}

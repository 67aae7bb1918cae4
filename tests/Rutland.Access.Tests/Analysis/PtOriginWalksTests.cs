using System.Text.Json;
using Rutland.Access.Analysis;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Analysis;

/// <summary>A PT matrix reads walks worked out beforehand only when they are for its own inputs.</summary>
public class PtOriginWalksTests
{
    [Fact]
    public void SharedWalksGiveTheSameMatrixAndWalksForOtherInputsAreRefused()
    {
        var engine = RealData.Engine;
        var origins = engine.PopulationOrigins.Take(40).Select(c => new PtPoint(c.Cell.Id, c.Cell.Location)).ToArray();
        var destinations = engine.Destinations.Select(d => new PtPoint(d.Id, d.Location)).ToArray();
        var query = new PtQuery { Date = engine.Transit.DefaultDate!.Value };
        var walks = new PtOriginWalks(engine.Transit.Walking, origins, destinations, query);

        Assert.Equal(JsonSerializer.Serialize(PtMatrix.Compute(engine.Transit, origins, destinations, query)),
            JsonSerializer.Serialize(PtMatrix.Compute(engine.Transit, origins, destinations, query, originWalks: walks)));
        Assert.Throws<ArgumentException>(() => PtMatrix.Compute(engine.Transit, origins, destinations[..1], query, originWalks: walks));
        Assert.Throws<ArgumentException>(() =>
            PtMatrix.Compute(engine.Transit, origins, destinations, query with { MaxWalkMeters = query.MaxWalkMeters / 2 }, originWalks: walks));
    }
}

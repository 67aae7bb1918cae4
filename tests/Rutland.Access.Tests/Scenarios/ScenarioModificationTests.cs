using Rutland.Access.Geo;
using Rutland.Access.Places;
using Rutland.Access.Scenarios;

namespace Rutland.Access.Tests.Scenarios;

/// <summary>Destination modifications on a hand-made view: derived views, validation and its problem kinds.</summary>
public class ScenarioModificationTests
{
    private static readonly ScenarioView Base = ScenarioView.Of(
        [new Destination("rmh", "Rutland Memorial Hospital", "RT5PC", new LatLon(52.6716, -0.7371), "community hospital", "test")], null);

    [Fact]
    public void AddDestinationDerivesAViewAndKeepsOpeningHours()
    {
        var hours = new OpeningHours(new TimeOnly(8, 0), new TimeOnly(20, 0));
        var view = new AddDestination("uppingham", "Uppingham clinic", 52.5887, -0.7234, hours).Apply(Base);
        Assert.Equal(["rmh", "uppingham"], view.Destinations.Select(d => d.Id));
        Assert.Equal(hours, view.OpeningHours["uppingham"]);
        Assert.Single(Base.Destinations);
        Assert.Empty(Base.OpeningHours);
    }

    [Fact]
    public void ModificationsCombineInOrder()
    {
        var view = new Scenario("move", [new RemoveDestination("rmh"), new AddDestination("rmh", "Rutland Memorial, new site", 52.66, -0.72)]).Apply(Base);
        Assert.Equal(new LatLon(52.66, -0.72), view.FindDestination("rmh")!.Location);
        Assert.Equal(new LatLon(52.6716, -0.7371), Base.FindDestination("rmh")!.Location);
    }

    [Theory]
    [InlineData(52.5887, -3.5, ScenarioProblemKind.Unanswerable, "outside the study area")]
    [InlineData(-0.7234, 52.5887, ScenarioProblemKind.Unanswerable, "look swapped")]
    [InlineData(152.0, 0.0, ScenarioProblemKind.Invalid, "not a WGS84")]
    public void APointOutsideTheStudyAreaIsNamed(double lat, double lon, ScenarioProblemKind kind, string message)
    {
        var ex = Assert.Throws<ScenarioException>(() => new AddDestination("x", "X", lat, lon).Apply(Base));
        Assert.Equal(kind, ex.Kind);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void UnknownAndRepeatedIdsAreRefused()
    {
        Assert.Equal(ScenarioProblemKind.UnknownId, Assert.Throws<ScenarioException>(() => new RemoveDestination("nowhere").Apply(Base)).Kind);
        Assert.Equal(ScenarioProblemKind.Invalid, Assert.Throws<ScenarioException>(() => new AddDestination("rmh", "Again", 52.6, -0.7).Apply(Base)).Kind);
        var closesFirst = new OpeningHours(new TimeOnly(18, 0), new TimeOnly(9, 0));
        Assert.Equal(ScenarioProblemKind.Invalid, Assert.Throws<ScenarioException>(() => new AddDestination("x", "X", 52.6, -0.7, closesFirst).Apply(Base)).Kind);
    }

    [Fact]
    public void TransitChangesNeedATimetable()
    {
        var ex = Assert.Throws<ScenarioException>(() => new RemoveRoute("R1").Apply(Base));
        Assert.Equal(ScenarioProblemKind.Unanswerable, ex.Kind);
    }

    [Fact]
    public void AScenarioNamesItselfInItsProblems()
    {
        var ex = Assert.Throws<ScenarioException>(() => new Scenario("closures", [new RemoveDestination("melton")]).Apply(Base));
        Assert.StartsWith("scenario 'closures': removeDestination", ex.Message);
    }
}

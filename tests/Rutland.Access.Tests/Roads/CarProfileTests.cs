using Rutland.Access.Roads;

namespace Rutland.Access.Tests.Roads;

public class CarProfileTests
{
    private static WayTraversal? Car(params (string K, string V)[] tags) => CarProfile.Instance.Evaluate(tags.ToDictionary(t => t.K, t => t.V));

    [Fact]
    public void PublicRoadsBothWays()
    {
        var t = Car(("highway", "residential"))!.Value;
        Assert.True(t.Forward && t.Backward);
        Assert.Equal(RoadClass.Residential, t.Class);
    }

    [Theory]
    [InlineData("access", "private")]
    [InlineData("access", "no")]
    [InlineData("motor_vehicle", "no")]
    [InlineData("motorcar", "agricultural")]
    [InlineData("vehicle", "no")]
    public void ClosedToCars(string key, string value) => Assert.Null(Car(("highway", "unclassified"), (key, value)));

    [Fact]
    public void MoreSpecificTagReopens() =>
        Assert.NotNull(Car(("highway", "service"), ("access", "no"), ("motor_vehicle", "yes")));

    [Theory]
    [InlineData("footway")]
    [InlineData("track")]
    [InlineData("cycleway")]
    [InlineData("construction")]
    public void NotCarRoads(string highway) => Assert.Null(Car(("highway", highway)));

    [Theory]
    [InlineData("oneway", "yes", true, false)]
    [InlineData("oneway", "-1", false, true)]
    [InlineData("junction", "roundabout", true, false)]
    public void OnewayRules(string key, string value, bool forward, bool backward)
    {
        var t = Car(("highway", "tertiary"), (key, value))!.Value;
        Assert.Equal((forward, backward), (t.Forward, t.Backward));
    }

    [Fact]
    public void ExplicitTwoWayRoundaboutIsTwoWay()
    {
        var t = Car(("highway", "tertiary"), ("junction", "roundabout"), ("oneway", "no"))!.Value;
        Assert.True(t.Forward && t.Backward);
    }

    [Fact]
    public void MotorwayImpliesOneway() => Assert.False(Car(("highway", "motorway"))!.Value.Backward);

    [Fact]
    public void WalkingClosedByFootNoButNotByMotorVehicleNo()
    {
        Assert.Null(WalkProfile.Instance.Evaluate(new Dictionary<string, string> { ["highway"] = "path", ["foot"] = "no" }));
        Assert.NotNull(WalkProfile.Instance.Evaluate(new Dictionary<string, string> { ["highway"] = "track", ["motor_vehicle"] = "no" }));
        Assert.NotNull(WalkProfile.Instance.Evaluate(new Dictionary<string, string> { ["highway"] = "footway", ["access"] = "private", ["foot"] = "yes" }));
        Assert.Null(WalkProfile.Instance.Evaluate(new Dictionary<string, string> { ["highway"] = "motorway" }));
    }
}

using Rutland.Access.Roads;

namespace Rutland.Access.Tests.Roads;

public class UkSpeedModelTests
{
    private static Dictionary<string, string> Tags(params (string K, string V)[] tags) => tags.ToDictionary(t => t.K, t => t.V);

    [Theory]
    [InlineData("30 mph", 48.28032)]
    [InlineData("60 mph", 96.56064)]
    [InlineData("50", 50.0)]
    [InlineData("40 km/h", 40.0)]
    [InlineData("GB:nsl_single", 96.56064)]
    [InlineData("GB:nsl_dual", 112.65408)]
    [InlineData("GB:motorway", 112.65408)]
    [InlineData("20 mph;30 mph", 32.18688)]
    public void ParsesMaxspeed(string value, double kmh) =>
        Assert.Equal(kmh, UkSpeedModel.ParseMaxspeed(value, Tags())!.Value, 3);

    [Theory]
    [InlineData("walk")]
    [InlineData("signals")]
    [InlineData("0")]
    [InlineData("-5 mph")]
    public void UnusableMaxspeedIsNull(string value) => Assert.Null(UkSpeedModel.ParseMaxspeed(value, Tags()));

    [Fact]
    public void NationalOnDualCarriagewayIs70() =>
        Assert.Equal(70 * UkSpeedModel.KmhPerMph, UkSpeedModel.ParseMaxspeed("national", Tags(("dual_carriageway", "yes")))!.Value, 6);

    [Fact]
    public void LitRoadWithoutLimitIsRestricted30()
    {
        var (kmh, source) = UkSpeedModel.LegalLimitKmh("tertiary", Tags(("lit", "yes")));
        Assert.Equal(30 * UkSpeedModel.KmhPerMph, kmh, 6);
        Assert.Equal("national:restricted", source);
    }

    [Fact]
    public void UnlitRuralRoadIsNationalSingle() =>
        Assert.Equal("national:single", UkSpeedModel.LegalLimitKmh("secondary", Tags()).Source);

    [Fact]
    public void SpeedIsLimitTimesRealismCappedByClass()
    {
        // 60 mph A road: 0.8 × 96.6 = 77.2 km/h, under the trunk cap of 85.
        Assert.Equal(60 * UkSpeedModel.KmhPerMph * 0.8, UkSpeedModel.CarSpeedKmh("trunk", Tags(("maxspeed", "60 mph"))), 6);
        // 60 mph unclassified lane: capped at 25 km/h.
        Assert.Equal(25, UkSpeedModel.CarSpeedKmh("unclassified", Tags(("maxspeed", "national"))), 6);
        // 30 mph primary through a village: 0.8 × 48.3 = 38.6 km/h, under the primary cap of 65.
        Assert.Equal(30 * UkSpeedModel.KmhPerMph * 0.8, UkSpeedModel.CarSpeedKmh("primary", Tags(("maxspeed", "30 mph"))), 6);
    }
}

using Rutland.Access.Api.Http;

namespace Rutland.Access.Tests.Api;

/// <summary>The date bounds a search can represent (issue 13: 0001-01-01 and 9999-12-31T23:59 with a 6-hour window were 500s).</summary>
public class DepartureParserTests
{
    [Fact]
    public void TheFirstDateHasNoDayBeforeToRead()
    {
        var ex = Assert.Throws<QueryException>(() => DepartureParser.RequireRoutable(DateOnly.MinValue, 7 * 3600, "departure"));
        Assert.Equal(422, ex.Problem.StatusCode);
        Assert.Contains("'departure'", ex.Message);
    }

    [Fact]
    public void AWindowMayNotRunPastTheLastRepresentableDate()
    {
        int lateWindowEnd = (23 * 60 + 59 + 360) * 60;
        var ex = Assert.Throws<QueryException>(() => DepartureParser.RequireRoutable(DateOnly.MaxValue, lateWindowEnd, "arriveBy"));
        Assert.Contains("'arriveBy'", ex.Message);
        DepartureParser.RequireRoutable(DateOnly.MaxValue, 23 * 3600, "departure");
        DepartureParser.RequireRoutable(DateOnly.MaxValue.AddDays(-1), lateWindowEnd, "departure");
        DepartureParser.RequireRoutable(DateOnly.MinValue.AddDays(1), 0, "departure");
    }
}

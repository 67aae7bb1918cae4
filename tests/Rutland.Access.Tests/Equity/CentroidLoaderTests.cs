using Rutland.Access.Equity;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Equity;

public class CentroidLoaderTests
{
    [Fact]
    public void LoadsTheTwentyThreeCentroidsWithinToleranceOfThePublishedGrid()
    {
        var centroids = CentroidLoader.Load(TestData.Input("population", "lsoa11_population_weighted_centroids_rutland.geojson"));
        Assert.Equal(23, centroids.Count);
        var e01013787 = centroids.Single(c => c.Lsoa11Code == "E01013787");
        Assert.Equal(483_939.359, e01013787.Bng.X, CentroidLoader.PublishedBngToleranceMetres);
        Assert.Equal(303_453.328, e01013787.Bng.Y, CentroidLoader.PublishedBngToleranceMetres);
        Assert.Equal(52.6223659, e01013787.Position.Lat, 7);
    }
}

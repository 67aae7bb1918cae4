using NetTopologySuite.Geometries;
using Rutland.Access.Data;
using Rutland.Access.Geo;
using Rutland.Access.Tests.Support;
using Xunit.Abstractions;

namespace Rutland.Access.Tests.Geo;

public class BritishNationalGridTests(ITestOutputHelper output)
{
    private sealed record Stop(string AtcoCode, double Easting, double Northing, LatLon Position);

    /// <summary>
    /// Rutland's NaPTAN stops with a real position. Six inactive records (e.g. 2680OAKHAM) carry a placeholder,
    /// easting 7 / northing 0 at the grid's false origin off the Scilly Isles, and are left out.
    /// </summary>
    private static List<Stop> RutlandStops()
    {
        using var csv = CsvReader.Open(TestData.Input("naptan", "268-rutland-stops.csv"));
        csv.RequireColumns("ATCOCode", "Easting", "Northing", "Latitude", "Longitude");
        var stops = new List<Stop>();
        while (csv.Read())
            stops.Add(new Stop(csv.Required("ATCOCode"), csv.RequiredDouble("Easting"), csv.RequiredDouble("Northing"),
                new LatLon(csv.RequiredDouble("Latitude"), csv.RequiredDouble("Longitude"))));
        Assert.Equal(258, stops.Count);
        int placeholders = stops.RemoveAll(s => s.Northing == 0);
        Assert.Equal(6, placeholders);
        return stops;
    }

    // NaPTAN publishes both coordinates for every stop, derived one from the other with OS's OSTN15 grid, and rounds
    // eastings/northings to whole metres (up to 0.7 m diagonally). The 7-parameter Helmert shift differs from OSTN15
    // by up to ~3.5 m across Britain; in Rutland the measured difference is a steady ~2.1 m northwards with a worst
    // stop at 2.8 m. 4 m allows for rounding on top of that and still fails on a wrong parameter or axis swap,
    // which move points by tens of metres or more.
    private const double NaptanToleranceMetres = 4.0;

    [Fact]
    public void AgreesWithEveryRutlandNaptanStop()
    {
        var stops = RutlandStops();
        double worst = 0;
        string worstStop = "";
        foreach (var stop in stops)
        {
            var (e, n) = BritishNationalGrid.ToBng(stop.Position);
            double error = Math.Sqrt((e - stop.Easting) * (e - stop.Easting) + (n - stop.Northing) * (n - stop.Northing));
            if (error > worst) (worst, worstStop) = (error, stop.AtcoCode);
        }
        output.WriteLine($"max BNG error vs NaPTAN: {worst:F2} m at {worstStop}");
        Assert.True(worst < NaptanToleranceMetres, $"stop {worstStop} is {worst:F2} m from its published easting/northing");
    }

    [Fact]
    public void InverseAgreesWithEveryRutlandNaptanStop()
    {
        double worst = 0;
        foreach (var stop in RutlandStops())
            worst = Math.Max(worst, GreatCircle.DistanceMeters(BritishNationalGrid.ToWgs84(stop.Easting, stop.Northing), stop.Position));
        output.WriteLine($"max WGS84 error vs NaPTAN: {worst:F2} m");
        Assert.True(worst < NaptanToleranceMetres, $"worst inverse error {worst:F2} m");
    }

    [Theory]
    [InlineData(52.658007, -0.639643)]  // Oakham
    [InlineData(49.0, -2.0)]            // true origin of the grid
    [InlineData(58.6, -3.5)]            // far north of Scotland
    [InlineData(50.07, -5.7)]           // Land's End
    public void RoundTripsWithinAMicrodegree(double lat, double lon)
    {
        var (e, n) = BritishNationalGrid.ToBng(new LatLon(lat, lon));
        var back = BritishNationalGrid.ToWgs84(e, n);
        Assert.Equal(lat, back.Lat, 1e-6);
        Assert.Equal(lon, back.Lon, 1e-6);
    }

    [Fact]
    public void ProjectsGeometriesAndSetsTheirSrid()
    {
        var stop = RutlandStops()[0];
        var point = GeometryFactories.Wgs84.CreatePoint(new Coordinate(stop.Position.Lon, stop.Position.Lat));
        var source = point.Coordinate.Copy();
        var bng = BritishNationalGrid.ToBng(point);
        Assert.Equal(27700, bng.SRID);
        Assert.Same(GeometryFactories.BritishNationalGrid, bng.Factory);
        Assert.Equal(stop.Easting, bng.Coordinate.X, NaptanToleranceMetres);
        Assert.Equal(stop.Northing, bng.Coordinate.Y, NaptanToleranceMetres);
        Assert.Equal(source, point.Coordinate); // the source is left untouched
        Assert.Equal(4326, point.SRID);
        var back = BritishNationalGrid.ToWgs84(bng);
        Assert.Equal(4326, back.SRID);
        Assert.Equal(stop.Position.Lon, back.Coordinate.X, 1e-6);
        Assert.Equal(stop.Position.Lat, back.Coordinate.Y, 1e-6);
    }

    [Fact]
    public void RejectsAGeometryInTheWrongSystem()
    {
        var bngPoint = GeometryFactories.BritishNationalGrid.CreatePoint(new Coordinate(486000, 308000));
        Assert.Throws<ArgumentException>(() => BritishNationalGrid.ToBng(bngPoint));
        var wgsPoint = GeometryFactories.Wgs84.CreatePoint(new Coordinate(-0.7, 52.6));
        Assert.Throws<ArgumentException>(() => BritishNationalGrid.ToWgs84(wgsPoint));
    }

    [Fact]
    public void GivesTheSameAnswersFromManyThreadsAtOnce()
    {
        var stops = RutlandStops();
        var serial = stops.Select(s => BritishNationalGrid.ToBng(s.Position)).ToArray();
        for (int round = 0; round < 20; round++)
        {
            var parallel = new (double, double)[stops.Count];
            Parallel.For(0, stops.Count, new ParallelOptions { MaxDegreeOfParallelism = 16 },
                i => parallel[i] = BritishNationalGrid.ToBng(stops[i].Position));
            Assert.Equal(serial, parallel);
        }
    }
}

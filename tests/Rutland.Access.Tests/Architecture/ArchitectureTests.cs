using Rutland.Access.Analysis;
using Rutland.Access.Data;

namespace Rutland.Access.Tests.Architecture;

/// <summary>
/// The house's shape in code: inputs → networks → searches → analyses → answers (DESIGN.md). Every type of the core
/// library is checked against every type it uses, signatures and method bodies alike (<see cref="TypeDependencies"/>).
/// </summary>
public sealed class ArchitectureTests
{
    private const string Root = "Rutland.Access";

    /// <summary>
    /// Bottom up, as the code stands. Data (files, errors) and Geo (coordinates, projection, GeoJSON) under everything;
    /// Osm reads the extract; Roads and Transit are the networks and their searches; Routing holds what a journey
    /// question needs across networks (the public-transport query, the loaded timetables). Places and Equity are
    /// inputs that need only Data and Geo, but Population spreads Equity's LSOA residents over the road graph's
    /// residential land, so Equity sits below Population. Isochrones turn searches into polygons with residents;
    /// Analysis orchestrates them all; Scenarios sits on top, as each scenario is a derived view of the Analysis engine
    /// (AccessEngine, its assumption levels) compared with the base. The GIS formats (Interop) and the saved-scenario
    /// stores are projects of their own, above the core.
    /// </summary>
    private static readonly LayerOrder Layers = new(
        "Data", "Geo", "Osm", "Roads", "Transit", "Routing", "Places", "Equity", "Population", "Isochrones", "Analysis", "Scenarios");

    private static IReadOnlyList<FolderEdge> CoreEdges(Func<string, string> folderOf) =>
        CoreDependencies.Edges(typeof(AccessEngine).Assembly, Root, folderOf);

    private static string TopFolder(string ns) => ns.Split('.')[0];

    [Fact]
    public void NoFolderUsesOneAboveIt()
    {
        var violations = Layers.Violations(CoreEdges(TopFolder)).ToList();

        Assert.True(violations.Count == 0, "dependencies up the layer order:\n" + string.Join("\n", violations.Distinct()));
    }

    [Fact]
    public void NoSourceFileImportsAFolderAboveIt()
    {
        string source = Path.Combine(DataDirectory.RepositoryRoot()!, "src", Root);
        var violations = Layers.Violations(SourceImports.Edges(source, Root)).ToList();

        Assert.True(violations.Count == 0, "imports up the layer order:\n" + string.Join("\n", violations.Distinct()));
    }

    [Fact]
    public void RaptorUsesOnlyTransitAndGeo()
    {
        static string Folder(string ns) => ns.StartsWith("Transit.Raptor", StringComparison.Ordinal) ? "Raptor" : TopFolder(ns);
        var outside = CoreEdges(Folder).Where(e => e.FromFolder == "Raptor" && e.ToFolder is not ("Raptor" or "Transit" or "Geo")).ToList();

        Assert.True(outside.Count == 0, "RAPTOR reaches outside Transit and Geo:\n" + string.Join("\n", outside.Distinct()));
    }

    [Fact]
    public void CoreReferencesNeitherAspNetNorADatabaseDriver()
    {
        var references = typeof(AccessEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCheckerFailsOnABackEdgeHiddenInAMethodBody()
    {
        const string fixtureRoot = "Rutland.Access.Tests.Architecture.LayeredFixture";
        var fixture = typeof(ArchitectureTests).Assembly.GetTypes();
        var edges = CoreDependencies.Edges(fixture, fixtureRoot, TopFolder);

        var violations = new LayerOrder("Low", "High").Violations(edges);

        var backEdge = Assert.Single(violations.Select(e => (e.FromFolder, e.ToFolder, e.ToType)).Distinct());
        Assert.Equal(("Low", "High", typeof(LayeredFixture.High.Ceiling).FullName!), backEdge);
        Assert.Contains(violations, e => e.FromType.StartsWith(typeof(LayeredFixture.Low.Floor).FullName + "+", StringComparison.Ordinal));
        Assert.Empty(new LayerOrder("High", "Low").Violations(edges));
    }

    [Fact]
    public void TheSourceCheckFailsOnAnImportUpTheOrderButNotOnComments()
    {
        string source = Directory.CreateTempSubdirectory("layers-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(source, "Low"));
            File.WriteAllLines(Path.Combine(source, "Low", "Floor.cs"),
                ["using Fixture.High;", "namespace Fixture.Low;", "/// <see cref=\"Fixture.High.Roof\"/>", "class Floor { string s = \"Fixture.High.\"; }"]);

            var violations = new LayerOrder("Low", "High").Violations(SourceImports.Edges(source, "Fixture"));

            var edge = Assert.Single(violations);
            Assert.Equal(("Low", "Low/Floor.cs", "High"), (edge.FromFolder, edge.FromType, edge.ToFolder));
        }
        finally
        {
            Directory.Delete(source, recursive: true);
        }
    }

    [Fact]
    public void AFolderTheOrderDoesNotPlaceIsAViolation()
    {
        var edge = new FolderEdge("Roads", "Rutland.Access.Roads.X", "Cycling", "Rutland.Access.Cycling.Y");

        Assert.Equal([edge], Layers.Violations([edge]));
    }
}

using BenchmarkDotNet.Attributes;
using Rutland.Access.Analysis;
using Rutland.Access.Data;
using Rutland.Access.Osm;
using Rutland.Access.Population;
using Rutland.Access.Roads;

namespace Rutland.Access.Benchmarks;

/// <summary>
/// DESIGN.md targets for the drive side on Rutland data: graph build (car alone, and every graph from start-up's one
/// pass over the extract), whole-engine load (the API's ready time is
/// this plus ASP.NET start-up), and the full drive matrix (all places × 4 destinations) computed from scratch.
/// </summary>
[MemoryDiagnoser]
public class DriveBenchmarks
{
    private string _pbf = "";
    private AccessEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pbf = Path.Combine(DataDirectory.ResolveInputs(), StudyExtract.RelativePath);
        _engine = AccessEngineLoader.Load(new EngineOptions());
    }

    [Benchmark]
    public RoadGraph BuildCarGraph() => RoadGraphBuilder.Build(_pbf, CarProfile.Instance);

    /// <summary>Start-up's one pass over the extract: car and walk graphs and the residential land together.</summary>
    [Benchmark]
    public int BuildAllFromOnePass()
    {
        var car = new RoadGraphBuilder(CarProfile.Instance);
        var walk = new RoadGraphBuilder(WalkProfile.Instance);
        var residential = new ResidentialLandReader();
        OsmExtractRead.Read(_pbf, car, walk, residential);
        return car.Build().NodeCount + walk.Build().NodeCount + residential.Result().Dwellings.Count;
    }

    [Benchmark]
    public AccessEngine LoadEngine() => AccessEngineLoader.Load(new EngineOptions());

    /// <summary>Target &lt; 20 ms: one reverse search per destination, no cache.</summary>
    [Benchmark]
    public int DriveMatrixUncached()
    {
        var origins = _engine.Places.Select(p => (p, _engine.CarSnap(p))).ToArray();
        return DriveMatrix.Compute(_engine.Car, _engine.CarOffNetwork, origins, _engine.Destinations).Count;
    }
}

using Rutland.Access.Analysis;
using Rutland.Access.Roads;

namespace Rutland.Access.Tests.Support;

/// <summary>The real data loaded once per test run and shared by every test that reads it (it is immutable).</summary>
public static class RealData
{
    private static readonly Lazy<RoadNetwork> LazyCar = new(() => RoadNetwork.Car(TestData.Input("osm", "rutland-2022-07-20.osm.pbf")));
    private static readonly Lazy<AccessEngine> LazyEngine = new(() => AccessEngineLoader.Load(new EngineOptions()));

    public static RoadNetwork Car => LazyEngine.IsValueCreated ? LazyEngine.Value.Car : LazyCar.Value;
    public static AccessEngine Engine => LazyEngine.Value;
}

using Rutland.Access.Equity;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Equity;

/// <summary>The real Rutland layers, loaded once for all equity tests (loading projects and overlays every boundary).</summary>
internal static class RutlandLayers
{
    private static readonly Lazy<EquityLayers> Loaded = new(() => EquityLayersLoader.Load(TestData.Inputs));

    public static EquityLayers Value => Loaded.Value;
}

using Rutland.Access.Equity;

namespace Rutland.Access.Tests.Support;

/// <summary>
/// Rutland's residents at mid-2020, summed once from the population file the service reads, so that tests checking a
/// total is conserved compare with the data rather than with a copy of it. <see cref="PublishedMid2020"/> is ONS's
/// figure; one test (LoaderTests) checks that the file adds up to it.
/// </summary>
public static class RutlandPopulation
{
    /// <summary>ONS small-area population estimates, mid-2020: Rutland's 23 LSOAs (2011), all ages.</summary>
    public const int PublishedMid2020 = 40_476;

    public static string File => TestData.Input("population", "population_mid2020_lsoa11_rutland.csv");

    private static readonly Lazy<int> LazyTotal = new(() => PopulationLoader.Load(File).Sum(r => r.Total));

    /// <summary>The county's residents, all ages, as the population file gives them.</summary>
    public static int Total => LazyTotal.Value;
}

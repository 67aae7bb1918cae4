using Rutland.Access.Data;

namespace Rutland.Access.Equity;

/// <summary>Loads <see cref="EquityLayers"/> from the shared input directory (see its README for sources and licences).</summary>
public static class EquityLayersLoader
{
    public static readonly DatasetProvenance Imd2019 = new("English Indices of Deprivation 2019, LSOA 2011",
        "deprivation/imd2019_lsoa11_rutland.csv", "MHCLG IoD 2019 (files 1, 2, 4, 6, 8) via open repackagings, cross-checked", "OGL v3 (mySociety score columns CC BY 4.0)");
    public static readonly DatasetProvenance Imd2025 = new("English Indices of Deprivation 2025, LSOA 2021",
        "deprivation/imd2025_lsoa21_rutland.csv", "MHCLG IoD 2025", "OGL v3");
    public static readonly DatasetProvenance Population = new("Population by single year of age, LSOA 2011",
        "population/population_mid2020_lsoa11_rutland.csv", "ONS small-area population estimates, mid-2020", "OGL v3");
    public static readonly DatasetProvenance Centroids = new("Population-weighted centroids, LSOA 2011",
        "population/lsoa11_population_weighted_centroids_rutland.geojson", "ONS, LSOA 2011", "OGL v3");
    public static readonly DatasetProvenance Lsoa11To21 = new("LSOA 2011 to LSOA 2021 lookup",
        "lookups/lsoa11_lsoa21_lookup.csv", "ONS", "OGL v3");
    public static readonly DatasetProvenance Lsoa21ToWard = new("LSOA 2021 to ward best-fit lookup",
        "lookups/lsoa21_ward24_lookup.csv", "ONS, wards 2024", "OGL v3");
    public static readonly DatasetProvenance Lsoa11Boundaries = new("LSOA 2011 boundaries, generalised, clipped",
        "boundaries/lsoa11_rutland.geojson", "ONS Dec 2011", "OGL v3, contains OS data");
    public static readonly DatasetProvenance Lsoa21Boundaries = new("LSOA 2021 boundaries, super-generalised",
        "boundaries/lsoa21_rutland_bsc.geojson", "ONS Dec 2021 BSC", "OGL v3");
    public static readonly DatasetProvenance WardBoundaries = new("Ward boundaries, super-generalised",
        "boundaries/wards2022_rutland_bsc.geojson", "ONS Dec 2022 BSC", "OGL v3");

    public static EquityLayers Load(string inputsDirectory)
    {
        string P(DatasetProvenance d) => Path.Combine(inputsDirectory, d.RelativePath);

        var imd2019 = DeprivationLoader.Load(P(Imd2019), DeprivationFileLayout.Imd2019);
        var imd2025 = DeprivationLoader.Load(P(Imd2025), DeprivationFileLayout.Imd2025);
        var population = PopulationLoader.Load(P(Population));
        var centroids = CentroidLoader.Load(P(Centroids));
        var changes = LookupLoader.LoadLsoa11To21(P(Lsoa11To21));
        var lsoa21Wards = LookupLoader.LoadLsoa21ToWard(P(Lsoa21ToWard));
        var lsoa11 = BoundaryLoader.Load(P(Lsoa11Boundaries), "LSOA11CD", "LSOA11NM", "E01");
        var lsoa21 = BoundaryLoader.Load(P(Lsoa21Boundaries), "lsoa21_code", "lsoa21_name", "E01");
        var wards = BoundaryLoader.Load(P(WardBoundaries), "ward22_code", "ward22_name", "E05");

        // The population file defines the 2011 LSOAs, the 2021 boundaries the 2021 LSOAs, the ward boundaries the wards.
        var lsoa11Codes = population.Select(p => p.LsoaCode).ToList();
        RequireSameCodes(P(Imd2019), lsoa11Codes, imd2019.Select(d => d.LsoaCode));
        RequireSameCodes(P(Centroids), lsoa11Codes, centroids.Select(c => c.Lsoa11Code));
        RequireSameCodes(P(Lsoa11Boundaries), lsoa11Codes, lsoa11.Areas.Select(a => a.Code));
        RequireSameCodes(P(Lsoa11To21), lsoa11Codes, changes.Select(c => c.Lsoa11Code));
        var lsoa21Codes = lsoa21.Areas.Select(a => a.Code).ToList();
        RequireSameCodes(P(Lsoa11To21), lsoa21Codes, changes.Select(c => c.Lsoa21Code));
        RequireSameCodes(P(Lsoa21ToWard), lsoa21Codes, lsoa21Wards.Select(w => w.Lsoa21Code));
        RequireSameCodes(P(Imd2025), lsoa21Codes, imd2025.Select(d => d.LsoaCode));
        RequireSameCodes(P(Lsoa21ToWard), wards.Areas.Select(a => a.Code), lsoa21Wards.Select(w => w.WardCode));

        return new EquityLayers(Frozen(imd2019), Frozen(imd2025), Frozen(population), Frozen(centroids), Frozen(changes), Frozen(lsoa21Wards),
            Frozen(lsoa11.Areas), Frozen(lsoa21.Areas), Frozen(wards.Areas),
            Frozen([Imd2019, Imd2025, Population, Centroids, Lsoa11To21, Lsoa21ToWard, Lsoa11Boundaries, Lsoa21Boundaries, WardBoundaries]),
            Frozen([.. lsoa11.Repairs, .. lsoa21.Repairs, .. wards.Repairs]));
    }

    // Read-only wrappers over private copies, so no caller can cast a layer back to a list and change it.
    private static IReadOnlyList<T> Frozen<T>(IEnumerable<T> items) => Array.AsReadOnly(items.ToArray());

    private static void RequireSameCodes(string path, IEnumerable<string> expected, IEnumerable<string> found)
    {
        var want = expected.ToHashSet(StringComparer.Ordinal);
        var have = found.ToHashSet(StringComparer.Ordinal);
        var missing = want.Except(have).Order(StringComparer.Ordinal).ToList();
        var extra = have.Except(want).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
            throw new DataFileException(path, null,
                $"codes disagree with the other inputs: missing {string.Join(", ", missing.DefaultIfEmpty("none"))}; unexpected {string.Join(", ", extra.DefaultIfEmpty("none"))}");
    }
}

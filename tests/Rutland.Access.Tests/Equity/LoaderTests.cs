using Rutland.Access.Data;
using Rutland.Access.Equity;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Equity;

public class LoaderTests
{
    private static string PopulationFile => RutlandPopulation.File;

    [Fact]
    public void PopulationTotalsMatchTheSource()
    {
        var rows = PopulationLoader.Load(PopulationFile);
        Assert.Equal(23, rows.Count);
        Assert.Equal(RutlandPopulation.PublishedMid2020, rows.Sum(r => r.Total));

        // Independent sum straight from the single-year columns, not through the loader's arithmetic.
        using var csv = CsvReader.Open(PopulationFile);
        long aged65 = 0, aged75 = 0;
        while (csv.Read())
        {
            for (int age = 65; age < 90; age++)
            {
                int n = csv.RequiredInt(age.ToString());
                aged65 += n;
                if (age >= 75) aged75 += n;
            }
            aged65 += csv.RequiredInt("90+");
            aged75 += csv.RequiredInt("90+");
        }
        Assert.Equal(aged65, rows.Sum(r => r.Aged65Plus));
        Assert.Equal(aged75, rows.Sum(r => r.Aged75Plus));
        Assert.Equal(10_345, aged65);
        Assert.Equal(4_964, aged75);
    }

    [Fact]
    public void SingleYearsNotSummingToTotalIsAnErrorNamingTheLine()
    {
        string header = "lsoa11_name,lsoa11_code,total_population," + string.Join(",", Enumerable.Range(0, 90)) + ",90+";
        string good = "A,E01000001,91," + string.Join(",", Enumerable.Repeat("1", 91));
        string bad = "B,E01000002,92," + string.Join(",", Enumerable.Repeat("1", 91));
        string path = Path.Combine(Path.GetTempPath(), $"pop-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, $"{header}\n{good}\n{bad}\n");
        try
        {
            var ex = Assert.Throws<DataFileException>(() => PopulationLoader.Load(path));
            Assert.Equal(3, ex.Line);
            Assert.Contains("sum to 91", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Imd2019HasAllDomainsForThe23Lsoas()
    {
        var rows = DeprivationLoader.Load(TestData.Input("deprivation", "imd2019_lsoa11_rutland.csv"), DeprivationFileLayout.Imd2019);
        Assert.Equal(23, rows.Count);
        Assert.All(rows, r => Assert.Equal(Enum.GetValues<DeprivationDomain>().Length, r.Ranks.Count));
        var e01013787 = rows.Single(r => r.LsoaCode == "E01013787");
        Assert.Equal(new RankDecile(19_612, 6), e01013787.Imd);
        Assert.Equal(new RankDecile(324, 1), e01013787.Ranks[DeprivationDomain.BarriersToHousingAndServices]);
        Assert.Equal(new RankDecile(134, 1), e01013787.GeographicalBarriers);
        Assert.Equal(14.326, e01013787.ImdScore);
    }

    [Fact]
    public void Imd2025CoversThe26Lsoas2021()
    {
        var rows = DeprivationLoader.Load(TestData.Input("deprivation", "imd2025_lsoa21_rutland.csv"), DeprivationFileLayout.Imd2025);
        Assert.Equal(26, rows.Count);
        Assert.Equal(new RankDecile(410, 1), rows.Single(r => r.LsoaCode == "E01013787").GeographicalBarriers);
    }

    [Fact]
    public void DecileDisagreeingWithRankIsRejected()
    {
        var layout = DeprivationFileLayout.Imd2025 with
        {
            Columns = new Dictionary<DeprivationDomain, (string, string)>
            {
                // Deliberately mis-paired, as a positional header slip would produce.
                [DeprivationDomain.IndexOfMultipleDeprivation] = ("IMD_rank", "Income_decile"),
            },
        };
        var ex = Assert.Throws<DataFileException>(() =>
            DeprivationLoader.Load(TestData.Input("deprivation", "imd2025_lsoa21_rutland.csv"), layout));
        Assert.Contains("Income_decile", ex.Message);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Every2021LsoaFallsInExactlyOneWardByTheLookup()
    {
        var changes = LookupLoader.LoadLsoa11To21(TestData.Input("lookups", "lsoa11_lsoa21_lookup.csv"));
        var wards = LookupLoader.LoadLsoa21ToWard(TestData.Input("lookups", "lsoa21_ward24_lookup.csv"));
        var lsoa21 = changes.Select(c => c.Lsoa21Code).Distinct().ToList();
        Assert.Equal(26, lsoa21.Count);
        Assert.All(lsoa21, code => Assert.Single(wards, w => w.Lsoa21Code == code));
        Assert.Equal(15, wards.Select(w => w.WardCode).Distinct().Count());
        Assert.Equal(3, changes.Count(c => c.Lsoa11Code == "E01013801" && c.ChangeCode == 'S'));
        Assert.Equal(2, changes.Count(c => c.Lsoa11Code == "E01013802" && c.ChangeCode == 'S'));
    }
}

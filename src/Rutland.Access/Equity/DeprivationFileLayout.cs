namespace Rutland.Access.Equity;

/// <summary>Where a deprivation file keeps each measure: the header names of the code, name, IMD score and each rank/decile pair.</summary>
public sealed record DeprivationFileLayout(
    DeprivationEdition Edition,
    string CodeColumn,
    string NameColumn,
    string ScoreColumn,
    IReadOnlyDictionary<DeprivationDomain, (string Rank, string Decile)> Columns)
{
    /// <summary><c>deprivation/imd2019_lsoa11_rutland.csv</c>: MHCLG's own long header names (files 1, 2 and 4) plus the
    /// repackager's <c>hv_</c> sub-domain columns and mySociety's score column.</summary>
    public static DeprivationFileLayout Imd2019 { get; } = new(
        DeprivationEdition.Iod2019,
        "LSOA code (2011)",
        "LSOA name (2011)",
        "IMD2019 Score (mySociety overall_local_score)",
        new Dictionary<DeprivationDomain, (string, string)>
        {
            [DeprivationDomain.IndexOfMultipleDeprivation] = Mhclg2019("Index of Multiple Deprivation (IMD)"),
            [DeprivationDomain.Income] = Mhclg2019("Income"),
            [DeprivationDomain.Employment] = Mhclg2019("Employment"),
            [DeprivationDomain.EducationSkillsAndTraining] = Mhclg2019("Education, Skills and Training"),
            [DeprivationDomain.HealthDeprivationAndDisability] = Mhclg2019("Health Deprivation and Disability"),
            [DeprivationDomain.Crime] = Mhclg2019("Crime"),
            [DeprivationDomain.BarriersToHousingAndServices] = Mhclg2019("Barriers to Housing and Services"),
            [DeprivationDomain.LivingEnvironment] = Mhclg2019("Living Environment"),
            [DeprivationDomain.GeographicalBarriers] = ("hv_Geographical_barriers_rank", "hv_Geographical_barriers_decile"),
        });

    /// <summary>
    /// <c>deprivation/imd2025_lsoa21_rutland.csv</c>. The README warns its header was attached by position. What this
    /// layout relies on was spot-checked (Nov 2026) and is re-checked on every load: each rank agrees with its decile
    /// over 33,755 LSOAs, so rank and decile columns are paired correctly; the IMD, Barriers and geographical-barriers
    /// ranks of the 21 unchanged LSOAs track their 2019 values (e.g. E01013787: IMD 19,612→20,028, geographical
    /// barriers 134→410; E01013790: 162→204). The sub-domain <em>score</em> columns are not used: the
    /// "geographical_barriers_score" values (31–85) are not on the sub-domain's z-score scale, so that mapping is doubtful.
    /// </summary>
    public static DeprivationFileLayout Imd2025 { get; } = new(
        DeprivationEdition.Iod2025,
        "lsoa21_code",
        "lsoa21_name",
        "IMD_score",
        new Dictionary<DeprivationDomain, (string, string)>
        {
            [DeprivationDomain.IndexOfMultipleDeprivation] = ("IMD_rank", "IMD_decile"),
            [DeprivationDomain.Income] = ("Income_rank", "Income_decile"),
            [DeprivationDomain.Employment] = ("Employment_rank", "Employment_decile"),
            [DeprivationDomain.EducationSkillsAndTraining] = ("Education_rank", "Education_decile"),
            [DeprivationDomain.HealthDeprivationAndDisability] = ("Health_rank", "Health_decile"),
            [DeprivationDomain.Crime] = ("Crime_rank", "Crime_decile"),
            [DeprivationDomain.BarriersToHousingAndServices] = ("Housing_and_Services_rank", "Housing_and_Services_decile"),
            [DeprivationDomain.LivingEnvironment] = ("Environment_rank", "Environment_decile"),
            [DeprivationDomain.GeographicalBarriers] = ("geographical_barriers_rank", "geographical_barriers_decile"),
        });

    private static (string, string) Mhclg2019(string measure) =>
        ($"{measure} Rank (where 1 is most deprived)", $"{measure} Decile (where 1 is most deprived 10% of LSOAs)");
}

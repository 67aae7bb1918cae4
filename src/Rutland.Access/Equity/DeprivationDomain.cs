namespace Rutland.Access.Equity;

/// <summary>The English Indices of Deprivation measures this service uses: the overall index, its seven domains,
/// and the geographical-barriers sub-domain (road distance to GP, post office, school, shop), which speaks most directly to access.</summary>
public enum DeprivationDomain
{
    IndexOfMultipleDeprivation,
    Income,
    Employment,
    EducationSkillsAndTraining,
    HealthDeprivationAndDisability,
    Crime,
    BarriersToHousingAndServices,
    LivingEnvironment,
    GeographicalBarriers,
}

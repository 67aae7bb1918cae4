namespace Rutland.Access.Scenarios;

/// <summary>
/// What a best-site search maximises. Each is a weighted facility-location function of the chosen set S,
/// f(S) = Σ over LSOAs of population × max over s ∈ S of the gain s gives that LSOA — monotone and submodular, which is
/// what the greedy (1 − 1/e) guarantee needs.
/// </summary>
public enum SiteObjective
{
    /// <summary>Person-minutes of driving saved to the nearest destination (so the population-weighted mean falls most).
    /// Gain of a site for an LSOA: max(0, baseline minutes − minutes to the site).</summary>
    MinimiseMeanDrive,
    /// <summary>Residents of the most deprived local IMD quintile brought within 30 minutes' drive. Gain: 1 per resident
    /// beyond 30 minutes at baseline and within 30 of the site. Ties (often all zero in Rutland, where most deprived
    /// residents already drive under 30 minutes) are broken by their person-minutes saved.</summary>
    MaximiseDeprivedWithin30,
}

namespace Rutland.Access.Scenarios;

/// <summary>
/// One chosen (or ranked) site: its gain in the objective given the sites before it, and why — the residents whose
/// nearest destination gets faster and the LSOAs they live in.
/// </summary>
public sealed record SiteChoice(
    SiteCandidate Site,
    double Gain,
    double PersonMinutesSaved,
    long ResidentsFaster,
    long DeprivedResidentsFaster,
    IReadOnlyList<LsoaDifference> LsoasFaster);

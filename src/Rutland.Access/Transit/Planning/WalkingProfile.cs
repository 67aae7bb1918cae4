namespace Rutland.Access.Transit.Planning;

/// <summary>
/// Who walks the legs of a public-transport journey: how fast, and how far at most to the first stop, from the last
/// stop, between stops and directly. The named profiles are what the API's <c>profile</c> parameter offers; every
/// number is in <see cref="WalkingRules"/> with its source.
/// </summary>
public sealed record WalkingProfile(string Name, double SpeedKmh, double MaxWalkMeters)
{
    /// <summary>DfT's journey time statistics' walker: 4.8 km/h, up to 1.2 km.</summary>
    public static readonly WalkingProfile Default = new("default", WalkingRules.SpeedKmh, WalkingRules.DefaultMaxWalkMeters);

    /// <summary>An older or mobility-impaired walker: 2.88 km/h (0.8 m/s), up to 250 m.</summary>
    public static readonly WalkingProfile LessMobile = new("lessMobile", WalkingRules.LessMobileSpeedKmh, WalkingRules.LessMobileMaxWalkMeters);

    public static readonly IReadOnlyList<WalkingProfile> Named = [Default, LessMobile];
}

using System.Globalization;
using Rutland.Access.Analysis;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Who walks the legs of a public-transport answer: a named <c>profile</c> (default, lessMobile) or the numbers
/// (<c>walkSpeedKmh</c>, and <c>maxWalkMeters</c> as read by <see cref="PtQueryParser"/>), not both.
/// </summary>
public static class WalkerParser
{
    public static readonly string Description = string.Format(CultureInfo.InvariantCulture,
        "profile: default ({0} km/h, at most {1} m) or lessMobile ({2} km/h, at most {3} m; sources in the README); or " +
        "walkSpeedKmh ({4}-{5}, default {0}) and maxWalkMeters instead of a profile.",
        WalkingProfile.Default.SpeedKmh, WalkingProfile.Default.MaxWalkMeters, WalkingProfile.LessMobile.SpeedKmh,
        WalkingProfile.LessMobile.MaxWalkMeters, WalkingRules.MinSpeedKmh, WalkingRules.MaxSpeedKmh);

    private static readonly Dictionary<string, WalkingProfile> Profiles =
        WalkingProfile.Named.ToDictionary(p => p.Name.ToLowerInvariant());

    /// <summary>The query for the walker asked for.</summary>
    public static PtQuery Apply(PtQuery query, string? profile, string? walkSpeedKmh, string? maxWalkMeters) =>
        query.For(Parse(profile, walkSpeedKmh, maxWalkMeters));

    /// <summary>A named profile, or "custom" numbers (each defaulting to the default walker's), or the default walker.</summary>
    public static WalkingProfile Parse(string? profile, string? walkSpeedKmh, string? maxWalkMeters)
    {
        if (profile is not null)
        {
            if (walkSpeedKmh is not null || maxWalkMeters is not null)
                throw QueryParser.Bad("'profile' sets the walking speed and the furthest walk: give either 'profile' or 'walkSpeedKmh'/'maxWalkMeters', not both.");
            return QueryParser.Enum<WalkingProfile>(profile, "profile", WalkingProfile.Default, Profiles);
        }
        if (walkSpeedKmh is null && maxWalkMeters is null) return WalkingProfile.Default;
        return new WalkingProfile(CustomName,
            walkSpeedKmh is null ? WalkingProfile.Default.SpeedKmh
                : QueryParser.Double(walkSpeedKmh, "walkSpeedKmh", WalkingRules.MinSpeedKmh, WalkingRules.MaxSpeedKmh),
            maxWalkMeters is null ? WalkingProfile.Default.MaxWalkMeters
                : QueryParser.Double(maxWalkMeters, "maxWalkMeters", 0, WalkingRules.MaxWalkMetersLimit));
    }

    /// <summary>The name of a walker given by its numbers rather than a profile.</summary>
    public const string CustomName = "custom";

    /// <summary>Walking parameters on a mode that has no walking legs are refused, not ignored.</summary>
    public static void RefuseUnlessPt(string? profile, string? walkSpeedKmh)
    {
        if (profile is not null || walkSpeedKmh is not null)
            throw QueryParser.Bad("'profile' and 'walkSpeedKmh' apply to mode=pt only.");
    }
}

using System.Globalization;

namespace Rutland.Access.Roads;

/// <summary>
/// Every number that turns an OSM road into a car speed, in one place.
/// <para>
/// 1. The legal limit: the way's <c>maxspeed</c> (UK signs are in mph; OSM bare numbers are km/h), or the UK's
///    national limits (Highway Code rule 124): 70 mph on motorways and dual carriageways, 60 mph on single
///    carriageways, and 30 mph on "restricted roads" — by law those with street lighting no more than 183 m
///    apart (Road Traffic Regulation Act 1984 s.82), which OSM marks <c>lit=yes</c>; residential streets are
///    taken as restricted too.
/// </para>
/// <para>
/// 2. Realism: cars do not drive at the limit. DfT vehicle speed compliance statistics (SPE0111, 2019, free-flow
///    cars) give 48 mph on 60 mph single carriageways, i.e. 0.8 of the limit — the same 0.8 that OSRM's car
///    profile applies to every <c>maxspeed</c> (<c>speed_reduction</c>). We apply <see cref="RealismFactor"/> to the limit.
/// </para>
/// <para>
/// 3. A cap by road class for minor roads whose width and bends keep speeds far below a 60 mph limit: the
///    default speeds of OSRM's car profile (car.lua, km/h), which are what OSRM uses when no limit is tagged.
/// </para>
/// The edge speed is min(limit × realism, class cap).
/// </summary>
public static class UkSpeedModel
{
    public const double KmhPerMph = 1.609344;
    public const double RealismFactor = 0.8;

    public const double MotorwayLimitMph = 70;
    public const double DualCarriagewayLimitMph = 70;
    public const double SingleCarriagewayLimitMph = 60;
    public const double RestrictedRoadLimitMph = 30;

    /// <summary>OSRM car.lua default speeds (km/h) by <c>highway</c> value: the cap for each road class.</summary>
    public static readonly IReadOnlyDictionary<string, double> ClassCapKmh = new Dictionary<string, double>
    {
        ["motorway"] = 90, ["motorway_link"] = 45,
        ["trunk"] = 85, ["trunk_link"] = 40,
        ["primary"] = 65, ["primary_link"] = 30,
        ["secondary"] = 55, ["secondary_link"] = 25,
        ["tertiary"] = 40, ["tertiary_link"] = 20,
        ["unclassified"] = 25, ["residential"] = 25,
        ["living_street"] = 10, ["service"] = 15,
        ["road"] = 25,
    };

    /// <summary>The legal limit in km/h for a way's tags, and where it came from (for provenance and tests).</summary>
    public static (double Kmh, string Source) LegalLimitKmh(string highway, IReadOnlyDictionary<string, string> tags)
    {
        if (tags.TryGetValue("maxspeed", out var maxspeed) && ParseMaxspeed(maxspeed, tags) is { } tagged)
            return (tagged, "maxspeed");
        if (tags.TryGetValue("maxspeed:type", out var type) && ParseNationalType(type) is { } typed)
            return (typed * KmhPerMph, "maxspeed:type");
        if (highway is "motorway" or "motorway_link") return (MotorwayLimitMph * KmhPerMph, "national:motorway");
        if (highway is "residential" or "living_street" || tags.GetValueOrDefault("lit") == "yes")
            return (RestrictedRoadLimitMph * KmhPerMph, "national:restricted");
        bool dual = tags.GetValueOrDefault("dual_carriageway") == "yes"
                    || (highway is "trunk" or "primary" && tags.GetValueOrDefault("oneway") == "yes");
        return dual
            ? (DualCarriagewayLimitMph * KmhPerMph, "national:dual")
            : (SingleCarriagewayLimitMph * KmhPerMph, "national:single");
    }

    /// <summary>Modelled free-flow car speed in km/h: min(limit × <see cref="RealismFactor"/>, class cap).</summary>
    public static double CarSpeedKmh(string highway, IReadOnlyDictionary<string, string> tags)
    {
        double limit = LegalLimitKmh(highway, tags).Kmh * RealismFactor;
        return ClassCapKmh.TryGetValue(highway, out double cap) ? Math.Min(limit, cap) : limit;
    }

    /// <summary>Parses <c>maxspeed</c>: "30 mph", "50" (km/h), "national", "GB:nsl_single", "none"; null when unusable.</summary>
    public static double? ParseMaxspeed(string value, IReadOnlyDictionary<string, string> tags)
    {
        value = value.Trim();
        if (value.Contains(';')) value = value.Split(';')[0].Trim(); // "30 mph;40 mph" — take the first, conservative
        if (ParseNationalType(value) is { } national) return national * KmhPerMph;
        if (value == "national")
            return (tags.GetValueOrDefault("dual_carriageway") == "yes" ? DualCarriagewayLimitMph : SingleCarriagewayLimitMph) * KmhPerMph;
        bool mph = value.EndsWith("mph", StringComparison.OrdinalIgnoreCase);
        string number = mph ? value[..^3].Trim() : value.EndsWith("km/h") ? value[..^4].Trim() : value;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || v <= 0 || v > 200)
            return null;
        return mph ? v * KmhPerMph : v;
    }

    /// <summary>UK national-limit codes (<c>GB:nsl_single</c> etc.) in mph.</summary>
    private static double? ParseNationalType(string value) => value switch
    {
        "GB:nsl_single" => SingleCarriagewayLimitMph,
        "GB:nsl_dual" => DualCarriagewayLimitMph,
        "GB:motorway" => MotorwayLimitMph,
        "GB:nsl_restricted" or "GB:restricted" => RestrictedRoadLimitMph,
        _ when value.StartsWith("GB:") && value.EndsWith(" mph") &&
               double.TryParse(value[3..^4], NumberStyles.Float, CultureInfo.InvariantCulture, out double mph) => mph,
        _ => null,
    };
}

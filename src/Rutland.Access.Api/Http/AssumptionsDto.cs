using Rutland.Access.Analysis;

namespace Rutland.Access.Api.Http;

/// <summary>The modelled assumptions an answer with uncertainty varies (low / central / high, each with its source),
/// those it does not and why, and what the levels mean.</summary>
public sealed record AssumptionsDto(string Method, IReadOnlyList<AssumptionRange> Assessed, IReadOnlyList<AssumptionNotAssessed> NotAssessed)
{
    public static AssumptionsDto Of(AssumptionLevels levels) => new(AssumptionLevels.Method, levels.Assessed, levels.NotAssessed);

    /// <summary>The one request parameter (query string or body) that asks for all three levels.</summary>
    public const string Parameter = "uncertainty";

    public const string Description =
        " uncertainty=true adds 'uncertainty': the modelled assumptions' low / central / high values with their sources, each " +
        "level's county figures and flags, and each flag's robustness (robust: raised at all three levels, else the levels where it " +
        "is); absent or false gives the central answer alone, unchanged.";

    public static bool Parse(string? value) =>
        QueryParser.Enum(value, Parameter, false, new Dictionary<string, bool> { ["true"] = true, ["false"] = false });
}

using Rutland.Access.Equity;

namespace Rutland.Access.Scenarios;

/// <summary>
/// The figures of one scenario (or the baseline): its destinations, access by drive and by public transport, every
/// LSOA's access, and the equity flags it raises. <see cref="Pt"/> and <see cref="Flags"/> are null when measured
/// without public transport (every flag needs PT times).
/// </summary>
public sealed record ScenarioFigures(string Name, IReadOnlyList<string> Destinations, ModeFigures Drive, ModeFigures? Pt,
    IReadOnlyList<LsoaScenarioAccess> Lsoas, IReadOnlyList<EquityFlag>? Flags);

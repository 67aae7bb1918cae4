namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// The CrossCountry line through Oakham: real schedules from the CIF extract (<see cref="CifFile"/>, relative to the
/// input data folder) used as templates, each repeated by a <see cref="RailPattern"/>.
/// </summary>
public sealed record RailService(
    string RouteId,
    string ShortName,
    string LongName,
    string Agency,
    string CifFile,
    string StationsFile,
    string Source,
    IReadOnlyList<RailPattern> Patterns);

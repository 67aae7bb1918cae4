namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// One modelled on-demand zone (a GTFS location group): every active NaPTAN bus stop of <see cref="Localities"/>
/// plus the named <see cref="Stops"/> (ATCO codes, e.g. a hospital's stops beyond the county). <see cref="Basis"/>
/// says whether the extent is published or assumed; <see cref="Source"/> gives the facts or the assumption.
/// </summary>
public sealed record OnDemandZone(string Id, string Name, string Basis, IReadOnlyList<string> Localities, IReadOnlyList<string> Stops, string Source);

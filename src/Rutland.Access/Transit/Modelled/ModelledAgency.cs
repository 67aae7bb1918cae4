namespace Rutland.Access.Transit.Modelled;

/// <summary>An operator of a modelled route (agency.txt).</summary>
public sealed record ModelledAgency(string Id, string Name, string Url);

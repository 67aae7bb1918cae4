namespace Rutland.Access.Transit.Modelled;

/// <summary>A stop a bus calls at on its path, with our car time to it from the start of the trip.</summary>
public sealed record PathCall(NaptanStop Stop, double CarSeconds);

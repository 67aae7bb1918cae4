namespace Rutland.Access.Isochrones;

/// <summary>Residents in an area: everyone, and those aged 65 and over (the group most reliant on hospital access).</summary>
public readonly record struct PopulationCount(double Total, double Aged65Plus);

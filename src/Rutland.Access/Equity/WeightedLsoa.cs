namespace Rutland.Access.Equity;

/// <summary>An LSOA's access and population, with the share of its residents that belongs to the area being aggregated.</summary>
public sealed record WeightedLsoa(LsoaAccessInput Access, LsoaPopulation Population, double Share);

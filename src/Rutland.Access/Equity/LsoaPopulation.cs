namespace Rutland.Access.Equity;

/// <summary>Mid-year resident population of one LSOA: everyone, and the older groups most reliant on hospital access without a car.</summary>
public sealed record LsoaPopulation(string LsoaCode, string LsoaName, int Total, int Aged65Plus, int Aged75Plus);

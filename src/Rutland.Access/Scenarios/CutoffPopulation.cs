namespace Rutland.Access.Scenarios;

/// <summary>Residents within a travel-time cutoff of their nearest destination: everyone, those aged 65+, and those in the most deprived local IMD quintile.</summary>
public sealed record CutoffPopulation(int Minutes, long All, long Aged65Plus, long MostDeprived)
{
    public CutoffPopulation Minus(CutoffPopulation other) =>
        new(Minutes, All - other.All, Aged65Plus - other.Aged65Plus, MostDeprived - other.MostDeprived);
}

namespace Rutland.Access.Scenarios;

/// <summary>Residents within a travel-time cutoff of their nearest destination — everyone, those aged 65+, and those in the
/// most deprived local IMD quintile — and each as a share of all residents of that group (DfT JTS's destination indicator).</summary>
public sealed record CutoffPopulation(int Minutes, long All, long Aged65Plus, long MostDeprived,
    double? Share, double? ShareAged65Plus, double? ShareMostDeprived)
{
    public CutoffPopulation Minus(CutoffPopulation other) =>
        new(Minutes, All - other.All, Aged65Plus - other.Aged65Plus, MostDeprived - other.MostDeprived,
            Share - other.Share, ShareAged65Plus - other.ShareAged65Plus, ShareMostDeprived - other.ShareMostDeprived);
}

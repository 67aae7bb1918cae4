namespace Rutland.Access.Equity;

/// <summary>A national rank (1 = most deprived) and decile (1 = most deprived 10%) of one LSOA on one measure.</summary>
public readonly record struct RankDecile(int Rank, int Decile);

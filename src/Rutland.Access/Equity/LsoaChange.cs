namespace Rutland.Access.Equity;

/// <summary>One row of the ONS 2011→2021 LSOA lookup. <see cref="ChangeCode"/>: U unchanged, S split, M merged, X irregular.</summary>
public sealed record LsoaChange(string Lsoa11Code, string Lsoa21Code, char ChangeCode);

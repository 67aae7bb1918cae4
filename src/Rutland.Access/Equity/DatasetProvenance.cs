namespace Rutland.Access.Equity;

/// <summary>Where one input came from: dataset name, path under the input directory, vintage and licence as in its README.</summary>
public sealed record DatasetProvenance(string Name, string RelativePath, string Vintage, string Licence);

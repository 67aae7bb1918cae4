namespace Rutland.Access.Data;

/// <summary>Where a figure's data came from: shown with every answer.</summary>
public sealed record DatasetProvenance(string Name, string Vintage, string Source, string Licence, bool Modelled = false);

namespace Rutland.Access.Interop;

/// <summary>One column of a flattened layer: its name (nested members joined by '_') and storage type.</summary>
public sealed record FlatField(string Name, FieldKind Kind);

namespace Rutland.Access.Interop;

/// <summary>The storage type of a flattened property: what a GeoPackage column or vector-tile value holds.</summary>
public enum FieldKind { Integer, Real, Boolean, Text }

namespace Rutland.Access.Geo;

/// <summary>An invalid geometry could not be repaired into anything: fixing it left nothing behind.</summary>
public sealed class GeometryRepairException(string message) : InvalidOperationException(message);

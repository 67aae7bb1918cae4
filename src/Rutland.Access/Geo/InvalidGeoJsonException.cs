namespace Rutland.Access.Geo;

/// <summary>A problem found in GeoJSON, naming the JSON member; rethrown as a DataFileException once the file and feature are known.</summary>
internal sealed class InvalidGeoJsonException(string problem) : Exception(problem);

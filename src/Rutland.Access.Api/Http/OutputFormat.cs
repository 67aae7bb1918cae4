namespace Rutland.Access.Api.Http;

public enum OutputFormat { Json, Csv, GeoJson, GeoPackage }

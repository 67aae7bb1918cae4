namespace Rutland.Access.Osm;

/// <summary>
/// The file's HeaderBlock: features a reader must (or may) understand, the program that wrote it, the replication
/// timestamp the data is current to, and the bounding box in degrees, when the file declares them.
/// </summary>
public sealed record PbfHeader(
    string[] RequiredFeatures,
    string[] OptionalFeatures,
    string? WritingProgram,
    DateTimeOffset? ReplicationTimestamp,
    (double MinLon, double MinLat, double MaxLon, double MaxLat)? BoundingBox);

namespace Rutland.Access.Osm;

/// <summary>
/// A malformed blob detected while decoding, before the blob's position is known to the code that found it;
/// <see cref="PbfReader"/> turns it into a <see cref="Data.DataFileException"/> naming the file and blob.
/// </summary>
internal sealed class PbfFormatException(string problem) : Exception(problem);

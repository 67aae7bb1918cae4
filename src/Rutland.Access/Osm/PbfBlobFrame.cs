namespace Rutland.Access.Osm;

/// <summary>
/// One fileblock as read from the file: the BlobHeader's type and the still-encoded Blob message. <see cref="Index"/>
/// counts from 1 and <see cref="Offset"/> is where its length prefix starts, so errors can point into the file.
/// </summary>
internal sealed record PbfBlobFrame(int Index, long Offset, string Type, byte[] Blob)
{
    public const string HeaderType = "OSMHeader";
    public const string DataType = "OSMData";

    public Data.DataFileException Error(string sourceName, string problem, Exception? inner = null) =>
        ErrorAt(sourceName, Index, Offset, problem, inner);

    public static Data.DataFileException ErrorAt(string sourceName, int index, long offset, string problem, Exception? inner = null) =>
        new(sourceName, null, $"blob {index} at byte offset {offset}: {problem}", inner);
}

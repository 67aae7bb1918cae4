using System.IO.Compression;
using System.Text;
using Rutland.Access.Data;

namespace Rutland.Access.Transit.Gtfs;

/// <summary>
/// The files of a GTFS feed, in a .zip or a folder. Opened files are named "&lt;feed path&gt;/&lt;file&gt;.txt" so
/// every error says which feed and which file it is about.
/// </summary>
internal sealed class GtfsSource : IDisposable
{
    private readonly string _path;
    private readonly ZipArchive? _zip;

    public GtfsSource(string path)
    {
        _path = path;
        if (Directory.Exists(path)) return;
        if (!File.Exists(path)) throw new DataFileException(path, null, "GTFS feed not found (expected a .zip or a folder)");
        try { _zip = ZipFile.OpenRead(path); }
        catch (InvalidDataException e) { throw new DataFileException(path, null, "not a readable zip archive", e); }
    }

    public string DisplayName(string file) => $"{_path}/{file}";

    /// <summary>The file as CSV, or null when the feed does not contain it.</summary>
    public CsvReader? Open(string file)
    {
        if (_zip is null)
        {
            string full = Path.Combine(_path, file);
            return File.Exists(full) ? new CsvReader(new StreamReader(full, Encoding.UTF8, true), DisplayName(file)) : null;
        }
        // A damaged archive may only show it when its directory or an entry is read.
        try
        {
            var entry = Entry(file);
            return entry is null ? null : new CsvReader(new StreamReader(entry.Open(), Encoding.UTF8, true), DisplayName(file));
        }
        catch (InvalidDataException e) { throw new DataFileException(DisplayName(file), null, $"unreadable zip entry: {e.Message}", e); }
    }

    /// <summary>The file's bytes (for non-CSV files such as locations.geojson), or null when the feed does not contain it.</summary>
    public Stream? OpenStream(string file)
    {
        if (_zip is null)
        {
            string full = Path.Combine(_path, file);
            return File.Exists(full) ? File.OpenRead(full) : null;
        }
        try { return Entry(file)?.Open(); }
        catch (InvalidDataException e) { throw new DataFileException(DisplayName(file), null, $"unreadable zip entry: {e.Message}", e); }
    }

    /// <summary>The entry at the archive root, else the only entry of that name in a subfolder (zips made by zipping the folder).</summary>
    private ZipArchiveEntry? Entry(string file)
    {
        var root = _zip!.GetEntry(file);
        if (root is not null) return root;
        var nested = _zip.Entries.Where(e => e.Name == file).Take(2).ToArray();
        return nested.Length == 1 ? nested[0] : null;
    }

    public void Dispose() => _zip?.Dispose();
}

namespace Rutland.Access.Transit.Modelled;

/// <summary>One GTFS file to write: its name, header and rows, in the order they are to appear.</summary>
public sealed record GtfsTable(string FileName, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

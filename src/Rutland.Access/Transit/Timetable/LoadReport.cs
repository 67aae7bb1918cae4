using System.Collections.Immutable;

namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// What a reader left out of, or filled into, the model and how often — so nothing is dropped silently.
/// Keys are human-readable descriptions (the readers expose them as constants); missing keys count zero.
/// </summary>
public sealed record LoadReport(ImmutableSortedDictionary<string, int> Counts)
{
    public static LoadReport Empty { get; } = new(ImmutableSortedDictionary<string, int>.Empty);

    public int this[string key] => Counts.GetValueOrDefault(key);

    public LoadReport Add(string key, int count = 1) =>
        count == 0 ? this : new(Counts.SetItem(key, this[key] + count));

    public override string ToString() =>
        Counts.Count == 0 ? "nothing skipped" : string.Join("; ", Counts.Select(c => $"{c.Key}: {c.Value}"));
}

using System.Collections.Concurrent;
using System.Text.Json;

namespace Rutland.Access.Analysis;

/// <summary>
/// Equity analyses by their question (PT query, thresholds, origins, assumption level), computed once and shared by the
/// report, the LSOA and ward layers, their GeoPackage, OGC and tile forms: over the population surface one analysis is
/// a PT matrix from every populated cell, seconds of work that every layer would otherwise repeat. A computation runs
/// to the end even when the request that started it goes away, so the next caller finds it; the caller itself stops
/// waiting as soon as it is cancelled. A failed computation is forgotten. At most <see cref="Capacity"/> are kept.
/// </summary>
public sealed class EquityResultCache
{
    /// <summary>Distinct questions kept: the default window, its walkers and levels, and a few others (~2 MB each).</summary>
    public const int Capacity = 16;

    private readonly ConcurrentDictionary<string, Lazy<Task<EquityAnalysis.Result>>> _results = new();
    private readonly ConcurrentQueue<string> _order = new();

    public EquityAnalysis.Result GetOrCompute(object question, Func<EquityAnalysis.Result> compute, CancellationToken cancellationToken)
    {
        string key = JsonSerializer.Serialize(question);
        var entry = _results.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            return new Lazy<Task<EquityAnalysis.Result>>(() => Task.Run(compute, CancellationToken.None));
        });
        // Oldest question first; the one just asked for is never the one dropped.
        while (_results.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            if (oldest == key) _order.Enqueue(oldest);
            else _results.TryRemove(oldest, out _);
        }
        try
        {
            return entry.Value.WaitAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            _results.TryRemove(new KeyValuePair<string, Lazy<Task<EquityAnalysis.Result>>>(key, entry));
            throw;
        }
    }
}

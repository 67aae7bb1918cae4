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

    private readonly OldestFirstCache<string, Task<EquityAnalysis.Result>> _results = new(Capacity);

    public EquityAnalysis.Result GetOrCompute(object question, Func<EquityAnalysis.Result> compute, CancellationToken cancellationToken)
    {
        string key = JsonSerializer.Serialize(question);
        var computation = _results.GetOrAdd(key, () => Task.Run(compute, CancellationToken.None));
        try
        {
            return computation.WaitAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception) when (computation.IsFaulted)
        {
            _results.Forget(key, computation);
            throw;
        }
    }
}

using System.Diagnostics;
using Rutland.Access.Roads;

namespace Rutland.Access.GraphExport;

/// <summary>Wall time of one whole query (search plus reading every answer off it), warm, in milliseconds.</summary>
public static class QueryTiming
{
    /// <summary>Long enough for tiered JIT to promote the search loop to optimised code before we measure.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);
    public const int MeasuredRuns = 50;

    public static (double MedianMs, double MinMs) Measure(QuerySet set, RoadGraph graph)
    {
        long warmUpStart = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warmUpStart) < WarmUp) set.Solve(graph);
        var ms = new double[MeasuredRuns];
        for (int i = 0; i < MeasuredRuns; i++)
        {
            long start = Stopwatch.GetTimestamp();
            set.Solve(graph);
            ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(ms);
        return (Median(ms), ms[0]);
    }

    /// <summary>The median of sorted values (mean of the middle two for an even count).</summary>
    public static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

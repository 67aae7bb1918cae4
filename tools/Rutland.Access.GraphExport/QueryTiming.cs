using System.Diagnostics;
using Rutland.Access.Roads;

namespace Rutland.Access.GraphExport;

/// <summary>Wall time of one whole query (search plus reading every answer off it), warm, in milliseconds.</summary>
public static class QueryTiming
{
    /// <summary>Long enough for tiered JIT to promote the search loop to optimised code before we measure.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);
    public const int MeasuredRuns = 50;

    /// <summary>The measured runs' times in run order.</summary>
    public static double[] Measure(QuerySet set, RoadGraph graph)
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
        return ms;
    }
}

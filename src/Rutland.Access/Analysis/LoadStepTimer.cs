using System.Collections.Concurrent;
using System.Diagnostics;

namespace Rutland.Access.Analysis;

/// <summary>
/// Wall-clock time of each start-up step, so the load report says where the seconds to "ready" go (the API must be
/// ready within 3 s). Steps may run on several threads at once; each is timed on its own thread.
/// </summary>
public sealed class LoadStepTimer
{
    private readonly ConcurrentQueue<(string Step, TimeSpan Elapsed)> _steps = new();

    public T Time<T>(string step, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        _steps.Enqueue((step, clock.Elapsed));
        return result;
    }

    public void Time(string step, Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        _steps.Enqueue((step, clock.Elapsed));
    }

    /// <summary>One note: "start-up steps (ms): manifest 40, car graph 900, ...", in the order the steps finished.</summary>
    public string Summary() =>
        "start-up steps (ms; OSM extract pass, walk graph, transit feeds, walk circuity and transit walking run beside the others): " +
        string.Join(", ", _steps.Select(s => $"{s.Step} {s.Elapsed.TotalMilliseconds:F0}"));
}

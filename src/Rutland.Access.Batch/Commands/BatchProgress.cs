using System.Diagnostics;
using Spectre.Console;

namespace Rutland.Access.Batch.Commands;

/// <summary>
/// Progress on the terminal (Spectre.Console): a spinner per step, a bar per mode and window, then each step's
/// time. Without a terminal (a Slurm or Kubernetes log) Spectre prints plain lines instead.
/// </summary>
public sealed class BatchProgress(IAnsiConsole console)
{
    public T Step<T>(string name, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = console.Status().Start(name, _ => work());
        console.MarkupLineInterpolated($"[green]done[/] {name} ({clock.Elapsed.TotalSeconds:F1} s)");
        return result;
    }

    public void Note(string text) => console.MarkupLineInterpolated($"[grey]{text}[/]");

    /// <summary>Runs <paramref name="work"/>, which reports (step, done, total) as it goes.</summary>
    public T Track<T>(Func<Action<string, int, int>, T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                return work((step, done, total) =>
                {
                    if (!tasks.TryGetValue(step, out var task)) tasks[step] = task = context.AddTask(step, maxValue: Math.Max(total, 1));
                    task.Value = Math.Max(done, total == 0 ? 1 : 0);
                });
            });
        console.MarkupLineInterpolated($"[green]done[/] matrix ({clock.Elapsed.TotalSeconds:F1} s)");
        return result;
    }

    public void Error(string message) => console.MarkupLineInterpolated($"[red]error[/]: {message}");
}

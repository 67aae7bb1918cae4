using Rutland.Access.Data;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// The acceptable outcomes of reading a damaged file, within <see cref="FuzzBudget.PerInputTimeout"/>: a
/// <see cref="DataFileException"/> naming the file, or an answer that agrees with an independent reading of the same
/// bytes (so a reader that silently drops or invents records fails). Inputs that must not be accepted are pinned
/// with <see cref="NamesFile"/>.
/// </summary>
public static class ReaderOutcome
{
    public static void SucceedsOrNamesFile(Action read, string path, string what) =>
        ReadsBackOrNamesFile(() => { read(); return true; }, path, what, _ => { });

    /// <summary>Either the read fails naming the file, or <paramref name="readBack"/> accepts what was read.</summary>
    public static void ReadsBackOrNamesFile<T>(Func<T> read, string path, string what, Action<T> readBack)
    {
        var outcome = Run(read, what);
        if (outcome.Error is { } ex) AssertNamesFile(ex, path, what);
        else readBack(outcome.Value!);
    }

    /// <summary>The read must fail with a <see cref="DataFileException"/> naming the file.</summary>
    public static void NamesFile(Action read, string path, string what)
    {
        var outcome = Run(() => { read(); return true; }, what);
        Assert.True(outcome.Error is not null, $"{what}: accepted, but this input must be rejected");
        AssertNamesFile(outcome.Error!, path, what);
    }

    private static (T? Value, Exception? Error) Run<T>(Func<T> read, string what)
    {
        // A thread of its own (LongRunning), not the pool: with heavy searches of other tests filling the pool, a queued
        // read could wait out the budget before it starts, and be reported as a hang of the reader.
        var task = Task.Factory.StartNew(read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(FuzzBudget.PerInputTimeout))
            Assert.Fail($"{what}: no answer within {FuzzBudget.PerInputTimeout.TotalSeconds} s (hang?)");
        return task.Exception?.InnerException is { } ex ? (default, ex) : (task.Result, null);
    }

    private static void AssertNamesFile(Exception ex, string path, string what)
    {
        if (ex is not DataFileException data)
            Assert.Fail($"{what}: {ex.GetType().Name} instead of DataFileException: {ex.Message}\n{ex.StackTrace}");
        else
            Assert.True(data.FilePath.StartsWith(path, StringComparison.Ordinal) && data.Message.StartsWith(data.FilePath, StringComparison.Ordinal),
                $"{what}: the error does not name '{path}': {data.Message}");
    }
}

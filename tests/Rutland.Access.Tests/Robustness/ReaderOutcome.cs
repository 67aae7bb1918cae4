using Rutland.Access.Data;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// The one acceptable outcome of reading a damaged file: an answer, or a <see cref="DataFileException"/> naming the
/// file, within <see cref="FuzzBudget.PerInputTimeout"/>. Anything else fails with the input's description.
/// </summary>
public static class ReaderOutcome
{
    public static void SucceedsOrNamesFile(Action read, string path, string what)
    {
        var task = Task.Run(read);
        if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(FuzzBudget.PerInputTimeout))
            Assert.Fail($"{what}: no answer within {FuzzBudget.PerInputTimeout.TotalSeconds} s (hang?)");
        if (task.Exception?.InnerException is not { } ex) return;
        if (ex is not DataFileException data)
            Assert.Fail($"{what}: {ex.GetType().Name} instead of DataFileException: {ex.Message}\n{ex.StackTrace}");
        else
            Assert.True(data.FilePath.StartsWith(path, StringComparison.Ordinal) && data.Message.StartsWith(data.FilePath, StringComparison.Ordinal),
                $"{what}: the error does not name '{path}': {data.Message}");
    }
}

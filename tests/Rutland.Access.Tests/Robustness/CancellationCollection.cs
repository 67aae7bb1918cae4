namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// Tests that time how soon cancelled work stops and read the process's CPU time: run alone, after the parallel
/// collections, so other tests' searches neither delay the cancelled one nor count as its CPU.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CancellationCollection
{
    public const string Name = "cancellation";

    /// <summary>The brief's bound: a cancelled request gives its cores back within this.</summary>
    public static readonly TimeSpan FreedWithin = TimeSpan.FromMilliseconds(100);

    /// <summary>How long the work runs before it is cancelled: well into its searches, far from their end.</summary>
    public static readonly TimeSpan CancelAfter = TimeSpan.FromMilliseconds(300);
}

using System.Globalization;

namespace Rutland.Access.Batch.Run;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (0-based) takes a contiguous block of the ordered origins, so
/// concatenating the shards in index order gives the single run's rows in the single run's order.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static readonly Shard Whole = new(0, 1);
    public const string SlurmTaskId = "SLURM_ARRAY_TASK_ID";
    public const string SlurmTaskCount = "SLURM_ARRAY_TASK_COUNT";
    public const string KubernetesIndex = "JOB_COMPLETION_INDEX";

    public bool IsWhole => Count == 1;

    /// <summary>Origins [start, end) of <paramref name="total"/>.</summary>
    public (int Start, int End) Range(int total) => ((int)((long)total * Index / Count), (int)((long)total * (Index + 1) / Count));

    public string Name => $"shard-{Index:D4}-of-{Count:D4}";

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>"i/N" with 0 ≤ i &lt; N.</summary>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            throw new FormatException($"--shard '{text}': expected i/N, e.g. 0/4");
        return Create(i, n, "--shard");
    }

    /// <summary>
    /// The shard a scheduler asked for: a Slurm job array submitted as <c>--array=0-(N-1)</c> (the task id is the shard
    /// index, so a task re-submitted alone with <c>--array=i</c> is still shard i; the count comes from
    /// <paramref name="count"/>, else from the array) or a Kubernetes Indexed Job (<c>JOB_COMPLETION_INDEX</c>, count
    /// given by <paramref name="count"/>, as Kubernetes does not export the completions). Null when neither is set.
    /// </summary>
    public static Shard? FromEnvironment(Func<string, string?> env, int? count)
    {
        if (env(SlurmTaskId) is { } slurmId)
        {
            int id = Integer(slurmId, SlurmTaskId);
            int n = count ?? (env(SlurmTaskCount) is { } c ? Integer(c, SlurmTaskCount)
                : throw new FormatException($"{SlurmTaskId} is set but {SlurmTaskCount} is not: pass --shard-count"));
            return Create(id, n, SlurmTaskId);
        }
        if (env(KubernetesIndex) is { } k8sIndex)
            return Create(Integer(k8sIndex, KubernetesIndex),
                count ?? throw new FormatException($"{KubernetesIndex} is set: pass --shard-count (the Job's completions)"), KubernetesIndex);
        return null;
    }

    private static int Integer(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : throw new FormatException($"{name}='{text}' is not a whole number");

    private static Shard Create(int index, int count, string source)
    {
        if (count < 1) throw new FormatException($"{source}: shard count must be at least 1, not {count}");
        if (index < 0 || index >= count) throw new FormatException($"{source}: shard index {index} is outside 0..{count - 1}");
        return new Shard(index, count);
    }
}

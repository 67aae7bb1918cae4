namespace Rutland.Access.ScaleBench;

/// <summary>Resident memory from /proc (Linux): what the machine actually holds, not what the GC has allocated.</summary>
public static class Memory
{
    public static double RssMb() => StatusKb("VmRSS:") / 1024.0;

    /// <summary>The process's peak resident set (VmHWM).</summary>
    public static double PeakRssMb() => StatusKb("VmHWM:") / 1024.0;

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    private static long StatusKb(string field)
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split(' ')[0]);
        throw new InvalidOperationException($"/proc/self/status has no {field}");
    }
}

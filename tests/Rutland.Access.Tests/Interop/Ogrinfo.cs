using System.ComponentModel;
using System.Diagnostics;

namespace Rutland.Access.Tests.Interop;

/// <summary>
/// GDAL's ogrinfo (Debian gdal-bin), the reader QGIS is built on. A missing ogrinfo fails the test rather than skipping
/// it: CI installs it with tests/interop/install-gdal.sh.
/// </summary>
internal static class Ogrinfo
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<string> Run(params string[] args)
    {
        var start = new ProcessStartInfo("ogrinfo") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-ro");
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("ogrinfo not found: install GDAL with tests/interop/install-gdal.sh (Debian gdal-bin)", ex);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(Timeout);
            await process.WaitForExitAsync(cts.Token);
            string output = await stdout, errors = await stderr;
            if (process.ExitCode != 0 || errors.Contains("ERROR"))
                throw new InvalidOperationException($"ogrinfo {string.Join(' ', args)} exited {process.ExitCode}: {errors}");
            return output;
        }
    }

    /// <summary>The layers of an ogrinfo -al -so report: name → (feature count, field names, report text).</summary>
    public static IReadOnlyDictionary<string, (int Count, IReadOnlySet<string> Fields, string Text)> Layers(string report)
    {
        var result = new Dictionary<string, (int, IReadOnlySet<string>, string)>();
        foreach (var block in report.Split("Layer name: ").Skip(1))
        {
            var lines = block.Split('\n');
            int count = int.Parse(lines.First(l => l.StartsWith("Feature Count: "))["Feature Count: ".Length..]);
            var fields = lines.Where(l => !l.StartsWith(' ') && l.Contains(": ") && l.TrimEnd().EndsWith(')'))
                .Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]).ToHashSet();
            result[lines[0].Trim()] = (count, fields, block);
        }
        return result;
    }
}

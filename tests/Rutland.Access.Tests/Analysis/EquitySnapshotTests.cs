using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Analysis;

/// <summary>
/// The default equity report with its three assumption levels, pinned to the figures main's code produced before the
/// report was made faster (tests/fixtures/equity-snapshot): every level's county, LSOA, ward, quintile figures and flags,
/// the flags' robustness, and a digest of every origin–destination answer (drive and PT) the report and its layers read.
/// A speed-up may change no figure; a deliberate change of method regenerates the files from the new code.
/// </summary>
public class EquitySnapshotTests
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    [Fact]
    public void ThreeLevelReportMatchesThePinnedFigures()
    {
        var query = new PtQuery { Date = RealData.Engine.Transit.DefaultDate!.Value };
        var report = EquityUncertainty.Compute(RealData.Engine, query, new EquityThresholds());
        var differing = new List<string>();
        foreach (var level in report.Levels)
        {
            var name = level.Name.ToString().ToLowerInvariant();
            Compare($"report-{name}.json", JsonSerializer.Serialize(level.Result.Report, Compact), differing);
            Compare($"pairs-{name}.sha256", PairsDigest(level.Result), differing);
        }
        Compare("robustness.json", JsonSerializer.Serialize(report.Flags, Compact), differing);
        Assert.True(differing.Count == 0, $"differ from the pinned figures (actual text beside the build output): {string.Join(", ", differing)}");
    }

    /// <summary>Every pair's answer as the report and its layers read it (the journey itself is not asked for).</summary>
    private static string PairsDigest(EquityAnalysis.Result result)
    {
        var text = new StringBuilder();
        foreach (var d in result.Drive) text.Append(JsonSerializer.Serialize(d, Compact)).Append('\n');
        foreach (var p in result.Pt)
            text.Append(JsonSerializer.Serialize(new { p.From, p.To, p.Minutes, p.Percentiles, p.Reachable, p.ReachableShare, p.Estimated, p.WalkOnly, p.BestJourney, p.Appointment }, Compact)).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Compares with the pinned file; on a difference the actual text is written beside the build output to diff.</summary>
    private static void Compare(string file, string actual, List<string> differing)
    {
        string expected = File.ReadAllText(TestData.Fixture("equity-snapshot", file)).TrimEnd('\n');
        if (expected == actual) return;
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "equity-snapshot-actual-" + file), actual);
        differing.Add(file);
    }
}

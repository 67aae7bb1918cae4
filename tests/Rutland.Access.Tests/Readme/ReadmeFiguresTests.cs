using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rutland.Access.Geo;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Readme;

/// <summary>
/// The README's worked examples come from the engine (issue 13, defect 10): the requests quoted in README.md's curl
/// blocks are sent to the API on the real data, and every figure listed here must read in README.md as the API
/// answers now. `make readme-figures` (README_FIGURES=write) rewrites the README's figures instead of failing.
/// Covered: the Uppingham clinic table, the best-sites paragraph, and the county table of the equity report.
/// </summary>
[Collection(ApiCollection.Name)]
public class ReadmeFiguresTests(ApiFactory factory)
{
    private const string Minus = "\u2212";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ReadmeFiguresAreTheEnginesFigures()
    {
        string path = Path.Combine(RepoRoot(), "README.md");
        string readme = await File.ReadAllTextAsync(path);
        var figures = new List<ReadmeFigure>();
        figures.AddRange(ClinicFigures(await Post(readme, "/api/v1/scenarios/compare", 0)));
        figures.Add(BestSitesFigure(await Post(readme, "/api/v1/scenarios/best-sites", 0), await Post(readme, "/api/v1/scenarios/best-sites", 1)));
        figures.AddRange(CountyFigures(await Get(readme, "/api/v1/equity/report")));

        if (Environment.GetEnvironmentVariable("README_FIGURES") == "write")
        {
            string rewritten = figures.Aggregate(readme, (text, f) => f.Rewrite(text));
            if (rewritten != readme) await File.WriteAllTextAsync(path, rewritten);
            readme = rewritten;
        }
        var differences = figures.SelectMany(f => f.Differences(readme)).ToArray();
        Assert.True(differences.Length == 0,
            "README.md has drifted from the engine (`make readme-figures` rewrites it):\n" + string.Join("\n", differences));
    }

    private static IEnumerable<ReadmeFigure> ClinicFigures(JsonElement compare)
    {
        var baseline = compare.GetProperty("baseline");
        var scenario = compare.GetProperty("scenarios")[0].GetProperty("figures");
        var difference = compare.GetProperty("scenarios")[0].GetProperty("versusBaseline");
        string Row(string label) => $@"^\| {Regex.Escape(label)} \| (?<g0>[^|]+?) \| (?<g1>[^|]+?) \| (?<g2>[^|]+?) \|$";
        JsonElement Within(JsonElement figures, string mode, int minutes) =>
            figures.GetProperty(mode).GetProperty("within").EnumerateArray().Single(w => w.GetProperty("minutes").GetInt32() == minutes);
        string Three(JsonElement w, Func<double, string> format) =>
            $"{format(w.GetProperty("all").GetDouble())} / {format(w.GetProperty("aged65Plus").GetDouble())} / {format(w.GetProperty("mostDeprived").GetDouble())}";
        string ThreeChange(string mode, int minutes)
        {
            var (b, s) = (Within(baseline, mode, minutes), Within(scenario, mode, minutes));
            return string.Join(" / ", new[] { "all", "aged65Plus", "mostDeprived" }.Select(k => SignedCount(s.GetProperty(k).GetDouble() - b.GetProperty(k).GetDouble())));
        }
        string MeanMedian(JsonElement f, string mode) => $"{Minutes(f.GetProperty(mode).GetProperty("meanMinutes").GetDouble())} / {Minutes(f.GetProperty(mode).GetProperty("medianMinutes").GetDouble())}";
        string MeanMedianChange(string mode) => $"{SignedMinutes(difference.GetProperty(mode).GetProperty("meanMinutes").GetDouble())} / {SignedMinutes(difference.GetProperty(mode).GetProperty("medianMinutes").GetDouble())}";
        string CountShare(JsonElement w) => $"{Count(w.GetProperty("all").GetDouble())} ({Percent(w.GetProperty("share").GetDouble())})";
        string NoTime(JsonElement f) => $"{Count(f.GetProperty("pt").GetProperty("residentsWithoutTime").GetDouble())} ({Percent(f.GetProperty("pt").GetProperty("shareWithoutTime").GetDouble())})";
        int lost = difference.GetProperty("flagsLost").GetArrayLength(), gained = difference.GetProperty("flagsGained").GetArrayLength();

        yield return new("clinic: drive within 15", Row("drive: within 15 min (all / 65+ / most deprived)"),
            Three(Within(baseline, "drive", 15), Count), Three(Within(scenario, "drive", 15), Count), ThreeChange("drive", 15));
        yield return new("clinic: drive mean/median", Row("drive: mean / median minutes"),
            MeanMedian(baseline, "drive"), MeanMedian(scenario, "drive"), MeanMedianChange("drive"));
        yield return new("clinic: PT within 15", Row("PT: within 15 min (all / 65+ / most deprived)"),
            Three(Within(baseline, "pt", 15), Count), Three(Within(scenario, "pt", 15), Count), ThreeChange("pt", 15));
        yield return new("clinic: PT within 60", Row("PT: within 60 min (all)"),
            CountShare(Within(baseline, "pt", 60)), CountShare(Within(scenario, "pt", 60)),
            SignedCount(Within(scenario, "pt", 60).GetProperty("all").GetDouble() - Within(baseline, "pt", 60).GetProperty("all").GetDouble()));
        yield return new("clinic: no PT time", Row("PT: no PT time (all)"), NoTime(baseline), NoTime(scenario),
            SignedCount(difference.GetProperty("pt").GetProperty("residentsWithoutTime").GetDouble()));
        yield return new("clinic: PT mean/median", Row("PT: mean / median minutes (everyone, no time = 180)"),
            MeanMedian(baseline, "pt"), MeanMedian(scenario, "pt"), MeanMedianChange("pt"));
        yield return new("clinic: equity flags", Row("equity flags"),
            baseline.GetProperty("flags").GetArrayLength().ToString(CultureInfo.InvariantCulture),
            scenario.GetProperty("flags").GetArrayLength().ToString(CultureInfo.InvariantCulture),
            $"{(lost == 0 ? "none" : lost.ToString(CultureInfo.InvariantCulture))} lost, {(gained == 0 ? "none" : gained.ToString(CultureInfo.InvariantCulture))} gained");
    }

    private static ReadmeFigure BestSitesFigure(JsonElement candidates, JsonElement grid)
    {
        var ranked = candidates.GetProperty("result").GetProperty("ranked").EnumerateArray().ToArray();
        string Saved(JsonElement c) => Count(c.GetProperty("personMinutesSaved").GetDouble());
        var first = ranked[0];
        var best = grid.GetProperty("result").GetProperty("chosen")[0];
        LatLon Location(JsonElement c) => new(c.GetProperty("site").GetProperty("location").GetProperty("lat").GetDouble(),
            c.GetProperty("site").GetProperty("location").GetProperty("lon").GetDouble());
        var (from, to) = (Location(first), Location(best));
        double km = GreatCircle.DistanceMeters(from, to) / 1000;
        double shortfall = 1 - first.GetProperty("personMinutesSaved").GetDouble() / best.GetProperty("personMinutesSaved").GetDouble();
        return new("best sites",
            @"This ranks (?<g0>\w+) first \((?<g1>[\d,]+) person-minutes of driving saved; (?<g2>[^)]+)\); a 500 m\s+grid over the county puts " +
            @"the single best site (?<g3>[\d.]+ km [\w-]+) of the town centre \((?<g4>[\d,]+)\), so the town is within (?<g5>[\d.]+%)\s+of the best",
            first.GetProperty("site").GetProperty("id").GetString()!, Saved(first),
            string.Join(", ", ranked.Skip(1).Select(c => $"{c.GetProperty("site").GetProperty("id").GetString()} {Saved(c)}")),
            $"{km.ToString("0.0", CultureInfo.InvariantCulture)} km {Compass(from, to)}", Saved(best),
            $"{(shortfall * 100).ToString("0.0", CultureInfo.InvariantCulture)}%");
    }

    private static IEnumerable<ReadmeFigure> CountyFigures(JsonElement report)
    {
        var county = report.GetProperty("county");
        string Row(string label) => $@"^\| {label} \| (?<g1>[^|]+?) \| (?<g2>[^|]+?) \| (?<g3>[^|]+?) \| (?<g4>[^|]+?) \| (?<g5>[^|]+?) \| (?<g6>[^|]+?) \|$";
        string[] Values(JsonElement summary) =>
        [
            .. summary.GetProperty("within").EnumerateArray().Select(w => $"{Count(w.GetProperty("residents").GetDouble())} ({Percent(w.GetProperty("share").GetDouble())})"),
            summary.GetProperty("residentsWithoutTime").GetDouble() is var none && Math.Round(none) == 0 ? "0"
                : $"{Count(none)} ({Percent(summary.GetProperty("shareWithoutTime").GetDouble())})",
            $"{Minutes(summary.GetProperty("meanMinutes").GetDouble())} / {Minutes(summary.GetProperty("medianMinutes").GetDouble())} min",
        ];
        // g0 is unused in the first two rows; the 65+ row quotes its residents there.
        yield return new("equity county: drive", Row("drive(?<g0>)"), ["", .. Values(county.GetProperty("driveToNearest"))]);
        yield return new("equity county: PT", Row("PT(?<g0>)"), ["", .. Values(county.GetProperty("ptToNearest"))]);
        yield return new("equity county: PT 65+", Row(@"PT, aged 65\+ \((?<g0>[\d,]+)\)"),
            [Count(county.GetProperty("aged65Plus").GetDouble()), .. Values(county.GetProperty("ptToNearestAged65Plus"))]);
    }

    /// <summary>The body of the README's <paramref name="index"/>th curl POST to <paramref name="path"/>, sent to the API.</summary>
    private async Task<JsonElement> Post(string readme, string path, int index)
    {
        var bodies = Regex.Matches(readme, $@"curl -s -X POST localhost:5080{Regex.Escape(path)} -H '[^']*' -d '(?<body>[^']*)'");
        Assert.True(bodies.Count > index, $"README.md quotes no curl POST #{index + 1} to {path}");
        var content = new StringContent(bodies[index].Groups["body"].Value, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await _client.PostAsync(path, content);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The README's quoted GET of <paramref name="path"/> (query included), sent to the API.</summary>
    private async Task<JsonElement> Get(string readme, string path)
    {
        var quoted = Regex.Match(readme, $@"curl '?http://127\.0\.0\.1:5080(?<url>{Regex.Escape(path)}[^'\s`]*)");
        Assert.True(quoted.Success, $"README.md quotes no curl GET of {path}");
        return JsonDocument.Parse(await _client.GetStringAsync(quoted.Groups["url"].Value)).RootElement;
    }

    private static string Count(double v) => Math.Round(v).ToString("#,0", CultureInfo.InvariantCulture);
    private static string Minutes(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);
    private static string Percent(double share) => (Math.Round(share * 100, 1)).ToString("0.#", CultureInfo.InvariantCulture) + "%";
    private static string SignedCount(double v) => Math.Round(v) switch { 0 => "0", > 0 => "+" + Count(v), _ => Minus + Count(-v) };
    private static string SignedMinutes(double v) => Math.Round(v, 1) switch { 0 => "0", > 0 => "+" + Minutes(v), _ => Minus + Minutes(-v) };

    /// <summary>The eight-point compass direction from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static string Compass(LatLon from, LatLon to)
    {
        double dy = to.Lat - from.Lat, dx = (to.Lon - from.Lon) * Math.Cos(from.Lat * Math.PI / 180);
        double bearing = (Math.Atan2(dx, dy) * 180 / Math.PI + 360) % 360;
        string[] points = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"];
        return points[(int)Math.Round(bearing / 45) % 8];
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rutland.Access.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Rutland.Access.sln not found above the test binaries");
    }
}

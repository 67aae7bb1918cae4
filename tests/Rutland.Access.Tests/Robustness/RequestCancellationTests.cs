using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rutland.Access.Analysis;
using Rutland.Access.Places;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Planning;
using Xunit.Abstractions;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// A request that its client abandons, or that outlives the request timeout, stops computing: its pipeline returns
/// soon after the cancellation, long before the whole answer would be done, and the request threads fall idle.
/// The timed-out one still answers a 503 problem.
/// </summary>
[Collection(CancellationCollection.Name)]
public class RequestCancellationTests(CancellationApiFactory factory, ITestOutputHelper output) : IClassFixture<CancellationApiFactory>
{
    /// <summary>
    /// CPU the request threads may spend in <see cref="IdleWindow"/> after a cancelled request ended: a tenth of one
    /// core, where the search, had it run on, would keep one to two cores busy for seconds.
    /// </summary>
    private static readonly TimeSpan IdleCpu = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(1);

    private static readonly int ArriveBySeconds = 13 * 3600;

    /// <summary>The heavy question computed to the end once, outside any request: how long it takes (with what is built
    /// only once), for comparison.</summary>
    private static Lazy<(TimeSpan Wall, TimeSpan Cpu)>? _whole;

    private AccessEngine Engine => factory.Services.GetRequiredService<AccessEngine>();

    /// <summary>Every place once: the API answers each distinct origin once, so naming one twice adds no work.</summary>
    private string[] Origins() => [.. Engine.Places.Select(p => p.Id)];

    /// <summary>Travel times with appointments and journeys over the longest window, the longest walks and the most changes from <see cref="Origins"/>: about a quarter to a third of a second of work on two cores.</summary>
    private string Heavy()
    {
        var arriveBy = Engine.Transit.DefaultDate!.Value.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(ArriveBySeconds)));
        return $"/api/v1/travel-times?mode=pt&from={string.Join(',', Origins())}&arriveBy={arriveBy:yyyy-MM-ddTHH:mm}&appointmentMinutes=30" +
               $"&window={PtDefaults.MaxWindowMinutes}&legs=true&maxWalkMeters={WalkingRules.MaxWalkMetersLimit}&maxTransfers={PtDefaults.MaxTransfersLimit}";
    }

    /// <summary>
    /// The same question through the engine, to the end, timed the second time: the first builds what is built once,
    /// shared and never cancelled (the date's network, the on-demand car times), and lets the runtime finish compiling the
    /// hot code, so neither counts against a cancelled request nor makes the question look heavier than it is.
    /// </summary>
    private (TimeSpan Wall, TimeSpan Cpu) Whole()
    {
        var whole = LazyInitializer.EnsureInitialized(ref _whole, () => new(() =>
        {
            var places = Origins().Select(id => Engine.FindPlace(id)!).ToArray();
            var query = new PtQuery
            {
                Date = Engine.Transit.DefaultDate!.Value, WindowStartSeconds = ArriveBySeconds - PtDefaults.MaxWindowMinutes * 60,
                WindowEndSeconds = ArriveBySeconds, ArriveBySeconds = ArriveBySeconds, AppointmentMinutes = 30, IncludeLegs = true,
                MaxWalkMeters = WalkingRules.MaxWalkMetersLimit, MaxTransfers = PtDefaults.MaxTransfersLimit,
            };
            Engine.PtTimes(places, Engine.Destinations, query);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            Engine.PtTimes(places, Engine.Destinations, query);
            return (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        })).Value;
        output.WriteLine($"the whole answer: {whole.Wall.TotalMilliseconds:F0} ms, {whole.Cpu.TotalMilliseconds:F0} ms of CPU");
        return whole;
    }

    private static HttpRequestMessage Tagged(string url, out string id)
    {
        id = Guid.NewGuid().ToString("N");
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(CancellationApiFactory.RequestIdHeader, id);
        // The output cache varies by Accept-Encoding: a value of its own makes the answer computed, never replayed.
        request.Headers.TryAddWithoutValidation("Accept-Encoding", $"identity;q=0.{Random.Shared.Next(100, 999)}");
        return request;
    }

    /// <summary>The request threads' CPU over <see cref="IdleWindow"/>, now that the request has ended.</summary>
    private async Task AssertIdle()
    {
        var before = RequestThreadsCpu();
        await Task.Delay(IdleWindow);
        var cpu = RequestThreadsCpu() - before;
        output.WriteLine($"request threads' CPU in the {IdleWindow.TotalMilliseconds} ms after: {cpu.TotalMilliseconds:F0} ms");
        Assert.True(cpu < IdleCpu, $"the request threads spent {cpu.TotalMilliseconds:F0} ms of CPU in {IdleWindow.TotalMilliseconds} ms after the request ended");
    }

    /// <summary>
    /// CPU time of the thread pool's workers, where requests and their parallel searches run; on Linux read per thread
    /// from /proc, leaving out the runtime's own threads (its tiered compiler recompiles the hot code for a second after
    /// a burst). Elsewhere the whole process's, a stricter measure.
    /// </summary>
    private static TimeSpan RequestThreadsCpu()
    {
        if (!OperatingSystem.IsLinux()) return Process.GetCurrentProcess().TotalProcessorTime;
        const string Worker = ".NET TP Worker";
        long ticks = 0;
        foreach (string thread in Directory.EnumerateDirectories("/proc/self/task"))
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(thread, "stat"));
            }
            catch (IOException)
            {
                continue; // the thread ended meanwhile
            }
            // "tid (name) state ...": utime and stime are the 12th and 13th fields after the name.
            int open = stat.IndexOf('('), close = stat.LastIndexOf(')');
            if (stat[(open + 1)..close] != Worker) continue;
            var fields = stat[(close + 2)..].Split(' ');
            ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    /// <summary>USER_HZ, the unit of /proc's CPU times: 100 on every Linux architecture .NET runs on.</summary>
    private const int ClockTicksPerSecond = 100;

    [Fact]
    public async Task AbandonedRequestStopsComputingWithin100Ms()
    {
        var whole = Whole();
        // A quarter of the way into the question, wherever that falls on this machine: searches have started and most
        // remain (a fixed delay would fall after the end of a question that faster code or hardware answers sooner).
        var cancelAfter = whole.Wall / 4;
        using var client = factory.CreateClient();
        // The process's first abandoned request pays once for the runtime's exception and abort paths (tens of ms when
        // this test runs alone); abandon one first so the timed one measures the request, not that.
        using (var warm = Tagged(Heavy(), out string warmId))
        using (var warmCts = new CancellationTokenSource(cancelAfter))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(warm, warmCts.Token));
            await factory.Ended(warmId).WaitAsync(TimeSpan.FromMinutes(1));
        }

        using var request = Tagged(Heavy(), out string id);
        using var cts = new CancellationTokenSource(cancelAfter);
        long cancelled = 0;
        cts.Token.Register(() => cancelled = Stopwatch.GetTimestamp());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(request, cts.Token));
        var run = await factory.Ended(id).WaitAsync(TimeSpan.FromMinutes(1));

        var latency = Stopwatch.GetElapsedTime(cancelled, run.Ended);
        output.WriteLine($"abandoned after {cancelAfter.TotalMilliseconds:F0} ms; the request ended " +
                         $"{latency.TotalMilliseconds:F1} ms later with {run.StatusCode}");
        // A pipeline that ignored the cancellation would end about (whole - cancelAfter) after it: that must miss the
        // bound by half as much again, or the test could not tell the two apart.
        Assert.True(whole.Wall - cancelAfter > 1.5 * CancellationCollection.FreedWithin,
            $"the question ({whole.Wall.TotalMilliseconds:F0} ms) is too small to be cancelled in the middle");
        Assert.Equal(StatusCodes.Status499ClientClosedRequest, run.StatusCode);
        Assert.True(latency < CancellationCollection.FreedWithin, $"the request ended {latency.TotalMilliseconds:F0} ms after its client gave up");
        await AssertIdle();
    }
}

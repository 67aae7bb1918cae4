using System.Diagnostics;
using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Isochrones;
using Rutland.Access.Places;
using Rutland.Access.Roads;
using Rutland.Access.Routing;
using Rutland.Access.Scenarios;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Raptor;
using Xunit.Abstractions;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// Cancelled work stops: the searches behind public-transport matrices and isochrones throw
/// <see cref="OperationCanceledException"/> soon after their token is cancelled, and a live token changes nothing.
/// </summary>
[Collection(CancellationCollection.Name)]
public class CancellationTests(ITestOutputHelper output)
{
    private static readonly LatLon Oakham = new(52.6702, -0.7268);

    private static AccessEngine Engine => RealData.Engine;

    private static DateOnly Date => Engine.Transit.DefaultDate!.Value;

    private static readonly CancellationToken Cancelled = new(canceled: true);

    /// <summary>
    /// An appointment question over the longest window with journeys drawn, from every place five times over: seconds
    /// of work on two cores, with every part that takes the token (access and egress on demand, the journeys home,
    /// the range searches, the journeys) in play.
    /// </summary>
    private static (PtPoint[] Origins, PtPoint[] Destinations, PtQuery Query) Expensive()
    {
        var origins = Enumerable.Range(0, 5).SelectMany(copy => Engine.Places.Select(p => new PtPoint($"{p.Id}#{copy}", p.Location))).ToArray();
        var destinations = Engine.Destinations.Select(d => new PtPoint(d.Id, d.Location)).ToArray();
        int arriveBy = 13 * 3600;
        var query = new PtQuery
        {
            Date = Date, WindowStartSeconds = arriveBy - PtDefaults.MaxWindowMinutes * 60, WindowEndSeconds = arriveBy,
            ArriveBySeconds = arriveBy, AppointmentMinutes = 30, IncludeLegs = true,
        };
        return (origins, destinations, query);
    }

    [Fact]
    public async Task PtMatrixThrowsWithin100MsOfCancelling()
    {
        var (origins, destinations, query) = Expensive();
        // The date's network and the on-demand car times are built once and shared, never cancelled: build them first.
        PtMatrix.Compute(Engine.Transit, [.. origins.Take(Engine.Places.Count)], destinations,
            query with { WindowStartSeconds = query.WindowEndSeconds - 60 });

        await AssertStopsSoonAfterCancelling("the matrix", token => PtMatrix.Compute(Engine.Transit, origins, destinations, query, token));
    }

    /// <summary>
    /// Runs <paramref name="work"/>, cancels it <see cref="CancellationCollection.CancelAfter"/> in (it must still be
    /// running), and asserts it throws <see cref="OperationCanceledException"/> within <see cref="CancellationCollection.FreedWithin"/>.
    /// </summary>
    private async Task AssertStopsSoonAfterCancelling(string what, Func<CancellationToken, object> work)
    {
        using var cts = new CancellationTokenSource();
        long ended = 0;
        var started = Stopwatch.StartNew();
        var running = Task.Run(() =>
        {
            try
            {
                return work(cts.Token);
            }
            finally
            {
                ended = Stopwatch.GetTimestamp();
            }
        });
        await Task.Delay(CancellationCollection.CancelAfter);
        Assert.False(running.IsCompleted, $"{what} ended after {started.ElapsedMilliseconds} ms, before it could be cancelled: make it larger");
        long cancelled = Stopwatch.GetTimestamp();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        var latency = Stopwatch.GetElapsedTime(cancelled, ended);
        output.WriteLine($"{what}: cancelled after {CancellationCollection.CancelAfter.TotalMilliseconds} ms; stopped {latency.TotalMilliseconds:F1} ms later");
        Assert.True(latency < CancellationCollection.FreedWithin, $"{what} stopped {latency.TotalMilliseconds:F0} ms after it was cancelled");
    }

    [Fact]
    public void EverySearchThrowsOnACancelledToken()
    {
        var (_, destinations, query) = Expensive();
        Assert.ThrowsAny<OperationCanceledException>(() => PtMatrix.Compute(Engine.Transit, [new PtPoint("oakham", Oakham)], destinations, query, Cancelled));

        var day = Engine.Transit.Network(Date);
        var access = Engine.Transit.Walking.FromOrigin(Oakham, query.MaxWalkMeters, query.WalkSpeedKmh, []).Stops;
        Assert.NotEmpty(access);
        var request = query.Request([.. access.Select(l => new StopAccess(l.Stop, l.Seconds))], StopTargets.Every(day.Network.StopCount),
            query.WindowStartSeconds, query.WindowEndSeconds);
        Assert.ThrowsAny<OperationCanceledException>(() => day.Router.Search(request, Cancelled));

        var flex = Engine.Transit.Flex(Date);
        Assert.NotNull(flex);
        Assert.ThrowsAny<OperationCanceledException>(() => flex.Access(access, Cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => flex.Egress(access, Cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => flex.Direct(access, access, Cancelled));

        var snap = Engine.Car.Snap(Oakham, SnapPolicy.MaxSnapMeters)!.Value;
        Assert.True(Engine.Car.Graph.NodeCount > Dijkstra.NodesPerCancellationCheck);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Dijkstra.Run(Engine.Car.Graph, Engine.Car.SourcesAt(snap, SearchDirection.Forward), SearchDirection.Forward, cancellationToken: Cancelled));
    }

    /// <summary>Ten scenarios that each re-time a route: ten timetables, each searched from every surface cell (seconds of work).</summary>
    private static Scenario[] RetimedRoutes() =>
        [.. new[] { "R1", "RZ1", "R5", "747", "R9", "201", "R1", "R5", "747", "R9" }
            .Select((route, i) => new Scenario($"retime-{i}", [new AdjustRouteService(route, HeadwayMinutes: 20 + i)]))];

    [Fact]
    public async Task ScenarioComparisonThrowsWithin100MsOfCancelling()
    {
        var planner = new ScenarioPlanner(Engine);
        Assert.ThrowsAny<OperationCanceledException>(() => planner.Compare(RetimedRoutes(), cancellationToken: Cancelled));
        // Each assumption level's timetable and its detour-varied drive searches are built once and shared, never
        // cancelled: build them first, with a comparison that changes no timetable.
        ScenarioUncertainty.Compare(planner, [new Scenario("nothing", [])], null, null);

        await AssertStopsSoonAfterCancelling("the comparison",
            token => ScenarioUncertainty.Compare(planner, RetimedRoutes(), null, null, cancellationToken: token));
        // Nothing half-made was kept: the same comparison then answers in full.
        Assert.Equal(10, planner.Compare(RetimedRoutes()).Scenarios.Count);
    }

    [Fact]
    public void BestSitesThrowOnACancelledToken()
    {
        var planner = new ScenarioPlanner(Engine);
        var grid = SiteGrid.Over(Engine.Equity.Lsoa11Boundaries, 1000);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            BestSiteSearch.Run(planner, grid, 1, SiteObjective.MinimiseMeanDrive, cancellationToken: Cancelled));
    }

    [Theory]
    [InlineData("drive")]
    [InlineData("walk")]
    [InlineData("pt")]
    public void CancelledIsochroneThrowsAndIsNotCached(string modeName)
    {
        var mode = ModeRegistry.Get(modeName);
        // A cutoff no other test asks for, so the cache starts without this key.
        var request = new IsochroneRequest([Oakham], mode, [mode == ModeRegistry.Walk ? 37 : 83], false)
        {
            Transit = mode == ModeRegistry.Pt ? new PtIsochroneOptions(new PtQuery { Date = Date }, 50) : null,
        };
        Assert.ThrowsAny<OperationCanceledException>(() => Engine.Isochrones.Get(request, Cancelled));
        var answer = Engine.Isochrones.Get(request);
        Assert.True(Assert.Single(answer.Isochrones).AreaKm2 > 0);
    }

    [Fact]
    public async Task AnotherRequestsCancellationDoesNotFailAnIdenticalOne()
    {
        // Fifty villages over the longest window: one search long enough for the second request to wait on the first.
        var locations = Engine.Places.Where(p => p.Type == PlaceType.Village).Take(IsochroneParameters.MaxLocations).Select(p => p.Location).ToArray();
        var request = new IsochroneRequest(locations, ModeRegistry.Pt, [91], false)
        {
            Transit = new PtIsochroneOptions(new PtQuery
            {
                Date = Date, WindowStartSeconds = 6 * 3600, WindowEndSeconds = 6 * 3600 + PtDefaults.MaxWindowMinutes * 60,
            }, 50),
        };
        using var cts = new CancellationTokenSource();
        var first = Task.Run(() => Engine.Isochrones.Get(request, cts.Token));
        await Task.Delay(TimeSpan.FromMilliseconds(20));
        var second = Task.Run(() => Engine.Isochrones.Get(request));
        await Task.Delay(TimeSpan.FromMilliseconds(20));
        cts.Cancel();

        var answer = await second;
        Assert.True(Assert.Single(answer.Isochrones).AreaKm2 > 0);
        // The first either finished before the cancellation or stopped because of it; never anything else.
        try
        {
            await first;
        }
        catch (OperationCanceledException e)
        {
            Assert.Equal(cts.Token, e.CancellationToken);
        }
    }

    [Fact]
    public void ALiveTokenChangesNoAnswer()
    {
        var origins = Engine.Places.Take(12).Select(p => new PtPoint(p.Id, p.Location)).ToArray();
        var destinations = Engine.Destinations.Select(d => new PtPoint(d.Id, d.Location)).ToArray();
        var query = new PtQuery { Date = Date, IncludeLegs = true };
        using var cts = new CancellationTokenSource();
        var without = PtMatrix.Compute(Engine.Transit, origins, destinations, query);
        var with = PtMatrix.Compute(Engine.Transit, origins, destinations, query, cts.Token);
        Assert.Equal(without.Select(r => (r.From, r.To, r.Minutes, r.ReachableShare, r.BestJourney?.Arrival)),
            with.Select(r => (r.From, r.To, r.Minutes, r.ReachableShare, r.BestJourney?.Arrival)));
    }
}

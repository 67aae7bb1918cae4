using System.Reflection;
using Rutland.Access.Isochrones;
using Rutland.Access.Routing;

namespace Rutland.Access.Tests.Isochrones;

/// <summary>
/// The public-transport isochrone cache key names every query parameter that changes the answer (issue 13: it once
/// omitted MinTransferSeconds, so a request with a different transfer slack got another's cached polygons).
/// </summary>
public class PtIsochroneKeyTests
{
    /// <summary>What a PT isochrone never reads: it takes one percentile of its own, departs over the window, and draws no legs.</summary>
    private static readonly string[] NotReadByIsochrones =
        [nameof(PtQuery.Percentiles), nameof(PtQuery.ArriveBySeconds), nameof(PtQuery.AppointmentMinutes), nameof(PtQuery.IncludeLegs)];

    private static readonly PtQuery Base = new() { Date = new DateOnly(2025, 9, 2) };

    public static TheoryData<string> QueryFields()
    {
        var data = new TheoryData<string>();
        foreach (var p in typeof(PtQuery).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            if (!NotReadByIsochrones.Contains(p.Name)) data.Add(p.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(QueryFields))]
    public void EveryFieldAnIsochroneReadsChangesTheKey(string field)
    {
        var property = typeof(PtQuery).GetProperty(field)!;
        // A record's copy, then the one field changed through its init accessor.
        var changed = (PtQuery)typeof(PtQuery).GetMethod("<Clone>$")!.Invoke(Base, null)!;
        property.SetValue(changed, Different(property.PropertyType, property.GetValue(Base)));
        Assert.NotEqual(new PtIsochroneOptions(Base, 50).Key, new PtIsochroneOptions(changed, 50).Key);
    }

    [Fact]
    public void ThePercentileChangesTheKey() =>
        Assert.NotEqual(new PtIsochroneOptions(Base, 50).Key, new PtIsochroneOptions(Base, 25).Key);

    [Fact]
    public void MinTransferSecondsUnsetAndZeroAreDifferentKeys() =>
        Assert.NotEqual(new PtIsochroneOptions(Base, 50).Key, new PtIsochroneOptions(Base with { MinTransferSeconds = 0 }, 50).Key);

    /// <summary>Another value of the field's type; a type not listed here fails the test until it is (and the key names it).</summary>
    private static object Different(Type type, object? value) => (type, value) switch
    {
        (_, null) when Nullable.GetUnderlyingType(type) == typeof(int) => 1,
        (_, null) when Nullable.GetUnderlyingType(type) == typeof(double) => 1.0,
        (_, int i) => i + 1,
        (_, double d) => d + 1,
        (_, DateOnly date) => date.AddDays(1),
        (_, bool b) => !b,
        (_, Rutland.Access.Routing.PtModes m) => m == Rutland.Access.Routing.PtModes.All ? Rutland.Access.Routing.PtModes.Bus : Rutland.Access.Routing.PtModes.All,
        _ => throw new NotSupportedException($"PtQuery.{type.Name}: say how to vary this type here, and put the field in PtIsochroneOptions.Key"),
    };
}

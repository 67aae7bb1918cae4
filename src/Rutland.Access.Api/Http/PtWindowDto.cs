using Rutland.Access.Routing;

namespace Rutland.Access.Api.Http;

/// <summary>The departure window a public-transport answer covers, as local times on its service date.</summary>
public sealed record PtWindowDto(DateOnly ServiceDate, DateTime Start, DateTime End, int Minutes, int MaxTransfers, double MaxWalkMeters,
    double WalkSpeedKmh)
{
    public static PtWindowDto Of(PtQuery q)
    {
        var midnight = q.Date.ToDateTime(TimeOnly.MinValue);
        return new(q.Date, midnight.AddSeconds(q.WindowStartSeconds), midnight.AddSeconds(q.WindowEndSeconds), q.WindowMinutes,
            q.MaxTransfers, q.MaxWalkMeters, q.WalkSpeedKmh);
    }
}

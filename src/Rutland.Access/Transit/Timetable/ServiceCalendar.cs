using System.Collections.Immutable;

namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// Which services run on which dates: weekly patterns (calendar.txt) adjusted by single-date additions and removals
/// (calendar_dates.txt). A service may be defined by exceptions alone.
/// </summary>
public sealed class ServiceCalendar
{
    private readonly ImmutableDictionary<string, WeeklyService> _weekly;
    private readonly ImmutableDictionary<(string ServiceId, DateOnly Date), bool> _exceptions;

    public ImmutableArray<WeeklyService> WeeklyServices { get; }
    public ImmutableArray<ServiceException> Exceptions { get; }
    /// <summary>Every service id defined by either a weekly pattern or an exception, in ordinal order.</summary>
    public ImmutableSortedSet<string> ServiceIds { get; }

    /// <summary>Throws <see cref="ArgumentException"/> on a repeated weekly service or a repeated (service, date) exception; readers check first to report the file line.</summary>
    public ServiceCalendar(IEnumerable<WeeklyService> weekly, IEnumerable<ServiceException> exceptions)
    {
        WeeklyServices = weekly.ToImmutableArray();
        Exceptions = exceptions.ToImmutableArray();
        _weekly = WeeklyServices.ToImmutableDictionary(w => w.ServiceId, StringComparer.Ordinal);
        _exceptions = Exceptions.ToImmutableDictionary(e => (e.ServiceId, e.Date), e => e.Added);
        ServiceIds = WeeklyServices.Select(w => w.ServiceId)
            .Concat(Exceptions.Select(e => e.ServiceId))
            .ToImmutableSortedSet(StringComparer.Ordinal);
    }

    public bool Defines(string serviceId) => ServiceIds.Contains(serviceId);

    public bool IsActive(string serviceId, DateOnly date)
    {
        if (_exceptions.TryGetValue((serviceId, date), out bool added)) return added;
        return _weekly.TryGetValue(serviceId, out var weekly) && weekly.Covers(date);
    }

    /// <summary>Every date the service runs, ascending.</summary>
    public IEnumerable<DateOnly> ActiveDates(string serviceId)
    {
        var candidates = new SortedSet<DateOnly>(
            Exceptions.Where(e => e.ServiceId == serviceId && e.Added).Select(e => e.Date));
        if (_weekly.TryGetValue(serviceId, out var weekly))
        {
            for (var d = weekly.StartDate; d <= weekly.EndDate; d = d.AddDays(1))
                candidates.Add(d);
        }
        return candidates.Where(d => IsActive(serviceId, d));
    }

    /// <summary>This calendar with every service id rewritten (used to namespace merged feeds).</summary>
    public ServiceCalendar WithServiceIds(Func<string, string> rename) => new(
        WeeklyServices.Select(w => w with { ServiceId = rename(w.ServiceId) }),
        Exceptions.Select(e => e with { ServiceId = rename(e.ServiceId) }));
}

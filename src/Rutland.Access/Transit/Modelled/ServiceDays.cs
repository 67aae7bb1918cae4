using System.Text.Json.Serialization;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Modelled;

/// <summary>The day sets the modelled feed runs on; each is one calendar.txt service of the same name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServiceDays>))]
public enum ServiceDays
{
    [JsonStringEnumMemberName("weekdays")] Weekdays,
    [JsonStringEnumMemberName("saturdays")] Saturdays,
    [JsonStringEnumMemberName("sundays")] Sundays,
}

public static class ServiceDaysExtensions
{
    public static string ServiceId(this ServiceDays days) => days switch
    {
        ServiceDays.Weekdays => "weekdays",
        ServiceDays.Saturdays => "saturdays",
        _ => "sundays",
    };

    public static DaysOfWeek Days(this ServiceDays days) => days switch
    {
        ServiceDays.Weekdays => DaysOfWeek.Monday | DaysOfWeek.Tuesday | DaysOfWeek.Wednesday | DaysOfWeek.Thursday | DaysOfWeek.Friday,
        ServiceDays.Saturdays => DaysOfWeek.Saturday,
        _ => DaysOfWeek.Sunday,
    };
}

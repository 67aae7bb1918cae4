namespace Rutland.Access.Transit.Modelled;

/// <summary>An English bank holiday in the feed period: weekday services are removed on it (calendar_dates.txt).</summary>
public sealed record BankHoliday(DateOnly Date, string Name);

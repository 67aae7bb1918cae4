namespace Rutland.Access.Api.Http;

/// <summary>
/// Something a public-transport answer's reader must know to read it right, with a stable <see cref="Code"/>
/// (<see cref="ServiceDates"/> lists them) and the feed it concerns, if one.
/// </summary>
public sealed record PtWarning(string Code, string Message, string? Feed = null);

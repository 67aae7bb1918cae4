namespace Rutland.Access.Api.Http;

/// <summary>
/// Something a public-transport answer's reader must know to read it right, with a stable <see cref="Code"/>
/// (<see cref="ServiceDates"/> lists them) and the feed it concerns, if one.
/// </summary>
public sealed record PtWarning(string Code, string Message, string? Feed = null)
{
    /// <summary>Where CSV answers, which have no room for members, carry their warnings.</summary>
    public const string Header = "X-Warnings";

    /// <summary>"CODE: message" joined by " | ", percent-encoded (header values must be ASCII); null when there are none.</summary>
    public static string? HeaderValue(IReadOnlyList<PtWarning> warnings) =>
        warnings.Count == 0 ? null : Uri.EscapeDataString(string.Join(" | ", warnings.Select(w => $"{w.Code}: {w.Message}")));
}

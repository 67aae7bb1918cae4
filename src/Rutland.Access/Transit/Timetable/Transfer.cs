namespace Rutland.Access.Transit.Timetable;

/// <summary>A stop-to-stop GTFS transfers.txt rule (transfer_type 0–3, optional minimum time in seconds).</summary>
public sealed record Transfer(string FromStopId, string ToStopId, int TransferType, int? MinTransferSeconds);

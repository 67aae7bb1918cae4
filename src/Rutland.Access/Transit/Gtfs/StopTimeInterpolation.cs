using Rutland.Access.Data;
using Rutland.Access.Geo;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Gtfs;

/// <summary>
/// Turns a trip's rows (already in stop_sequence order) into <see cref="StopTime"/>s. GTFS lets intermediate stops
/// leave both times blank, to be interpolated between the surrounding timepoints; the first and last stops must be
/// timed. Blank times are spread in proportion to the straight-line distance between consecutive stops (shape
/// distances are not read), evenly when the stops coincide.
/// </summary>
internal static class StopTimeInterpolation
{
    public static StopTime[] Resolve(
        string file, string tripId, IReadOnlyList<RawStopTime> rows, IReadOnlyDictionary<string, Stop> stops)
    {
        if (!rows[0].IsTimed)
            throw new DataFileException(file, rows[0].Line, $"field 'arrival_time': the first stop of trip '{tripId}' must have a time");
        if (!rows[^1].IsTimed)
            throw new DataFileException(file, rows[^1].Line, $"field 'arrival_time': the last stop of trip '{tripId}' must have a time");

        var result = new StopTime[rows.Count];
        int previousTimed = -1;
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!row.IsTimed) continue;
            int arrival = row.Arrival ?? row.Departure!.Value;
            int departure = row.Departure ?? arrival;
            if (departure < arrival)
                throw new DataFileException(file, row.Line, $"field 'departure_time': departure before arrival in trip '{tripId}'");
            if (previousTimed >= 0)
            {
                int from = result[previousTimed].DepartureSeconds;
                if (arrival < from)
                    throw new DataFileException(file, row.Line, $"field 'arrival_time': time goes backwards in trip '{tripId}' (stop_sequence {row.StopSequence})");
                FillGap(rows, stops, result, previousTimed, i, from, arrival);
            }
            result[i] = new StopTime(row.StopSequence, row.StopId, arrival, departure, Interpolated: false);
            previousTimed = i;
        }
        return result;
    }

    private static void FillGap(
        IReadOnlyList<RawStopTime> rows, IReadOnlyDictionary<string, Stop> stops, StopTime[] result,
        int start, int end, int fromSeconds, int toSeconds)
    {
        if (end - start < 2) return;
        var cumulative = new double[end - start + 1];
        for (int k = start + 1; k <= end; k++)
        {
            Stop a = stops[rows[k - 1].StopId], b = stops[rows[k].StopId];
            cumulative[k - start] = cumulative[k - start - 1] + GreatCircle.DistanceMeters(a.Lat, a.Lon, b.Lat, b.Lon);
        }
        double total = cumulative[^1];
        for (int k = start + 1; k < end; k++)
        {
            double fraction = total > 0 ? cumulative[k - start] / total : (double)(k - start) / (end - start);
            int t = fromSeconds + (int)Math.Round(fraction * (toSeconds - fromSeconds));
            result[k] = new StopTime(rows[k].StopSequence, rows[k].StopId, t, t, Interpolated: true);
        }
    }
}

using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace Rutland.Access.Geo;

/// <summary>
/// Makes invalid geometries (e.g. published boundaries with self-intersecting rings) valid with NTS's GeometryFixer,
/// and says what was wrong and how much area the fix moved, so a repair is logged rather than silent.
/// </summary>
public static class GeometryRepair
{
    /// <summary>
    /// The geometry itself when valid (<paramref name="whatWasDone"/> null); otherwise a fixed copy, with
    /// <paramref name="whatWasDone"/> naming the validity error, where it was and the area change.
    /// </summary>
    /// <exception cref="GeometryRepairException">the fixed geometry is empty.</exception>
    public static Geometry Repair(Geometry g, out string? whatWasDone)
    {
        var error = new IsValidOp(g).ValidationError;
        if (error is null)
        {
            whatWasDone = null;
            return g;
        }

        var fixedGeometry = GeometryFixer.Fix(g);
        string problem = $"{error.Message} at ({Number(error.Coordinate.X)}, {Number(error.Coordinate.Y)})";
        if (fixedGeometry.IsEmpty)
            throw new GeometryRepairException($"cannot repair the {g.GeometryType}: {problem}; fixing it leaves an empty geometry");

        string typeChange = fixedGeometry.GeometryType == g.GeometryType ? "" : $", now a {fixedGeometry.GeometryType}";
        whatWasDone = $"repaired {g.GeometryType} ({problem}){typeChange}{DescribeAreaChange(g, fixedGeometry)}";
        return fixedGeometry;
    }

    /// <summary>The area change in m², measured in British National Grid; degrees² would mean nothing to a reader.</summary>
    private static string DescribeAreaChange(Geometry before, Geometry after)
    {
        if (before is not IPolygonal && after is not IPolygonal) return "";
        if (before.SRID == GeometryFactories.Wgs84Srid)
            (before, after) = (BritishNationalGrid.ToBng(before), BritishNationalGrid.ToBng(after));
        else if (before.SRID != GeometryFactories.BritishNationalGridSrid)
            return "";
        return FormattableString.Invariant(
            $"; area {before.Area:F1} m² -> {after.Area:F1} m² ({after.Area - before.Area:+0.0;-0.0;0.0} m²)");
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}

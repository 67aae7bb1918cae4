using Rutland.Access.Geo;

namespace Rutland.Access.Osm;

/// <summary>
/// Every node's location from one pass over an extract, in three flat arrays (24 bytes a node) searched by id. Sorted
/// files (the usual "Sort.Type_then_ID") append in id order; any other order is sorted once when the pass ends.
/// </summary>
public sealed class NodeLocations
{
    private long[] _ids = new long[1 << 16];
    private double[] _lat = new double[1 << 16];
    private double[] _lon = new double[1 << 16];
    private bool _inIdOrder = true, _sealed;

    public int Count { get; private set; }

    public void Add(long id, double lat, double lon)
    {
        if (_sealed) throw new InvalidOperationException("node locations are sealed once the pass is over");
        if (Count == _ids.Length)
        {
            Array.Resize(ref _ids, Count * 2);
            Array.Resize(ref _lat, Count * 2);
            Array.Resize(ref _lon, Count * 2);
        }
        if (Count > 0 && id <= _ids[Count - 1]) _inIdOrder = false;
        _ids[Count] = id;
        _lat[Count] = lat;
        _lon[Count] = lon;
        Count++;
    }

    /// <summary>Ends the pass: puts the nodes in id order when the file did not.</summary>
    public void Seal()
    {
        if (_sealed) return;
        _sealed = true;
        if (_inIdOrder) return;
        var order = Enumerable.Range(0, Count).ToArray();
        Array.Sort(_ids, order, 0, Count);
        _lat = order.Select(i => _lat[i]).ToArray();
        _lon = order.Select(i => _lon[i]).ToArray();
    }

    public bool TryGet(long id, out LatLon location)
    {
        if (!_sealed) throw new InvalidOperationException("node locations are read only after the pass");
        int i = Array.BinarySearch(_ids, 0, Count, id);
        location = i >= 0 ? new LatLon(_lat[i], _lon[i]) : default;
        return i >= 0;
    }
}

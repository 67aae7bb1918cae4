using System.Collections.ObjectModel;
using Google.Protobuf;

namespace Rutland.Access.Osm;

/// <summary>
/// Decodes one PrimitiveBlock and hands its elements to a handler in the order they are stored. Groups of a kind the
/// handler does not want are skipped without decoding. Not thread-safe: it reuses its scratch lists between elements.
/// </summary>
internal sealed class PbfPrimitiveBlockDecoder(OsmHandler handler)
{
    private const double NanodegreesToDegrees = 1e-9;

    private readonly bool _wantsNodes = handler.WantsNodes;
    private readonly bool _wantsWays = handler.WantsWays;
    private readonly bool _wantsRelations = handler.WantsRelations;
    private readonly List<int> _keys = new();
    private readonly List<int> _values = new();
    private readonly List<int> _keysValues = new();
    private readonly List<int> _roles = new();
    private readonly List<int> _memberTypes = new();
    private readonly List<long> _ids = new();
    private readonly List<long> _lats = new();
    private readonly List<long> _lons = new();

    private byte[] _block = [];
    private string[] _strings = [];
    private long _granularity;
    private long _latOffset;
    private long _lonOffset;

    public void Decode(ArraySegment<byte> block)
    {
        // Granularity and offsets are numbered after the groups, so writers store them last: read them first.
        _block = block.Array!;
        ReadBlockParameters(block);
        var input = new CodedInputStream(block.Array!, block.Offset, block.Count);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (tag == (2 << 3 | PbfWire.LengthDelimited)) DecodeGroup(PbfWire.ReadEmbedded(input, _block));
            else input.SkipLastField();
        }
    }

    private void ReadBlockParameters(ArraySegment<byte> block)
    {
        _strings = [];
        _granularity = 100;
        _latOffset = _lonOffset = 0;
        var input = new CodedInputStream(block.Array!, block.Offset, block.Count);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 1 << 3 | PbfWire.LengthDelimited: _strings = ReadStringTable(PbfWire.ReadEmbedded(input, _block)); break;
                case 17 << 3 | PbfWire.Varint: _granularity = input.ReadInt32(); break;
                case 19 << 3 | PbfWire.Varint: _latOffset = input.ReadInt64(); break;
                case 20 << 3 | PbfWire.Varint: _lonOffset = input.ReadInt64(); break;
                default: input.SkipLastField(); break; // groups (next pass) and date_granularity (timestamps are not read)
            }
        }
        if (_granularity <= 0) throw new PbfFormatException($"granularity {_granularity} is not positive");
    }

    private static string[] ReadStringTable(CodedInputStream input)
    {
        var strings = new List<string>();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (tag == (1 << 3 | PbfWire.LengthDelimited)) strings.Add(input.ReadString());
            else input.SkipLastField();
        }
        return strings.ToArray();
    }

    private void DecodeGroup(CodedInputStream input)
    {
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 1 << 3 | PbfWire.LengthDelimited when _wantsNodes: DecodeNode(PbfWire.ReadEmbedded(input, _block)); break;
                case 2 << 3 | PbfWire.LengthDelimited when _wantsNodes: DecodeDenseNodes(PbfWire.ReadEmbedded(input, _block)); break;
                case 3 << 3 | PbfWire.LengthDelimited when _wantsWays: DecodeWay(PbfWire.ReadEmbedded(input, _block)); break;
                case 4 << 3 | PbfWire.LengthDelimited when _wantsRelations: DecodeRelation(PbfWire.ReadEmbedded(input, _block)); break;
                default: input.SkipLastField(); break; // unwanted kinds, changesets, unknown fields
            }
        }
    }

    private void DecodeNode(CodedInputStream input)
    {
        long id = 0, lat = 0, lon = 0;
        _keys.Clear();
        _values.Clear();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 1 << 3 | PbfWire.Varint: id = input.ReadSInt64(); break;
                case 2 << 3 | PbfWire.LengthDelimited or 2 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedInt32(input, tag, _keys); break;
                case 3 << 3 | PbfWire.LengthDelimited or 3 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedInt32(input, tag, _values); break;
                case 8 << 3 | PbfWire.Varint: lat = input.ReadSInt64(); break;
                case 9 << 3 | PbfWire.Varint: lon = input.ReadSInt64(); break;
                default: input.SkipLastField(); break; // info (version, timestamp, user) is not exposed
            }
        }
        handler.Node(new OsmNode(id, Latitude(id, lat), Longitude(id, lon), Tags("node", id)));
    }

    private void DecodeDenseNodes(CodedInputStream input)
    {
        _ids.Clear();
        _lats.Clear();
        _lons.Clear();
        _keysValues.Clear();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 1 << 3 | PbfWire.LengthDelimited or 1 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedSInt64(input, tag, _ids); break;
                case 8 << 3 | PbfWire.LengthDelimited or 8 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedSInt64(input, tag, _lats); break;
                case 9 << 3 | PbfWire.LengthDelimited or 9 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedSInt64(input, tag, _lons); break;
                case 10 << 3 | PbfWire.LengthDelimited or 10 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedInt32(input, tag, _keysValues); break;
                default: input.SkipLastField(); break; // denseinfo is not exposed
            }
        }
        if (_lats.Count != _ids.Count || _lons.Count != _ids.Count)
            throw new PbfFormatException($"DenseNodes has {_ids.Count} ids but {_lats.Count} latitudes and {_lons.Count} longitudes");

        // Ids and coordinates are delta-coded; keys_vals holds key,value string indexes per node, each node ending with 0,
        // and is empty altogether when no node in the group has tags.
        long id = 0, lat = 0, lon = 0;
        int kv = 0;
        for (int i = 0; i < _ids.Count; i++)
        {
            id += _ids[i];
            lat += _lats[i];
            lon += _lons[i];
            IReadOnlyDictionary<string, string> tags = _keysValues.Count == 0 ? EmptyTags : DenseTags(id, ref kv);
            handler.Node(new OsmNode(id, Latitude(id, lat), Longitude(id, lon), tags));
        }
    }

    private IReadOnlyDictionary<string, string> DenseTags(long id, ref int kv)
    {
        Dictionary<string, string>? tags = null;
        while (true)
        {
            if (kv >= _keysValues.Count) throw new PbfFormatException($"DenseNodes keys_vals ends inside the tags of node {id}");
            int key = _keysValues[kv++];
            if (key == 0) return tags ?? EmptyTags;
            if (kv >= _keysValues.Count) throw new PbfFormatException($"DenseNodes keys_vals ends inside the tags of node {id}");
            tags ??= new Dictionary<string, string>();
            tags[StringAt(key)] = StringAt(_keysValues[kv++]);
        }
    }

    private void DecodeWay(CodedInputStream input)
    {
        long id = 0;
        _keys.Clear();
        _values.Clear();
        _ids.Clear();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 1 << 3 | PbfWire.Varint: id = input.ReadInt64(); break;
                case 2 << 3 | PbfWire.LengthDelimited or 2 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedInt32(input, tag, _keys); break;
                case 3 << 3 | PbfWire.LengthDelimited or 3 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedInt32(input, tag, _values); break;
                case 8 << 3 | PbfWire.LengthDelimited or 8 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedSInt64(input, tag, _ids); break;
                default: input.SkipLastField(); break; // info, and the node locations of LocationsOnWays files
            }
        }
        var nodeIds = new long[_ids.Count];
        long nodeId = 0;
        for (int i = 0; i < nodeIds.Length; i++) nodeIds[i] = nodeId += _ids[i];
        handler.Way(new OsmWay(id, nodeIds, Tags("way", id)));
    }

    private void DecodeRelation(CodedInputStream input)
    {
        long id = 0;
        _keys.Clear();
        _values.Clear();
        _roles.Clear();
        _ids.Clear();
        _memberTypes.Clear();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 1 << 3 | PbfWire.Varint: id = input.ReadInt64(); break;
                case 2 << 3 | PbfWire.LengthDelimited or 2 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedInt32(input, tag, _keys); break;
                case 3 << 3 | PbfWire.LengthDelimited or 3 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedInt32(input, tag, _values); break;
                case 8 << 3 | PbfWire.LengthDelimited or 8 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedInt32(input, tag, _roles); break;
                case 9 << 3 | PbfWire.LengthDelimited or 9 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedSInt64(input, tag, _ids); break;
                case 10 << 3 | PbfWire.LengthDelimited or 10 << 3 | PbfWire.Varint: PbfWire.ReadRepeatedInt32(input, tag, _memberTypes); break;
                default: input.SkipLastField(); break; // info
            }
        }
        if (_roles.Count != _ids.Count || _memberTypes.Count != _ids.Count)
            throw new PbfFormatException($"relation {id} has {_ids.Count} member ids but {_roles.Count} roles and {_memberTypes.Count} types");
        var members = new OsmMember[_ids.Count];
        long memberId = 0;
        for (int i = 0; i < members.Length; i++)
        {
            int type = _memberTypes[i];
            if (type is < 0 or > 2) throw new PbfFormatException($"relation {id} member {i} has unknown type {type}");
            members[i] = new OsmMember((OsmElementType)type, memberId += _ids[i], StringAt(_roles[i]));
        }
        handler.Relation(new OsmRelation(id, members, Tags("relation", id)));
    }

    private IReadOnlyDictionary<string, string> Tags(string kind, long id)
    {
        if (_keys.Count != _values.Count)
            throw new PbfFormatException($"{kind} {id} has {_keys.Count} tag keys but {_values.Count} values");
        if (_keys.Count == 0) return EmptyTags;
        var tags = new Dictionary<string, string>(_keys.Count);
        for (int i = 0; i < _keys.Count; i++) tags[StringAt(_keys[i])] = StringAt(_values[i]);
        return tags;
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyTags = ReadOnlyDictionary<string, string>.Empty;

    private string StringAt(int index) =>
        (uint)index < (uint)_strings.Length
            ? _strings[index]
            : throw new PbfFormatException($"string index {index} is outside the block's string table of {_strings.Length} entries");

    private double Latitude(long id, long raw)
    {
        double degrees = (_latOffset + _granularity * raw) * NanodegreesToDegrees;
        return degrees is >= -90 and <= 90 ? degrees : throw new PbfFormatException($"node {id} has latitude {degrees}, outside -90..90");
    }

    private double Longitude(long id, long raw)
    {
        double degrees = (_lonOffset + _granularity * raw) * NanodegreesToDegrees;
        return degrees is >= -180 and <= 180 ? degrees : throw new PbfFormatException($"node {id} has longitude {degrees}, outside -180..180");
    }
}

using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NetTopologySuite.Geometries;
using Rutland.Access.Analysis;
using Rutland.Access.Data;
using Rutland.Access.Geo;
using Rutland.Access.Isochrones;
using Rutland.Access.Routing;

namespace Rutland.Access.Benchmarks;

/// <summary>
/// The GeoJSON codec on the API's heaviest answers and inputs: writing the 23 LSOA polygons (the boundary and equity
/// layers), the 116 output areas, and a 15/30/45-min drive isochrone from Oakham (polygons made once); reading the LSOA
/// and output-area boundary files. Writes go to a reused buffer, so the figures are the codec's own allocations.
/// </summary>
[MemoryDiagnoser]
public class GeoJsonBenchmarks
{
    private static readonly LatLon Oakham = new(52.6699351, -0.7284623);
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private string _lsoaFile = "", _outputAreaFile = "";
    private Geometry[] _lsoas = [], _outputAreas = [], _isochrone = [];

    [GlobalSetup]
    public void Setup()
    {
        string boundaries = Path.Combine(DataDirectory.ResolveInputs(), "boundaries");
        _lsoaFile = Path.Combine(boundaries, "lsoa11_rutland.geojson");
        _outputAreaFile = Path.Combine(boundaries, "oa11_rutland.geojson");
        _lsoas = GeoJsonReader.ReadFeatureCollection(_lsoaFile).Select(f => f.Geometry).ToArray();
        _outputAreas = GeoJsonReader.ReadFeatureCollection(_outputAreaFile).Select(f => f.Geometry).ToArray();
        var engine = AccessEngineLoader.Load(new EngineOptions());
        _isochrone = engine.Isochrones.Compute(new IsochroneRequest([Oakham], ModeRegistry.Drive, [15, 30, 45], false))
            .Isochrones.Select(i => i.Wgs84).ToArray();
    }

    [Benchmark]
    public int WriteLsoas() => Write(_lsoas);

    [Benchmark]
    public int WriteOutputAreas() => Write(_outputAreas);

    [Benchmark]
    public int WriteDriveIsochrone() => Write(_isochrone);

    [Benchmark]
    public int ReadLsoas() => GeoJsonReader.ReadFeatureCollection(_lsoaFile).Count;

    [Benchmark]
    public int ReadOutputAreas() => GeoJsonReader.ReadFeatureCollection(_outputAreaFile).Count;

    /// <summary>A FeatureCollection as the endpoints write it (id, one property per feature); returns the bytes written.</summary>
    private int Write(Geometry[] geometries)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer))
        {
            var writer = new GeoJsonWriter(json);
            writer.WriteStartFeatureCollection();
            for (int i = 0; i < geometries.Length; i++)
                writer.WriteFeature(geometries[i], $"{i}", j => j.WriteNumber("index", i));
            writer.WriteEndFeatureCollection();
        }
        return _buffer.WrittenCount;
    }
}

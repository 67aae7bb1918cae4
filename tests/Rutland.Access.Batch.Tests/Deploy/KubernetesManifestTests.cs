using System.Text.Json;
using Rutland.Access.Batch.Output;
using Rutland.Access.Batch.Run;
using Rutland.Access.Batch.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Rutland.Access.Batch.Tests.Deploy;

/// <summary>
/// deploy/k8s/ read as Kubernetes would: the fields the tool relies on — an Indexed Job whose completions equal
/// the tool's --shard-count, a run file mounted where the arguments look for it and valid for the tool, the data
/// read-only, the outputs writable and shared with the merge job.
/// </summary>
public class KubernetesManifestTests
{
    private static readonly string Folder = Path.Combine(RutlandEngine.Repository, "deploy", "k8s");

    [Fact]
    public void The_job_is_indexed_and_its_completions_equal_the_shard_count()
    {
        var job = Document("job.yaml", "Job");
        var spec = Map(job, "spec");
        Assert.Equal("Indexed", Scalar(spec, "completionMode"));
        int completions = int.Parse(Scalar(spec, "completions"));
        int parallelism = int.Parse(Scalar(spec, "parallelism"));
        Assert.InRange(parallelism, 1, completions);
        Assert.True(int.Parse(Scalar(spec, "backoffLimitPerIndex")) >= 1, "a failed shard is retried by index");

        var pod = Map(Map(spec, "template"), "spec");
        Assert.Equal("Never", Scalar(pod, "restartPolicy"));
        var args = Args(pod);
        Assert.Equal("run", args[0]);
        Assert.Equal(completions.ToString(), args[args.IndexOf("--shard-count") + 1]);
        Assert.DoesNotContain("--shard", args);
    }

    [Fact]
    public void The_run_file_is_mounted_where_the_arguments_read_it_and_the_tool_accepts_it()
    {
        var job = Document("job.yaml", "Job");
        var pod = Map(Map(Map(job, "spec"), "template"), "spec");
        string runPath = Args(pod)[1];
        var (mount, volume) = MountOf(pod, runPath);
        string configMap = Scalar(Map(volume, "configMap"), "name");
        Assert.Equal("true", Scalar(mount, "readOnly"));

        var config = Document("job.yaml", "ConfigMap");
        Assert.Equal(configMap, Scalar(Map(config, "metadata"), "name"));
        string key = Path.GetFileName(runPath);
        string json = Scalar(Map(config, "data"), key);

        string folder = RutlandEngine.TempFolder("k8s");
        try
        {
            File.WriteAllText(Path.Combine(folder, key), json);
            var run = RunFileLoader.Load(Path.Combine(folder, key));
            // The data path the run names is a read-only mount of the pod.
            var (dataMount, _) = MountOf(pod, run.Inputs!);
            Assert.Equal("true", Scalar(dataMount, "readOnly"));
            // The same run as the repository's Rutland default, apart from the container's paths.
            var local = RunFileLoader.Load(Path.Combine(RutlandEngine.Repository, "src/Rutland.Access.Batch/runs/rutland.json"));
            Assert.Equal(JsonSerializer.Serialize(local with { Inputs = run.Inputs, Authored = run.Authored }, BatchManifest.Json),
                JsonSerializer.Serialize(run, BatchManifest.Json));
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void Shards_and_merge_share_a_writable_output_volume()
    {
        var shardPod = Map(Map(Map(Document("job.yaml", "Job"), "spec"), "template"), "spec");
        var mergePod = Map(Map(Map(Document("merge-job.yaml", "Job"), "spec"), "template"), "spec");
        var shardArgs = Args(shardPod);
        var mergeArgs = Args(mergePod);
        Assert.Equal("merge", mergeArgs[0]);
        string output = shardArgs[shardArgs.IndexOf("--out") + 1];
        Assert.Equal(output, mergeArgs[mergeArgs.IndexOf("--out") + 1]);
        var (shardMount, shardVolume) = MountOf(shardPod, output);
        var (mergeMount, mergeVolume) = MountOf(mergePod, output);
        Assert.False(shardMount.Children.ContainsKey("readOnly") && Scalar(shardMount, "readOnly") == "true");
        Assert.False(mergeMount.Children.ContainsKey("readOnly") && Scalar(mergeMount, "readOnly") == "true");
        Assert.Equal(Scalar(Map(shardVolume, "persistentVolumeClaim"), "claimName"), Scalar(Map(mergeVolume, "persistentVolumeClaim"), "claimName"));
        Assert.Equal(Scalar(Single(shardPod, "containers"), "image"), Scalar(Single(mergePod, "containers"), "image"));
    }

    [Fact]
    public void The_container_recipe_publishes_the_tool_and_ships_the_authored_data_where_the_run_file_expects_it()
    {
        string dockerfile = File.ReadAllText(Path.Combine(Folder, "Dockerfile"));
        Assert.Contains("dotnet publish src/Rutland.Access.Batch", dockerfile);
        Assert.Contains("ENTRYPOINT [\"/app/rutland-batch\"]", dockerfile);
        string json = Scalar(Map(Document("job.yaml", "ConfigMap"), "data"), "rutland.json");
        Assert.Contains("\"authored\": \"/app/geodata\"", json);
        Assert.Contains("COPY geodata /app/geodata", dockerfile);
    }

    private static YamlMappingNode Document(string file, string kind)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Folder, file))) stream.Load(reader);
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).Single(d => Scalar(d, "kind") == kind);
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static YamlMappingNode Single(YamlMappingNode node, string key) =>
        (YamlMappingNode)((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Single();

    private static List<string> Args(YamlMappingNode pod) =>
        ((YamlSequenceNode)Single(pod, "containers").Children[new YamlScalarNode("args")]).Children.Select(a => ((YamlScalarNode)a).Value!).ToList();

    /// <summary>The container's volume mount holding <paramref name="path"/>, and its volume.</summary>
    private static (YamlMappingNode Mount, YamlMappingNode Volume) MountOf(YamlMappingNode pod, string path)
    {
        var mounts = ((YamlSequenceNode)Single(pod, "containers").Children[new YamlScalarNode("volumeMounts")]).Children.Cast<YamlMappingNode>();
        var mount = mounts.Where(m => path == Scalar(m, "mountPath") || path.StartsWith(Scalar(m, "mountPath").TrimEnd('/') + "/"))
            .OrderByDescending(m => Scalar(m, "mountPath").Length).FirstOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"{path} is on no volume mount");
        string name = Scalar(mount, "name");
        var volume = ((YamlSequenceNode)pod.Children[new YamlScalarNode("volumes")]).Children.Cast<YamlMappingNode>().Single(v => Scalar(v, "name") == name);
        return (mount, volume);
    }
}

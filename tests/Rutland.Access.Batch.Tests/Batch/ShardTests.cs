using Rutland.Access.Batch.Run;

namespace Rutland.Access.Batch.Tests.Batch;

public class ShardTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(100)]
    public void Shards_cover_every_origin_once_in_order(int count)
    {
        foreach (int total in new[] { 0, 1, 5, 84, 32_844 })
        {
            int next = 0;
            for (int i = 0; i < count; i++)
            {
                var (start, end) = new Shard(i, count).Range(total);
                Assert.Equal(next, start);
                Assert.True(end >= start);
                next = end;
            }
            Assert.Equal(total, next);
        }
    }

    [Fact]
    public void Parses_i_of_n()
    {
        Assert.Equal(new Shard(2, 8), Shard.Parse("2/8"));
        Assert.Contains("outside 0..3", Assert.Throws<FormatException>(() => Shard.Parse("4/4")).Message);
        Assert.Throws<FormatException>(() => Shard.Parse("1-4"));
        Assert.Throws<FormatException>(() => Shard.Parse("-1/4"));
    }

    [Fact]
    public void Slurm_array_task_id_is_the_shard_index_so_a_task_resubmitted_alone_keeps_it()
    {
        var env = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "3", ["SLURM_ARRAY_TASK_COUNT"] = "4" };
        Assert.Equal(new Shard(3, 4), Shard.FromEnvironment(env.GetValueOrDefault, null));
        // Re-submitted with --array=2: Slurm says the array has one task; the fixed --shard-count keeps it 2 of 4.
        env["SLURM_ARRAY_TASK_ID"] = "2";
        env["SLURM_ARRAY_TASK_COUNT"] = "1";
        Assert.Equal(new Shard(2, 4), Shard.FromEnvironment(env.GetValueOrDefault, 4));
        Assert.Throws<FormatException>(() => Shard.FromEnvironment(env.GetValueOrDefault, null));
    }

    [Fact]
    public void Kubernetes_index_needs_the_shard_count()
    {
        var env = new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "3" };
        Assert.Equal(new Shard(3, 4), Shard.FromEnvironment(env.GetValueOrDefault, 4));
        Assert.Contains("--shard-count", Assert.Throws<FormatException>(() => Shard.FromEnvironment(env.GetValueOrDefault, null)).Message);
        Assert.Throws<FormatException>(() => Shard.FromEnvironment(env.GetValueOrDefault, 3));
        Assert.Null(Shard.FromEnvironment(_ => null, 4));
    }
}

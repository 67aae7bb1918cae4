using Rutland.Access.Data;
using Rutland.Access.Osm;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// The way members of the OSM route relations a modelled route follows, read from the extract with the project's
/// PBF reader. A relation named in the route definitions but absent from the extract is an error naming both.
/// </summary>
public static class OsmRouteRelations
{
    public static IReadOnlyDictionary<long, IReadOnlySet<long>> WayIds(string pbfPath, IReadOnlyCollection<long> relationIds)
    {
        var reader = new RelationWays(relationIds.ToHashSet());
        PbfReader.Read(pbfPath, reader);
        foreach (long id in relationIds)
        {
            if (!reader.Found.ContainsKey(id)) throw new DataFileException(pbfPath, null, $"route relation r{id} (named in {ModelledFeedDefinition.FileName}) is not in the extract");
        }
        return reader.Found;
    }

    private sealed class RelationWays(HashSet<long> wanted) : OsmHandler
    {
        public readonly Dictionary<long, IReadOnlySet<long>> Found = [];
        public override bool WantsNodes => false;
        public override bool WantsWays => false;

        public override void Relation(OsmRelation relation)
        {
            if (wanted.Contains(relation.Id))
                Found[relation.Id] = relation.Members.Where(m => m.Type == OsmElementType.Way).Select(m => m.Id).ToHashSet();
        }
    }
}

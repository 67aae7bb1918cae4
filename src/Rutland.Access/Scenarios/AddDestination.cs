using System.Text.Json.Serialization;
using Rutland.Access.Geo;
using Rutland.Access.Places;

namespace Rutland.Access.Scenarios;

/// <summary>A new service site (a clinic, a candidate hospital) people may travel to.</summary>
public sealed record AddDestination(string Id, string Name, double Lat, double Lon,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OpeningHours? OpeningHours = null) : IScenarioModification
{
    public const string Kind = "scenario site";

    [JsonIgnore]
    public LatLon Location => new(Lat, Lon);

    public ScenarioView Apply(ScenarioView view)
    {
        string what = $"addDestination '{Id}'";
        ScenarioText.Require(what, "id", Id);
        ScenarioText.Require(what, "name", Name);
        if (view.FindDestination(Id) is not null)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: a destination with this id already exists; remove it first or choose another id.");
        ScenarioPoints.RequireInStudyArea(Location, what);
        OpeningHours?.Validate(what);

        var destination = new Destination(Id, Name, null, Location, Kind, "scenario");
        return view with
        {
            Destinations = view.Destinations.Add(destination),
            OpeningHours = OpeningHours is null ? view.OpeningHours : view.OpeningHours.SetItem(Id, OpeningHours),
        };
    }
}

using System.Text.Json.Serialization;

namespace Rutland.Access.Scenarios;

/// <summary>
/// One change to the world a scenario describes. Pure: <see cref="Apply"/> returns a derived view and never changes the
/// one it is given, so modifications combine in order and a base view can be shared by concurrent comparisons.
/// The JSON "type" discriminator is the stable API name of each modification.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(AddDestination), "addDestination")]
[JsonDerivedType(typeof(RemoveDestination), "removeDestination")]
[JsonDerivedType(typeof(AddTransitRoute), "addTransitRoute")]
[JsonDerivedType(typeof(AdjustRouteService), "adjustRouteService")]
[JsonDerivedType(typeof(RemoveRoute), "removeRoute")]
public interface IScenarioModification
{
    ScenarioView Apply(ScenarioView view);
}

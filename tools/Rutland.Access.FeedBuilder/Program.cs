using Rutland.Access.Analysis;
using Rutland.Access.Data;
using Rutland.Access.Transit.Modelled;

// Rewrites geodata/transit/rutland-modelled/ from geodata/transit/modelled-routes.json (or into the folder given
// as the only argument). The inputs come from RUTLAND_ACCESS_DATA or ../shared/geodata, as for the service.
string inputs = DataDirectory.ResolveInputs();
string authored = DataDirectory.ResolveAuthored();
string output = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(authored, ModelledFeedGenerator.FeedFolder);
var engine = AccessEngineLoader.Load(new EngineOptions(inputs, authored));
ModelledFeedGenerator.Write(engine.Car, engine.CarOffNetwork, inputs, authored, output);
Console.WriteLine($"modelled feed written to {output}");

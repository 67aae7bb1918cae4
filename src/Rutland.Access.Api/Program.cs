var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => new { status = "starting" });
app.Run();

public partial class Program;

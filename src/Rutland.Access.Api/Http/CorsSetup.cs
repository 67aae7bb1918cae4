namespace Rutland.Access.Api.Http;

/// <summary>
/// Cross-origin access: none by default (the web map is served from the API's own origin). An operator who hosts
/// a client elsewhere lists its origins in <c>Cors:AllowedOrigins</c> (';'-separated, or an array in
/// appsettings). Preflight requests are answered by the CORS middleware (204), for allowed origins with the
/// Access-Control-* headers and for others without them, instead of a 405 from routing.
/// </summary>
public static class CorsSetup
{
    public const string ConfigurationKey = "Cors:AllowedOrigins";

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = AllowedOrigins(configuration);
        return services.AddCors(o => o.AddDefaultPolicy(policy =>
        {
            policy.WithOrigins(origins).WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
                .WithHeaders("Content-Type", "Accept", "Accept-Encoding").SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
    }

    public static string[] AllowedOrigins(IConfiguration configuration)
    {
        var section = configuration.GetSection(ConfigurationKey);
        var listed = section.GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!);
        var joined = section.Value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return [.. listed.Concat(joined).Select(o => o.TrimEnd('/')).Distinct()];
    }
}

namespace Rutland.Access.Scenarios;

/// <summary>Durable scenarios by id. Implementations live in the Rutland.Access.Storage project, so that the core carries
/// no database driver: SqliteScenarioStore (default, one file) and PostgresScenarioStore (a shared deployment).</summary>
public interface IScenarioStore
{
    /// <summary>Saves or replaces; true when the id was new.</summary>
    Task<bool> SaveAsync(SavedScenario scenario, CancellationToken cancellationToken = default);
    Task<SavedScenario?> GetAsync(string id, CancellationToken cancellationToken = default);
    /// <summary>Removes a saved scenario; false when there was none with that id.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
    /// <summary>Every saved scenario in id order.</summary>
    Task<IReadOnlyList<SavedScenario>> ListAsync(CancellationToken cancellationToken = default);
}

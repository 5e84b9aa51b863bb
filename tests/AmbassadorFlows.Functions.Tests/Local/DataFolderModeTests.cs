using AmbassadorFlows.Functions.Local;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>The data folder holds personal data and keys: on Unix it is 0700 and every file in it,
/// the SQLite databases' -wal and -shm included, 0600 — also a folder left 0755/0644 by an older version.</summary>
public sealed class DataFolderModeTests
{
    [Fact]
    public async Task Start_FreshAndLooseFolder_FolderIsOwnerOnlyAndEveryFile0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var loose = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        var app = new AppHost();
        var dataPath = app.DataPath;
        Directory.CreateDirectory(dataPath, loose | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        var leftOver = Path.Combine(dataPath, "left-over.json");
        await File.WriteAllTextAsync(leftOver, "{}");
        File.SetUnixFileMode(leftOver, loose);

        await app.InitializeAsync();
        try
        {
            // A cohort writes to both databases, so their -wal and -shm files exist.
            await app.CreateCohortAsync(["E007"]);
            await app.WaitForEmailAsync("E007", "posting-invitation");

            var files = Directory.EnumerateFiles(dataPath, "*", SearchOption.AllDirectories).ToList();
            Assert.Contains(files, f => f.EndsWith("ambassadorflows-app.db-wal", StringComparison.Ordinal));
            Assert.Contains(files, f => f.EndsWith("ambassadorflows-durable.db-shm", StringComparison.Ordinal));
            Assert.Equal(PrivateDataFolder.FolderMode, File.GetUnixFileMode(dataPath));
            foreach (var directory in Directory.EnumerateDirectories(dataPath, "*", SearchOption.AllDirectories))
            {
                Assert.Equal(PrivateDataFolder.FolderMode, File.GetUnixFileMode(directory));
            }

            // All files at once, so a failure names every loose one.
            var modes = new SortedDictionary<string, UnixFileMode>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                modes[Path.GetFileName(file)] = File.GetUnixFileMode(file);
            }

            Assert.Equal(modes.Keys.Select(f => KeyValuePair.Create(f, PrivateDataFolder.FileMode)), modes);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}

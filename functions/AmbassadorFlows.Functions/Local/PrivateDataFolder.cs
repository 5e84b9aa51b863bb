namespace AmbassadorFlows.Functions.Local;

/// <summary>
/// The data folder holds personal data, audit lines, live approval tokens (in the outbox) and keys, so on
/// Unix it is the owner's alone: the folder 0700 and its files 0600. SQLite creates a database's -wal and
/// -shm files with the database file's mode, so creating each database file 0600 before SQLite opens it
/// covers those too. A folder or files from an earlier version are tightened at start.
/// </summary>
public static class PrivateDataFolder
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>A folder of the data folder's (Data Protection's keys), created owner-only before its user writes there.</summary>
    public static string Subfolder(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, FolderMode);
        }

        return path;
    }

    /// <summary>Creates the folder (owner only), tightens what is already in it, and creates each of
    /// <paramref name="databaseFiles"/> empty and owner-only if missing (SQLite takes an empty file as a new database).</summary>
    public static void Prepare(string folder, params string[] databaseFiles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(databaseFiles);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        Directory.CreateDirectory(folder, FolderMode);
        var root = new DirectoryInfo(folder);
        root.UnixFileMode = FolderMode;
        foreach (var directory in root.EnumerateDirectories("*", SearchOption.AllDirectories))
        {
            directory.UnixFileMode = FolderMode;
        }

        foreach (var file in root.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.UnixFileMode = FileMode;
        }

        foreach (var path in databaseFiles)
        {
            if (!File.Exists(path))
            {
                using var created = new FileStream(path, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
            }
        }
    }
}

using AmbassadorFlows.Functions.Local;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>Generated local secrets are written owner-only, in one step, to the data folder itself.</summary>
public sealed class LocalSecretsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("af-secrets-").FullName;

    [Fact]
    public void Load_NoSecretsYet_WritesAnOwnerOnlyFileAndNoTempFiles()
    {
        var secrets = LocalSecrets.Load(new LocalModeOptions { DataPath = _folder });

        var path = Path.Combine(_folder, LocalSecrets.FileName);
        Assert.Contains(secrets.ManagementKey, File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFileSystemEntries(_folder));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Load_SecretsFileIsALinkToAnotherFile_ReplacesTheLinkAndLeavesItsTargetAlone()
    {
        // A link planted where the secrets go must not make us write the keys into (and chmod) its target.
        var target = Path.Combine(_folder, "elsewhere.txt");
        File.WriteAllText(target, "{}");
        var path = Path.Combine(_folder, LocalSecrets.FileName);
        File.CreateSymbolicLink(path, target);

        var secrets = LocalSecrets.Load(new LocalModeOptions { DataPath = _folder });

        Assert.Equal("{}", File.ReadAllText(target));
        Assert.Null(new FileInfo(path).LinkTarget);
        Assert.Contains(secrets.ManagementKey, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SecondTime_KeepsTheKeys()
    {
        var first = LocalSecrets.Load(new LocalModeOptions { DataPath = _folder });

        var second = LocalSecrets.Load(new LocalModeOptions { DataPath = _folder });

        Assert.Equal(first.ManagementKey, second.ManagementKey);
        Assert.Equal(first.SigningKeys.ActiveKeyId, second.SigningKeys.ActiveKeyId);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

namespace AmbassadorFlows.Functions.Local;

/// <summary>Where the employee directory JSON is: configured, else the sample shipped next to the app.</summary>
public static class SampleDirectory
{
    public const string RelativePath = "Samples/employees.json";

    public static string Resolve(LocalModeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = string.IsNullOrWhiteSpace(options.DirectoryPath)
            ? Path.Combine(AppContext.BaseDirectory, RelativePath)
            : Path.GetFullPath(options.DirectoryPath);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The employee directory {path} does not exist. Set AmbassadorFlows:DirectoryPath to a JSON array of employees.", path);
    }
}

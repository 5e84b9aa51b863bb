using AmbassadorFlows.Functions.Tests.Local;
using Xunit.Abstractions;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>The document the running app serves, linted by Redocly CLI with its recommended rules:
/// no errors, and no warnings but the missing licence; every problem is written to the test output.</summary>
public sealed class OpenApiLintTests(AppHost app, ITestOutputHelper output) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Document_RedoclyRecommendedRules_NoErrors()
    {
        using var client = app.NewClient();
        var document = await client.GetStringAsync("openapi/v1.json");
        var folder = Directory.CreateTempSubdirectory("af-openapi-lint-");
        try
        {
            var path = Path.Combine(folder.FullName, "openapi.json");
            await File.WriteAllTextAsync(path, document);

            var report = await RedoclyCli.LintAsync(path);

            foreach (var problem in report.Problems)
            {
                output.WriteLine(problem.ToString());
            }

            output.WriteLine($"Redocly {RedoclyCli.Version}: {report.Errors} error(s), {report.Warnings} warning(s).");
            Assert.True(report.Errors == 0, string.Join('\n', report.Problems.Where(p => p.Severity == "error")));
            Assert.Equal(0, report.ExitCode);
            // The one warning allowed: no licence is named, because choosing one is the owners' decision, not the API's.
            Assert.DoesNotContain(report.Problems, p => p.RuleId != "info-license");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

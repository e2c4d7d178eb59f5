using Xunit.Abstractions;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>
/// Figures a test measured (requests sent, series counted, 5xx seen): in the test's own output, and in
/// tests/artifacts/figures.txt, which <c>make test</c> prints at the end of the run (passing tests' output is not shown).
/// </summary>
public static class Figures
{
    static readonly object Gate = new();

    public static string FilePath { get; } = Path.Combine(PublishedApp.RepositoryRoot, "tests", "artifacts", "figures.txt");

    public static void Report(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.AppendAllText(FilePath, $"{DateTime.UtcNow:HH:mm:ss} {line}{Environment.NewLine}");
        }
    }
}

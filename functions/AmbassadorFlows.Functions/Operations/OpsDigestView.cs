namespace AmbassadorFlows.Functions.Operations;

/// <summary>The digest as its reader sees it, already worded in one language: what both the HTML body
/// (<see cref="OpsDigestMail"/>) and the plain-text body show.</summary>
public sealed record OpsDigestView(string Language, string Title, string Intro, IReadOnlyList<OpsDigestSection> Sections, string? AllClear, string NextSteps, string Footer)
{
    public string ToPlainText()
    {
        var lines = new List<string> { Title, string.Empty, Intro, string.Empty };
        if (AllClear is not null)
        {
            lines.Add(AllClear);
            lines.Add(string.Empty);
        }

        foreach (var section in Sections)
        {
            lines.Add(section.Heading);
            lines.AddRange(section.Lines.Count == 0 ? [section.None] : section.Lines.Select(line => "- " + line));
            if (section.More is not null)
            {
                lines.Add(section.More);
            }

            lines.Add(string.Empty);
        }

        lines.Add(NextSteps);
        lines.Add(string.Empty);
        lines.Add(Footer);
        return string.Join('\n', lines);
    }
}

/// <summary>One list of the digest: its heading, its lines (or what to say when it is empty) and how many more there are.</summary>
public sealed record OpsDigestSection(string Heading, IReadOnlyList<string> Lines, string None, string? More);

using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Audit;

namespace AmbassadorFlows.Functions.Tests.Audit;

/// <summary>
/// Reads the action argument of every audit write in C# source: <c>new AuditEntry(instance, at, actor, ACTION, …)</c>,
/// <c>RecordAsync(actor, instance, ACTION, …)</c>, <c>new AuditNote(ACTION, …)</c> and
/// <c>AuditAsync(context, ACTION, …)</c>. An action passed on in a variable is followed to what the file
/// assigns it (<c>var what = … ? $"meeting of {d} cancelled" : "meeting series cancelled"</c>); a
/// parameter is checked where its callers pass it.
/// </summary>
public static partial class AuditWrites
{
    /// <summary>Each writing call, and the place of the action among the arguments after what the call names.</summary>
    private static readonly (string Call, int Index)[] Calls = [("new AuditEntry(", 3), ("RecordAsync(", 2), ("new AuditNote(", 0), ("AuditAsync(context,", 0)];

    /// <summary>Each write's action argument as written: a literal, an <c>AuditActions.X</c> or another constant's name.</summary>
    public static IReadOnlyList<string> In(string code)
    {
        var found = new List<string>();
        foreach (var (call, index) in Calls)
        {
            for (var at = code.IndexOf(call, StringComparison.Ordinal); at >= 0; at = code.IndexOf(call, at + 1, StringComparison.Ordinal))
            {
                var start = at + call.Length;
                var args = Arguments(code, start, out var complete);
                if (!complete || args.Count <= index)
                {
                    continue; // a declaration or a call with fewer arguments (a read, not a write)
                }

                var argument = args[index];
                if (IsLiteral(argument) || argument.StartsWith("AuditActions.", StringComparison.Ordinal))
                {
                    found.Add(argument);
                }
                else if (Identifier().IsMatch(argument))
                {
                    // A variable: the literals the file assigns it.
                    foreach (Match assignment in new Regex(@"\b" + Regex.Escape(argument) + @"\s*=\s*([^;]+);").Matches(code))
                    {
                        found.AddRange(Literal().Matches(assignment.Groups[1].Value).Select(m => m.Value));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Whether a written action is one of <see cref="AuditActions"/> (interpolated parts match its braces).</summary>
    public static bool Matches(string written)
    {
        if (written.StartsWith("AuditActions.", StringComparison.Ordinal))
        {
            return typeof(AuditActions).GetField(written["AuditActions.".Length..]) is not null;
        }

        var text = written.TrimStart('$').Trim('"');
        return AuditActions.All.Any(a => Holes().Replace(a, "{}") == Holes().Replace(text, "{}"));
    }

    private static bool IsLiteral(string argument) => argument.StartsWith('"') || argument.StartsWith("$\"", StringComparison.Ordinal);

    /// <summary>The top-level arguments from <paramref name="start"/> (just after the call's '(') to its ')'.</summary>
    private static List<string> Arguments(string code, int start, out bool complete)
    {
        var args = new List<string>();
        var depth = 0;
        var inString = false;
        var from = start;
        for (var i = start; i < code.Length; i++)
        {
            var c = code[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}' when depth > 0:
                    depth--;
                    break;
                case ')':
                    args.Add(code[from..i].Trim());
                    complete = true;
                    return args;
                case ',' when depth == 0:
                    args.Add(code[from..i].Trim());
                    from = i + 1;
                    break;
            }
        }

        complete = false;
        return args;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\$?""[^""]*""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Holes();
}

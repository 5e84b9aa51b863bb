using System.Collections.Frozen;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>Function words (and a few feedback fillers such as "more", "still") per template
/// language, so feedback themes are about content. Only words of three letters or more: shorter
/// ones are dropped anyway. Lists are per language and merged for the languages at hand, because a
/// stopword in one language can be a real word in another (Danish "far", English "far").</summary>
public static class Stopwords
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = new Dictionary<string, FrozenSet<string>>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = Set("""
            the and for are but not you all any can had her was one our out his has have him how its may new now own see two way who did get got let say she too use
            about above after again also although among another because been before being below between both could does doing down during each even every
            from further here into just like made make many more most much must need needs next only other over same should some such than that their them
            then there these they this those through under until very want what when where which while will with would your yours yourself
            able still really lot lots thing things get getting went going done one two three people colleagues
            """),
        ["nl"] = Set("""
            aan als bij dan dat die dit door een eens geen had hebben heeft het hier hij hoe ik ja jij kan kon maar meer met mij mijn naar niet niets nog
            nu ook over omdat onder ons onze ook tegen toch tot uit van veel voor wat wel werd wordt worden waren wie wij zal zich zij zijn zo zou
            alle alles andere deze dus echt even hun haar heb hem iets jullie kunnen moet moeten nog steeds vaak want weer wel zelf zeer zonder
            graag heel keer goed beter collega collegas
            """),
        ["fr"] = Set("""
            les des une est pas que qui par pour dans sur avec son ses aux mais ont été être avoir sont nous vous ils elles leur leurs cette ces
            comme plus tout tous toute toutes très bien aussi encore fait faire peu car donc elle lui moi mon mes nos notre votre vos sans sous
            entre depuis chez dont quand alors avant après même autres autre ceux celle celui cela ça était avait avons avez fois beaucoup
            toujours trop peut doit faut chaque quelques collègue collègues
            """),
        ["da"] = Set("""
            og det som der til med for den har ikke var han hun jeg vil kan skal fra men hvor have blev blive bliver efter også eller alle andre
            deres dette disse dig din dit dem mig min mit nogle når sig sin sit selv sådan hvad hvis hvordan her meget mere mest over under ved
            vores jer jeres kunne skulle ville været være være stadig altid igen bare godt lidt flere kollega kolleger kollegaer
            """),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Languages => ByLanguage.Keys;

    /// <summary>The merged lists of <paramref name="languages"/>; unknown codes are ignored, and no
    /// known code at all means every list (better too few themes than "the" and "het").</summary>
    public static IReadOnlySet<string> For(IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var known = languages.Where(ByLanguage.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var lists = known.Count == 0 ? ByLanguage.Values : known.Select(l => ByLanguage[l]);
        return lists.SelectMany(l => l).ToFrozenSet(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Set(string words)
        => words.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.Ordinal);
}

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>The texts of closing a posting early from the dashboard (the form on the cohort page and
/// the page that says why it could not be done), in en, nl, fr and da. Built with <c>new()</c> per
/// language, so a missing text does not compile.</summary>
public sealed record ClosePostingText
{
    public required string Language { get; init; }

    public required string Heading { get; init; }

    /// <summary>What happens next, under the heading.</summary>
    public required string WhatHappens { get; init; }

    public required string Button { get; init; }

    public required string NotOpenHeading { get; init; }

    public required string NotOpen { get; init; }

    public required string OlderVersion { get; init; }

    public required string BackToCohort { get; init; }

    public static readonly ClosePostingText English = new()
    {
        Language = "en",
        Heading = "Close the posting now",
        WhatHappens = "No more applications are taken. You get the selection request right away, with everyone who has applied so far. The meetings stay as planned.",
        Button = "Close the posting",
        NotOpenHeading = "The posting is not open",
        NotOpen = "This cohort’s posting has not started yet, or the selection has already begun. Nothing was changed.",
        OlderVersion = "This cohort started before postings could be closed early, so its posting closes at its deadline. Nothing was changed.",
        BackToCohort = "Back to the cohort",
    };

    public static readonly ClosePostingText Dutch = new()
    {
        Language = "nl",
        Heading = "De oproep nu sluiten",
        WhatHappens = "Er komen geen kandidaturen meer bij. Je krijgt meteen de vraag om te selecteren, met iedereen die zich tot nu toe kandidaat heeft gesteld. De bijeenkomsten blijven zoals gepland.",
        Button = "Oproep sluiten",
        NotOpenHeading = "De oproep is niet open",
        NotOpen = "De oproep van deze groep is nog niet begonnen, of de selectie is al gestart. Er is niets gewijzigd.",
        OlderVersion = "Deze groep is gestart voordat een oproep vroeger kon worden gesloten, dus de oproep sluit op de deadline. Er is niets gewijzigd.",
        BackToCohort = "Terug naar de groep",
    };

    public static readonly ClosePostingText French = new()
    {
        Language = "fr",
        Heading = "Clôturer l’appel à candidatures maintenant",
        WhatHappens = "Plus aucune candidature n’est acceptée. Vous recevez tout de suite la demande de sélection, avec toutes les personnes qui ont postulé jusqu’ici. Les réunions restent prévues comme annoncé.",
        Button = "Clôturer l’appel",
        NotOpenHeading = "L’appel à candidatures n’est pas ouvert",
        NotOpen = "L’appel de cette cohorte n’a pas encore commencé, ou la sélection a déjà débuté. Rien n’a été modifié.",
        OlderVersion = "Cette cohorte a démarré avant qu’un appel puisse être clôturé plus tôt : il se clôture donc à sa date limite. Rien n’a été modifié.",
        BackToCohort = "Retour à la cohorte",
    };

    public static readonly ClosePostingText Danish = new()
    {
        Language = "da",
        Heading = "Luk opslaget nu",
        WhatHappens = "Der modtages ikke flere ansøgninger. Du får straks anmodningen om at udvælge, med alle, der har søgt indtil nu. Møderne ligger fast som planlagt.",
        Button = "Luk opslaget",
        NotOpenHeading = "Opslaget er ikke åbent",
        NotOpen = "Opslaget for dette hold er ikke startet endnu, eller udvælgelsen er allerede i gang. Intet er ændret.",
        OlderVersion = "Dette hold startede, før et opslag kunne lukkes før tid, så opslaget lukker ved fristen. Intet er ændret.",
        BackToCohort = "Tilbage til holdet",
    };

    public static IReadOnlyList<ClosePostingText> All { get; } = [English, Dutch, French, Danish];

    /// <summary>The texts in <paramref name="language"/>, English when it has none.</summary>
    public static ClosePostingText For(string? language)
        => All.FirstOrDefault(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase)) ?? English;
}

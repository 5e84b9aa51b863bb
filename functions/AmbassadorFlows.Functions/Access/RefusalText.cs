using System.Globalization;

namespace AmbassadorFlows.Functions.Access;

/// <summary>What <see cref="SameOriginGuard"/>'s refusal pages say, in each language the dashboard
/// speaks: what was refused, why in a word, and what to do now. The JSON answers (scripts) stay English.</summary>
public sealed class RefusalText
{
    public required string Language { get; init; }

    public required string UnknownHostTitle { get; init; }

    /// <summary>{0} is the host name used, {1} the app's own address.</summary>
    public required string UnknownHostText { get; init; }

    public required string CrossSiteTitle { get; init; }

    public required string CrossSiteText { get; init; }

    public required string FormExpiredTitle { get; init; }

    public required string FormExpiredText { get; init; }

    public required string MalformedTitle { get; init; }

    public required string MalformedText { get; init; }

    public required string Back { get; init; }

    public CultureInfo Culture => Components.PageDates.CultureFor(Language);

    public string Format(string text, params object[] values) => string.Format(Culture, text, values);

    public static RefusalText For(string? language) => language switch
    {
        "nl" => Dutch,
        "fr" => French,
        "da" => Danish,
        _ => English,
    };

    public static IReadOnlyList<RefusalText> All => [English, Dutch, French, Danish];

    public static RefusalText English { get; } = new()
    {
        Language = "en",
        UnknownHostTitle = "Unknown address",
        UnknownHostText = "This app answers at localhost or at its own address, not at “{0}”. Open it at {1}.",
        CrossSiteTitle = "Change refused: it came from another site",
        CrossSiteText = "Changes are only accepted from this app’s own pages. Nothing was changed. Open the page in the app and submit it there.",
        FormExpiredTitle = "The form has expired",
        FormExpiredText = "The form’s security field is missing or does not belong to this browser, so nothing was changed. Reload the page and submit the form again.",
        MalformedTitle = "The form could not be read",
        MalformedText = "What was sent was cut short or too large, so nothing was changed. Reload the page and submit the form again.",
        Back = "Back to the dashboard",
    };

    public static RefusalText Dutch { get; } = new()
    {
        Language = "nl",
        UnknownHostTitle = "Onbekend adres",
        UnknownHostText = "Deze app is bereikbaar via localhost of haar eigen adres, niet via “{0}”. Open haar via {1}.",
        CrossSiteTitle = "Wijziging geweigerd: ze kwam van een andere site",
        CrossSiteText = "Wijzigingen worden alleen aanvaard vanaf de eigen pagina’s van deze app. Er is niets gewijzigd. Open de pagina in de app en verstuur het formulier daar.",
        FormExpiredTitle = "Het formulier is verlopen",
        FormExpiredText = "Het beveiligingsveld van het formulier ontbreekt of hoort niet bij deze browser, dus er is niets gewijzigd. Laad de pagina opnieuw en verstuur het formulier nog eens.",
        MalformedTitle = "Het formulier kon niet worden gelezen",
        MalformedText = "Wat verstuurd werd, was onvolledig of te groot, dus er is niets gewijzigd. Laad de pagina opnieuw en verstuur het formulier nog eens.",
        Back = "Terug naar het dashboard",
    };

    public static RefusalText French { get; } = new()
    {
        Language = "fr",
        UnknownHostTitle = "Adresse inconnue",
        UnknownHostText = "Cette application répond sur localhost ou sur sa propre adresse, pas sur « {0} ». Ouvrez-la à l’adresse {1}.",
        CrossSiteTitle = "Modification refusée : elle venait d’un autre site",
        CrossSiteText = "Les modifications ne sont acceptées que depuis les pages de cette application. Rien n’a été modifié. Ouvrez la page dans l’application et envoyez le formulaire depuis celle-ci.",
        FormExpiredTitle = "Le formulaire a expiré",
        FormExpiredText = "Le champ de sécurité du formulaire manque ou n’appartient pas à ce navigateur : rien n’a été modifié. Rechargez la page et envoyez à nouveau le formulaire.",
        MalformedTitle = "Le formulaire n’a pas pu être lu",
        MalformedText = "Ce qui a été envoyé était incomplet ou trop volumineux : rien n’a été modifié. Rechargez la page et envoyez à nouveau le formulaire.",
        Back = "Retour au tableau de bord",
    };

    public static RefusalText Danish { get; } = new()
    {
        Language = "da",
        UnknownHostTitle = "Ukendt adresse",
        UnknownHostText = "Appen svarer på localhost eller på sin egen adresse, ikke på “{0}”. Åbn den på {1}.",
        CrossSiteTitle = "Ændringen blev afvist, fordi den kom fra et andet websted",
        CrossSiteText = "Ændringer modtages kun fra appens egne sider. Intet er ændret. Åbn siden i appen, og send formularen derfra.",
        FormExpiredTitle = "Formularen er udløbet",
        FormExpiredText = "Formularens sikkerhedsfelt mangler eller hører ikke til denne browser, så intet er ændret. Genindlæs siden, og send formularen igen.",
        MalformedTitle = "Formularen kunne ikke læses",
        MalformedText = "Det, der blev sendt, var afkortet eller for stort, så intet er ændret. Genindlæs siden, og send formularen igen.",
        Back = "Tilbage til dashboardet",
    };
}

using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Access;

/// <summary>
/// What a browser is told when the access gate refuses it (sign-in needed, a role missing), in en, nl,
/// fr and da, worded for how this app signs people in: local keys, or Entra ID in Azure. Each language is
/// built with <c>new()</c>, so a missing text does not compile. Razor encodes them; {0}, {1} are filled in.
/// </summary>
public sealed record AccessText
{
    public required string Language { get; init; }

    public required string SignInTitle { get; init; }

    public required string SignInNeeded { get; init; }

    public required string SignInLink { get; init; }

    /// <summary>Azure mode without App Service Authentication: nobody can sign in yet.</summary>
    public required string SignInUnavailable { get; init; }

    public required string ForbiddenTitle { get; init; }

    /// <summary>{0}: the roles that may open the page.</summary>
    public required string NeedsRole { get; init; }

    /// <summary>{0}: who is signed in; {1}: their roles, or <see cref="NoRole"/>.</summary>
    public required string SignedInAs { get; init; }

    public required string NoRole { get; init; }

    /// <summary>Between two role names: "HR or Ops".</summary>
    public required string Or { get; init; }

    /// <summary>{0}: the roles.</summary>
    public required string LocalHowTo { get; init; }

    public required string SignInWithOtherKey { get; init; }

    /// <summary>{0}: the roles.</summary>
    public required string AzureHowTo { get; init; }

    public required string BackToOverview { get; init; }

    public static AccessText English { get; } = new()
    {
        Language = "en",
        SignInTitle = "Sign-in needed",
        SignInNeeded = "This page is for signed-in users of AmbassadorFlows.",
        SignInLink = "Sign in",
        SignInUnavailable = "Sign-in is not set up for this app yet: ask your administrator to turn on App Service Authentication with the app registration.",
        ForbiddenTitle = "Not open to your role",
        NeedsRole = "This page needs the role {0}.",
        SignedInAs = "You are signed in as {0} (roles: {1}).",
        NoRole = "none",
        Or = " or ",
        LocalHowTo = "To open it, sign in with the key of the role {0}. Whoever runs this app has the keys.",
        SignInWithOtherKey = "Sign in with another key",
        AzureHowTo = "To open it, ask your administrator to assign you the app role {0} of AmbassadorFlows in Microsoft Entra ID.",
        BackToOverview = "Back to the overview",
    };

    public static AccessText Dutch { get; } = new()
    {
        Language = "nl",
        SignInTitle = "Aanmelden nodig",
        SignInNeeded = "Deze pagina is voor aangemelde gebruikers van AmbassadorFlows.",
        SignInLink = "Aanmelden",
        SignInUnavailable = "Aanmelden is voor deze app nog niet ingesteld: vraag uw beheerder App Service Authentication met de app-registratie aan te zetten.",
        ForbiddenTitle = "Niet toegankelijk voor uw rol",
        NeedsRole = "Voor deze pagina is de rol {0} nodig.",
        SignedInAs = "U bent aangemeld als {0} (rollen: {1}).",
        NoRole = "geen",
        Or = " of ",
        LocalHowTo = "Meld u aan met de sleutel van de rol {0} om haar te openen. Wie deze app beheert, heeft de sleutels.",
        SignInWithOtherKey = "Aanmelden met een andere sleutel",
        AzureHowTo = "Vraag uw beheerder u in Microsoft Entra ID de app-rol {0} van AmbassadorFlows toe te wijzen om haar te openen.",
        BackToOverview = "Terug naar het overzicht",
    };

    public static AccessText French { get; } = new()
    {
        Language = "fr",
        SignInTitle = "Connexion requise",
        SignInNeeded = "Cette page est réservée aux personnes connectées à AmbassadorFlows.",
        SignInLink = "Se connecter",
        SignInUnavailable = "La connexion n’est pas encore configurée pour cette application : demandez à votre administrateur d’activer App Service Authentication avec l’inscription d’application.",
        ForbiddenTitle = "Non accessible avec votre rôle",
        NeedsRole = "Cette page demande le rôle {0}.",
        SignedInAs = "Vous êtes connecté·e en tant que {0} (rôles : {1}).",
        NoRole = "aucun",
        Or = " ou ",
        LocalHowTo = "Pour l’ouvrir, connectez-vous avec la clé du rôle {0}. La personne qui gère cette application détient les clés.",
        SignInWithOtherKey = "Se connecter avec une autre clé",
        AzureHowTo = "Pour l’ouvrir, demandez à votre administrateur de vous attribuer le rôle d’application {0} d’AmbassadorFlows dans Microsoft Entra ID.",
        BackToOverview = "Retour à la vue d’ensemble",
    };

    public static AccessText Danish { get; } = new()
    {
        Language = "da",
        SignInTitle = "Log ind først",
        SignInNeeded = "Denne side er for brugere, der er logget ind i AmbassadorFlows.",
        SignInLink = "Log ind",
        SignInUnavailable = "Login er endnu ikke sat op for denne app: bed din administrator om at slå App Service Authentication til med app-registreringen.",
        ForbiddenTitle = "Ikke åben for din rolle",
        NeedsRole = "Denne side kræver rollen {0}.",
        SignedInAs = "Du er logget ind som {0} (roller: {1}).",
        NoRole = "ingen",
        Or = " eller ",
        LocalHowTo = "Log ind med nøglen til rollen {0} for at åbne den. Den, der driver appen, har nøglerne.",
        SignInWithOtherKey = "Log ind med en anden nøgle",
        AzureHowTo = "Bed din administrator om at tildele dig app-rollen {0} for AmbassadorFlows i Microsoft Entra ID for at åbne den.",
        BackToOverview = "Tilbage til overblikket",
    };

    public static IReadOnlyList<AccessText> All { get; } = [English, Dutch, French, Danish];

    public static AccessText For(string? language)
        => PageLanguage.Find(language) is { } code ? All.First(t => t.Language == code) : English;

    public string Format(string text, params object?[] args) => string.Format(System.Globalization.CultureInfo.GetCultureInfo(Language), text, args);

    /// <summary>"HR or Ops".</summary>
    public string Roles(IEnumerable<string> roles) => string.Join(Or, roles);
}

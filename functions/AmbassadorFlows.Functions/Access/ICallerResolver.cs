namespace AmbassadorFlows.Functions.Access;

/// <summary>Finds the caller of a request, or null when nobody is signed in. One per hosting mode.</summary>
public interface ICallerResolver
{
    /// <summary>Said in the 401 so the caller knows how to sign in.</summary>
    string SignInHint { get; }

    Caller? Resolve(HttpRequest request);
}

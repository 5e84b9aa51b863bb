namespace AmbassadorFlows.Functions.FunctionMetadata;

/// <summary>The <c>authLevel</c> of an httpTrigger in Azure: which key (if any) the Functions host
/// demands before it forwards the request to us. Locally the app enforces its own rules.</summary>
public enum FunctionAuthorizationLevel
{
    /// <summary>No key: approval landing pages opened from emails.</summary>
    Anonymous,

    /// <summary>A function or host key in <c>code=</c> or <c>x-functions-key</c>: HR and ops APIs.</summary>
    Function,

    /// <summary>The master key only.</summary>
    Admin,
}

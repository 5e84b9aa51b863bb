namespace AmbassadorFlows.Functions.FunctionMetadata;

public enum FunctionKind
{
    Orchestrator,
    Activity,
    Http,
}

namespace AmbassadorFlows.Functions.Reassignment;

public static class ReassignmentServiceCollectionExtensions
{
    /// <summary>Hand-overs and the manager-change sweep; the store's <see cref="Storage.IApprovalAssignment"/> is registered with the store.</summary>
    public static IServiceCollection AddReassignment(this IServiceCollection services)
    {
        services.AddSingleton<RequestHandOver>();
        services.AddSingleton<ManagerChange>();
        services.AddSingleton<ReassignmentServices>();
        return services;
    }
}

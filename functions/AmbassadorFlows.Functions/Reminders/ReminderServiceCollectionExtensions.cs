namespace AmbassadorFlows.Functions.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>HR's reminders of a manager's open approval (<see cref="ManagerReminder"/>).</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddSingleton<ManagerReminder>();
        return services;
    }
}

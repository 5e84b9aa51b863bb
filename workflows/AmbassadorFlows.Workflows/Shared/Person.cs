using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>Who a message goes to, as looked up once by an activity and then kept in history.</summary>
public sealed record Person(string EmployeeId, string Name, string Email, string Language)
{
    public static Person From(Employee employee)
    {
        ArgumentNullException.ThrowIfNull(employee);
        return new(employee.Id, employee.DisplayName, employee.Email, employee.PreferredLanguage);
    }

    public EmailAddress Address => new(Email, Name);
}

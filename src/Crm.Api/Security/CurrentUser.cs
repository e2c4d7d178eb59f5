using System.Reflection;

namespace Crm.Api.Security;

/// <summary>The verified caller, taken from the token. Handlers receive it as a parameter.</summary>
public sealed record CurrentUser(long Id, string Sub, Role Role, string? Email, string? Name, PermissionTable Permissions)
{
    public string RoleName => Role.ToString().ToLowerInvariant();

    public Scope? ScopeOf(string permission) => Permissions.ScopeOf(Role, permission);

    public static ValueTask<CurrentUser?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult(context.Features.Get<CurrentUser>());
}

using System.Reflection;

namespace Crm.Api.Security;

/// <summary>The verified caller, taken from the token. Handlers receive it as a parameter.</summary>
public sealed record CurrentUser(long Id, string Sub, Role Role, string? Email, string? Name, PermissionTable Permissions)
{
    public string RoleName => Role.ToString().ToLowerInvariant();

    public Scope? ScopeOf(string permission) => Permissions.ScopeOf(Role, permission);

    /// <summary>True when the caller may reach records owned by <paramref name="ownerId"/> under this permission.</summary>
    public bool Reaches(string permission, long? ownerId) => ScopeOf(permission) switch
    {
        Scope.All => true,
        Scope.Own => ownerId == Id,
        _ => false,
    };

    /// <summary>The owner to filter lists by, or null when the caller sees everything.</summary>
    public long? ReadOwnerFilter(string permission) => ScopeOf(permission) == Scope.Own ? Id : null;

    public static ValueTask<CurrentUser?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult(context.Features.Get<CurrentUser>());
}

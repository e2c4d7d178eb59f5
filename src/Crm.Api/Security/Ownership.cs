namespace Crm.Api.Security;

public static class Ownership
{
    /// <summary>
    /// May the caller set a record's owner to <paramref name="owner"/>? Anyone may leave it unchanged or take it
    /// themselves; handing it to someone else needs the reassign permission.
    /// </summary>
    public static bool MayAssign(CurrentUser user, long? owner, long? current) =>
        owner == current || owner == user.Id || user.ScopeOf(Permission.RecordsReassign) is not null;
}

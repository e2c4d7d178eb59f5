namespace Crm.Api.Security;

public enum Role { Admin, Manager, Agent }

/// <summary>How far a permission reaches: only the caller's own records, or every record.</summary>
public enum Scope { Own = 1, All = 2 }

/// <summary>Permission names. Each endpoint declares exactly one; <see cref="PermissionTable"/> decides.</summary>
public static class Permission
{
    public const string CustomersRead = "customers:read", CustomersCreate = "customers:create",
        CustomersUpdate = "customers:update", CustomersDelete = "customers:delete";
    public const string ContactsRead = "contacts:read", ContactsCreate = "contacts:create",
        ContactsUpdate = "contacts:update", ContactsDelete = "contacts:delete";
    public const string DealsRead = "deals:read", DealsCreate = "deals:create",
        DealsUpdate = "deals:update", DealsDelete = "deals:delete";
    public const string ActivitiesRead = "activities:read", ActivitiesCreate = "activities:create",
        ActivitiesUpdate = "activities:update", ActivitiesDelete = "activities:delete";
    public const string NotesRead = "notes:read", NotesCreate = "notes:create",
        NotesUpdate = "notes:update", NotesDelete = "notes:delete";
    public const string TagsRead = "tags:read", TagsManage = "tags:manage", TagsAssign = "tags:assign";
    public const string StagesRead = "stages:read", StagesManage = "stages:manage";
    public const string ReportsRead = "reports:read";
    public const string AuditLogsRead = "audit_logs:read";
    /// <summary>The event feed, and managing webhooks (v2, admin only).</summary>
    public const string EventsRead = "events:read", WebhooksManage = "webhooks:manage";
    /// <summary>Custom field definitions and pipelines (v2): everyone reads them, admins shape them.</summary>
    public const string CustomFieldsRead = "custom_fields:read", CustomFieldsManage = "custom_fields:manage";
    public const string PipelinesRead = "pipelines:read", PipelinesManage = "pipelines:manage";
    /// <summary>Moving a deal out of a won or lost stage.</summary>
    public const string DealsReopen = "deals:reopen";
    /// <summary>Setting <c>assigned_to</c>/<c>owner_id</c> to someone other than the caller.</summary>
    public const string RecordsReassign = "records:reassign";
    /// <summary>
    /// Data in and out (v2, contract section 9): imports; jobs (own, or everyone's); exports; bulk actions by filter and
    /// merges; erasing a customer's personal data.
    /// </summary>
    public const string ImportsCreate = "imports:create", JobsRead = "jobs:read", RecordsExport = "records:export",
        RecordsBulk = "records:bulk", RecordsMerge = "records:merge", CustomersErase = "customers:erase";
    /// <summary>Any authenticated caller (only <c>GET /admin/me</c>).</summary>
    public const string Authenticated = "self:read";
}

/// <summary>
/// THE role → permission → scope table (contract section 3). Endpoints, <c>GET /admin/me</c> and the
/// tests all read it; nothing else decides who may do what.
/// </summary>
public sealed class PermissionTable
{
    readonly Dictionary<Role, Dictionary<string, Scope>> _table;

    /// <param name="agentExport">AGENT_EXPORT: agents may export (what their read scope holds).</param>
    public PermissionTable(bool agentReadScopeOwn, bool agentExport = false)
    {
        var everyone = new[] { Permission.Authenticated, Permission.TagsRead, Permission.StagesRead, Permission.CustomFieldsRead, Permission.PipelinesRead };
        var records = new[] { "customers", "contacts", "deals", "activities", "notes" };

        Dictionary<string, Scope> Grant(Func<string, Scope?> scopeOf)
        {
            var grants = new Dictionary<string, Scope>();
            foreach (var permission in everyone) grants[permission] = Scope.All;
            foreach (var resource in records)
                foreach (var verb in new[] { "read", "create", "update", "delete" })
                    if (scopeOf($"{resource}:{verb}") is { } scope) grants[$"{resource}:{verb}"] = scope;
            // Reports count records, so they are read with the records' read scope (contract section 3).
            foreach (var permission in new[] { Permission.ReportsRead, Permission.TagsManage, Permission.TagsAssign, Permission.StagesManage,
                         Permission.AuditLogsRead, Permission.RecordsReassign, Permission.DealsReopen,
                         Permission.EventsRead, Permission.WebhooksManage, Permission.ImportsCreate, Permission.JobsRead,
                         Permission.RecordsExport, Permission.RecordsBulk, Permission.RecordsMerge, Permission.CustomersErase,
                         Permission.CustomFieldsManage, Permission.PipelinesManage })
                if (scopeOf(permission) is { } scope) grants[permission] = scope;
            return grants;
        }

        _table = new()
        {
            [Role.Admin] = Grant(_ => Scope.All),
            [Role.Manager] = Grant(p => p is Permission.StagesManage or Permission.AuditLogsRead
                or Permission.EventsRead or Permission.WebhooksManage or Permission.CustomersErase
                or Permission.CustomFieldsManage or Permission.PipelinesManage ? null : Scope.All),
            [Role.Agent] = Grant(p => p switch
            {
                Permission.AuditLogsRead or Permission.StagesManage or Permission.TagsManage or Permission.RecordsReassign
                    or Permission.DealsReopen or Permission.EventsRead or Permission.WebhooksManage
                    or Permission.ImportsCreate or Permission.RecordsMerge or Permission.CustomersErase
                    or Permission.CustomFieldsManage or Permission.PipelinesManage => null,
                Permission.RecordsExport => agentExport ? Scope.All : null,
                // Agents submit no jobs: they would see only their own.
                Permission.JobsRead => Scope.Own,
                // Bulk by ids, each item as its single route would answer them (their own records); never by filter.
                Permission.RecordsBulk => Scope.Own,
                _ when p.EndsWith(":read") => agentReadScopeOwn ? Scope.Own : Scope.All,
                _ when p.EndsWith(":create") => Scope.Own,
                _ when p.EndsWith(":update") => Scope.Own,
                Permission.NotesDelete => Scope.Own,
                Permission.TagsAssign => Scope.Own,
                _ => null,
            }),
        };
    }

    /// <summary>The scope the role has for the permission, or null when it has none.</summary>
    public Scope? ScopeOf(Role role, string permission) =>
        _table[role].TryGetValue(permission, out var scope) ? scope : null;

    /// <summary>"customers:read:all"-style strings for <c>GET /admin/me</c>.</summary>
    public IReadOnlyList<string> Describe(Role role) =>
        _table[role].Where(p => p.Key != Permission.Authenticated)
            .Select(p => $"{p.Key}:{p.Value.ToString().ToLowerInvariant()}").Order(StringComparer.Ordinal).ToList();
}

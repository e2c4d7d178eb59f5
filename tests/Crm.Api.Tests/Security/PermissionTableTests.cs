using Crm.Api.Security;

namespace Crm.Api.Tests.Security;

/// <summary>The table itself, row by row as contract section 3 writes it.</summary>
public class PermissionTableTests
{
    static readonly PermissionTable Table = new(agentReadScopeOwn: false);
    static readonly PermissionTable OwnTable = new(agentReadScopeOwn: true);

    [Theory]
    [InlineData(Permission.AuditLogsRead, Scope.All, null, null)]
    [InlineData(Permission.StagesManage, Scope.All, null, null)]
    [InlineData(Permission.TagsManage, Scope.All, Scope.All, null)]
    [InlineData(Permission.TagsAssign, Scope.All, Scope.All, Scope.Own)]
    [InlineData(Permission.RecordsReassign, Scope.All, Scope.All, null)]
    [InlineData(Permission.DealsReopen, Scope.All, Scope.All, null)]
    [InlineData(Permission.CustomersDelete, Scope.All, Scope.All, null)]
    [InlineData(Permission.DealsUpdate, Scope.All, Scope.All, Scope.Own)]
    [InlineData(Permission.ActivitiesCreate, Scope.All, Scope.All, Scope.Own)]
    [InlineData(Permission.NotesUpdate, Scope.All, Scope.All, Scope.Own)]
    [InlineData(Permission.NotesDelete, Scope.All, Scope.All, Scope.Own)]
    [InlineData(Permission.ContactsDelete, Scope.All, Scope.All, null)]
    [InlineData(Permission.CustomersRead, Scope.All, Scope.All, Scope.All)]
    [InlineData(Permission.ReportsRead, Scope.All, Scope.All, Scope.All)]
    [InlineData(Permission.StagesRead, Scope.All, Scope.All, Scope.All)]
    // v2, section 3: imports, bulk by filter and merges for admins and managers (agents: bulk by ids, their own records);
    // erasure for admins; jobs of others for both.
    [InlineData(Permission.ImportsCreate, Scope.All, Scope.All, null)]
    [InlineData(Permission.RecordsBulk, Scope.All, Scope.All, Scope.Own)]
    [InlineData(Permission.RecordsMerge, Scope.All, Scope.All, null)]
    [InlineData(Permission.CustomersErase, Scope.All, null, null)]
    [InlineData(Permission.JobsRead, Scope.All, Scope.All, Scope.Own)]
    [InlineData(Permission.RecordsExport, Scope.All, Scope.All, null)]
    [InlineData(Permission.CustomFieldsRead, Scope.All, Scope.All, Scope.All)]
    [InlineData(Permission.PipelinesRead, Scope.All, Scope.All, Scope.All)]
    [InlineData(Permission.CustomFieldsManage, Scope.All, null, null)]
    [InlineData(Permission.PipelinesManage, Scope.All, null, null)]
    public void EachRoleHasTheScopeTheContractGives(string permission, Scope? admin, Scope? manager, Scope? agent)
    {
        Table.ScopeOf(Role.Admin, permission).ShouldBe(admin);
        Table.ScopeOf(Role.Manager, permission).ShouldBe(manager);
        Table.ScopeOf(Role.Agent, permission).ShouldBe(agent);
    }

    [Theory]
    [InlineData(Permission.CustomersRead)]
    [InlineData(Permission.ContactsRead)]
    [InlineData(Permission.DealsRead)]
    [InlineData(Permission.ActivitiesRead)]
    [InlineData(Permission.NotesRead)]
    public void AgentReadScopeOwnNarrowsRecordReadsOnly(string permission)
    {
        OwnTable.ScopeOf(Role.Agent, permission).ShouldBe(Scope.Own);
        OwnTable.ScopeOf(Role.Manager, permission).ShouldBe(Scope.All);
        OwnTable.ScopeOf(Role.Agent, Permission.TagsRead).ShouldBe(Scope.All);
        // Definitions are not records: an agent who reads only their own records still reads every field and pipeline.
        OwnTable.ScopeOf(Role.Agent, Permission.CustomFieldsRead).ShouldBe(Scope.All);
        OwnTable.ScopeOf(Role.Agent, Permission.PipelinesRead).ShouldBe(Scope.All);
        OwnTable.ScopeOf(Role.Agent, Permission.AuditLogsRead).ShouldBeNull();
    }

    [Fact]
    public void AgentExportLetsAgentsExport() =>
        new PermissionTable(agentReadScopeOwn: false, agentExport: true).ScopeOf(Role.Agent, Permission.RecordsExport).ShouldBe(Scope.All);
}

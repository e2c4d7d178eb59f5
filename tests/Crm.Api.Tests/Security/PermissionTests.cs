using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Security;

public class PermissionTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task MeDescribesTheCallerAndThePermissionsOfTheTable()
    {
        var me = await (await app.As("manager", 12, "Maria Manager").GetAsync("/admin/me")).ShouldHave(HttpStatusCode.OK);

        var user = me.GetProperty("user");
        user.GetProperty("id").GetInt64().ShouldBe(12);
        user.Str("sub").ShouldBe("12");
        user.Str("name").ShouldBe("Maria Manager");
        user.Str("email").ShouldBe("manager12@example.com");
        user.Str("role").ShouldBe("manager");
        var permissions = me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToList();
        // Contract section 3, a manager: every record permission on all records, tags managed and assigned, deals
        // reopened, records reassigned; custom field and pipeline definitions read (section 11); not the pipeline stages',
        // custom fields' or pipelines' management, not the audit log.
        string[] records = ["customers", "contacts", "deals", "activities", "notes"];
        var expected = records.SelectMany(r => new[] { "read", "create", "update", "delete" }.Select(v => $"{r}:{v}:all"))
            .Concat(["tags:read:all", "tags:manage:all", "tags:assign:all", "stages:read:all", "reports:read:all",
                "records:reassign:all", "deals:reopen:all", "custom_fields:read:all", "pipelines:read:all",
                // Section 3 (v2): imports, jobs of others, bulk, export and merge; not erasure.
                "imports:create:all", "jobs:read:all", "records:bulk:all", "records:export:all", "records:merge:all"]);
        permissions.ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public async Task AnAgentsPermissionsAreScopedToOwnRecords()
    {
        var me = await (await app.As("agent", 5).GetAsync("/admin/me")).ShouldHave(HttpStatusCode.OK);
        var permissions = me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToList();
        permissions.ShouldContain("customers:read:all");
        permissions.ShouldContain("customers:update:own");
        permissions.ShouldNotContain(p => p.StartsWith("customers:delete"));
        permissions.ShouldNotContain(p => p.StartsWith("records:reassign"));
        // Section 3 (v2): bulk by ids on their own records, their own jobs; no imports, no export by default.
        permissions.ShouldContain("records:bulk:own");
        permissions.ShouldContain("jobs:read:own");
        permissions.ShouldNotContain(p => p.StartsWith("imports:") || p.StartsWith("records:export") || p.StartsWith("customers:erase"));
    }

    [Fact]
    public async Task AnAgentCannotDeleteACustomer()
    {
        var customer = await (await app.Admin.PostJson("/admin/customers", new { name = "Keep", email = "keep@example.com" })).ShouldHave(HttpStatusCode.Created);

        await (await app.As("agent", 5).Delete($"/admin/customers/{customer.Id()}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await app.Admin.GetAsync($"/admin/customers/{customer.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnAgentCreatesCustomersAssignedToThemselves()
    {
        var created = await (await app.As("agent", 5).PostJson("/admin/customers", new { name = "Mine", email = "mine@example.com" }))
            .ShouldHave(HttpStatusCode.Created);
        created.GetProperty("assigned_to").GetInt64().ShouldBe(5);
    }

    [Fact]
    public async Task AnAgentCannotCreateACustomerForSomeoneElse()
    {
        await (await app.As("agent", 5).PostJson("/admin/customers", new { name = "Theirs", email = "theirs@example.com", assigned_to = 6 }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }

    [Fact]
    public async Task AnAgentCannotUpdateAnotherAgentsCustomer()
    {
        var other = await (await app.Admin.PostJson("/admin/customers", new { name = "Other's", email = "others@example.com", assigned_to = 6 }))
            .ShouldHave(HttpStatusCode.Created);

        await (await app.As("agent", 5).PatchJson($"/admin/customers/{other.Id()}", new { status = "active" }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await app.As("agent", 5).PutJson($"/admin/customers/{other.Id()}", new { name = "Mine now", email = "others@example.com" }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }

    [Fact]
    public async Task AgentCannotReassignTheirOwnCustomerToAnotherAgent()
    {
        var mine = await (await app.As("agent", 5).PostJson("/admin/customers", new { name = "Reassign", email = "reassign@example.com" }))
            .ShouldHave(HttpStatusCode.Created);

        await (await app.As("agent", 5).PatchJson($"/admin/customers/{mine.Id()}", new { assigned_to = 9 }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        var updated = await (await app.As("agent", 5).PatchJson($"/admin/customers/{mine.Id()}", new { status = "active" })).ShouldHave(HttpStatusCode.OK);
        updated.GetProperty("assigned_to").GetInt64().ShouldBe(5);
    }

    [Fact]
    public async Task AManagerMayReassign()
    {
        var customer = await (await app.As("agent", 5).PostJson("/admin/customers", new { name = "Handover", email = "handover@example.com" }))
            .ShouldHave(HttpStatusCode.Created);
        var updated = await (await app.As("manager", 2).PatchJson($"/admin/customers/{customer.Id()}", new { assigned_to = 9 })).ShouldHave(HttpStatusCode.OK);
        updated.GetProperty("assigned_to").GetInt64().ShouldBe(9);
    }

    [Fact]
    public async Task OnlyAdminsAndManagersListDeletedCustomers()
    {
        await (await app.As("agent", 5).GetAsync("/admin/customers?deleted=true")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await app.As("manager", 2).GetAsync("/admin/customers?deleted=true")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public class OwnReadScopeTests(OwnReadScopeTests.OwnScopeFactory app) : IClassFixture<OwnReadScopeTests.OwnScopeFactory>
{
    public sealed class OwnScopeFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["AGENT_READ_SCOPE"] = "own" };
    }

    [Fact]
    public async Task AnAgentSeesOnlyTheirOwnCustomersAndOthersAreNotFound()
    {
        var mine = await (await app.As("agent", 5).PostJson("/admin/customers", new { name = "Mine", email = "own-mine@example.com" })).ShouldHave(HttpStatusCode.Created);
        var theirs = await (await app.As("agent", 6).PostJson("/admin/customers", new { name = "Theirs", email = "own-theirs@example.com" })).ShouldHave(HttpStatusCode.Created);

        var list = await (await app.As("agent", 5).GetAsync("/admin/customers")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").EnumerateArray().Select(c => c.Id()).ShouldBe([mine.Id()]);
        list.GetProperty("total").GetInt32().ShouldBe(1);

        await (await app.As("agent", 5).GetAsync($"/admin/customers/{theirs.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await app.As("agent", 5).PatchJson($"/admin/customers/{theirs.Id()}", new { status = "active" })).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");

        var adminList = await (await app.Admin.GetAsync("/admin/customers")).ShouldHave(HttpStatusCode.OK);
        adminList.GetProperty("total").GetInt32().ShouldBe(2);
    }
}

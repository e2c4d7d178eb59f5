using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Security;

/// <summary>
/// Faults put into the service by hand passed every test until these (issue 17's mutation audit). Each was checked by
/// putting its fault back and seeing the test fail. The others: user id 0 (TokenVerificationTests), the HS256 pin
/// (AlgorithmPinTests), the download's SHA-256 check (LocalAttachmentStoreTests).
/// </summary>
public class MutationAuditTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Unique() => Guid.NewGuid().ToString("N")[..8];

    long Scalar(string sql)
    {
        using var connection = app.OpenConnection();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    async Task<long> NewCustomer(long? assignedTo = null) =>
        (await (await app.Admin.PostJson("/admin/customers", new { name = "Audited", email = $"a-{Unique()}@example.com", assigned_to = assignedTo }))
            .ShouldHave(HttpStatusCode.Created)).Id();

    /// <summary>From here on, PostgreSQL refuses any audit row whose changes mention <paramref name="marker"/>.</summary>
    void RefuseAuditRowsMentioning(string marker)
    {
        using var connection = app.OpenConnection();
        using var command = new Npgsql.NpgsqlCommand($$"""
            CREATE OR REPLACE FUNCTION refuse_marked_audit() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              IF NEW.changes::text LIKE '%{{marker}}%' THEN RAISE EXCEPTION 'audit row refused'; END IF;
              RETURN NEW;
            END $f$;
            CREATE OR REPLACE TRIGGER refuse_marked_audit BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION refuse_marked_audit();
            """, connection);
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task AChangeWhoseAuditRowFailsIsNotKept()
    {
        var marker = $"unaudited-{Unique()}";
        var customer = await NewCustomer();
        RefuseAuditRowsMentioning(marker);

        (await app.Admin.PostJson("/admin/tags", new { name = marker })).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await app.Admin.PutJson($"/admin/customers/{customer}", new { name = marker, email = $"u-{Unique()}@example.com" }))
            .StatusCode.ShouldBe(HttpStatusCode.InternalServerError);

        Scalar($"SELECT count(*) FROM tags WHERE name = '{marker}'").ShouldBe(0);
        Scalar($"SELECT count(*) FROM customers WHERE name = '{marker}'").ShouldBe(0);
    }

    [Theory]
    [InlineData("W/\"{0}\"")]
    [InlineData("w/\"{0}\"")]
    [InlineData("\"{0}\"-gzip")]
    public async Task AnIfMatchThatIsNotTheStrongCurrentTagChangesNothing(string format)
    {
        var customer = await NewCustomer();
        var etag = (await app.Admin.GetAsync($"/admin/customers/{customer}")).Headers.ETag!.Tag.Trim('"');

        await (await app.Admin.PatchJson($"/admin/customers/{customer}", new { status = "churned" }, string.Format(format, etag)))
            .ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");

        (await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK)).Str("status").ShouldBe("lead");
    }

    static HttpRequestMessage Note(string url, string key) => new(HttpMethod.Post, url)
    {
        Content = new StringContent("{\"content\":\"Called back\"}", System.Text.Encoding.UTF8, "application/json"),
        Headers = { { "Idempotency-Key", key } },
    };

    [Fact]
    public async Task AnIdempotencyKeyReusedOnAnotherPathIsRefusedNotReplayed()
    {
        var (first, second) = (await NewCustomer(), await NewCustomer());
        var key = $"note-{Unique()}";
        (await app.Admin.SendAsync(Note($"/admin/customers/{first}/notes", key))).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await app.Admin.SendAsync(Note($"/admin/customers/{second}/notes", key))).ShouldBeError((HttpStatusCode)422, "IDEMPOTENCY_KEY_REUSED");

        Scalar($"SELECT count(*) FROM notes WHERE customer_id = {second}").ShouldBe(0);
    }

    [Fact]
    public async Task AnIdempotencyKeyIsForgottenAfter24Hours()
    {
        var customer = await NewCustomer();
        var key = $"expiring-{Unique()}";
        var url = $"/admin/customers/{customer}/notes";
        (await app.Admin.SendAsync(Note(url, key))).StatusCode.ShouldBe(HttpStatusCode.Created);
        using (var connection = app.OpenConnection())
        using (var age = new Npgsql.NpgsqlCommand("UPDATE idempotency_keys SET created_at = now() - interval '24 hours 1 minute' WHERE key = @key", connection))
        {
            age.Parameters.AddWithValue("key", key);
            age.ExecuteNonQuery().ShouldBe(1);
        }

        var again = await app.Admin.SendAsync(Note(url, key));

        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        Scalar($"SELECT count(*) FROM notes WHERE customer_id = {customer}").ShouldBe(2);
    }

    [Fact]
    public async Task TheCustomersAssigneeCannotEditOrDeleteANoteSomeoneElseWrote()
    {
        var customer = await NewCustomer(assignedTo: 7);
        var note = (await (await app.As("manager", 2).PostJson($"/admin/customers/{customer}/notes", new { content = "Manager's note" }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        var assignee = app.As("agent", 7);

        await (await assignee.PutJson($"/admin/notes/{note}", new { content = "rewritten" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await assignee.Delete($"/admin/notes/{note}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");

        Scalar($"SELECT count(*) FROM notes WHERE id = {note} AND content = 'Manager''s note' AND deleted_at IS NULL").ShouldBe(1);
    }
}

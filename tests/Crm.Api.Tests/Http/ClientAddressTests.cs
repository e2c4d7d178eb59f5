using System.Net;
using System.Text;
using Crm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Crm.Api.Tests.Http;

/// <summary>The audit trail records the client's address; X-Forwarded-For is believed only from TRUSTED_PROXIES.</summary>
public class ClientAddressTests(ClientAddressTests.BehindProxy app) : IClassFixture<ClientAddressTests.BehindProxy>
{
    public sealed class BehindProxy : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["TRUSTED_PROXIES"] = "10.0.0.0/24" };
    }

    async Task<string?> CreateFrom(string remote, string forwardedFor, string email)
    {
        var context = await app.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            c.Request.Method = "POST";
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("localhost");
            c.Request.Protocol = "HTTP/1.1";
            c.Request.Path = "/admin/customers";
            c.Request.Headers.Authorization = $"Bearer {Tokens.For("admin", 1)}";
            c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            c.Request.Headers.UserAgent = "console/1.0";
            c.Request.ContentType = "application/json";
            var body = Encoding.UTF8.GetBytes($"{{\"name\":\"Ip\",\"email\":\"{email}\"}}");
            c.Request.Body = new MemoryStream(body);
            c.Request.ContentLength = body.Length;
            c.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>(new HasBody());
        });
        context.Response.StatusCode.ShouldBe(StatusCodes.Status201Created, await new StreamReader(context.Response.Body).ReadToEndAsync());

        using var db = app.OpenConnection();
        using var command = new Npgsql.NpgsqlCommand(
            $"SELECT ip_address || ' ' || user_agent FROM audit_logs a JOIN customers c ON c.id = a.resource_id WHERE a.resource_type = 'customer' AND c.email = '{email}'", db);
        return (string?)command.ExecuteScalar();
    }

    [Fact]
    public async Task ATrustedProxysForwardedAddressIsRecorded() =>
        (await CreateFrom("10.0.0.7", "203.0.113.9", "trusted@ip.example")).ShouldBe("203.0.113.9 console/1.0");

    [Fact]
    public async Task AnUntrustedCallerCannotSpoofItsAddress() =>
        (await CreateFrom("198.51.100.4", "203.0.113.9", "spoof@ip.example")).ShouldBe("198.51.100.4 console/1.0");

    sealed class HasBody : Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}

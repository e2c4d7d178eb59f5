using Crm.Api.Data;
using Crm.Api.Tags;
using Crm.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Api.Tests.Data;

/// <summary>One pooled connection, so that every statement of a sequence runs on the same prepared-statement cache.</summary>
public sealed class OneConnectionFactory : CrmFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["DB_MAX_POOL_SIZE"] = "1" };
}

/// <summary>
/// npgsql/npgsql#6391 (docs/npgsql-6391.md): a value refused while the statement that carries it is being auto-prepared
/// (its second use on a connection) broke the next execution of that statement on that connection, whoever sent it.
/// </summary>
public class PreparedStatementFaultTests(OneConnectionFactory app) : IClassFixture<OneConnectionFactory>
{
    async Task<Exception?> InsertTagAsync(string name, string? color)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDb>();
        var now = DateTime.UtcNow;
        db.Tags.Add(new Tag { Name = name, Color = color, CreatedAt = now, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateException e)
        {
            return e;
        }
    }

    [Theory]
    [InlineData("a\0b")] // refused while binding: 22021, text cannot hold NUL
    [InlineData("#ffffff\n")] // refused while planning: 22001, longer than varchar(7)
    public async Task AStatementThatFailsWhileBeingPreparedRunsAgainForTheNextCaller(string refused)
    {
        // Below the service's validation, straight through EF Core: the guard must hold whatever refuses the value.
        (await InsertTagAsync($"first {refused.Length}", "#000000")).ShouldBeNull();
        (await InsertTagAsync($"refused {refused.Length}", refused)).ShouldNotBeNull();

        (await InsertTagAsync($"innocent {refused.Length}", "#111111")).ShouldBeNull();
        (await InsertTagAsync($"and the next {refused.Length}", "#222222")).ShouldBeNull();
    }
}

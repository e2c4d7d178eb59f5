using System.Security.Cryptography;
using Crm.Api.Data;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Api.Http;

/// <summary>
/// Idempotency-Key on POST (contract section 5). The key is claimed with a transaction-scoped advisory lock,
/// the handler runs inside that same transaction, and the response is stored in it before it commits: the
/// record and its stored response exist together or not at all. A repeat replays the stored status and body;
/// the same key with another body is 422; a repeat while the first still runs is 409. Responses of 5xx are
/// never stored (the transaction rolls back), so a failed request can be retried with its key.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    const int MaxKeyLength = 255;

    public async Task InvokeAsync(HttpContext context, CrmDb db)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 || context.Features.Get<CurrentUser>() is not { } user)
        {
            await next(context);
            return;
        }
        if (key.Length > MaxKeyLength || key.Any(char.IsControl))
        {
            await ApiError.WriteAsync(context, 400, "VALIDATION_FAILED", $"Idempotency-Key must be 1 to {MaxKeyLength} printable characters",
                new ValidationErrors(new Dictionary<string, string[]> { ["Idempotency-Key"] = [$"must be 1 to {MaxKeyLength} printable characters"] }));
            return;
        }

        var hash = await HashRequestAsync(context.Request);
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        await using (var claim = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(hashtextextended(@key, @user))", connection))
        {
            claim.Parameters.AddWithValue("key", key);
            claim.Parameters.AddWithValue("user", user.Id);
            if (!(bool)(await claim.ExecuteScalarAsync(context.RequestAborted))!)
            {
                await ApiError.WriteAsync(context, 409, "IDEMPOTENCY_KEY_IN_USE", "A request with this Idempotency-Key is still being processed");
                return;
            }
        }

        if (await FindAsync(connection, user.Id, key, context.RequestAborted) is { } stored)
        {
            await transaction.RollbackAsync(context.RequestAborted);
            if (!stored.RequestHash.AsSpan().SequenceEqual(hash))
            {
                await ApiError.WriteAsync(context, 422, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used with a different request");
                return;
            }
            context.Response.StatusCode = stored.StatusCode;
            context.Response.ContentType = stored.ContentType;
            if (stored.Location is not null) context.Response.Headers.Location = stored.Location;
            if (stored.ETag is not null) context.Response.Headers.ETag = stored.ETag;
            context.Response.Headers["Idempotent-Replayed"] = "true";
            await context.Response.Body.WriteAsync(stored.Body, context.RequestAborted);
            return;
        }

        // The handler writes into a buffer so that its response can be stored before anything is sent.
        var originalBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = originalBody;
        }

        if (context.Response.StatusCode < 500)
        {
            await SaveAsync(connection, user.Id, key, hash, context.Response, buffer.ToArray(), context.RequestAborted);
            await transaction.CommitAsync(context.RequestAborted);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, context.RequestAborted);
    }

    static async Task<byte[]> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0) sha.AppendData(chunk, 0, read);
        request.Body.Position = 0;
        return sha.GetHashAndReset();
    }

    sealed record StoredResponse(byte[] RequestHash, int StatusCode, string? ContentType, string? Location, string? ETag, byte[] Body);

    static async Task<StoredResponse?> FindAsync(NpgsqlConnection connection, long userId, string key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT request_hash, status_code, content_type, location, etag, response_body FROM idempotency_keys
             WHERE user_id = @user AND key = @key AND created_at > now() - @retention
            """, connection);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("retention", Retention);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new StoredResponse((byte[])reader[0], reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), (byte[])reader[5]);
    }

    static async Task SaveAsync(NpgsqlConnection connection, long userId, string key, byte[] hash, HttpResponse response, byte[] body,
        CancellationToken cancellationToken)
    {
        // An expired row for this key is replaced; expired rows of this user are pruned on the way.
        await using var command = new NpgsqlCommand("""
            DELETE FROM idempotency_keys WHERE user_id = @user AND created_at <= now() - @retention;
            INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, content_type, location, etag, response_body)
            VALUES (@user, @key, @hash, @status, @type, @location, @etag, @body)
            """, connection);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("retention", Retention);
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("status", response.StatusCode);
        command.Parameters.AddWithValue("type", (object?)response.ContentType ?? DBNull.Value);
        var location = response.Headers.Location.ToString();
        command.Parameters.AddWithValue("location", location.Length > 0 ? location : DBNull.Value);
        var etag = response.Headers.ETag.ToString();
        command.Parameters.AddWithValue("etag", etag.Length > 0 ? etag : DBNull.Value);
        command.Parameters.AddWithValue("body", body);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

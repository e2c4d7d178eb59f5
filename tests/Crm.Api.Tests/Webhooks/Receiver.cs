using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Api.Tests.Webhooks;

/// <summary>One request as a receiver saw it: the Standard Webhooks headers and the raw body.</summary>
public sealed record Received(string Id, string Timestamp, string Signature, string Body, int AnsweredWith)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    public string Type => Json.GetProperty("type").GetString()!;
    public long ResourceId => Json.GetProperty("resource").GetProperty("id").GetInt64();
    public long Sequence => Json.GetProperty("sequence").GetInt64();
}

/// <summary>
/// A real HTTP receiver: Kestrel on 127.0.0.1 and a port of its own. It records every request and answers as
/// <see cref="Answer"/> says (200 by default); with <see cref="Hold"/> set, requests wait until it is released.
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly ConcurrentQueue<Received> _requests = new();

    Receiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>Status (and optional Location) to answer with; may change while the test runs.</summary>
    public Func<int> Answer { get; set; } = () => 200;
    public string? Location { get; set; }
    /// <summary>Answer with the body received (as receivers that log or quote what they got do).</summary>
    public bool Echo { get; set; }
    /// <summary>Answer with a body that never ends (until the sender hangs up).</summary>
    public bool Endless { get; set; }
    public TaskCompletionSource? Hold { get; set; }

    int _arrivals;
    /// <summary>Requests that arrived, including those still held.</summary>
    public int Arrivals => Volatile.Read(ref _arrivals);

    public IReadOnlyList<Received> Requests => [.. _requests];

    /// <summary>The requests answered with a 2xx: the deliveries that succeeded.</summary>
    public IReadOnlyList<Received> Accepted => [.. _requests.Where(r => r.AnsweredWith is >= 200 and < 300)];

    public static async Task<Receiver> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new Receiver(app);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hook";
        return receiver;
    }

    async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Interlocked.Increment(ref _arrivals);
        if (Hold is { } hold) await hold.Task.WaitAsync(context.RequestAborted);
        var status = Answer();
        _requests.Enqueue(new Received(context.Request.Headers["webhook-id"].ToString(), context.Request.Headers["webhook-timestamp"].ToString(),
            context.Request.Headers["webhook-signature"].ToString(), body, status));
        context.Response.StatusCode = status;
        if (Location is not null) context.Response.Headers.Location = Location;
        if (!Endless)
        {
            await context.Response.WriteAsync(Echo ? body : status < 300 ? "thanks" : "not now");
            return;
        }
        var chunk = new string('x', 16 * 1024);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested) await context.Response.WriteAsync(chunk, context.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException) { }
    }

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds over the requests seen.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(Func<IReadOnlyList<Received>, bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition(Requests))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The receiver saw {Requests.Count} requests ({Accepted.Count} accepted); the condition never held");
            await Task.Delay(20);
        }
        return Requests;
    }

    public async ValueTask DisposeAsync()
    {
        Hold?.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

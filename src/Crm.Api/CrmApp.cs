using Crm.Api.Activities;
using Crm.Api.Attachments;
using Crm.Api.Attachments.Storage;
using Crm.Api.AuditLogs;
using Crm.Api.Bulk;
using Crm.Api.Configuration;
using Crm.Api.Contacts;
using Crm.Api.CustomFields;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Erasure;
using Crm.Api.Events;
using Crm.Api.Exports;
using Crm.Api.Http;
using Crm.Api.Imports;
using Crm.Api.Jobs;
using Crm.Api.Merges;
using Crm.Api.Notes;
using Crm.Api.Observability;
using Crm.Api.OpenApi;
using Crm.Api.Operations;
using Crm.Api.PipelineStages;
using Crm.Api.Pipelines;
using Crm.Api.Reports;
using Crm.Api.Scaling;
using Crm.Api.Security;
using Crm.Api.Tags;
using Crm.Api.Webhooks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging.Console;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Api;

/// <summary>The composition root: settings, services, middleware in order, and every route group.</summary>
public static class CrmApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var settings = CrmSettings.Load(key => builder.Configuration[key]);

        builder.Logging.ClearProviders().AddConsole(o => o.FormatterName = JsonLogFormatter.Name).AddConsoleFormatter<JsonLogFormatter, ConsoleFormatterOptions>();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // EF Core would log failed SQL text; our error handler logs the exception without it.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        builder.WebHost.UseUrls($"http://0.0.0.0:{settings.Port}");
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = Math.Max(settings.MaxBodyBytes, Math.Max(settings.AttachmentMaxBytes, settings.ImportMaxBytes)) + (1 << 20);
            // Room for a hostile 40 KB token to reach the verifier and get a proper 401 (the default is 32 KB).
            k.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
            k.ConfigureEndpointDefaults(listen => listen.UseErrorEnvelope());
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = GracefulShutdown.ShutdownTimeout(settings));
        builder.Services.AddHostedService<GracefulShutdown>();

        var dataSource = Tracing.BuildDataSource(settings.ConnectionString, "crm");
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new SharedState(settings.Redis, TimeProvider.System, sp.GetRequiredService<ILogger<SharedState>>()));
        builder.Services.AddSingleton<UserRateLimiter>();
        builder.Services.AddSingleton<UserConcurrencyLimit>();
        builder.Services.AddSingleton<ListCounts>();
        builder.Services.AddCrmDb(settings, dataSource);
        builder.Services.AddCrmTracing(settings, OperationsEndpoints.Version);
        builder.Services.AddSingleton(sp => new Migrator(dataSource, settings.MigrationsTable,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<Migrator>()));
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddSingleton<ReadinessCheck>();
        builder.Services.AddSingleton(new PermissionTable(settings.AgentReadScopeOwn, settings.AgentExport));
        builder.Services.AddSingleton<TokenVerifier>();
        builder.Services.AddSingleton<AuthFailureLimit>();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddEvents();
        builder.Services.AddDataInOut();
        builder.Services.AddMerges();
        builder.Services.AddCustomFields();
        builder.Services.AddAttachmentStore(settings);
        builder.Services.AddSingleton<AttachmentLinks>();
        builder.Services.AddSingleton(new ReportTuning());
        builder.Services.AddHostedService<ReportFoldService>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddCrmOpenApi();
        builder.Services.Configure<JsonOptions>(o => JsonConfig.Configure(o.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the configured proxies are believed; the framework's default trust of loopback is dropped.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var network in settings.TrustedProxies) o.KnownIPNetworks.Add(network);
            o.ForwardLimit = null;
        });

        var origins = new CorsOrigins(settings.CorsAllowedOrigins, anyLocalPort: settings.IsDevelopment);
        builder.Services.AddCors(o => o.AddDefaultPolicy(p => p
            .SetIsOriginAllowed(origins.IsAllowed)
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-ID", ReadYourWritesMiddleware.Header)
            .WithExposedHeaders("ETag", "Location", "X-Request-ID", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Idempotent-Replayed",
                ReadYourWritesMiddleware.Header)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        var app = builder.Build();
        MetricsExport.Start(OperationsEndpoints.Version);

        app.UseForwardedHeaders();
        app.UseMiddleware<RequestTelemetryMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HeadRequestMiddleware>();
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseCors();
        app.UseDocsPage();
        app.UseRouting();
        app.UseMiddleware<AuthMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseMiddleware<UnknownQueryParameters>();
        if (settings.ReadConnectionString is not null) app.UseMiddleware<ReadYourWritesMiddleware>();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseMiddleware<NulGuardMiddleware>();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapOpenApi("/openapi/{documentName}.json");
        // One root group, so that a rule for every route is declared once.
        var api = app.MapGroup("").RetryConcurrentWrites().ReadsFromReplica();
        api.MapOperations();
        api.MapCustomers();
        api.MapAuditLogs();
        api.MapPipelineStages();
        api.MapDeals();
        api.MapActivities();
        api.MapReports();
        api.MapContacts();
        api.MapNotes();
        api.MapTags();
        api.MapCustomerTags();
        api.MapAttachments();
        api.MapEvents();
        api.MapWebhooks();
        api.MapImports();
        api.MapExports();
        api.MapBulk();
        api.MapMerges();
        api.MapJobs();
        api.MapErasure();
        api.MapCustomFields();
        api.MapPipelines();
        return app;
    }
}

using System.Net;
using System.Net.Sockets;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Contract;

/// <summary>The application on a real Kestrel port, for a browser to load.</summary>
public sealed class KestrelCrmFactory : CrmFactory
{
    public int Port { get; } = FreePort();

    public KestrelCrmFactory() => UseKestrel(Port);

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["PORT"] = Port.ToString() };

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public class DocsPageTests(KestrelCrmFactory app) : IClassFixture<KestrelCrmFactory>
{
    static string Artifact(string name) => Path.Combine(OpenApiDocumentTests.RepositoryRoot, "tests", "artifacts", name);

    [Fact]
    public async Task TheDocsPageListsTheOperationsAndAuthorizesWithABearerToken()
    {
        await using var browser = await OpenDocsAsync();
        var listCustomers = "document.querySelector('#operations-Customers-ListCustomers .opblock-summary-path')";
        (await browser.EvaluateAsync($"{listCustomers}.textContent.trim()"))!.GetValue<string>().ShouldBe("/admin/customers");
        (await browser.EvaluateAsync($"{listCustomers}.getBoundingClientRect().height > 0"))!.GetValue<bool>().ShouldBeTrue();
        await browser.ScreenshotAsync(Artifact("docs-page.png"));

        await AuthorizeAsync(browser, Tokens.For("manager", 42, "Docs Reader"));

        // Try GET /admin/me from the page: only a request that carries the bearer token answers 200 with the caller.
        await browser.EvaluateAsync("document.querySelector('#operations-Identity-GetMe .opblock-summary-control').click()");
        await ExecuteGetMeAsync(browser, "manager");
        await browser.EvaluateAsync("document.querySelector('#operations-Identity-GetMe').scrollIntoView()");
        await browser.ScreenshotAsync(Artifact("docs-page-authorized.png"));
    }

    [Fact]
    public async Task TheDocsPageKeepsTheTokenAcrossAReloadDeepLinksToAnOperationAndFilters()
    {
        await using var browser = await OpenDocsAsync();
        await AuthorizeAsync(browser, Tokens.For("agent", 7, "Docs Agent"));

        // A new page load straight onto one operation: it opens by itself, and the token is still there.
        await browser.SendAsync("Page.navigate", new { url = "about:blank" });
        await browser.WaitForAsync("location.href === 'about:blank'", "the page to be left");
        await browser.SendAsync("Page.navigate", new { url = $"{app.BaseUrl}/docs#/Identity/GetMe" });
        await browser.WaitForAsync("document.querySelector('#operations-Identity-GetMe.is-open .btn.execute')", "the deep-linked operation, open");
        await ExecuteGetMeAsync(browser, "agent");

        // The filter narrows the page to the tags that match.
        await browser.EvaluateAsync("document.querySelector('.operation-filter-input').focus()");
        await browser.SendAsync("Input.insertText", new { text = "Deals" });
        await browser.WaitForAsync("!document.querySelector('#operations-Customers-ListCustomers')", "the filter to hide the other tags");
        (await browser.EvaluateAsync("!!document.querySelector('#operations-Deals-ListDeals')"))!.GetValue<bool>().ShouldBeTrue();
        await browser.ScreenshotAsync(Artifact("docs-page-filtered.png"));
    }

    /// <summary>A browser on /docs of the running service, once its operations have rendered.</summary>
    async Task<HeadlessChromium> OpenDocsAsync()
    {
        app.StartServer();
        var browser = await HeadlessChromium.StartAsync();
        await browser.SendAsync("Page.navigate", new { url = $"{app.BaseUrl}/docs" });
        await browser.WaitForAsync("document.querySelectorAll('.opblock').length > 50", "the operations to render");
        return browser;
    }

    /// <summary>Authorize as a person would: the button, the token typed into the dialog, Authorize, Close.</summary>
    static async Task AuthorizeAsync(HeadlessChromium browser, string token)
    {
        await browser.EvaluateAsync("document.querySelector('.btn.authorize').click()");
        await browser.WaitForAsync("document.querySelector('.auth-container input')", "the Authorize dialog");
        await browser.EvaluateAsync("document.querySelector('.auth-container input').focus()");
        await browser.SendAsync("Input.insertText", new { text = token });
        await browser.EvaluateAsync("document.querySelector('.auth-btn-wrapper .authorize').click()");
        await browser.WaitForAsync("document.querySelector('.auth-btn-wrapper .btn-done')", "the Authorized state");
        await browser.EvaluateAsync("document.querySelector('.auth-btn-wrapper .btn-done').click()");
    }

    /// <summary>Executes the open GET /admin/me: only a request that carries the token answers 200 with the caller's role.</summary>
    static async Task ExecuteGetMeAsync(HeadlessChromium browser, string role)
    {
        await browser.WaitForAsync("document.querySelector('#operations-Identity-GetMe .btn.execute')", "the Execute button");
        await browser.EvaluateAsync("document.querySelector('#operations-Identity-GetMe .btn.execute').click()");
        await browser.WaitForAsync("document.querySelector('#operations-Identity-GetMe .live-responses-table tbody .response-col_status')", "the live response");
        (await browser.EvaluateAsync("document.querySelector('#operations-Identity-GetMe .live-responses-table tbody .response-col_status').textContent.trim()"))!
            .GetValue<string>().ShouldStartWith("200");
        (await browser.EvaluateAsync("document.querySelector('#operations-Identity-GetMe .live-responses-table tbody .response-col_description').textContent"))!
            .GetValue<string>().ShouldContain($"\"role\": \"{role}\"");
    }
}

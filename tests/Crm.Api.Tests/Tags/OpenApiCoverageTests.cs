using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Tags;

public class OpenApiCoverageTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task TheOpenApiDocumentDescribesContactsNotesAndTags()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ShouldHave(HttpStatusCode.OK);
        var paths = document.GetProperty("paths");

        foreach (var path in new[] { "/admin/customers/{id}/contacts", "/admin/contacts/{id}", "/admin/customers/{id}/notes", "/admin/deals/{id}/notes",
                     "/admin/notes/{id}", "/admin/tags", "/admin/tags/{id}", "/admin/customers/{id}/tags", "/admin/customers/{id}/tags/{tag_id}" })
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        paths.GetProperty("/admin/contacts/{id}").GetProperty("delete").Str("summary").ShouldContain("oldest remaining contact becomes primary");
    }
}

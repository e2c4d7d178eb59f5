using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Attachments;

/// <summary>Uploads and downloads the way clients do: multipart/form-data with a part named "file".</summary>
public static class AttachmentClient
{
    public static Task<HttpResponseMessage> Upload(this HttpClient client, string url, byte[] bytes, string fileName = "file.bin",
        string? contentType = "application/octet-stream")
    {
        var part = new ByteArrayContent(bytes);
        if (contentType is not null) part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var form = new MultipartFormDataContent { { part, "file", fileName } };
        return client.PostAsync(url, form);
    }

    /// <summary>
    /// A body written byte by byte, with the part's Content-Disposition verbatim in UTF-8 (the way browsers and curl send
    /// file names; HttpClient would refuse or re-encode them).
    /// </summary>
    public static Task<HttpResponseMessage> UploadRaw(this HttpClient client, string url, byte[] bytes, string contentDisposition)
    {
        const string boundary = "----crm-test-boundary";
        var body = new MemoryStream();
        body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: {contentDisposition}\r\nContent-Type: application/octet-stream\r\n\r\n"));
        body.Write(bytes);
        body.Write(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n"));
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return client.PostAsync(url, content);
    }

    public static async Task<JsonElement> Uploaded(this HttpClient client, string url, byte[] bytes, string fileName = "file.bin",
        string? contentType = "application/octet-stream") =>
        await (await client.Upload(url, bytes, fileName, contentType)).ShouldHave(HttpStatusCode.Created);

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }
}

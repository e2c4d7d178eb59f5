using System.Net;
using System.Text;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.DataInOut;

/// <summary>Uploading import files and waiting for jobs, as the Console does.</summary>
public static class Jobs
{
    public static async Task<HttpResponseMessage> PostImportAsync(this HttpClient client, string entity, string mode, string content,
        string fileName = "rows.csv", IDictionary<string, string>? options = null, byte[]? bytes = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(entity), "entity" },
            { new StringContent(mode), "mode" },
        };
        foreach (var (name, value) in options ?? new Dictionary<string, string>()) form.Add(new StringContent(value), name);
        form.Add(new ByteArrayContent(bytes ?? Encoding.UTF8.GetBytes(content)), "file", fileName);
        return await client.PostAsync("/admin/imports", form);
    }

    /// <summary>Uploads a file and waits for its job to end; returns the ended job.</summary>
    public static async Task<JsonElement> ImportAsync(this HttpClient client, string entity, string mode, string content,
        string fileName = "rows.csv", IDictionary<string, string>? options = null)
    {
        var response = await client.PostImportAsync(entity, mode, content, fileName, options);
        var job = await response.ShouldHave(HttpStatusCode.Accepted);
        response.Headers.Location!.ToString().ShouldBe($"/admin/imports/{job.Id()}");
        return await client.WaitForJobAsync(job.Id());
    }

    /// <summary>Polls the job until it ends (bounded: a loaded machine gets a minute).</summary>
    public static async Task<JsonElement> WaitForJobAsync(this HttpClient client, long id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var job = await (await client.GetAsync($"/admin/jobs/{id}")).ShouldHave(HttpStatusCode.OK);
            if (job.Str("status") is "completed" or "failed" or "cancelled") return job;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"job {id} is still {job.Str("status")}: {job}");
            await Task.Delay(100);
        }
    }

    public static int Count(this JsonElement job, string counter) => job.GetProperty(counter).GetInt32();

    /// <summary>The job's errors file, parsed (a small CSV without quoted line breaks).</summary>
    public static async Task<List<Dictionary<string, string>>> ErrorsAsync(this HttpClient client, long id)
    {
        var text = await client.ErrorsFileAsync(id);
        return Csv.Parse(text);
    }

    public static async Task<string> ErrorsFileAsync(this HttpClient client, long id)
    {
        var response = await client.GetAsync($"/admin/jobs/{id}/errors");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        return await response.Content.ReadAsStringAsync();
    }
}

/// <summary>A minimal RFC 4180 reader for checking files in tests (independent of the service's CsvHelper).</summary>
public static class Csv
{
    public static List<Dictionary<string, string>> Parse(string text)
    {
        var records = Records(text);
        if (records.Count == 0) return [];
        var header = records[0];
        return records.Skip(1).Select(r => header.Select((h, i) => (h, v: i < r.Count ? r[i] : "")).ToDictionary(x => x.h, x => x.v)).ToList();
    }

    public static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                record.Add(field.ToString()); field.Clear();
                records.Add(record); record = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }
}

namespace Crm.Api.Attachments.Storage;

/// <summary>
/// Where attachment bytes live. Keys are generated here, never derived from a file name. Every method streams:
/// nothing holds a whole file in memory. A put that fails for any reason leaves nothing behind under its key
/// (or, after a crash, an object without a row that <see cref="AttachmentJanitor"/> removes later).
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Stores the content read to its end and returns the new object's key.</summary>
    Task<string> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens an object for reading; throws <see cref="FileNotFoundException"/> when it is missing.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes an object; removing a missing one is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Keys of the objects last written before <paramref name="cutoff"/>.</summary>
    IAsyncEnumerable<string> ListKeysOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

public static class ObjectKeys
{
    /// <summary>
    /// A fresh key: <c>attachments/yyyy/MM/&lt;32 hex&gt;</c>. The month prefix keeps directories and listings small;
    /// the random part makes keys unguessable and collision-free.
    /// </summary>
    public static string New(DateTimeOffset now) => $"attachments/{now:yyyy}/{now:MM}/{Guid.NewGuid():N}";

    static readonly System.Text.RegularExpressions.Regex Shape = new(@"^attachments/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\z");

    /// <summary>Only keys of our own shape are ever turned into paths or requests.</summary>
    public static bool IsValid(string key) => Shape.IsMatch(key);
}

using System.Runtime.CompilerServices;

namespace Crm.Api.Attachments.Storage;

/// <summary>The default store: a directory (STORAGE_LOCAL_PATH), one file per object, for one machine.</summary>
public sealed class LocalAttachmentStore(string root, TimeProvider time) : IAttachmentStore
{
    const int BufferSize = 81920;

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<string> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        var key = ObjectKeys.New(time.GetUtcNow());
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize,
                             FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, BufferSize, cancellationToken);
                await file.FlushAsync(cancellationToken);
                // The metadata row follows; the bytes must be on disk before it says they exist.
                file.Flush(flushToDisk: true);
            }
            return key;
        }
        catch
        {
            TryDelete(path);
            throw;
        }
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan));
        }
        catch (DirectoryNotFoundException e)
        {
            throw new FileNotFoundException("The attachment object is missing from the store", key, e);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<string> ListKeysOlderThanAsync(DateTimeOffset cutoff, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Root, "attachments");
        if (!Directory.Exists(directory)) yield break;
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (ObjectKeys.IsValid(key) && File.GetLastWriteTimeUtc(path) < cutoff.UtcDateTime) yield return key;
        }
        await Task.CompletedTask;
    }

    /// <summary>Best effort: a file that cannot be removed now is an orphan the janitor removes later.</summary>
    static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    string PathOf(string key) => ObjectKeys.IsValid(key)
        ? Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar))
        : throw new ArgumentException("Not an attachment object key", nameof(key));
}

using System.Net;
using System.Text.Json;
using KetamineHandbook.Model;

namespace KetamineHandbook.Check;

/// <summary>
/// <c>check --external</c>: fetches each external link (HEAD, then GET where HEAD is refused) politely — at most
/// one request per host per second and a few at a time — and remembers good results for a week in a cache
/// file, so re-running after a fix only asks for what failed.
/// </summary>
public sealed partial class ExternalLinkChecker(HttpMessageHandler handler, string cachePath, TimeProvider clock)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromDays(7);
    private static readonly TimeSpan PerHostInterval = TimeSpan.FromSeconds(1);

    internal sealed record CacheEntry(int Status, DateTimeOffset Checked);

    // Serialisation code generated at compile time: the native CLI cannot reflect over types to build it at run time.
    [System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true)]
    [System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, CacheEntry>))]
    internal sealed partial class CacheJsonContext : System.Text.Json.Serialization.JsonSerializerContext;

    public async Task CheckAsync(IReadOnlyList<ExternalLink> links, DiagnosticBag diagnostics, CancellationToken cancel = default)
    {
        var cache = LoadCache();
        using var http = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(20) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("KetamineHandbook-linkcheck/1.0");
        var hostGates = new Dictionary<string, SemaphoreSlim>(StringComparer.OrdinalIgnoreCase);
        var lastRequest = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        using var concurrency = new SemaphoreSlim(4);
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        var urls = links.Select(l => l.Url).Distinct(StringComparer.Ordinal).ToList();
        await Task.WhenAll(urls.Select(async url =>
        {
            if (cache.TryGetValue(url, out var hit) && hit.Status is >= 200 and < 400 && clock.GetUtcNow() - hit.Checked < CacheLifetime)
            {
                results[url] = hit.Status;
                return;
            }
            var host = new Uri(url).Host;
            SemaphoreSlim gate;
            lock (hostGates) gate = hostGates.TryGetValue(host, out var g) ? g : hostGates[host] = new SemaphoreSlim(1);
            await concurrency.WaitAsync(cancel);
            await gate.WaitAsync(cancel);
            try
            {
                DateTimeOffset last;
                lock (lastRequest) last = lastRequest.GetValueOrDefault(host);
                var wait = last + PerHostInterval - clock.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancel);
                results[url] = await StatusOf(http, url, cancel);
                lock (lastRequest) lastRequest[host] = clock.GetUtcNow();
            }
            finally
            {
                gate.Release();
                concurrency.Release();
            }
        }));

        foreach (var (url, status) in results) cache[url] = new CacheEntry(status, clock.GetUtcNow());
        SaveCache(cache);
        foreach (var link in links)
        {
            var status = results[link.Url];
            if (status is >= 200 and < 400) continue;
            diagnostics.Error(DiagnosticCodes.ExternalLinkBroken, link.Location,
                status == 0 ? $"external link {link.Url} could not be reached (network error or timeout)"
                            : $"external link {link.Url} answered HTTP {status}; fix or remove the link");
        }
    }

    private static async Task<int> StatusOf(HttpClient http, string url, CancellationToken cancel)
    {
        try
        {
            using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), cancel);
            // Many servers refuse HEAD (405) or answer it wrongly; GET is the real test then.
            if (head.StatusCode is not (HttpStatusCode.MethodNotAllowed or HttpStatusCode.Forbidden or HttpStatusCode.NotImplemented))
                return (int)head.StatusCode;
            using var get = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, cancel);
            return (int)get.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }

    private Dictionary<string, CacheEntry> LoadCache()
    {
        try
        {
            return File.Exists(cachePath)
                ? JsonSerializer.Deserialize(File.ReadAllText(cachePath), CacheJsonContext.Default.DictionaryStringCacheEntry) ?? []
                : [];
        }
        catch (Exception e) when (e is JsonException or IOException) { return []; }
    }

    private void SaveCache(Dictionary<string, CacheEntry> cache)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cachePath))!);
            var ordered = cache.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value);
            File.WriteAllText(cachePath, JsonSerializer.Serialize(ordered, CacheJsonContext.Default.DictionaryStringCacheEntry));
        }
        catch (IOException) { }
    }
}

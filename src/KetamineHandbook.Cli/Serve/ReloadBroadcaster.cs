using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KetamineHandbook.Cli.Serve;

/// <summary>
/// Tells open pages about each build over Server-Sent Events (one long GET per page; the browser's
/// EventSource reconnects by itself). Each page decides whether the build concerns it — see live-reload.js.
/// </summary>
public sealed class ReloadBroadcaster
{
    public const string EventsPath = "/__handbook/events";
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();
    private readonly CancellationTokenSource _closing = new();

    public int ClientCount => _clients.Count;

    public void Publish(SiteSnapshot snapshot)
    {
        var message = Event("build", snapshot);
        foreach (var client in _clients.Keys) client.Writer.TryWrite(message);
    }

    /// <summary>
    /// <c>event: build</c> with the generation, whether it failed, and the site paths that changed.
    /// </summary>
    public static string Event(string name, SiteSnapshot snapshot)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("generation", snapshot.Generation);
            json.WriteBoolean("failed", snapshot.Failed);
            json.WriteStartArray("changed");
            if (name == "build") foreach (var path in snapshot.ChangedPaths) json.WriteStringValue(path);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return $"event: {name}\ndata: {System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan)}\n\n";
    }

    /// <summary>Serves one page's event stream until the page goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, SiteSnapshot current)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        _clients[channel] = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
        try
        {
            // 'hello' carries the current generation: a page built by an older generation reloads at once,
            // which closes the gap between the page loading and this stream opening.
            await response.WriteAsync("retry: 500\n\n" + Event("hello", current), stop.Token);
            await response.Body.FlushAsync(stop.Token);
            while (!stop.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                wait.CancelAfter(KeepAlive);
                string message;
                try { message = await channel.Reader.ReadAsync(wait.Token); }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested) { message = ": keep-alive\n\n"; }
                await response.WriteAsync(message, stop.Token);
                await response.Body.FlushAsync(stop.Token);
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { } // the page closed the connection mid-write
        finally
        {
            _clients.TryRemove(channel, out _);
        }
    }

    /// <summary>Ends every stream, so the server can stop without waiting for open pages.</summary>
    public void Close() => _closing.Cancel();
}

namespace KetamineHandbook.Tests.Cli;

/// <summary>A minimal Server-Sent Events reader for tests: returns whole events (the lines up to a blank line).</summary>
public sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body);
    }

    public static async Task<EventStream> OpenAsync(HttpClient http, Uri url)
    {
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event that has an 'event:' line (retry and keep-alive blocks are skipped).</summary>
    public async Task<string> NextEventAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (true)
        {
            var lines = new List<string>();
            while (await _reader.ReadLineAsync(timeout.Token) is { } line && line.Length > 0) lines.Add(line);
            if (lines.Any(l => l.StartsWith("event:", StringComparison.Ordinal))) return string.Join("\n", lines);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}

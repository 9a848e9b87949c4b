using KetamineHandbook.Render.Outputs;
using KetamineHandbook.Tests.Support;
using Microsoft.Playwright;

namespace KetamineHandbook.Tests.Browser;

/// <summary>
/// One Chromium (Debian's, through Playwright) and one server of the real built handbook, shared by every
/// browser test. Playwright's own browser download is not available here, so a missing Chromium is a failure
/// with instructions — never a silent skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public StaticSiteServer Server { get; private set; } = null!;
    public BuiltHandbook Handbook { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"install Chromium: apt-get install -y chromium (the browser tests drive {ChromiumPath})");
        Handbook = BuiltHandbook.Instance;
        var settings = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Path, "input", "handbook.yml"));
        Server = await StaticSiteServer.StartAsync(Handbook.Directory, NotFoundPage.BasePath(BaseUrlOf(settings)));
        _playwright = await Playwright.CreateAsync();
        // CI shares two cores with the rest of the suite; Playwright's 5-second default wait is too tight there.
        Assertions.SetDefaultExpectTimeout(20_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page in its own context (own storage), recording console errors and failed requests.</summary>
    public async Task<PageSession> NewPageAsync(ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900, bool clipboard = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = Server.Url(""),
        });
        if (clipboard) await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Server.Origin });
        var page = await context.NewPageAsync();
        return new PageSession(context, page, Server);
    }

    private static string BaseUrlOf(string handbookYml)
    {
        var line = handbookYml.Split('\n').FirstOrDefault(l => l.StartsWith("base_url:", StringComparison.Ordinal));
        return line is null ? "/" : line["base_url:".Length..].Trim().Trim('"', '\'');
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
    }
}

/// <summary>All browser test classes share one <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

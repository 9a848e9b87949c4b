using System.CommandLine;
using Microsoft.AspNetCore.Connections;
using System.Runtime.InteropServices;
using KetamineHandbook.Cli.Serve;
using KetamineHandbook.Cli.Terminal;

namespace KetamineHandbook.Cli.Commands;

/// <summary><c>handbook serve</c>: builds in memory, serves on 127.0.0.1, rebuilds on save and reloads open pages.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Command Create()
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = "Port on 127.0.0.1 to serve on (0 picks a free one)",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be between 0 and 65535");
        });
        var command = new Command("serve", $"""
            Preview the handbook at http://127.0.0.1:{DefaultPort}/ while you edit. The site is built in memory
            (nothing is written to _site/), input/, theme/ and handbook/ are watched, and every save rebuilds
            and reloads the open pages it affects. Errors appear here and as a panel on the page; the last good
            build stays up until you fix them. Only this computer can reach the server.

            Examples:
              handbook serve
              handbook serve --port 8080
              handbook serve --verbose          # stage timings for every rebuild
            """) { port };
        command.SetAction(parse =>
        {
            var printer = CommonOptions.Printer(parse);
            if (printer is null) return ExitCodes.Usage;
            var log = new PreviewLog(Console.Out, printer, ConsoleEnvironment.IsInteractive && !Console.IsOutputRedirected,
                parse.GetValue(CommonOptions.Verbose), parse.GetValue(CommonOptions.Quiet));
            var options = new PreviewOptions { Build = CommonOptions.BuildOptions(parse), Port = parse.GetValue(port), Built = log.Built };
            return RunAsync(options, parse.GetValue(CommonOptions.Quiet)).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> RunAsync(PreviewOptions options, bool quiet)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        try
        {
            if (!quiet) Console.WriteLine("Building the handbook…");
            PreviewSession session;
            try
            {
                session = await PreviewSession.StartAsync(options, stop.Token);
            }
            catch (IOException e) when (e.InnerException is AddressInUseException)
            {
                Console.Error.WriteLine($"error: port {options.Port} on 127.0.0.1 is already in use; stop the other server or choose another port, e.g. --port {options.Port + 1} (0 picks any free port).");
                return ExitCodes.Usage;
            }
            await using (session)
            {
                if (!quiet)
                {
                    Console.WriteLine($"Serving the handbook at {session.Address} (only this computer can open it)");
                    Console.WriteLine($"Watching {string.Join(", ", options.Watched.Select(f => f + "/"))}: saving a file rebuilds and reloads open pages.");
                    Console.WriteLine("Press Ctrl+C to stop.");
                }
                await session.RunUntilAsync(stop.Token);
                if (!quiet) Console.WriteLine("Stopping the preview.");
            }
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}

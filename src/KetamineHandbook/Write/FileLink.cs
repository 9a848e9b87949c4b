using System.Runtime.InteropServices;

namespace KetamineHandbook.Write;

/// <summary>
/// Puts an existing file at a second path as a hard link: no bytes are copied, which is what lets a cached
/// edition of tens of thousands of pages land in a new site in a fraction of a second. Falls back to a copy
/// where links are impossible (another file system, a file system without links).
/// </summary>
public static class FileLink
{
    public static void LinkOrCopy(string existing, string newPath)
    {
        if (TryLink(existing, newPath)) return;
        File.Copy(existing, newPath);
    }

    /// <summary>Makes <paramref name="newPath"/> a hard link to <paramref name="existing"/>; false if the file system refused (it exists, another device, no links).</summary>
    public static bool TryLink(string existing, string newPath)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLink(newPath, existing, IntPtr.Zero) : link(existing, newPath) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int link(string oldpath, string newpath);

    [DllImport("kernel32", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLink(string newFileName, string existingFileName, IntPtr securityAttributes);
}

namespace KetamineHandbook.Write;

/// <summary>Removes a folder the build made for itself (staging, a cache entry), where failing to is not worth an error.</summary>
public static class FolderCleanup
{
    public static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

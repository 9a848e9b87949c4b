using System.Globalization;
using System.Text;

namespace KetamineHandbook.Render.Formatters;

/// <summary>
/// Writes JSON with two-space indentation, keys in ordinal order and non-ASCII text unescaped — the
/// layout Pandoc's CSL-JSON has — so exports diff cleanly against it. Values are strings, ints,
/// lists and <see cref="SortedDictionary{TKey,TValue}"/> objects.
/// </summary>
internal static class JsonText
{
    public static SortedDictionary<string, object> Object() => new(StringComparer.Ordinal);

    public static void Write(StringBuilder sb, object value, int indent)
    {
        switch (value)
        {
            case string s: WriteString(sb, s); break;
            case int n: sb.Append(n.ToString(CultureInfo.InvariantCulture)); break;
            case SortedDictionary<string, object> obj:
                if (obj.Count == 0) { sb.Append("{}"); break; }
                sb.Append("{\n");
                var first = true;
                foreach (var (k, v) in obj)
                {
                    if (!first) sb.Append(",\n");
                    first = false;
                    sb.Append(' ', indent + 2);
                    WriteString(sb, k);
                    sb.Append(": ");
                    Write(sb, v, indent + 2);
                }
                sb.Append('\n').Append(' ', indent).Append('}');
                break;
            case System.Collections.IEnumerable list:
                // Written as enumerated (no copy into a list): "[" only once the first item is known to exist.
                var any = false;
                foreach (var item in list)
                {
                    sb.Append(any ? ",\n" : "[\n");
                    any = true;
                    sb.Append(' ', indent + 2);
                    Write(sb, item, indent + 2);
                }
                if (!any) { sb.Append("[]"); break; }
                sb.Append('\n').Append(' ', indent).Append(']');
                break;
            default: WriteString(sb, value.ToString() ?? ""); break;
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}

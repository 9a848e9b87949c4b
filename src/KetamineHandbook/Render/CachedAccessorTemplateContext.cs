using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace KetamineHandbook.Render;

/// <summary>
/// A Scriban template context whose .NET member accessors are shared by every context in the process.
/// Scriban caches accessors per context, and building one reflects over the type (properties, attributes,
/// snake_case renaming); with a new context per page, that reflection ran for every view type on every page.
/// </summary>
internal sealed class CachedAccessorTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    // An accessor depends only on the type, the member filter and the renamer; this cache is used only
    // while those are Scriban's defaults, which every context of the theme uses.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        if (MemberFilter is not null || MemberRenamer != StandardMemberRenamer.Default)
            return base.GetMemberAccessorImpl(target);
        return Accessors.GetOrAdd(target.GetType(), (_, t) => base.GetMemberAccessorImpl(t), target);
    }
}

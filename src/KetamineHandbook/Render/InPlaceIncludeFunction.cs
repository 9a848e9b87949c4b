using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KetamineHandbook.Render;

/// <summary>
/// The theme's <c>include</c>: renders a partial straight into the page being written. Scriban's own renders
/// it into a separate string, cuts that out of the page buffer and writes it back, which copied every partial
/// twice and was a tenth of all a build allocates.
/// </summary>
internal sealed class InPlaceIncludeFunction(IScriptCustomFunction scribans) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Scriban always passes the call being evaluated; only its own tooling calls a function without one.
        ArgumentNullException.ThrowIfNull(callerContext);
        if (arguments.Count == 0)
            throw new ScriptRuntimeException(callerContext.Span, "include needs the name of a partial, e.g. include 'partials/toc.html'");
        var name = context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(name) || !context.CachedTemplates.TryGetValue(name, out var template))
            throw new ScriptRuntimeException(callerContext.Span, $"the theme has no partial '{name}'; add it to the theme or correct the name");
        // As Scriban's include: the partial reads its arguments as $1, $2… in a scope of its own.
        var partialArguments = new ScriptArray(arguments.Count);
        for (var i = 1; i < arguments.Count; i++) partialArguments[i] = arguments[i];
        // Scriban indents an included partial's text by the blanks before the include on its line (CurrentIndent
        // while the include is evaluated). In place, the partial's lines get it as they are written; nested
        // includes add up, each writing through the output of the one around it.
        var indent = context.CurrentIndent;
        context.EnterRecursive(callerContext);
        context.PushLocal();
        if (!string.IsNullOrEmpty(indent)) context.PushOutput(new IndentedPartialOutput(context.Output, indent));
        context.CurrentIndent = null;
        try
        {
            context.SetValue(ScriptVariable.Arguments, partialArguments, true);
            context.Evaluate(template.Page!);
        }
        finally
        {
            context.CurrentIndent = indent;
            if (!string.IsNullOrEmpty(indent)) context.PopOutput();
            context.PopLocal();
            context.ExitRecursive(callerContext);
        }
        return null;
    }

    // Arguments reach a function as its signature asks; this one takes them exactly as Scriban's include does.
    public int RequiredParameterCount => scribans.RequiredParameterCount;
    public int ParameterCount => scribans.ParameterCount;
    public ScriptVarParamKind VarParamKind => scribans.VarParamKind;
    public Type ReturnType => scribans.ReturnType;
    public ScriptParameterInfo GetParameterInfo(int index) => scribans.GetParameterInfo(index);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

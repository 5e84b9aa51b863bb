using System.Reflection;
using System.Runtime.CompilerServices;

namespace AmbassadorFlows.Functions.Tests.Azure;

/// <summary>
/// Finds calls to one method in the code an orchestrator runs: its own methods, the async state
/// machines, lambdas and local functions compiled from them, and every method of the same assembly
/// they call (helpers such as the human-steps extensions), transitively. It reads the IL, so the
/// check covers what runs, not what a source file looks like.
/// </summary>
internal static class OrchestratorCodeScanner
{
    private static readonly HashSet<ushort> CallOpcodes = [0x28 /* call */, 0x6F /* callvirt */, 0x73 /* newobj */, 0xFE06 /* ldftn */, 0xFE07 /* ldvirtftn */];

    /// <summary>"Type.Method" of every method reachable from <paramref name="orchestrators"/> that calls
    /// <paramref name="forbidden"/>.</summary>
    public static IReadOnlyList<string> FindCallers(IEnumerable<Type> orchestrators, MethodInfo forbidden)
    {
        var visited = new HashSet<MethodBase>();
        var pending = new Queue<MethodBase>(orchestrators.SelectMany(MethodsOf));
        var callers = new SortedSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var method))
        {
            if (!visited.Add(method))
            {
                continue;
            }

            if (method.GetCustomAttribute<StateMachineAttribute>() is { StateMachineType: { } stateMachine })
            {
                foreach (var moveNext in MethodsOf(stateMachine))
                {
                    pending.Enqueue(moveNext);
                }
            }

            foreach (var called in CalledMethods(method))
            {
                if (called is MethodInfo info && (info == forbidden || (info.IsGenericMethod && info.GetGenericMethodDefinition() == forbidden)))
                {
                    callers.Add($"{method.DeclaringType?.FullName}.{method.Name}");
                }
                else if (called.Module == method.Module)
                {
                    pending.Enqueue(called);
                }
            }
        }

        return [.. callers];
    }

    /// <summary>Every method and constructor of a type and of its nested types (closures, state machines).</summary>
    private static IEnumerable<MethodBase> MethodsOf(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return type.GetMethods(all).Cast<MethodBase>()
            .Concat(type.GetConstructors(all))
            .Concat(type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(MethodsOf));
    }

    /// <summary>The targets of the call-like instructions in a method body. Operands are read at every
    /// offset that holds a call opcode; a misread operand resolves to nothing or to an unrelated method,
    /// so the set may be a little larger than exact, never smaller.</summary>
    private static IEnumerable<MethodBase> CalledMethods(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } generic ? generic.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length; i++)
        {
            int operand;
            if (il[i] == 0xFE && i + 5 < il.Length && CallOpcodes.Contains((ushort)(0xFE00 | il[i + 1])))
            {
                operand = i + 2;
            }
            else if (CallOpcodes.Contains(il[i]) && i + 4 < il.Length)
            {
                operand = i + 1;
            }
            else
            {
                continue;
            }

            var token = BitConverter.ToInt32(il, operand);
            var table = token >>> 24;
            if (table is not (0x06 /* MethodDef */ or 0x0A /* MemberRef */ or 0x2B /* MethodSpec */))
            {
                continue;
            }

            MethodBase? target;
            try
            {
                target = method.Module.ResolveMethod(token, typeArguments, methodArguments);
            }
            catch (Exception ex) when (ex is ArgumentException or BadImageFormatException or MissingMethodException or TypeLoadException)
            {
                continue;
            }

            if (target is not null)
            {
                yield return target;
            }
        }
    }
}

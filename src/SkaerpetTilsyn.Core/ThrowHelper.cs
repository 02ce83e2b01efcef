using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace SkaerpetTilsyn.Core;

/// <summary>Throw helpers for the arm of an exhaustive switch that no named value reaches: a defect in the program (exit code 1), never bad input.</summary>
internal static class ThrowHelper
{
    /// <summary>Throws for a value of an enum that the decision does not know; typed as <typeparamref name="T"/> so it can stand as a switch arm.</summary>
    [DoesNotReturn]
    public static T UnknownValue<T>(Enum value) =>
        throw new UnreachableException($"{value.GetType().Name} har ingen kendt værdi {value}.");
}

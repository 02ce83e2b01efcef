using NodaTime;

namespace SkaerpetTilsyn.Core.Data;

/// <summary>Date conventions shared by all input rows.</summary>
public static class Datoer
{
    /// <summary>The <c>til</c> of an open-ended period (an empty <c>til</c> in the input).</summary>
    public static readonly LocalDate Aaben = LocalDate.MaxIsoValue;
}

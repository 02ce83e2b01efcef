namespace SkaerpetTilsyn.IO.Generering;

/// <summary>The kinds of malformed row the generator injects, each into the file named in its comment.</summary>
internal enum Fejltype
{
    /// <summary><c>ydelser.csv</c>: a date that does not exist (<c>2021-02-30</c>).</summary>
    UgyldigDato,

    /// <summary><c>tilbud.csv</c>: <c>til</c> before <c>fra</c>.</summary>
    TilFoerFra,

    /// <summary><c>ydelser.csv</c>: an unknown ydelse code.</summary>
    UkendtYdelse,

    /// <summary><c>ydelser.csv</c>: kommune 411 (Christiansø is not a kommune).</summary>
    UkendtKommune,

    /// <summary><c>timer.csv</c>: negative hours.</summary>
    NegativeTimer,

    /// <summary><c>samtaler.csv</c>: an empty <c>form</c>.</summary>
    ManglendeFelt,

    /// <summary><c>fritagelser.csv</c>: three fields where the header has four.</summary>
    ForkertAntalFelter,
}

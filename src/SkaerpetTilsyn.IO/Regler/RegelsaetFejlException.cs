namespace SkaerpetTilsyn.IO.Regler;

/// <summary>A rule set that cannot be found, read or accepted; the message is one Danish sentence naming the problem.</summary>
public sealed class RegelsaetFejlException : Exception
{
    public RegelsaetFejlException(string message)
        : base(message)
    {
    }

    public RegelsaetFejlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace SkaerpetTilsyn.IO;

/// <summary>Input that the engine cannot run on (exit code 2), with one sentence naming the file and what is wrong.</summary>
public sealed class InputFejlException : Exception
{
    public InputFejlException()
    {
    }

    public InputFejlException(string message)
        : base(message)
    {
    }

    public InputFejlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace SkaerpetTilsyn.Cli;

/// <summary>The exit codes of SPEC §7.</summary>
internal static class Udgangskode
{
    public const int Succes = 0;
    public const int InternFejl = 1;
    public const int UgyldigInput = 2;
}

namespace SkaerpetTilsyn.IO.Validering;

/// <summary>Recognises a person_id that looks like a CPR number: ten ASCII digits whose first six are a date DDMMYY.</summary>
internal static class Cpr
{
    public static bool Ligner(ReadOnlySpan<byte> id)
    {
        if (id.Length != 10)
        {
            return false;
        }

        foreach (byte b in id)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        int dag = ((id[0] - '0') * 10) + (id[1] - '0');
        int maaned = ((id[2] - '0') * 10) + (id[3] - '0');
        int aar = ((id[4] - '0') * 10) + (id[5] - '0');
        if (maaned is < 1 or > 12 || dag < 1)
        {
            return false;
        }

        // The century is in the seventh digit's rules, not here; a two-digit year divisible by 4 may be a leap year (2000 was).
        int dage = maaned == 2 ? (aar % 4 == 0 ? 29 : 28) : DateTime.DaysInMonth(2001, maaned);
        return dag <= dage;
    }
}

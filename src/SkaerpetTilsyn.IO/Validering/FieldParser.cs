using System.Globalization;
using NodaTime;

namespace SkaerpetTilsyn.IO.Validering;

/// <summary>Culture-free parsing of UTF-8 fields: dates exactly <c>yyyy-MM-dd</c>, numbers <c>-?digits(.digits)?</c>.</summary>
internal static class FieldParser
{
    public static bool TryDate(ReadOnlySpan<byte> field, out LocalDate date)
    {
        date = default;
        if (field.Length != 10 || field[4] != (byte)'-' || field[7] != (byte)'-'
            || !TryDigits(field[..4], out int year) || !TryDigits(field.Slice(5, 2), out int month) || !TryDigits(field.Slice(8, 2), out int day))
        {
            return false;
        }

        // Year 0 is a valid ISO year in NodaTime but never a real date in these files.
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Non-empty ASCII digits; callers bound the length so the value fits an <see cref="int"/>.</summary>
    public static bool TryDigits(ReadOnlySpan<byte> field, out int value)
    {
        value = 0;
        if (field.IsEmpty)
        {
            return false;
        }

        foreach (byte b in field)
        {
            if (b < '0' || b > '9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    public static bool TryDecimal(ReadOnlySpan<byte> field, out decimal value)
    {
        value = 0;
        int i = field.Length > 0 && field[0] == '-' ? 1 : 0;
        int integerDigits = CountDigits(field[i..]);
        if (integerDigits == 0)
        {
            return false;
        }

        i += integerDigits;
        if (i < field.Length)
        {
            if (field[i] != '.')
            {
                return false;
            }

            int fractionDigits = CountDigits(field[(i + 1)..]);
            if (fractionDigits == 0 || i + 1 + fractionDigits != field.Length)
            {
                return false;
            }
        }

        return decimal.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static int CountDigits(ReadOnlySpan<byte> s)
    {
        int n = 0;
        while (n < s.Length && s[n] >= '0' && s[n] <= '9')
        {
            n++;
        }

        return n;
    }
}

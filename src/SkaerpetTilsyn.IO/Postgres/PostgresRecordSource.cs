using System.Buffers;
using System.Data;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Parquet;

namespace SkaerpetTilsyn.IO.Postgres;

/// <summary>The records of one table or view (SPEC §13.2): its §2 columns, sorted on the server by all of them and streamed row by row, each value turned into the text a CSV field would hold.</summary>
/// <remarks>
/// Only the §2 columns are selected (with <c>meddelt</c> of status when the table has it), so the <c>ORDER BY</c> of all of them is total: the same
/// rows come in the same order every time, and duplicates compare those columns only. A typed value becomes text by Parquet's rules
/// (<see cref="Parquettekst"/>, SPEC §13.1); NULL is an empty field. A row is line row number + 1 and its text its fields joined by <c>,</c>,
/// which are also the canonical rows whose SHA-256 <see cref="Finish"/> gives.
/// </remarks>
internal sealed class PostgresRecordSource : RecordSource
{
    private static readonly SearchValues<byte> s_ikkeRen = SearchValues.Create("\" \t\0"u8);

    private readonly Databasekilde _kilde;
    private readonly string _tabel;
    private readonly bool _hash;
    private readonly NpgsqlConnection _forbindelse;
    private readonly NpgsqlCommand _kommando;
    private readonly NpgsqlDataReader _laeser;
    private readonly string[] _navne;
    private readonly Tekstregel[] _regler;
    private readonly int[] _start;
    private readonly IncrementalHash? _sha;
    private byte[] _raekke = new byte[1024];
    private long _nummer;
    private bool _slut;

    private PostgresRecordSource(Databasekilde kilde, string tabel, bool hash, NpgsqlConnection forbindelse, string[] navne, Tekstregel[] regler)
        : base(kilde.Navn(tabel))
    {
        _kilde = kilde;
        _tabel = tabel;
        _hash = hash;
        _forbindelse = forbindelse;
        _navne = navne;
        _regler = regler;
        _start = new int[navne.Length + 1];
        _sha = hash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        _kommando = new NpgsqlCommand(Forespoergsel(), forbindelse) { CommandTimeout = 0 };
        try
        {
            _laeser = _kommando.ExecuteReader(CommandBehavior.SequentialAccess);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            _kommando.Dispose();
            _sha?.Dispose();
            throw Postgresfejl.Laesning(kilde, tabel, e);
        }
    }

    public override IReadOnlyList<string> Headers => _navne;

    public override int FieldCount => _navne.Length;

    public override long Line => _nummer + 1;

    /// <summary>Opens <paramref name="tabel"/> of the schema and starts its query; a missing column or one of a type with no text rule fails before any row is read.</summary>
    public static PostgresRecordSource Open(Databasekilde kilde, string tabel, bool hash = true)
    {
        var forbindelse = kilde.Forbind();
        try
        {
            var (navne, regler) = Kolonner(kilde, tabel, forbindelse);
            return new PostgresRecordSource(kilde, tabel, hash, forbindelse, navne, regler);
        }
        catch
        {
            forbindelse.Dispose();
            throw;
        }
    }

    public override bool Read(out string? defect)
    {
        defect = null;
        if (_slut)
        {
            return false;
        }

        try
        {
            if (!_laeser.Read())
            {
                _slut = true;
                return false;
            }

            int laengde = 0;
            for (int i = 0; i < _regler.Length; i++)
            {
                if (i > 0)
                {
                    Sikr(laengde + 1);
                    _raekke[laengde++] = (byte)',';
                }

                _start[i] = laengde;
                laengde = Felt(i, laengde, ref defect);
            }

            _start[_regler.Length] = laengde + 1;
            if (_sha is not null)
            {
                if (_nummer > 0)
                {
                    _sha.AppendData("\n"u8);
                }

                _sha.AppendData(_raekke, 0, laengde);
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException)
        {
            throw Postgresfejl.Laesning(_kilde, _tabel, e);
        }

        _nummer++;
        return true;
    }

    public override ReadOnlySpan<byte> Field(int index) => _raekke.AsSpan(_start[index], _start[index + 1] - 1 - _start[index]);

    public override bool TryGetJoined(out ReadOnlySpan<byte> joined)
    {
        joined = _raekke.AsSpan(0, _start[_regler.Length] - 1);
        return joined.IndexOfAny(s_ikkeRen) < 0 && joined.Count((byte)',') == _regler.Length - 1;
    }

    public override string RecordText() => Encoding.UTF8.GetString(_raekke, 0, _start[_regler.Length] - 1);

    public override RecordSource OpenAgain() => Open(_kilde, _tabel, _hash);

    /// <summary>The SHA-256 of the canonical rows read: field texts joined by <c>,</c>, rows by <c>\n</c>, in the query's order.</summary>
    public override string Finish() =>
        _sha is null ? throw new InvalidOperationException("Finish needs a source opened with hashing.") : Convert.ToHexStringLower(_sha.GetHashAndReset());

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        try
        {
            if (!_slut)
            {
                // Closing a reader reads the rest of its rows: a table left early (an error, --strict) is cancelled on the server instead.
                _kommando.Cancel();
            }

            _laeser.Dispose();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException)
        {
            // The cancellation itself surfaces here (query_canceled); the connection is closed below all the same.
        }
        finally
        {
            _kommando.Dispose();
            _forbindelse.Dispose();
            _sha?.Dispose();
        }
    }

    /// <summary>The §2 columns of <paramref name="tabel"/> the relation has, in §2 order, each with its text rule; a required one missing is the CSV error naming <c>S.tabel</c>.</summary>
    private static (string[] Navne, Tekstregel[] Regler) Kolonner(Databasekilde kilde, string tabel, NpgsqlConnection forbindelse)
    {
        Dictionary<string, string> typer = [];
        try
        {
            // A domain is read as its base type.
            using var kommando = new NpgsqlCommand(
                """
                SELECT a.attname, b.typname FROM pg_catalog.pg_attribute a
                JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                JOIN pg_catalog.pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped
                """,
                forbindelse);
            kommando.Parameters.Add(new NpgsqlParameter { Value = kilde.Sql(tabel) });
            using var laeser = kommando.ExecuteReader();
            while (laeser.Read())
            {
                typer[laeser.GetString(0)] = laeser.GetString(1);
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Postgresfejl.Laesning(kilde, tabel, e);
        }

        var (paakraevede, valgfrie) = Tabelkolonner.For(tabel);
        List<string> navne = [];
        List<Tekstregel> regler = [];
        foreach (string kolonne in paakraevede.Concat(valgfrie))
        {
            if (!typer.TryGetValue(kolonne, out string? type))
            {
                if (Array.IndexOf(paakraevede, kolonne) >= 0)
                {
                    throw Inddatafejl.KolonneMangler(kilde.Navn(tabel), kolonne);
                }

                continue;
            }

            navne.Add(kolonne);
            regler.Add(Regel(type) ?? throw Postgresfejl.Kolonnetype(kilde.Navn(tabel), kolonne, type));
        }

        return ([.. navne], [.. regler]);
    }

    private static Tekstregel? Regel(string type) => type switch
    {
        "text" or "varchar" or "bpchar" => Tekstregel.Tekst,
        "date" => Tekstregel.Dato,
        "timestamp" or "timestamptz" => Tekstregel.Tidspunkt,
        "int2" or "int4" or "int8" => Tekstregel.Heltal,
        "numeric" => Tekstregel.Decimal,
        "float4" => Tekstregel.Float,
        "float8" => Tekstregel.Double,
        _ => null,
    };

    /// <summary>
    /// The SELECT of the columns, ordered by all of them in §2 order, text by its bytes (<c>COLLATE "C"</c>). Text comes as its UTF-8 bytes,
    /// whatever the database's encoding (a <c>char(n)</c> without its padding, which PostgreSQL does not count either); a numeric as its text, which holds every value exactly, even one <see cref="decimal"/> cannot; the
    /// ordering is still each column's own.
    /// </summary>
    private string Forespoergsel()
    {
        var valg = new StringBuilder("SELECT ");
        var orden = new StringBuilder(" ORDER BY ");
        for (int i = 0; i < _navne.Length; i++)
        {
            string kolonne = "t." + Databasekilde.Citer(_navne[i]);
            string udtryk = _regler[i] switch
            {
                // The text's bytes as UTF-8, copied straight into the row: no string per field.
                Tekstregel.Tekst => $"convert_to({kolonne}, 'UTF8')",
                Tekstregel.Decimal => kolonne + "::text",
                _ => kolonne,
            };
            valg.Append(i > 0 ? ", " : "").Append(udtryk);
            orden.Append(i > 0 ? ", " : "").Append(kolonne).Append(_regler[i] == Tekstregel.Tekst ? " COLLATE \"C\"" : "");
        }

        return valg.Append(" FROM ").Append(_kilde.Sql(_tabel)).Append(" AS t").Append(orden).ToString();
    }

    /// <summary>Writes field <paramref name="i"/>'s text at <paramref name="laengde"/> and returns the row's new length; a timestamp not at 00:00 sets <paramref name="defekt"/>.</summary>
    private int Felt(int i, int laengde, ref string? defekt)
    {
        if (_laeser.IsDBNull(i))
        {
            return laengde;
        }

        var regel = _regler[i];
        if (regel == Tekstregel.Tekst)
        {
            int antal = checked((int)_laeser.GetBytes(i, 0, null, 0, 0));
            Sikr(laengde + antal);
            return laengde + (int)_laeser.GetBytes(i, 0, _raekke, laengde, antal);
        }

        Sikr(laengde + Parquettekst.MaksBytes);
        Span<byte> ud = _raekke.AsSpan(laengde);
        switch (regel)
        {
            case Tekstregel.Dato:
                return laengde + Parquettekst.Dato(_laeser.GetFieldValue<DateOnly>(i), ud);
            case Tekstregel.Tidspunkt:
                if (!Parquettekst.Tidspunkt(_laeser.GetFieldValue<DateTime>(i), ud, out int skrevet))
                {
                    defekt ??= $"tidspunkt i '{_navne[i]}' er ikke 00:00: '{Encoding.ASCII.GetString(ud[..skrevet])}'";
                }

                return laengde + skrevet;
            case Tekstregel.Heltal:
                return laengde + Parquettekst.Heltal(_laeser.GetFieldValue<long>(i), ud);
            case Tekstregel.Decimal:
                string numerisk = _laeser.GetString(i);

                // NaN, Infinity and values beyond decimal's 28 digits stay as the server writes them, and fail as numbers like any such text.
                return laengde + (decimal.TryParse(numerisk, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d)
                    ? Parquettekst.Decimal(d, ud)
                    : Encoding.ASCII.GetBytes(numerisk, ud));
            case Tekstregel.Float:
                return laengde + Parquettekst.Flydende(_laeser.GetFieldValue<float>(i), ud);
            case Tekstregel.Double:
                return laengde + Parquettekst.Flydende(_laeser.GetFieldValue<double>(i), ud);
            default:
                throw new InvalidOperationException($"No text rule for {regel}.");
        }
    }

    private void Sikr(int plads)
    {
        if (_raekke.Length < plads)
        {
            Array.Resize(ref _raekke, Math.Max(_raekke.Length * 2, plads));
        }
    }
}

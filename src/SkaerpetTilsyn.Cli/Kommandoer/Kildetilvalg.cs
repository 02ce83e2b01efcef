using System.CommandLine;
using SkaerpetTilsyn.IO;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Postgres;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary>Where the input is: <c>--data</c>, a folder of files, or <c>--kilde</c> with <c>--skema</c>, a PostgreSQL database (SPEC §13.2) — exactly one of them.</summary>
internal sealed class Kildetilvalg
{
    private readonly Option<string?> _data = new("--data") { Description = "Mappen med inddata (ydelser.csv, samtaler.csv, tilbud.csv, …); eller brug --kilde" };

    private readonly Option<string?> _kilde = new("--kilde")
    {
        Description = "En PostgreSQL-database i stedet for --data: en Npgsql-forbindelsesstreng uden adgangskode, fx \"Host=localhost;Port=5432;Database=tilsyn;Username=skaerpet\" (adgangskoden i PGPASSWORD eller .pgpass)",
    };

    private readonly Option<string?> _skema = new("--skema") { Description = $"Skemaet i --kilde med tabellerne ydelser, samtaler, tilbud, … (standard {Databasekilde.StandardSkema})" };

    /// <summary>Adds the options to <paramref name="kommando"/> with the rule that exactly one of <c>--data</c> and <c>--kilde</c> is given, and <c>--kilde</c> without a password.</summary>
    public Kildetilvalg(Command kommando)
    {
        kommando.Options.Add(_data);
        kommando.Options.Add(_kilde);
        kommando.Options.Add(_skema);
        kommando.Validators.Add(c =>
        {
            string? data = c.GetValue(_data);
            string? kilde = c.GetValue(_kilde);
            if ((data is null) == (kilde is null))
            {
                c.AddError(Databasekilde.EnAfDem);
                return;
            }

            if (kilde is null)
            {
                if (c.GetResult(_skema) is not null)
                {
                    c.AddError("--skema gælder kun sammen med --kilde.");
                }

                return;
            }

            try
            {
                Databasekilde.Fortolk(kilde, c.GetValue(_skema));
            }
            catch (InputFejlException e)
            {
                c.AddError(e.Message);
            }
        });
    }

    /// <summary>The data folder, <c>--data</c>; null when the input is a database.</summary>
    public string? Data(ParseResult r) => r.GetValue(_data);

    /// <summary>The database of <c>--kilde</c> and <c>--skema</c>; null when the input is a folder.</summary>
    public Databasekilde? Database(ParseResult r) => r.GetValue(_kilde) is { } kilde ? Databasekilde.Fortolk(kilde, r.GetValue(_skema)) : null;

    /// <summary><paramref name="valg"/> reading the database of <c>--kilde</c>, when given.</summary>
    public Indlaesningsvalg Anvend(ParseResult r, Indlaesningsvalg valg) => valg with { Database = Database(r) };
}

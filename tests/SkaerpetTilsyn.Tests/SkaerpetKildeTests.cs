using SkaerpetTilsyn.Cli.Tests;
using SkaerpetTilsyn.IO;
using SkaerpetTilsyn.IO.Postgres;
using SkaerpetTilsyn.Testvaerktoej;

namespace SkaerpetTilsyn.Tests;

/// <summary>The library reads a PostgreSQL database like the command line (SPEC §13.2, §13.4): <see cref="Koerselsvalg.Kilde"/> instead of <see cref="Koerselsvalg.Data"/>.</summary>
[Collection(Postgressamling.Navn)]
public class SkaerpetKildeTests(Postgresserver server)
{
    [PostgresFact]
    public void Opgoerelse_Kilde_SammeTabellerSomDataMappen()
    {
        string mappe = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(Repo.Demo, mappe);
        string forbindelse = server.NyDatabase();
        CsvTilPostgres.Mappe(forbindelse, mappe, typede: true);

        var fraMappe = Skaerpet.Opgoerelse(new Opgoerelsesvalg { Data = mappe, Aar = 2023 });
        var fraDatabase = Skaerpet.Opgoerelse(new Opgoerelsesvalg { Kilde = Databasekilde.Fortolk(forbindelse), Aar = 2023 });

        fraDatabase.Rapport.Database!.Skema.Should().Be("public");
        fraDatabase.Resultat.Afgoerelser.Should().BeEquivalentTo(fraMappe.Resultat.Afgoerelser, o => o.WithStrictOrdering());
        fraDatabase.Rapport.Filer.Select(f => (f.Laest, f.Brugt, f.Afvist, f.Dubletter)).Should().Equal(fraMappe.Rapport.Filer.Select(f => (f.Laest, f.Brugt, f.Afvist, f.Dubletter)));
    }

    [Fact]
    public void Opgoerelse_BaadeDataOgKilde_InputFejl()
    {
        var handling = () => Skaerpet.Opgoerelse(new Opgoerelsesvalg { Data = Repo.Demo, Kilde = Databasekilde.Fortolk("Host=x;Username=y"), Aar = 2023 });

        handling.Should().Throw<InputFejlException>().WithMessage(Databasekilde.EnAfDem);
    }
}

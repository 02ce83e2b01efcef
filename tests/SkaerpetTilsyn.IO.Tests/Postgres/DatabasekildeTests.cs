using SkaerpetTilsyn.IO.Postgres;

namespace SkaerpetTilsyn.IO.Tests.Postgres;

public class DatabasekildeTests
{
    public static TheoryData<string> MedAdgangskode => new()
    {
        "Host=localhost;Database=tilsyn;Username=skaerpet;Password=Hemmelig42",
        "Host=localhost;Database=tilsyn;Username=skaerpet;password=Hemmelig42",
        "Host=localhost;Database=tilsyn;Username=skaerpet;PWD=Hemmelig42",
        "Host=localhost;Database=tilsyn;Username=skaerpet;Psw=Hemmelig42",
        "Host=localhost;Database=tilsyn;Username=skaerpet;pSw=Hemmelig42",
    };

    [Theory]
    [MemberData(nameof(MedAdgangskode))]
    public void Fortolk_Adgangskode_FejlUdenAtGentageDen(string forbindelse)
    {
        var handling = () => Databasekilde.Fortolk(forbindelse);

        var fejl = handling.Should().Throw<InputFejlException>().Which;
        fejl.Message.Should().Be(
            "--kilde indeholder en adgangskode (Password, Pwd eller Psw), som ikke må stå på kommandolinjen; fjern den og giv den i miljøvariablen PGPASSWORD eller i en .pgpass-fil.");
        fejl.Message.Should().NotContain("Hemmelig42");
        fejl.InnerException.Should().BeNull("an inner exception's text could carry the string");
    }

    [Theory]
    [InlineData("Host=localhost;Ukendt=Hemmelig42")]
    [InlineData("Host=localhost;Port=ikke-et-tal;Username=Hemmelig42")]
    [InlineData("Hemmelig42")]
    public void Fortolk_Ulaeselig_FejlUdenAtGentageDen(string forbindelse)
    {
        var handling = () => Databasekilde.Fortolk(forbindelse);

        var fejl = handling.Should().Throw<InputFejlException>().Which;
        fejl.Message.Should().Be("--kilde er ikke en forbindelsesstreng, som Npgsql kan læse; skriv den som \"Host=…;Port=…;Database=…;Username=…\".");
        fejl.InnerException.Should().BeNull();
    }

    [Fact]
    public void Fortolk_UdenSkema_Public()
    {
        var kilde = Databasekilde.Fortolk("Host=db.example;Port=5433;Database=tilsyn;Username=skaerpet");

        kilde.Skema.Should().Be("public");
        (kilde.Vaert, kilde.Port, kilde.Database, kilde.Bruger).Should().Be(("db.example", 5433, "tilsyn", "skaerpet"));
    }

    [Theory]
    [InlineData("public.ydelser", true, "ydelser")]
    [InlineData("public.milepaele", true, "milepaele")]
    [InlineData("public.andet", false, "")]
    [InlineData("ydelser.csv", false, "")]
    [InlineData("andet.ydelser", false, "")]
    [InlineData("public.", false, "")]
    public void ErTabel_NavnetSTabel(string sti, bool forventet, string tabel)
    {
        var kilde = Databasekilde.Fortolk("Host=x;Username=y");

        kilde.ErTabel(sti, out string fundet).Should().Be(forventet);
        fundet.Should().Be(tabel);
    }

    [Fact]
    public void Sql_CitererSkemaOgTabel()
    {
        Databasekilde.Fortolk("Host=x;Username=y", "mit \"skema\"").Sql("ydelser").Should().Be("\"mit \"\"skema\"\"\".\"ydelser\"");
    }
}

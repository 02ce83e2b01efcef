using System.Globalization;

namespace SkaerpetTilsyn.IO;

/// <summary>The fatal input errors, each one Danish sentence naming the file; callers <c>throw</c> them so flow analysis sees the exit.</summary>
internal static class Inddatafejl
{
    public static InputFejlException MappeMangler(string mappe) =>
        new InputFejlException($"Datamappen '{mappe}' findes ikke.");

    public static InputFejlException MappeErFil(string mappe) =>
        new InputFejlException($"Datamappen '{mappe}' er en fil, ikke en mappe; giv --data mappen, der holder ydelser.csv og de andre filer.");

    public static InputFejlException FilErMappe(string navn, string mappe) =>
        new InputFejlException($"{navn} i '{mappe}' er en mappe, ikke en fil.");

    public static InputFejlException Tom(string fil) =>
        new InputFejlException($"{fil} er tom; den skal mindst have overskriften.");

    public static InputFejlException Binaer(string fil) =>
        new InputFejlException($"{fil} er ikke en tekstfil (den indeholder nul-byte og ugyldig UTF-8), men måske et regneark eller en komprimeret fil; gem den som CSV i UTF-8.");

    public static InputFejlException Utf16(string fil) =>
        new InputFejlException($"{fil} er gemt i UTF-16, ikke UTF-8; gem den som CSV i UTF-8.");

    public static InputFejlException PaakraevetFilMangler(string navn, string mappe) =>
        new InputFejlException($"Den påkrævede fil {navn}.csv (eller {navn}.csv.gz) findes ikke i '{mappe}'.");

    public static InputFejlException StatusfilMangler(string sti) =>
        new InputFejlException(Directory.Exists(sti) ? $"Statusfilen '{sti}' er en mappe, ikke en fil." : $"Statusfilen '{sti}' findes ikke.");

    public static InputFejlException BaadeCsvOgGzip(string navn, string mappe) =>
        new InputFejlException($"Både {navn}.csv og {navn}.csv.gz findes i '{mappe}'; der må kun være én af dem.");

    public static InputFejlException KolonneMangler(string fil, string kolonne) =>
        new InputFejlException($"{fil} mangler kolonnen '{kolonne}' i overskriften.");

    public static InputFejlException KolonneGentaget(string fil, string kolonne) =>
        new InputFejlException($"{fil} har kolonnen '{kolonne}' mere end én gang i overskriften.");

    public static InputFejlException Ulaeselig(string sti, Exception aarsag) =>
        new InputFejlException(
            Uddata.Filsystemfejl.Er(aarsag) ? $"Filen '{sti}' kan ikke læses ({Uddata.Filsystemfejl.Aarsag(aarsag)})." : $"Filen '{sti}' kan ikke læses.", aarsag);

    public static InputFejlException UgyldigGzip(string fil, Exception aarsag) =>
        new InputFejlException($"{fil} er ikke en gyldig gzip-fil.", aarsag);

    public static InputFejlException DaarligRaekke(string fil, long linje, string aarsag) =>
        new InputFejlException(string.Create(CultureInfo.InvariantCulture, $"{fil} linje {linje}: {aarsag}"));

    public static InputFejlException KommuneGentaget(string fil, long linje, int kommune, long foersteLinje) =>
        new InputFejlException(string.Create(
            CultureInfo.InvariantCulture, $"{fil} linje {linje}: kommune {kommune:D3} står allerede i linje {foersteLinje}."));

    public static InputFejlException Latin1(string fil) =>
        new InputFejlException(
            $"{fil} er ikke UTF-8, men ligner Windows-1252/Latin-1 (æ, ø eller å som enkelte byte), som dansk Excel gemmer \"CSV (semikolonsepareret)\" i. "
            + "Gem filen igen som \"CSV UTF-8\", eller kør med --encoding latin1.");

    public static InputFejlException Semikolon(string fil) =>
        new InputFejlException(
            $"{fil} er adskilt med semikolon, ikke komma (overskriften har ';' og intet ','), som når dansk Excel gemmer CSV. "
            + "Kør med --separator ';', eller gem filen igen som kommasepareret \"CSV UTF-8\".");

    public static InputFejlException Cpr(string fil, long linje) =>
        new InputFejlException(string.Create(
            CultureInfo.InvariantCulture,
            $"{fil} linje {linje}: person_id ligner et CPR-nummer (ti cifre, hvor de første seks er en dato). Resultater som passivsager.csv og afviste.csv ville så sprede CPR-numre. Brug pseudonymiserede id'er, eller kør med --tillad-cpr, hvis id'erne med sikkerhed ikke er CPR-numre."));

    public static InputFejlException RaekkeForLang(string fil, long linje, int maksBytes) =>
        new InputFejlException(string.Create(
            CultureInfo.InvariantCulture,
            $"{fil}: rækken efter linje {linje} er længere end {maksBytes / (1 << 20)} MiB, sandsynligvis fordi et anførselstegn (\") aldrig lukkes. Ret anførselstegnet i filen."));
}

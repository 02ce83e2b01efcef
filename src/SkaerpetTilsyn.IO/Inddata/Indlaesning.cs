using System.Globalization;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Csv;
using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>One reading of a data folder: opens its inputs and collects across them the rejected rows, the file counts and the warnings.</summary>
internal sealed class Indlaesning(Indlaesningsvalg valg)
{
    public List<Afvisning> Afviste { get; } = [];

    public List<Filstatistik> Filer { get; } = [];

    public List<string> Advarsler { get; } = [];

    /// <summary>Opens an input file: the one place that picks the source for a file found.</summary>
    public RecordSource Aabn(string sti)
    {
        valg.VedAabning?.Invoke(sti);
        return CsvRecordSource.Open(sti, valg);
    }

    /// <summary>The row checks of <paramref name="kilde"/>, whose rejected rows go to <see cref="Afviste"/>.</summary>
    public Raekkekontrol Kontrol(RecordSource kilde, Dubletkontrol dubletter) => new(kilde, valg, Afviste, dubletter);

    /// <summary>Finishes an input after its last row: its counts, and a warning when it had duplicates.</summary>
    public void Afslut(Raekkekontrol kontrol)
    {
        Filstatistik statistik = kontrol.Afslut();
        Filer.Add(statistik);
        if (statistik.Dubletter > 0)
        {
            Advarsler.Add($"{statistik.Navn}: {Antal(statistik.Dubletter, "dublet", "dubletter")} brugt én gang");
        }
    }

    public Indlaesningsrapport Rapport(Dataperiode periode, string? usorteretFil) => new()
    {
        Afviste = Afviste,
        Filer = Filer,
        Advarsler = Advarsler,
        Periode = periode,
        UsorteretFil = usorteretFil,
    };

    /// <summary>A count with the singular or plural noun, such as <c>1 dublet</c> or <c>3 dubletter</c>.</summary>
    public static string Antal(long n, string en, string flere) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? en : flere)}");
}

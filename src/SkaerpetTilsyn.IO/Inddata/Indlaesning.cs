using System.Globalization;
using SkaerpetTilsyn.Core.Data;
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

    public Indlaesningsvalg Valg => valg;

    /// <summary>Opens an input file: the one place that picks the source for a file found.</summary>
    public RecordSource Aabn(string sti)
    {
        valg.VedAabning?.Invoke(sti);
        return Aabn(sti, hash: true);
    }

    /// <summary>Opens a person file, which <see cref="Indlaesningsvalg.VedAabning"/> has been told of once; <paramref name="hash"/> false for a read after the one that hashed it.</summary>
    public RecordSource Aabn(string sti, bool hash) => Filkilde.Aabn(sti, valg, hash);

    /// <summary>The row checks of <paramref name="kilde"/>, whose rejected rows go to <see cref="Afviste"/>.</summary>
    public Raekkekontrol Kontrol(RecordSource kilde, Dubletkontrol dubletter) => new(kilde, valg, Afviste, dubletter);

    /// <summary>Finishes an input after its last row: its counts, and a warning when it had duplicates.</summary>
    public void Afslut(Raekkekontrol kontrol) => Afslut(kontrol.Afslut());

    /// <summary>Finishes an input with its counts, and a warning when it had duplicates.</summary>
    public void Afslut(Filstatistik statistik)
    {
        Filer.Add(statistik);
        if (statistik.Dubletter > 0)
        {
            Advarsler.Add($"{statistik.Navn}: {Antal(statistik.Dubletter, "dublet", "dubletter")} brugt én gang");
        }
    }

    /// <summary>How each person file was read: in order, with rows set aside, or grouped.</summary>
    public List<Filraekkefoelge> Raekkefoelger { get; } = [];

    public Indlaesningsrapport Rapport(Dataperiode periode) => new()
    {
        Afviste = Afviste,
        Filer = Filer,
        Advarsler = Advarsler,
        Periode = periode,
        Raekkefoelger = Raekkefoelger,
    };

    /// <summary>A count with the singular or plural noun, such as <c>1 dublet</c> or <c>3 dubletter</c>.</summary>
    public static string Antal(long n, string en, string flere) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? en : flere)}");
}

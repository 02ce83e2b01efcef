using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using YdelseKode = SkaerpetTilsyn.Core.Kodelister.Ydelse;

namespace SkaerpetTilsyn.Core.Tests.TestData;

/// <summary>Builds one person's input rows fluently, one call per row, so a scenario fits on one line; a null or empty <c>til</c> is open-ended.</summary>
public sealed class PersonBygger
{
    private readonly string _personId;
    private readonly List<Action<Persondata>> _raekker = [];
    private readonly StringBuilder _beskrivelse = new();

    public PersonBygger(string personId = "p1")
    {
        _personId = personId;
    }

    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static LocalDate Til(string? iso) => string.IsNullOrEmpty(iso) ? Datoer.Aaben : D(iso);

    public static YearMonth M(string iso) => YearMonthPattern.Iso.Parse(iso).Value;

    public static LocalDate SidsteDag(YearMonth maaned) => maaned.ToDateInterval().End;

    public PersonBygger Ydelse(string fra, string? til, YdelseKode ydelse, int kommune = 101) =>
        Tilfoej($"Y {fra}..{til} {Koder.Kode(ydelse)} {kommune}", p => p.Ydelser.Add(new Ydelsesperiode(D(fra), Til(til), ydelse, kommune)));

    public PersonBygger Samtale(string dato, SamtaleType type = SamtaleType.Jobsamtale, SamtaleForm form = SamtaleForm.Personligt) =>
        Tilfoej($"S {dato} {Koder.Kode(type)} {Koder.Kode(form)}", p => p.Samtaler.Add(new Samtale(D(dato), type, form)));

    /// <summary>One personligt jobsamtale on the 15th of every month from <paramref name="fra"/> to <paramref name="til"/>.</summary>
    public PersonBygger MaanedligeSamtaler(string fra, string til)
    {
        for (var m = M(fra); m <= M(til); m = m.PlusMonths(1))
        {
            var dato = m.OnDayOfMonth(15);
            _raekker.Add(p => p.Samtaler.Add(new Samtale(dato, SamtaleType.Jobsamtale, SamtaleForm.Personligt)));
        }

        _beskrivelse.Append(CultureInfo.InvariantCulture, $"S* {fra}..{til}; ");
        return this;
    }

    public PersonBygger Tilbud(string fra, string? til, TilbudType type = TilbudType.Virksomhedspraktik) =>
        Tilfoej($"T {fra}..{til} {Koder.Kode(type)}", p => p.Tilbud.Add(new Tilbud(D(fra), Til(til), type)));

    public PersonBygger Timer(string fra, string? til, decimal timer) =>
        Tilfoej($"H {fra}..{til} {timer.ToString(CultureInfo.InvariantCulture)}", p => p.Timer.Add(new Timeperiode(D(fra), Til(til), timer)));

    public PersonBygger Fritagelse(string fra, string? til, FritagelseAarsag aarsag) =>
        Tilfoej($"F {fra}..{til} {Koder.Kode(aarsag)}", p => p.Fritagelser.Add(new Fritagelse(D(fra), Til(til), aarsag)));

    public Persondata Byg()
    {
        var p = new Persondata();
        p.Nulstil(_personId);
        foreach (var r in _raekker)
        {
            r(p);
        }

        return p;
    }

    public override string ToString() => _beskrivelse.Length == 0 ? _personId : _beskrivelse.ToString();

    private PersonBygger Tilfoej(string beskrivelse, Action<Persondata> raekke)
    {
        _raekker.Add(raekke);
        _beskrivelse.Append(beskrivelse).Append("; ");
        return this;
    }
}

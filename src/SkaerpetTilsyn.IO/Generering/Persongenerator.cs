using System.Runtime.InteropServices;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Generering;

/// <summary>Generates the rows of one synthetic person into reusable lists, each sorted by date.</summary>
/// <remarks>One instance per thread; <see cref="Generer"/> clears the lists of the previous person.</remarks>
internal sealed class Persongenerator
{
    // Share (percent) of new benefit spells per ydelse, in code-list order.
    private static readonly int[] s_ydelseVaegte = [26, 30, 4, 8, 13, 3, 7, 9];

    // Typical spell length in months per ydelse, in code-list order.
    private static readonly (int Min, int Maks)[] s_varighedMaaneder = [(1, 8), (1, 8), (12, 36), (3, 30), (12, 60), (6, 30), (12, 60), (12, 48)];

    // Share (percent) of tilbud per type and their length in days, in code-list order.
    private static readonly int[] s_tilbudVaegte = [30, 15, 10, 20, 25];
    private static readonly (int Min, int Maks)[] s_tilbudDage = [(28, 91), (91, 365), (28, 91), (14, 182), (7, 84)];

    private const double LangDagpengeAndel = 0.15;
    private const double ShoTilKontanthjaelp = 0.5;
    private const double Ophoer = 0.3;
    private const double KortPause = 0.15;
    private const int KortPauseMaksDage = 20;
    private const double Flytning = 0.05;
    private const double FlytningPrMaaned = 0.003;
    private const double Overlap = 0.01;
    private const double AabenSlut = 0.35;
    private const double TilbudFremforTimer = 0.8;

    private readonly int _start;
    private readonly int _slut;
    private readonly Kommuneprofil[] _kommuner;
    private readonly int[] _kumulativVaegt;
    private int _tilbudSlut;
    private int _sidsteTimeMaaned;

    public Persongenerator(int start, int slut, Kommuneprofil[] kommuner)
    {
        _start = start;
        _slut = slut;
        _kommuner = kommuner;
        _kumulativVaegt = new int[kommuner.Length];
        int sum = 0;
        for (int i = 0; i < kommuner.Length; i++)
        {
            sum += kommuner[i].Vaegt;
            _kumulativVaegt[i] = sum;
        }
    }

    public List<Ydelsesraekke> Ydelser { get; } = [];

    public List<Samtaleraekke> Samtaler { get; } = [];

    public List<Tilbudsraekke> Tilbud { get; } = [];

    public List<Timeraekke> Timer { get; } = [];

    public List<Fritagelsesraekke> Fritagelser { get; } = [];

    public void Generer(ref Xoshiro256 rng)
    {
        Ydelser.Clear();
        Samtaler.Clear();
        Tilbud.Clear();
        Timer.Clear();
        Fritagelser.Clear();
        _tilbudSlut = int.MinValue;
        _sidsteTimeMaaned = int.MinValue;

        int kommune = TraekKommune(ref rng);
        double samtaleFaktor = 0.75 + (0.5 * rng.NaesteDouble());
        Ydelse ydelse = TraekYdelse(ref rng);
        int varighed = Varighed(ydelse, ref rng);

        // The first spell may have begun up to two years before the data period, but reaches into it.
        int t = rng.Mellem(Math.Max(_start - varighed + 1, _start - 730), _slut - 30);
        while (true)
        {
            int spellSlut = t + varighed - 1;
            if (spellSlut >= _start)
            {
                Spell(t, spellSlut, ydelse, ref kommune, samtaleFaktor, ref rng);
            }

            if (ydelse == Ydelse.Sho && rng.Chance(ShoTilKontanthjaelp))
            {
                ydelse = Ydelse.Kontanthjaelp;
                t = spellSlut + 1;
            }
            else if (rng.Chance(Ophoer))
            {
                break;
            }
            else if (rng.Chance(KortPause))
            {
                // A pause of less than a month: the forløb goes on with the same ydelse.
                t = spellSlut + 2 + rng.Naeste(KortPauseMaksDage);
            }
            else
            {
                t = spellSlut + 36 + rng.Naeste(rng.Chance(0.5) ? 180 : 1100);
                ydelse = TraekYdelse(ref rng);
                if (rng.Chance(Flytning))
                {
                    kommune = TraekKommune(ref rng);
                }
            }

            if (t > _slut)
            {
                break;
            }

            varighed = Varighed(ydelse, ref rng);
        }

        CollectionsMarshal.AsSpan(Ydelser).Sort();
        CollectionsMarshal.AsSpan(Samtaler).Sort();
        CollectionsMarshal.AsSpan(Tilbud).Sort();
        CollectionsMarshal.AsSpan(Timer).Sort();
        CollectionsMarshal.AsSpan(Fritagelser).Sort();
    }

    private void Spell(int start, int slut, Ydelse ydelse, ref int kommune, double samtaleFaktor, ref Xoshiro256 rng)
    {
        int fra = Math.Max(start, _start);
        int til = Math.Min(slut, _slut);
        bool aabenSlut = slut > _slut && rng.Chance(AabenSlut);
        for (int maaned = fra; maaned <= til;)
        {
            int maanedSlut = SidsteIMaaned(maaned);
            int raekkeTil = Math.Min(maanedSlut, til);
            if (maaned > fra && rng.Chance(FlytningPrMaaned))
            {
                kommune = TraekKommune(ref rng);
            }

            Kommuneprofil profil = _kommuner[kommune];
            bool aaben = aabenSlut && raekkeTil == til;
            Ydelser.Add(new(maaned, aaben ? Ydelsesraekke.Aaben : raekkeTil, profil.Kode, ydelse));
            if (!aaben && raekkeTil > maaned && rng.Chance(Overlap))
            {
                // A correcting payment for part of the month, overlapping the first row.
                Ydelser.Add(new(maaned + 1 + rng.Naeste(raekkeTil - maaned), raekkeTil, profil.Kode, ydelse));
            }

            if (rng.Chance(profil.IndsatsPrMaaned))
            {
                int dag = rng.Mellem(maaned, raekkeTil);
                if (rng.Chance(TilbudFremforTimer))
                {
                    NytTilbud(dag, ref rng);
                }
                else
                {
                    Timeepisode(dag, ref rng);
                }
            }

            maaned = maanedSlut + 1;
        }

        Samtaleraekker(start, slut, ydelse, _kommuner[kommune].Niveau.SamtalerPrAar / samtaleFaktor, ref rng);
        Fritagelse(start, slut, ref rng);
    }

    private void Samtaleraekker(int start, int slut, Ydelse ydelse, double prAar, ref Xoshiro256 rng)
    {
        double interval = 365.0 / prAar;
        int til = Math.Min(slut, _slut);
        for (int dag = start + rng.Mellem(3, 30); dag <= til; dag += Math.Max(1, (int)(interval * (0.5 + rng.NaesteDouble()))))
        {
            if (dag < _start)
            {
                continue;
            }

            SamtaleType type = ydelse == Ydelse.Sygedagpenge && rng.Chance(0.9) ? SamtaleType.Sygeopfoelgning : SamtaleType.Jobsamtale;
            int u = rng.Naeste(100);
            SamtaleForm form = u < 55 ? SamtaleForm.Personligt : u < 80 ? SamtaleForm.Telefon : SamtaleForm.Digital;
            Samtaler.Add(new(dag, type, form));
        }
    }

    private void NytTilbud(int dag, ref Xoshiro256 rng)
    {
        if (dag <= _tilbudSlut)
        {
            return;
        }

        int type = Vaelg(s_tilbudVaegte, ref rng);
        (int min, int maks) = s_tilbudDage[type];
        int til = Math.Min(dag + rng.Mellem(min, maks) - 1, _slut);
        Tilbud.Add(new(dag, til, (TilbudType)type));
        _tilbudSlut = til;
    }

    private void Timeepisode(int dag, ref Xoshiro256 rng)
    {
        int maaned = FoersteIMaaned(dag);
        for (int i = rng.Mellem(2, 6); i > 0 && maaned <= _slut; i--)
        {
            int maanedSlut = SidsteIMaaned(maaned);
            if (maaned > _sidsteTimeMaaned)
            {
                // 5 to 45 hours in quarter hours.
                Timer.Add(new(maaned, maanedSlut, 500 + (25 * rng.Naeste(161))));
                _sidsteTimeMaaned = maaned;
            }

            maaned = maanedSlut + 1;
        }
    }

    private void Fritagelse(int start, int slut, ref Xoshiro256 rng)
    {
        int laengde = slut - start + 1;
        if (laengde < 90)
        {
            return;
        }

        int u = rng.Naeste(100);
        if (u >= 9)
        {
            return;
        }

        (FritagelseAarsag aarsag, int min, int maks) = u < 2 ? (FritagelseAarsag.Barsel, 90, 365)
            : u < 5 ? (FritagelseAarsag.Standby, 30, 180)
            : (FritagelseAarsag.Andet, 14, 90);
        int fra = start + rng.Naeste(laengde / 2);
        int til = Math.Min(Math.Min(fra + rng.Mellem(min, maks) - 1, slut), _slut);
        fra = Math.Max(fra, _start);
        if (fra <= til)
        {
            Fritagelser.Add(new(fra, til, aarsag));
        }
    }

    private int TraekKommune(ref Xoshiro256 rng)
    {
        int x = rng.Naeste(_kumulativVaegt[^1]);
        int lav = 0;
        int hoej = _kumulativVaegt.Length - 1;
        while (lav < hoej)
        {
            int midt = (lav + hoej) / 2;
            if (_kumulativVaegt[midt] > x)
            {
                hoej = midt;
            }
            else
            {
                lav = midt + 1;
            }
        }

        return lav;
    }

    private static Ydelse TraekYdelse(ref Xoshiro256 rng) => (Ydelse)Vaelg(s_ydelseVaegte, ref rng);

    private static int Varighed(Ydelse ydelse, ref Xoshiro256 rng)
    {
        (int min, int maks) = s_varighedMaaneder[(int)ydelse];
        if (ydelse is Ydelse.Dagpenge or Ydelse.Sygedagpenge && rng.Chance(LangDagpengeAndel))
        {
            (min, maks) = (8, 24);
        }

        return rng.Mellem(min * 30, (maks * 30) + 29);
    }

    private static int Vaelg(int[] vaegte, ref Xoshiro256 rng)
    {
        int x = rng.Naeste(100);
        for (int i = 0; i < vaegte.Length; i++)
        {
            x -= vaegte[i];
            if (x < 0)
            {
                return i;
            }
        }

        return vaegte.Length - 1;
    }

    private static int FoersteIMaaned(int dag) => dag - DateOnly.FromDayNumber(dag).Day + 1;

    private static int SidsteIMaaned(int dag)
    {
        DateOnly dato = DateOnly.FromDayNumber(dag);
        return dag - dato.Day + DateTime.DaysInMonth(dato.Year, dato.Month);
    }
}

using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>The built-in letter per decision (SPEC §11.1), as paragraphs with <c>{{felt}}</c>s that <see cref="Meddelelsesfelter"/> fills.</summary>
/// <remarks>The paragraphs of <see cref="Brevudformning.Standard"/> are what the shipped templates in <c>skabeloner/</c> hold.</remarks>
internal static class Meddelelsestekst
{
    private const string Bek = "bekendtgørelsens";

    public static IReadOnlyList<Afsnit> Afsnit(Brevudformning u)
    {
        if (u.Type == Afgoerelsestype.IkkeOmfattet)
        {
            throw new ArgumentException("A kommune that is not covered gets no letter.", nameof(u));
        }

        var a = new List<Afsnit>
        {
            new("Meddelelse om skærpet tilsyn med beskæftigelsesindsatsen – opgørelsen for {{aar}}", Afsnitstype.Titel),
            new("Til kommunalbestyrelsen i {{navn}} (kommune {{kommune}})"),
            new("Dato: {{meddelelse}}"),
            new("Styrelsen for Arbejdsmarked og Rekruttering har opgjort resultatmålet og fokusmålene for {{navn}} for dataåret {{aar}} "
                + "efter §§ 4 og 5 i bekendtgørelse nr. 301 af 20. marts 2023. Opgørelsen fører til den afgørelse, som fremgår nedenfor."),
            new("Afgørelse", Afsnitstype.Overskrift),
            new($"{{{{afgoerelse_tekst}}}}, jf. {Bek} {{{{hjemmel}}}}."),
            new(Begrundelse(u.Type)),
            new("Opgørelsen", Afsnitstype.Overskrift),
            new($"Resultatmålet ({Bek} § 4): Kommunens faktiske ydelsesgrad er {{{{faktisk}}}}, og den forventede ydelsesgrad er {{{{forventet}}}}. "
                + "Resultatmålet er opfyldt, når den faktiske ydelsesgrad ikke er højere end den forventede. Opfyldt: {{resultatmaal_opfyldt}}."),
            new(Fokusmaal(1, "nr. 1", "der hverken har deltaget i et beskæftigelsesrettet tilbud eller har haft tilstrækkeligt mange timers ordinær beskæftigelse", u.Fm1)),
            new(Fokusmaal(2, "nr. 2", "der har haft for få samtaler", u.Fm2)),
        };

        // SPEC §11.1: a kommune that was under tilsyn sees its basis and the § 11 bound of each active fokusmål.
        if (u.Type != Afgoerelsestype.Udvalgt && (Aktiv(u.Fm1) || Aktiv(u.Fm2)))
        {
            a.Add(new("Grundlaget fra udvælgelsen", Afsnitstype.Overskrift));
            if (Aktiv(u.Fm1))
            {
                a.Add(new(Basis(1, u.Basis1)));
            }

            if (Aktiv(u.Fm2))
            {
                a.Add(new(Basis(2, u.Basis2)));
            }
        }

        a.Add(new("Det videre forløb", Afsnitstype.Overskrift));
        a.AddRange(VidereForloeb(u).Select(t => new Afsnit(t)));
        a.Add(new("Med venlig hilsen"));
        a.Add(new("Styrelsen for Arbejdsmarked og Rekruttering"));
        return a;
    }

    private static bool Aktiv(Maalvariant v) => v is Maalvariant.Maalt or Maalvariant.Udefineret;

    // The reason behind the decision; the decision and its hjemmel stand in the paragraph before.
    private static string Begrundelse(Afgoerelsestype type) => type switch
    {
        Afgoerelsestype.Udvalgt =>
            "Kommunen opfylder hverken resultatmålet eller begge fokusmål for {{aar}}. Det skærpede tilsyn gælder fra datoen for denne meddelelse.",
        Afgoerelsestype.Forlaenget =>
            "Kommunen opfylder ikke begge fokusmål for {{aar}}, men har opnået mindst halvdelen af den krævede forbedring af hvert af de fokusmål, "
            + "der indgår i tilsynet.",
        Afgoerelsestype.Administration =>
            "Kommunen opfylder ikke begge fokusmål for {{aar}}, og betingelserne for at afslutte eller forlænge det skærpede tilsyn er ikke opfyldt.",
        Afgoerelsestype.FortsatAdministration =>
            "Kommunen opfylder fortsat ikke begge fokusmål for {{aar}}. "
            + $"Administrationen kan først ophøre, når kommunen opfylder begge fokusmål, jf. {Bek} § 13.",
        _ => "Kommunen opfylder begge fokusmål for {{aar}}.",
    };

    private static string Fokusmaal(int nr, string paragraf, string andel, Maalvariant v) => v switch
    {
        Maalvariant.Maalt =>
            $"Fokusmål {nr} ({Bek} § 5, {paragraf}): Andelen af målgruppen, {andel}, er {{{{fm{nr}}}}} mod en grænse på {{{{graense_fm{nr}}}}}. "
            + $"Fokusmålet er opfyldt, når andelen er under grænsen. Opfyldt: {{{{fm{nr}_opfyldt}}}}.",
        Maalvariant.Udefineret =>
            $"Fokusmål {nr} ({Bek} § 5, {paragraf}): Kommunen havde ingen borgere i målgruppen i {{{{aar}}}}, så andelen, {andel}, "
            + $"kan ikke opgøres. Fokusmålet regnes derfor som opfyldt; grænsen er {{{{graense_fm{nr}}}}}.",
        Maalvariant.Inaktiv =>
            $"Fokusmål {nr} ({Bek} § 5, {paragraf}) indgår ikke i det anvendte regelsæt og regnes som opfyldt. "
            + $"Andelen af målgruppen, {andel}, var {{{{fm{nr}}}}}.",
        _ => $"Fokusmål {nr} ({Bek} § 5, {paragraf}) indgår ikke i det anvendte regelsæt og regnes som opfyldt.",
    };

    private static string Basis(int nr, Basisvariant v) => v switch
    {
        Basisvariant.OverGraensen =>
            $"Fokusmål {nr}: Andelen var {{{{basis_fm{nr}}}}}, da kommunen blev udvalgt. Halvdelen af den krævede forbedring er opnået, "
            + $"når andelen højst er {{{{halv_forbedring_fm{nr}}}}}, jf. {Bek} § 11.",
        Basisvariant.UnderGraensen =>
            $"Fokusmål {nr}: Andelen var {{{{basis_fm{nr}}}}}, da kommunen blev udvalgt, og dermed under grænsen. Halvdelen af den krævede "
            + $"forbedring er opnået, når andelen fortsat er under {{{{halv_forbedring_fm{nr}}}}}, jf. {Bek} § 11.",
        _ =>
            $"Fokusmål {nr}: Der er ikke registreret en andel fra udvælgelsen. Halvdelen af den krævede forbedring er opnået, "
            + $"når andelen er under {{{{halv_forbedring_fm{nr}}}}}, jf. {Bek} § 11.",
    };

    private static IEnumerable<string> VidereForloeb(Brevudformning u)
    {
        switch (u.Type)
        {
            case Afgoerelsestype.Udvalgt:
                yield return "Kommunalbestyrelsen skal senest den {{redegoerelse_senest}} sende styrelsen en redegørelse for årsagerne til, "
                    + "at resultatmålet og fokusmålene ikke er opfyldt, og en genopretningsplan med milepæle for, hvordan kommunen vil opfylde "
                    + $"fokusmålene, jf. {Bek} § 7.";
                yield return $"Genopretningsperioden løber til og med den {{{{genopretning_slut}}}}, jf. {Bek} § 9. Ved den næste årlige opgørelse "
                    + $"vurderer styrelsen, om det skærpede tilsyn kan ophøre, jf. {Bek} § 10.";
                break;
            case Afgoerelsestype.Forlaenget:
                yield return "Det skærpede tilsyn løber herefter til og med den {{genopretning_slut}}. Opfylder kommunen begge fokusmål ved den "
                    + $"næste årlige opgørelse, ophører tilsynet; ellers sættes kommunen under administration, jf. {Bek} §§ 11 og 12.";
                break;
            case Afgoerelsestype.Administration or Afgoerelsestype.FortsatAdministration:
                yield return $"Fra den {{{{minimumskrav_fra}}}} skal kommunen opfylde minimumskravene i {Bek} § 12, stk. 1, nr. 1: Mindst "
                    + "{{minimumskrav_tilbud}} af målgruppen skal have deltaget i et beskæftigelsesrettet tilbud, og mindst {{minimumskrav_samtaler}} "
                    + "skal have haft det krævede antal samtaler inden for de seneste 12 måneder.";
                yield return $"Kommunen skal lade en uafhængig aktør gennemgå alle passivsager, jf. {Bek} § 12, stk. 1, nr. 2, og sende resultatet "
                    + "af gennemgangen til styrelsen senest den {{sagsgennemgang_senest}}, jf. § 12, stk. 2.";
                yield return u.HarPassivsager
                    ? "Antallet af passivsager pr. 31. december {{aar}} er {{passivsager}}, fordelt på ydelser således: {{passivsager_pr_ydelse}}. "
                        + "Sagerne og en stikprøve til gennemgangen fremgår af det regneark, der følger med denne meddelelse."
                    : "Kommunen har ingen passivsager pr. 31. december {{aar}}.";
                break;
            default:
                yield return "Kommunen er herefter ikke længere omfattet af skærpet tilsyn og indgår fortsat i de årlige opgørelser på lige fod "
                    + $"med de øvrige kommuner, jf. {Bek} § 6.";
                break;
        }
    }
}

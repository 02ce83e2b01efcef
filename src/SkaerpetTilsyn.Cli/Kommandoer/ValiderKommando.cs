using System.CommandLine;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet valider</c>: checks the input and writes <c>afviste.csv</c>, computing nothing (SPEC §7).</summary>
internal static class ValiderKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl)
    {
        var udMappe = new Option<string>("--ud")
        {
            Description = "Mappen som afviste.csv skrives til (standard: den aktuelle mappe)",
            DefaultValueFactory = _ => ".",
        };
        var strict = Tilvalg.Strict();
        var traade = Tilvalg.Traade();
        var kommando = new Command("valider", "Kontrollerer inddata og skriver afviste.csv uden at beregne noget");
        var kilde = new Kildetilvalg(kommando);
        foreach (Option o in new Option[] { udMappe, strict, traade })
        {
            kommando.Options.Add(o);
        }

        var pseudonymiser = Tilvalg.Pseudonymiser();
        kommando.Options.Add(pseudonymiser);
        var format = new Inddatatilvalg(kommando);
        kommando.SetAction(r =>
        {
            var rapport = Skaerpet.Valider(new Valideringsvalg
            {
                Data = kilde.Data(r),
                Indlaesning = Tilvalg.Indlaesning(r, strict, traade, format, kilde.Anvend(r, new Indlaesningsvalg())),
                Ud = r.GetValue(udMappe)!,
                Pseudonymer = Tilvalg.Pseudonymiserer(r, pseudonymiser),
            }).Rapport;
            Tilvalg.BemaerkRaekkefoelge(rapport, fejl);
            Tilvalg.VisAdvarsler(rapport, fejl);
            Opsummering.VisFiler(ud, rapport);
            return Udgangskode.Succes;
        });
        return kommando;
    }
}

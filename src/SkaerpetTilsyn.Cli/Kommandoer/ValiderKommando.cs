using System.CommandLine;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet valider</c>: checks the input and writes <c>afviste.csv</c>, computing nothing (SPEC §7).</summary>
internal static class ValiderKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl)
    {
        var data = Tilvalg.Data();
        var udMappe = new Option<string>("--ud")
        {
            Description = "Mappen som afviste.csv skrives til (standard: den aktuelle mappe)",
            DefaultValueFactory = _ => ".",
        };
        var strict = Tilvalg.Strict();
        var traade = Tilvalg.Traade();
        var kommando = new Command("valider", "Kontrollerer inddata og skriver afviste.csv uden at beregne noget") { data, udMappe, strict, traade };
        var pseudonymiser = Tilvalg.Pseudonymiser();
        kommando.Options.Add(pseudonymiser);
        var format = new Inddatatilvalg(kommando);
        kommando.SetAction(r =>
        {
            var rapport = Skaerpet.Valider(new Valideringsvalg
            {
                Data = r.GetRequiredValue(data),
                Indlaesning = Tilvalg.Indlaesning(r, strict, traade, format, new Indlaesningsvalg()),
                Ud = r.GetValue(udMappe)!,
                Pseudonymer = Tilvalg.Pseudonymiserer(r, pseudonymiser),
            }).Rapport;
            Tilvalg.BemaerkRaekkefoelge(rapport, fejl);
            Opsummering.VisFiler(ud, rapport);
            return Udgangskode.Succes;
        });
        return kommando;
    }
}

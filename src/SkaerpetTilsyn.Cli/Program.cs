using SkaerpetTilsyn.Cli;

return Kommandolinje.Koer(args, Console.Out, Console.Error);

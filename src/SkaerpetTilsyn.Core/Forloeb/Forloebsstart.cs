using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Forloeb;

/// <summary>Where a ydelsesforløb starts (day number), with which ydelse, and why.</summary>
internal readonly record struct Forloebsstart(int Start, Ydelse Ydelse, Brudaarsag Aarsag);

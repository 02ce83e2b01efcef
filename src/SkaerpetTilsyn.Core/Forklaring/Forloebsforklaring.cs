using NodaTime;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Forklaring;

/// <summary>One ydelsesforløb up to the measurement day: its number (from 1), start, last benefit day, first ydelse and why it started.</summary>
public sealed record Forloebsforklaring(int Nr, LocalDate Start, LocalDate SidsteYdelsesdag, Ydelse Ydelse, Brudaarsag Aarsag);

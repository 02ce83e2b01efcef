namespace SkaerpetTilsyn.IO.Regler;

public static partial class RegelsaetJson
{
    // The JSON keys of SPEC §6.
    private static class Noegle
    {
        public const string Navn = "navn";
        public const string Fm1GraensePct = "fm1_graense_pct";
        public const string Fm2GraensePct = "fm2_graense_pct";
        public const string MinForloebDage = "min_forloeb_dage";
        public const string VindueDage = "vindue_dage";
        public const string ForloebBrud = "forloeb_brud";
        public const string MaxGapDage = "max_gap_dage";
        public const string FortsaettendeSkift = "fortsaettende_skift";
        public const string MinTimer = "min_timer";
        public const string MinSamtaler = "min_samtaler";
        public const string FritagelseMaxAndel = "fritagelse_max_andel";
        public const string DoedeAarsager = "doede_aarsager";
        public const string P91UdelukketFra = "p91_udelukket_fra";
        public const string P91UndtagneYdelser = "p91_undtagne_ydelser";
        public const string FoersteJobsamtalePersonligtFra = "foerste_jobsamtale_personligt_fra";
        public const string Gennemsnit = "gennemsnit";
        public const string UdelukkedeMaaneder = "udelukkede_maaneder";
        public const string AktiveFokusmaal = "aktive_fokusmaal";
        public const string AdmMinTilbudPct = "adm_min_tilbud_pct";
        public const string AdmMinSamtalerPct = "adm_min_samtaler_pct";
    }
}

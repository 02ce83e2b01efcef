using SkaerpetTilsyn.IO.Dokumenter;

namespace SkaerpetTilsyn.IO.Tests.Dokumenter;

public sealed class DokumentnavnTests
{
    // SPEC §11.1: æ→ae, ø→oe, å→aa, Æ→Ae, Ø→Oe, Å→Aa, spaces → '-'.
    [Theory]
    [InlineData(101, "København", "101-Koebenhavn")]
    [InlineData(492, "Ærø", "492-Aeroe")]
    [InlineData(185, "Tårnby", "185-Taarnby")]
    [InlineData(173, "Lyngby-Taarbæk", "173-Lyngby-Taarbaek")]
    [InlineData(147, "Frederiksberg", "147-Frederiksberg")]
    [InlineData(999, "Øster Å By", "999-Oester-Aa-By")]
    [InlineData(1, "ÆØÅ æøå", "001-AeOeAa-aeoeaa")]
    public void For_KommuneAndName_FoldedStem(int kommune, string navn, string forventet)
    {
        Dokumentnavn.For(kommune, navn).Should().Be(forventet);
    }
}

namespace SkaerpetTilsyn.Core.Data;

/// <summary>All valid, de-duplicated input rows of one person; reused from person to person to keep allocation flat.</summary>
public sealed class Persondata
{
    public string PersonId { get; private set; } = "";

    public List<Ydelsesperiode> Ydelser { get; } = [];

    public List<Samtale> Samtaler { get; } = [];

    public List<Tilbud> Tilbud { get; } = [];

    public List<Timeperiode> Timer { get; } = [];

    public List<Fritagelse> Fritagelser { get; } = [];

    /// <summary>A copy with lists of its own, for keeping a person beyond the reader's reuse of this object.</summary>
    internal Persondata Kopi()
    {
        var kopi = new Persondata();
        kopi.Nulstil(PersonId);
        kopi.Ydelser.AddRange(Ydelser);
        kopi.Samtaler.AddRange(Samtaler);
        kopi.Tilbud.AddRange(Tilbud);
        kopi.Timer.AddRange(Timer);
        kopi.Fritagelser.AddRange(Fritagelser);
        return kopi;
    }

    /// <summary>Empties the lists and takes a new person id.</summary>
    public void Nulstil(string personId)
    {
        PersonId = personId;
        Ydelser.Clear();
        Samtaler.Clear();
        Tilbud.Clear();
        Timer.Clear();
        Fritagelser.Clear();
    }
}

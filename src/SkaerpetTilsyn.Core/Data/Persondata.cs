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

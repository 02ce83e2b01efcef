using System.Text;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>Merge-joins sorted person files: each person's rows from every file, one person at a time, in person_id (UTF-8 byte) order.</summary>
internal static class Personstroem
{
    public static void Koer(IReadOnlyList<IPersonmarkoer> filer, Action<Persondata> behandl)
    {
        var person = new Persondata();
        Span<byte> id = stackalloc byte[Raekkekontrol.PersonIdMaksBytes];
        while (true)
        {
            int laengde = -1;
            foreach (var fil in filer)
            {
                if (!fil.Slut && (laengde < 0 || fil.Id.SequenceCompareTo(id[..laengde]) < 0))
                {
                    // Copied: the span behind Id is recycled once its file moves on.
                    fil.Id.CopyTo(id);
                    laengde = fil.Id.Length;
                }
            }

            if (laengde < 0)
            {
                return;
            }

            var naeste = id[..laengde];
            person.Nulstil(Encoding.UTF8.GetString(naeste));
            foreach (var fil in filer)
            {
                if (!fil.Slut && fil.Id.SequenceEqual(naeste))
                {
                    fil.Overfoer(person);
                }
            }

            behandl(person);
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Replaces person_id in outputs by a keyed pseudonym: <c>p_</c> and the first 16 hex digits of HMAC-SHA256(key, UTF-8 id).</summary>
/// <remarks>The same key gives the same pseudonym in every run, so lists from two runs can be matched without raw ids.</remarks>
public sealed class Pseudonymiserer
{
    /// <summary>What <c>afviste.csv</c> shows instead of a rejected row, whose person_id cannot be found reliably in a broken row.</summary>
    internal const string UdeladtRaekke = "(udeladt ved --pseudonymiser: rækken kan indeholde person_id)";

    private readonly byte[] _noegle;

    public Pseudonymiserer(byte[] noegle)
    {
        ArgumentNullException.ThrowIfNull(noegle);
        if (noegle.Length == 0)
        {
            throw new ArgumentException("The key is empty.", nameof(noegle));
        }

        _noegle = noegle;
        NoegleId = Convert.ToHexStringLower(SHA256.HashData(noegle))[..16];
    }

    /// <summary>The key's fingerprint for <c>koersel.json</c> (SPEC §9.4): the first 16 hex digits of the SHA-256 of its bytes, which tells two keys apart without revealing either.</summary>
    public string NoegleId { get; }

    /// <summary>Reads the key file; every byte of it is the key.</summary>
    /// <exception cref="InputFejlException">The file cannot be read or is empty.</exception>
    public static Pseudonymiserer FraFil(string sti)
    {
        byte[] noegle;
        try
        {
            noegle = File.ReadAllBytes(sti);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFejlException($"Nøglefilen '{sti}' til --pseudonymiser kan ikke læses.", e);
        }

        return noegle.Length == 0
            ? throw new InputFejlException($"Nøglefilen '{sti}' til --pseudonymiser er tom; den skal indeholde en hemmelig nøgle, fx 32 tilfældige byte.")
            : new Pseudonymiserer(noegle);
    }

    public string Pseudonym(string personId)
    {
        ArgumentNullException.ThrowIfNull(personId);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_noegle, Encoding.UTF8.GetBytes(personId), mac);
        return "p_" + Convert.ToHexStringLower(mac[..8]);
    }

    /// <summary>Whether a person_id is the one asked for as <paramref name="id"/>: the raw id, or its pseudonym when <paramref name="pseudonymer"/> is given and <paramref name="id"/> looks like one (<c>p_…</c>).</summary>
    public static Func<string, bool> Soeger(string id, Pseudonymiserer? pseudonymer)
    {
        ArgumentNullException.ThrowIfNull(id);

        // An id given as a pseudonym is matched by pseudonymising every id, which only a key file allows.
        return pseudonymer is not null && id.StartsWith("p_", StringComparison.Ordinal)
            ? p => string.Equals(p, id, StringComparison.Ordinal) || pseudonymer.Pseudonym(p) == id
            : p => string.Equals(p, id, StringComparison.Ordinal);
    }

    /// <summary>The result with every passivsag's person_id pseudonymised.</summary>
    internal Opgoerelsesresultat Anvend(Opgoerelsesresultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        return resultat with { Passivsager = [.. resultat.Passivsager.Select(p => p with { PersonId = Pseudonym(p.PersonId) })] };
    }

    /// <summary>The worklist with every person_id pseudonymised, sorted again by the pseudonym (SPEC §12).</summary>
    internal Arbejdslisteresultat Anvend(Arbejdslisteresultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        return resultat with { Raekker = Arbejdslisteraekke.Sorter(resultat.Raekker.Select(r => r with { PersonId = Pseudonym(r.PersonId) })) };
    }

    /// <summary>The reading's report with every rejected row's text left out.</summary>
    internal static Indlaesningsrapport Anvend(Indlaesningsrapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        return rapport with { Afviste = [.. rapport.Afviste.Select(a => a with { Raekke = UdeladtRaekke })] };
    }
}

using System.Security.Cryptography;
using System.Text;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Replaces person_id in outputs by a keyed pseudonym: <c>p_</c> and the first 16 hex digits of HMAC-SHA256(key, UTF-8 id).</summary>
/// <remarks>The same key gives the same pseudonym in every run, so lists from two runs can be matched without raw ids.</remarks>
public sealed class Pseudonymiserer
{
    /// <summary>What <c>afviste.csv</c> shows instead of a rejected row, whose person_id cannot be found reliably in a broken row.</summary>
    public const string UdeladtRaekke = "(udeladt ved --pseudonymiser: rækken kan indeholde person_id)";

    private readonly byte[] _noegle;

    public Pseudonymiserer(byte[] noegle)
    {
        ArgumentNullException.ThrowIfNull(noegle);
        if (noegle.Length == 0)
        {
            throw new ArgumentException("The key is empty.", nameof(noegle));
        }

        _noegle = noegle;
    }

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

    /// <summary>The result with every passivsag's person_id pseudonymised.</summary>
    public Opgoerelsesresultat Anvend(Opgoerelsesresultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        return resultat with { Passivsager = [.. resultat.Passivsager.Select(p => p with { PersonId = Pseudonym(p.PersonId) })] };
    }

    /// <summary>The reading's report with every rejected row's text left out, and marked as pseudonymised for <c>koersel.json</c>.</summary>
    public static Indlaesningsrapport Anvend(Indlaesningsrapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        return rapport with { Afviste = [.. rapport.Afviste.Select(a => a with { Raekke = UdeladtRaekke })], Pseudonymiseret = true };
    }
}

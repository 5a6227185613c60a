person-home-title = Mijn overzicht
person-home-greeting = Dag { $name }.
person-home-pilots-heading = Projecten die over u gaan
person-home-consent-given = U hebt toestemming gegeven.
person-home-no-consent = U hebt geen toestemming gegeven.

queue-title = Verbeteringsverzoeken
queue-empty = Er zijn geen open verzoeken.
queue-field = Gegeven
queue-received = Ontvangen
queue-due = Uiterlijk
queue-status = Status

admin-title = Protocolbeheer
admin-invitations-heading = Uitnodigingen
admin-invitation-for = Voor
admin-invitation-person = Inburgeraar
admin-created = Gemaakt
admin-expires = Geldig tot
admin-status = Status
admin-invitation-status-open = Open
admin-invitation-status-redeemed = Gebruikt
admin-invitation-status-revoked = Ingetrokken
admin-invitation-status-expired = Verlopen
admin-clients-heading = API-koppelingen
admin-client-name = Naam
admin-client-for = Partij en functieprofiel
admin-client-active = Actief
admin-client-revoked = Ingetrokken

dpo-title = Gegevensbescherming
dpo-audit-heading = Auditlog
dpo-chain-ok = De auditketen is intact ({ $length } regels).
dpo-chain-broken = De auditketen is beschadigd vanaf regel { $seq }.
dpo-checkpoints = { $count ->
    [one] { $count } ondertekend controlepunt; laatste:
   *[other] { $count } ondertekende controlepunten; laatste:
}
dpo-no-checkpoint = nog geen

register-title = Register van functieprofielen
register-intro = Welke functies welke gegevens mogen zien, en waarom (artikel 4 van het protocol).

staff-home-title = Inburgeraars in het proefproject
staff-home-count = { $count ->
    [one] { $count } persoon heeft toestemming gegeven.
   *[other] { $count } personen hebben toestemming gegeven.
}
staff-home-profile-heading = Uw functieprofiel

staff-error-role-not-for-party = Deze rol hoort niet bij dit soort organisatie.
staff-error-separation-of-duties = Alleen medewerkers met een functieprofiel mogen gegevens lezen; beheerders niet (scheiding van taken).
staff-error-profile-not-of-party = Dit functieprofiel hoort niet bij uw organisatie.
admin-error-client-name = Geef de koppeling een naam van ten hoogste 120 tekens.
admin-error-no-such-person = Er is geen inburgeraar met dit dossiernummer.
admin-working = Even geduld…
admin-issued-link = Uitnodigingslink
admin-issued-code = Code om over te typen
admin-issued-token = API-token
admin-shown-once = Dit wordt maar één keer getoond. Geef het nu door; wij bewaren het niet.
admin-dossier-ref = Dossiernummer
admin-party = Organisatie
admin-role = Rol
admin-profile = Functieprofiel
admin-no-profile = Geen (alleen voor medewerkers met functieprofiel)
admin-invite-person-heading = Een inburgeraar uitnodigen
admin-invite-staff-heading = Een medewerker uitnodigen
admin-invite-submit = Uitnodiging maken
admin-client-create = Koppeling maken
admin-revoke = Intrekken
admin-revoked = Ingetrokken.
admin-issued-title = Gemaakt
admin-issued-valid-until = Geldig tot { $when }.
admin-issued-nothing = Er is hier niets te tonen: wat u maakte, wordt maar één keer getoond.
admin-back = Terug naar protocolbeheer
admin-client-expires-days = Geldig gedurende (dagen, leeg = onbeperkt)
admin-error-expiry = Geef een aantal dagen tussen 1 en 3650, of laat het veld leeg.

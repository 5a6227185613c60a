error-not-found = We vonden niet wat u zocht.
error-forbidden = U hebt geen toegang tot deze gegevens.
error-unauthenticated = Meld u eerst aan.
error-rate-limited = Te veel aanvragen. Probeer het over een ogenblik opnieuw.
error-internal = Er ging bij ons iets mis. Probeer het later opnieuw.
error-unavailable = Het portaal kan nu niet bij zijn gegevens. Er is niets bewaard of veranderd. Probeer het over een minuut opnieuw.
error-too-large = Wat u stuurde is te groot. Er is niets bewaard. Maak het korter en probeer het opnieuw.
error-headers-too-large = Uw browser stuurde meer gegevens dan het portaal aanvaardt, vaak door te veel cookies. Er is niets bewaard. Verwijder de cookies van deze website in uw browser en probeer het opnieuw.
error-request-timeout = Wat u stuurde deed er te lang over om aan te komen, misschien door een trage verbinding. Er is niets bewaard. Probeer het opnieuw.
error-bad-request = Deze aanvraag is onvolledig of ongeldig.
error-reference = Referentie voor de helpdesk:
error-field-unknown = Dit gegeven bestaat niet.
error-dutch-level = Kies een niveau: lager dan A1, A1, A2, B1, B2, C1 of C2.
error-mo-status = Kies een status van de cursus maatschappelijke oriëntatie.
error-language-unknown = Deze taal wordt niet ondersteund.

error-forbidden-title = Geen toegang
error-operation-unknown = Deze handeling bestaat niet.
error-role-unknown = Deze rol bestaat niet.
error-party-kind-unknown = Dit soort partij bestaat niet.
error-field-category-unknown = Deze categorie van gegevens bestaat niet.
error-consent-action = Deze toestemmingshandeling bestaat niet.
error-consent-channel = Dit kanaal bestaat niet.
error-disclosure-channel = Dit kanaal bestaat niet.
error-termination-kind = Deze manier van beëindigen bestaat niet.
error-version-status = Deze status van een versie bestaat niet.

error-refused-title = Niet uitgevoerd
error-cross-site = Dit formulier kwam van een andere website. Voor uw veiligheid hebben we het niet uitgevoerd. Open het portaal zelf en probeer het opnieuw.
error-rate-limited-wait = { $seconds ->
    [one] Probeer het over { $seconds } seconde opnieuw.
   *[other] Probeer het over { $seconds } seconden opnieuw.
}
error-text-characters = Er staan onzichtbare tekens in deze tekst, bijvoorbeeld door kopiëren en plakken. Typ de tekst opnieuw.
error-title-not-found = Niet gevonden
error-title-forbidden = Niet toegestaan
error-title-unauthenticated = Niet aangemeld
error-title-invalid = Ongeldige invoer
error-title-refused = Geweigerd volgens het protocol
error-title-rate-limited = Te veel verzoeken
error-title-internal = Interne fout
error-title-unavailable = Tijdelijk niet beschikbaar
error-title-too-large = Te groot
error-title-request-timeout = Duurde te lang
error-token-unknown = Dit API-token is niet bekend. Controleer of het volledig is gekopieerd.
error-token-revoked = Dit API-token is ingetrokken. Vraag het { -agency(form: "short") } om een nieuw.
error-token-expired = Dit API-token is verlopen. Vraag het { -agency(form: "short") } om een nieuw.
error-form-summary = Het formulier is niet verstuurd: kijk het vak met de uitleg na.

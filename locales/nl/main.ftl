# Shared names and the frame of every page.
-portal = Toestemmingsportaal
-agency = Agentschap Integratie en Inburgering

app-name = { -portal }
layout-skip-to-content = Naar de inhoud
layout-language-nav = Taal
layout-footer-operator = { -portal } van het { -agency }
layout-footer-protocols = Gepubliceerde protocollen

not-found-title = Pagina niet gevonden
not-found-body = Deze pagina bestaat niet (meer). Controleer het adres.
not-found-home-link = Naar de startpagina

error-not-found = We vonden niet wat u zocht.
error-forbidden = U hebt geen toegang tot deze gegevens.
error-unauthenticated = Meld u eerst aan.
error-rate-limited = Te veel aanvragen. Probeer het over een ogenblik opnieuw.
error-internal = Er ging bij ons iets mis. Probeer het later opnieuw.
error-bad-request = Deze aanvraag is onvolledig of ongeldig.
error-reference = Referentie voor de helpdesk:
error-field-unknown = Dit gegeven bestaat niet.
error-dutch-level = Kies een niveau: lager dan A1, A1, A2, B1, B2, C1 of C2.
error-mo-status = Kies een status van de cursus maatschappelijke oriëntatie.
error-language-unknown = Deze taal wordt niet ondersteund.

date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

layout-account-nav = Uw account
layout-start-page = Start
layout-account = Account en toegang
layout-sign-in = Aanmelden
layout-sign-out = Afmelden
layout-idle-warning = U bent al een tijd niet actief. Over 5 minuten wordt u afgemeld om uw gegevens te beschermen.
layout-idle-stay = Aangemeld blijven

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
consent-error-no-change = Er is niets gewijzigd.
consent-error-onward-without-sharing = Doorgeven aan partners kan alleen als u ook gegevens deelt met de gemeente.
consent-error-no-notice-in-language = De uitleg bij dit protocol bestaat nog niet in deze taal.
protocol-error-dutch-text-required = Een protocolversie heeft altijd een Nederlandse tekst nodig.

role-agency-rectification-officer = Behandelaar verbeteringsverzoeken
role-agency-protocol-admin = Protocolbeheerder
role-agency-dpo = Functionaris voor gegevensbescherming
role-municipality-admin = Beheerder functieprofielen
role-municipality-staff = Medewerker met functieprofiel

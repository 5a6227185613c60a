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

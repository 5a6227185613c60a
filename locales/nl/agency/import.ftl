## `portal import persons`: de export van het cliëntvolgsysteem, zoals de operator van het
## agentschap de uitkomst leest (in de terminal en in het verslagbestand).

import-line = Regel
import-rows = Rijen
import-new = nieuw
import-changed = gewijzigd
import-unchanged = ongewijzigd
import-refused = geweigerd
import-recipients-told = ontvangers op de hoogte gebracht van een verbetering
import-nothing-written = Er is niets ingelezen: met --all-or-nothing houdt één geweigerde rij het hele bestand tegen.
import-report-written = Verslag geschreven naar
import-more-refused = { $count ->
    [one] en nog { $count } geweigerde rij (zie het verslagbestand)
   *[other] en nog { $count } geweigerde rijen (zie het verslagbestand)
}
import-error-required = Deze kolom moet een waarde hebben.
import-error-dossier = Geen dossiernummer: alleen letters, cijfers en - _ . /, hoogstens 40 tekens.
import-error-duplicate-dossier = Dit dossiernummer staat al op regel { $line } van het bestand; alleen die rij telt.
import-error-protocols-required = Noem minstens één protocol (de korte naam; scheid er meerdere met ;).
import-error-protocol-unknown = Er bestaat geen protocol met deze korte naam in het { -portal }.
import-error-ended-on = Geen dag: schrijf hem als JJJJ-MM-DD.
import-error-person-erased = De gegevens van deze persoon zijn na de bewaartermijn gewist; ze kunnen niet opnieuw worden ingelezen.
import-error-encoding = Deze tekst is geen UTF-8. Bewaar de export als UTF-8 en lees hem opnieuw in.
import-error-cell-count = Deze rij heeft niet evenveel cellen als de kopregel kolommen heeft.
import-error-row-unreadable = Deze rij is geen leesbare CSV (kijk de aanhalingstekens na).
import-error-json = Deze regel is geen JSON-object.
import-error-json-keys = Deze regel heeft een sleutel die geen kolom van de import is (zie portal import persons --help).
import-error-json-value = Een waarde moet tekst zijn, een getal of, voor protocols, een lijst van teksten.
import-error-file-utf16 = Het bestand is UTF-16. Bewaar het als UTF-8 (CSV UTF-8) en lees het opnieuw in.
import-error-file-header = De eerste regel van het bestand is geen leesbare kopregel.
import-error-file-empty = Het bestand is leeg.
import-error-file-columns-unknown = De kopregel noemt kolommen die de import niet kent
import-error-file-columns-missing = De kopregel mist kolommen
import-error-file-columns-twice = De kopregel noemt een kolom twee keer

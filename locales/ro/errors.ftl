error-not-found = Nu am găsit ceea ce căutați.
error-forbidden = Nu aveți acces la aceste informații.
error-unauthenticated = Vă rugăm să vă conectați mai întâi.
error-rate-limited = Prea multe cereri. Vă rugăm să încercați din nou peste puțin timp.
error-internal = Ceva nu a funcționat la noi. Vă rugăm să încercați din nou mai târziu.
error-unavailable = Portalul nu își poate accesa datele în acest moment. Nimic nu a fost salvat sau modificat. Vă rugăm să încercați din nou peste un minut.
error-too-large = Ce ați trimis este prea mare. Nimic nu a fost salvat. Vă rugăm să îl scurtați și să încercați din nou.
error-headers-too-large = Browserul dumneavoastră a trimis mai multe informații decât acceptă portalul, adesea din cauza prea multor cookie-uri. Nimic nu a fost salvat. Vă rugăm să ștergeți cookie-urile acestui site web din browser și să încercați din nou.
error-request-timeout = Ce ați trimis a întârziat prea mult să ajungă, poate din cauza unei conexiuni lente. Nimic nu a fost salvat. Vă rugăm să încercați din nou.
error-bad-request = Această cerere este incompletă sau nevalidă.
error-reference = Referință pentru serviciul de asistență:
error-field-unknown = Acest câmp nu există.
error-dutch-level = Alegeți un nivel: sub A1, A1, A2, B1, B2, C1 sau C2.
error-mo-status = Alegeți o stare pentru cursul de orientare socială.
error-language-unknown = Această limbă nu este disponibilă.

error-forbidden-title = Fără acces
error-operation-unknown = Această acțiune nu există.
error-role-unknown = Acest rol nu există.
error-party-kind-unknown = Acest tip de parte nu există.
error-field-category-unknown = Această categorie de date nu există.
error-consent-action = Această acțiune privind consimțământul nu există.
error-consent-channel = Acest canal nu există.
error-disclosure-channel = Acest canal nu există.
error-termination-kind = Acest mod de încetare nu există.
error-version-status = Această stare a versiunii nu există.

error-refused-title = Nu a fost executat
error-cross-site = Acest formular a venit de pe alt site web. Pentru siguranța dumneavoastră, nu l-am executat. Deschideți chiar portalul și încercați din nou.
error-rate-limited-wait = { $seconds ->
    [one] Vă rugăm să încercați din nou peste { $seconds } secundă.
    [few] Vă rugăm să încercați din nou peste { $seconds } secunde.
   *[other] Vă rugăm să încercați din nou peste { $seconds } de secunde.
}
error-text-characters = Acest text conține caractere invizibile, de exemplu din copiere și lipire. Vă rugăm să scrieți textul din nou.
error-title-not-found = Nu a fost găsit
error-title-forbidden = Nu este permis
error-title-unauthenticated = Nu sunteți autentificat(ă)
error-title-invalid = Date introduse nevalide
error-title-refused = Refuzat în temeiul protocolului
error-title-rate-limited = Prea multe cereri
error-title-internal = Eroare internă
error-title-unavailable = Temporar indisponibil
error-title-too-large = Prea mare
error-title-request-timeout = A durat prea mult
error-token-unknown = Acest token API nu este cunoscut. Verificați dacă a fost copiat complet.
error-token-revoked = Acest token API a fost revocat. Cereți { -agency(form: "short-dat") } unul nou.
error-token-expired = Acest token API a expirat. Cereți { -agency(form: "short-dat") } unul nou.
error-form-summary = Formularul nu a fost trimis: verificați câmpul cu explicația.

register-title = Registrul profilurilor de funcție
register-intro = Ce funcții pot vedea ce date și de ce (articolul 4 din protocol).
register-add = Adăugați un profil de funcție
register-created = Profilul de funcție a fost adăugat.
register-changed = Registrul a fost actualizat.
register-revised = Modificarea a fost salvată ca versiune nouă. Cine are acest profil citește acum conform acestei versiuni.
register-deactivated = Profilul de funcție a fost dezactivat: cine îl are nu mai citește date.
register-reactivated = Profilul de funcție a fost activat din nou.
register-inactive = dezactivat
register-revision = Versiunea { $number } din { $date }
register-holders = { $count ->
    [0] Nimeni nu are acest profil.
    [one] { $count } angajat sau sistem are acest profil.
    [few] { $count } angajați și sisteme au acest profil.
   *[other] { $count } de angajați și sisteme au acest profil.
}
register-new-title = Profil de funcție nou
register-new-intro = Un profil de funcție spune ce date poate vedea o funcție și de ce. Alegeți numai ce îi trebuie cu adevărat acelei funcții.
register-profile-title = Profil de funcție
register-name = Numele funcției
register-purpose = Scop
register-purpose-hint = Pentru ce folosește această funcție datele? Persoana vede acest scop la fiecare citire.
register-fields = Date
register-fields-hint = Numai date din lista de la articolul 3 din protocol.
register-create = Adăugați profilul
register-save = Salvați modificarea
register-change-heading = Modificare
register-change-hint = O modificare creează o versiune nouă. Citirile anterioare rămân legate de versiunea în care au avut loc.
register-state-active = Activat
register-state-inactive = Dezactivat
register-deactivate = Dezactivați
register-deactivate-hint = Cine are acest profil nu mai poate citi apoi date.
register-reactivate = Activați din nou
register-reactivate-hint = Cine are acest profil poate citi apoi din nou ce permite profilul.
register-history-heading = Toate versiunile
register-history-revision = Versiune
register-history-valid = Valabilă
register-current = acum
register-back = Înapoi la registru
profile-error-name-required = Dați un nume funcției.
profile-error-name-too-long = Numele este prea lung (cel mult 120 de caractere).
profile-error-name-taken = Există deja un profil de funcție cu acest nume.
profile-error-purpose-required = Descrieți scopul.
profile-error-purpose-too-long = Scopul este prea lung (cel mult 300 de caractere).
profile-error-fields-required = Alegeți cel puțin un câmp.
profile-error-field-unknown = Acest câmp nu se află în lista protocolului.
register-translations-heading = Scopul în alte limbi
register-translations-hint = Nou-veniții citesc în limba lor pentru ce le-au fost citite datele. Dacă lăsați o casetă goală, vor vedea scopul în neerlandeză, cu mențiunea că nu este tradus. Dacă modificați scopul, traducerile își pierd valabilitatea.
register-translations-save = Salvați traducerile
register-translations-saved = Traducerile au fost salvate.

## Scrisori de invitație în serie: formularul administratorului de protocoale, nota de pe
## ecran și scrisoarea însăși (în limba de contact a persoanei, apoi în neerlandeză).

letters-form-heading = Scrisori de invitație
letters-form-intro = Tipăriți o scrisoare pentru fiecare persoană, în limba sa și în neerlandeză, cu un cod QR și un cod de introdus. Fiecare scrisoare este o invitație nouă: cele mai vechi nu mai funcționează.
letters-form-not-yet-invited = Toate persoanele care nu au primit încă o invitație (de exemplu, abia importate)
letters-form-dossiers = Sau aceste numere de dosar
letters-form-dossiers-hint = Unul pe rând. Cel mult 500.
letters-form-submit = Creați scrisorile
letters-error-none = Nu are cine să primească o scrisoare: nimeni nu așteaptă o invitație sau lista este goală.
letters-error-too-many = Sunt peste 500 de scrisori. Creați-le în grupuri mai mici.
letters-error-unknown-dossier = Unul dintre aceste numere de dosar nu este cunoscut în { -portal }. Verificați lista.
letters-error-left-the-pilot = Una dintre aceste persoane a ieșit din proiectul pilot (parcursul său s-a încheiat). Nu primește invitație.
letters-document-title = Scrisori de invitație
letters-screen-note = { $count ->
    [one] { $count } scrisoare, o pagină pentru fiecare scrisoare. Tipăriți pe A4 din browser. Aceste invitații tocmai au fost create: dacă faceți din nou scrisori pentru aceleași persoane, acestea nu vor mai funcționa.
    [few] { $count } scrisori, o pagină pentru fiecare scrisoare. Tipăriți pe A4 din browser. Aceste invitații tocmai au fost create: dacă faceți din nou scrisori pentru aceleași persoane, acestea nu vor mai funcționa.
   *[other] { $count } de scrisori, o pagină pentru fiecare scrisoare. Tipăriți pe A4 din browser. Aceste invitații tocmai au fost create: dacă faceți din nou scrisori pentru aceleași persoane, acestea nu vor mai funcționa.
}
letters-delivered-instead = Aceste persoane au deja un cont. Nu primesc scrisoare din această tipărire: invitația lor de recuperare este trimisă la propriile lor date de contact.
letters-heading = Invitația dumneavoastră pentru { -portal }
letters-recovery-heading = Un nou acces la contul dumneavoastră din { -portal }
letters-greeting = Bună ziua, { $name },
letters-what = În { -portal } alegeți ce date poate partaja { -agency(form: "short") } cu { -municipality(form: "singular-def") } dumneavoastră. Vedeți cine a primit datele dumneavoastră și puteți cere să fie corectate.
letters-protocols = Această scrisoare este despre:
letters-recovery-warning = Aveți deja un cont. Cu această scrisoare vă puteți conecta din nou dacă ați pierdut cheia de acces (de exemplu, dacă aveți un telefon nou). Nu ați cerut acest lucru? Contactați-ne. Nu arătați această scrisoare altor persoane.
letters-qr-label = Codul QR al invitației dumneavoastră
letters-how-scan = Scanați codul QR cu camera telefonului.
letters-how-type = Sau mergeți la această adresă și introduceți codul:
letters-code = Cod
letters-valid-until = Puteți folosi această invitație o singură dată, până la { $date }.
letters-help = Aveți nevoie de ajutor? Aduceți această scrisoare persoanei care vă însoțește la { -agency(form: "short-indef") }.
letters-dossier = Numărul dumneavoastră de dosar

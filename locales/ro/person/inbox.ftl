## The inbox.

inbox-title = Mesaje
inbox-empty = Nu aveți mesaje.
inbox-new = Nou
inbox-unread = { $count ->
    [0] Niciun mesaj nou.
    [one] { $count } mesaj nou.
    [few] { $count } mesaje noi.
   *[other] { $count } de mesaje noi.
}
inbox-mark-read = Marcați toate ca citite
inbox-marked-read = Toate mesajele au fost marcate ca citite.
notification-unknown = Un mesaj de la portal.
notification-consent-give = V-ați dat consimțământul pentru a partaja date cu { $recipient }.
notification-consent-change = V-ați modificat consimțământul pentru { $recipient }.
notification-consent-withdraw = V-ați retras consimțământul pentru { $recipient }. Nu se mai partajează nimic.
notification-correction-filed = Cererea dumneavoastră de corectare pentru { $field } a fost primită. Veți primi un răspuns cel târziu la { $due }.
notification-correction-accepted = Cererea dumneavoastră de corectare pentru { $field } a fost acceptată.
notification-correction-rejected = Cererea dumneavoastră de corectare pentru { $field } a fost refuzată. Motivul îl vedeți la cererile dumneavoastră.
notification-correction-recipient-told = O informație pe care ați primit-o a fost corectată: { $field }.
notification-correction-acknowledged = { -agency(form: "short") } se ocupă de cererea dumneavoastră de corectare pentru { $field }.
notification-correction-information-requested = { -agency(form: "short") } are o întrebare despre cererea dumneavoastră de corectare pentru { $field }. Vă rugăm să răspundeți pe pagina cererii.
notification-correction-extended = Termenul pentru cererea dumneavoastră de corectare pentru { $field } a fost prelungit până la { $due }. Pe pagina cererii găsiți motivul.
notification-correction-due-soon = O cerere de corectare ({ $field }) trebuie soluționată cel târziu la { $due }.
notification-protocol-ending = S-a anunțat încetarea protocolului cu { $recipient }. Ultima zi este { $until }. După aceea, datele dumneavoastră nu mai sunt partajate.
notification-protocol-ended = Protocolul cu { $recipient } nu mai este în vigoare. Datele dumneavoastră nu mai sunt partajate. Istoricul dumneavoastră se păstrează.
notification-consent-carried-over = Există o versiune nouă a protocolului cu { $recipient }. Aceasta nu cere mai mult decât cea anterioară: alegerea dumneavoastră rămâne valabilă.
notification-consent-review-asked = Există o versiune nouă a protocolului cu { $recipient }. Aceasta cere mai mult decât cea anterioară. Vă rugăm să vă verificați alegerea: consimțământul dumneavoastră nu acoperă încă ceea ce este nou.
notification-breach-notice = La { $detected }, { $recipient } a descoperit o problemă de securitate. Poate fi vorba de aceste date ale dumneavoastră: { $fields }. S-au luat măsuri. Aveți întrebări? Contactați persoana care se ocupă de protecția datelor la { -agency(form: "short-indef") }: { $contact }.
notification-erasure-requested = { $count ->
    [one] { -agency(form: "short") } vă cere să confirmați ștergerea datelor pentru { $count } persoană.
    [few] { -agency(form: "short") } vă cere să confirmați ștergerea datelor pentru { $count } persoane.
   *[other] { -agency(form: "short") } vă cere să confirmați ștergerea datelor pentru { $count } de persoane.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality } nu a confirmat la timp { $count } ștergere.
    [few] { $municipality } nu a confirmat la timp { $count } ștergeri.
   *[other] { $municipality } nu a confirmat la timp { $count } de ștergeri.
}

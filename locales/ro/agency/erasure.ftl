## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = Ștergerea la destinatari
erasure-intro = Datele pe care o autoritate locală le-a primit acum mai mult de cinci ani trebuie șterse acolo. { -agency(form: "short") } îi cere autorității să confirme acest lucru. Fiecare cerere este afișată aici, cu starea ei.
erasure-admin-intro = { -agency(form: "short") } vă cere să confirmați că ați șters datele acestor persoane: le-ați primit acum mai mult de cinci ani. Ștergeți-le mai întâi din propriile sisteme, apoi confirmați pentru fiecare persoană.
erasure-none = Nu există cereri de ștergere.
erasure-municipality = Autoritatea locală
erasure-reference = Referință
erasure-last-disclosed = Primite ultima dată
erasure-requested = Cerută la
erasure-due = De confirmat înainte de
erasure-state = Stare
erasure-open = Deschisă
erasure-overdue = Întârziată
erasure-escalated = Întârziată, semnalată responsabililor cu protecția datelor
erasure-attested = Ștergere confirmată
erasure-attest = Confirmați ștergerea
erasure-done = Ștergerea a fost confirmată.
erasure-error-attested = Această ștergere a fost deja confirmată.

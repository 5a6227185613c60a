queue-title = Cereri de corectare
queue-empty = Nu există cereri deschise.
queue-field = Câmp
queue-received = Primită
queue-due = Termen
queue-status = Stare
queue-left = Rămas
queue-kind = Depusă de
queue-kind-person = persoana
queue-kind-staff = { -agency(form: "short") }, pentru persoană
queue-kind-municipality = o { -municipality } (semnalare privind calitatea)
queue-kind-source_system = sistemul de urmărire a clienților (modificare la sursă)
queue-days = { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
queue-overdue-by = { $days ->
    [one] { $days } zi întârziere
    [few] { $days } zile întârziere
   *[other] { $days } de zile întârziere
}
queue-due-soon = termen apropiat
queue-overdue = depășit
queue-count-open = Deschise
queue-count-due-soon = Termen apropiat
queue-count-overdue = Termen depășit
queue-count-handled = Soluționate luna aceasta
queue-count-median = Durata mediană până la decizie
queue-median-none = încă niciuna
queue-filter-pending = Toate cele deschise
queue-filter-any = Toate
queue-municipality = { -municipality(form: "title") } (semnalări privind calitatea)
queue-filter-apply = Afișați
queue-pages = Pagini
queue-previous = Înapoi
queue-next = Înainte
desk-title = Cerere de corectare
desk-person = Persoană
desk-value-filed = Valoarea la depunere
desk-value-now = Valoarea actuală
desk-extension-reason = Motivul prelungirii
desk-holders-heading = Cine a primit acest câmp
desk-holders-intro = Potrivit registrului transmiterilor de date, aceste părți au primit acest câmp al acestei persoane. Dacă cererea este acceptată, ele sunt informate despre corectare (art. 19 din RGPD).
desk-holders-none = Nicio parte nu a primit acest câmp al acestei persoane.
desk-told = Corectarea a fost trimisă către: { $parties }.
desk-history-heading = Istoric
desk-back = Înapoi la cereri
desk-decided = S-a luat o decizie privind această cerere. O decizie este definitivă.
desk-waiting = Cererea așteaptă răspunsul persoanei la întrebarea dumneavoastră:
desk-acknowledge-heading = Începeți soluționarea
desk-acknowledge-hint = Persoana este informată că vă ocupați de cerere.
desk-acknowledge-submit = Începeți soluționarea
desk-ask-heading = Cereți informații
desk-ask-question = Întrebarea dumneavoastră pentru persoană
desk-ask-hint = Persoana citește întrebarea în portal și răspunde pe pagina cererii. Până atunci cererea așteaptă; termenul continuă să curgă.
desk-ask-submit = Trimiteți întrebarea
desk-extend-heading = Prelungiți termenul
desk-extend-limit = Acest lucru se poate face o singură dată, în prima lună, cel târziu până la { $last }.
desk-extend-until = Termen nou
desk-extend-until-hint = O dată (AAAA-LL-ZZ). Termenul curge până la sfârșitul acelei zile.
desk-extend-reason = Motiv
desk-extend-reason-hint = Persoanei i se afișează noul termen și acest motiv.
desk-extend-submit = Prelungiți termenul
desk-accept-heading = Acceptare
desk-accept-value = Valoarea corectă
desk-accept-hint = Propunerea este deja completată. Modificați-o dacă nu este întru totul corectă; se aplică aceleași reguli ca la depunere.
desk-accept-effect = Câmpul este corectat, nu mai este contestat și fiecare parte care l-a primit este informată. Acest lucru este definitiv.
desk-accept-submit = Acceptați și corectați
desk-reject-heading = Refuz
desk-reject-reason = Motivul refuzului
desk-reject-hint = Persoana citește acest motiv și cum poate depune o plângere. Acest lucru este definitiv.
desk-reject-submit = Refuzați
desk-done-acknowledge = Cererea este în curs de soluționare. Persoana a fost informată.
desk-done-ask = Întrebarea dumneavoastră a fost trimisă. Cererea așteaptă răspunsul.
desk-done-extend = Termenul a fost prelungit. Persoana a fost informată despre noul termen și despre motiv.
desk-done-accept = Cererea a fost acceptată și câmpul a fost corectat. Destinatarii au fost informați.
desk-done-reject = Cererea a fost refuzată. Persoana a fost informată despre motiv.

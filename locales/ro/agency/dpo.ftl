dpo-title = Protecția datelor
dpo-audit-heading = Jurnal de audit
dpo-chain-ok = { $length ->
    [one] Lanțul de audit este intact ({ $length } intrare).
    [few] Lanțul de audit este intact ({ $length } intrări).
   *[other] Lanțul de audit este intact ({ $length } de intrări).
}
dpo-chain-broken = Lanțul de audit este deteriorat începând cu intrarea { $seq }.
dpo-checkpoints = { $count ->
    [one] { $count } punct de control semnat; cel mai recent:
    [few] { $count } puncte de control semnate; cel mai recent:
   *[other] { $count } de puncte de control semnate; cel mai recent:
}
dpo-no-checkpoint = încă niciunul
dpo-chain-being-checked = Lanțul de audit este în curs de verificare. Reîncărcați pagina peste puțin timp.
dpo-checked-at = Verificat ultima dată:
dpo-nav = Protecția datelor
dpo-nav-audit = Jurnal de audit
dpo-nav-breaches = Încălcări ale securității datelor
dpo-nav-notices = Notificări privind transferuri
dpo-nav-registers = Registrele { -municipality(form: "plural-def-gen") }
dpo-breaches-title = Registrul încălcărilor securității datelor
dpo-breaches-intro = Fiecare raportare a unei { -municipality(form: "singular-gen") }, cu termenul de 48 de ore. O raportare întârziată este marcată.
dpo-breaches-none = Nu a fost raportată nicio încălcare a securității datelor.
dpo-notices-title = Notificări privind alte transferuri
dpo-notices-intro = O { -municipality } notifică în prealabil fiecare transfer către o organizație care nu este partener (articolul 4). Abia după ce confirmați primirea notificării poate { -municipality(form: "singular-def") } înregistra un astfel de transfer.
dpo-notices-none = Nu există notificări.
dpo-notices-acknowledged = Primirea notificării a fost confirmată.
dpo-nav-disclosures = Registrul transmiterilor de date
dpo-disclosures-title = Registrul transmiterilor de date
dpo-disclosures-intro = Fiecare transmitere de date cu caracter personal prin portal: cine a primit ce, când, în ce scop și prin ce canal. Registrul este doar completat, niciodată modificat.
dpo-disclosures-none = Nicio transmitere pentru această selecție.
dpo-disclosures-when = Când
dpo-disclosures-recipient = Destinatar
dpo-disclosures-via = transmis mai departe de
dpo-disclosures-fields = Câmpuri
dpo-disclosures-field = Câmp
dpo-disclosures-purpose = Scop
dpo-disclosures-channel = Canal
dpo-disclosures-dossier = Referința dosarului
dpo-disclosures-from = De la
dpo-disclosures-to = Până la (inclusiv)
dpo-disclosures-csv = Descărcați această selecție ca CSV
dpo-breach-acknowledged = Primirea raportării a fost confirmată.
dpo-breach-notified = Persoanele vizate au fost informate.
dpo-nav-log = Intrările din jurnalul de audit
dpo-log-title = Intrările din jurnalul de audit
dpo-log-intro = Fiecare modificare și fiecare transmitere de date se află aici, cele mai noi primele. Jurnalul conține numai numere și hash-uri, niciodată date cu caracter personal.
dpo-log-none = Nicio intrare pentru această selecție.
dpo-log-seq = Nr.
dpo-log-when = Moment
dpo-log-actor = Cine
dpo-log-actor-hint = Începutul este suficient, de exemplu staff: sau system:.
dpo-log-action = Acțiune
dpo-log-object = Despre
dpo-log-payload-hash = Hash-ul conținutului
dpo-log-entry-hash = Hash-ul intrării
dpo-verify-now = Verificați acum
dpo-verified = Jurnalul de audit tocmai a fost verificat.
dpo-checkpoints-download = Descărcați punctele de control semnate (JSON Lines, cu cheia publică)
dpo-public-key = Cheie publică
dpo-disclosures-reference = Referința persoanei
dpo-nav-erasure = Ștergerea la destinatari

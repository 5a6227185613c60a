breach-title = Încălcări ale securității datelor
breach-intro = Dacă are loc o încălcare a securității datelor care privește date din protocol, { -municipality(form: "singular-def") } o raportează imediat { -agency(form: "short-dat") }, cel târziu la 48 de ore după descoperire (articolul 6).
breach-new = Raportați o încălcare a securității datelor
breach-new-title = Raportați o încălcare a securității datelor
breach-rule = { $hours ->
    [one] Raportați în { $hours } oră de la descoperirea încălcării. O raportare ulterioară este marcată ca întârziată.
    [few] Raportați în { $hours } ore de la descoperirea încălcării. O raportare ulterioară este marcată ca întârziată.
   *[other] Raportați în { $hours } de ore de la descoperirea încălcării. O raportare ulterioară este marcată ca întârziată.
}
breach-detected-at = Descoperită la
breach-detected-at-hint = Data și ora, ora Belgiei.
breach-description = Ce s-a întâmplat?
breach-categories = Date afectate
breach-categories-hint = Ce tipuri de date sunt afectate?
breach-persons = Persoane vizate
breach-persons-hint = Alegeți persoanele din proiectul pilot care sunt afectate, dacă le cunoașteți.
breach-measures = Măsuri luate
breach-submit = Trimiteți raportarea
breach-reported = Raportarea a fost trimisă { -agency(form: "short-dat") }.
breach-clock-deadline = Raportați { -agency(form: "short-dat") } înainte de
breach-clock-left = Timp rămas
breach-clock-hours = h
breach-clock-minutes = min
breach-clock-overdue = Termenul de 48 de ore a trecut: raportați totuși imediat.
breach-deadline = Termen de raportare
breach-reported-at = Raportată la
breach-late = întârziată
breach-in-time = la timp
breach-by-system = sistemul { -municipality(form: "singular-def-gen") }
breach-municipality = { -municipality(form: "title") }
breach-history = Urmărire de către { -agency(form: "short-indef") }
breach-step-acknowledged = Primire confirmată de responsabilul cu protecția datelor al { -agency(form: "short-gen") }
breach-step-persons-notified = Persoanele vizate au fost informate
breach-persons-told = { $count ->
    [one] { $count } persoană informată
    [few] { $count } persoane informate
   *[other] { $count } de persoane informate
}
breach-acknowledge = Confirmați primirea raportării
breach-notify = { $count ->
    [one] Informați persoana afectată
    [few] Informați cele { $count } persoane afectate
   *[other] Informați cele { $count } de persoane afectate
}
breach-notify-hint = Faceți acest lucru atunci când incidentul este susceptibil să genereze un risc ridicat pentru drepturile persoanelor (art. 34 din RGPD). Fiecare persoană primește un mesaj în propria limbă, fără descrierea făcută de cel care a raportat.

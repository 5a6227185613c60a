## /agency/protocols: the protocol admin drafts, publishes and ends protocol versions (art. 8, 10, 12).

protocols-title = Protocoale
protocols-intro = Aici redactați un protocol sau o versiune nouă, o publicați și încheiați o versiune. Un proiect devine vizibil pentru alții numai după ce este publicat.
protocols-back = Înapoi la protocoale
protocols-new-version = Redactați o versiune nouă
protocols-ends-on = Se încheie la { $day }
protocols-ending-banner = Protocolul „{ $title }” se încheie: ultima lui zi este { $day }.
protocols-new-heading = Protocol nou
protocols-new-title = Titlu (în neerlandeză)
protocols-new-slug = Nume scurt în adresa web
protocols-new-slug-hint = Litere mici, cifre și cratime, între 3 și 60 de caractere. De exemplu: agii-gent-pilot.
protocols-new-recipient = Autoritatea locală care primește datele
protocols-new-submit = Creați proiectul
protocols-version-title = Versiunea protocolului
protocols-saved = Proiectul a fost salvat.
protocols-published = Versiunea a fost publicată. Acum se află pe pagina publică.
protocols-noticed = Denunțarea a fost înregistrată. Persoanele care și-au dat consimțământul au fost informate.
protocols-terminated = Versiunea a fost încheiată. Nu se mai partajează date în temeiul acestei versiuni.
protocols-public-page = Pagina publică a acestei versiuni
protocols-publish-heading = Publicare
protocols-ready = Totul este pregătit pentru publicare.
protocols-problems = { $count ->
    [one] Mai lipsește un lucru înainte de a putea publica:
    [few] Mai lipsesc { $count } lucruri înainte de a putea publica:
   *[other] Mai lipsesc { $count } de lucruri înainte de a putea publica:
}
protocols-publish = Publicați
protocols-publish-refused = Încă nu se poate publica. Ce lipsește este enumerat mai jos.
protocols-diff-heading = Diferența față de versiunea { $number }
protocols-diff-none = Acest proiect este identic cu versiunea în vigoare.
protocols-diff-added = Date noi: { $fields }
protocols-diff-removed = Nu se mai partajează: { $fields }
protocols-diff-texts = Text modificat în:
protocols-diff-review = Această versiune cere mai mult decât cea anterioară. Consimțământul persoanelor nu acoperă ceea ce este nou: li se va cere să își verifice alegerea.
protocols-draft-heading = Proiect
protocols-term-legal-basis = Temei juridic
protocols-term-purposes = Scopuri
protocols-purposes-hint = Pentru ce sunt folosite datele.
protocols-term-recipients = Categorii de destinatari
protocols-recipients-hint = Cine poate primi datele (art. 4).
protocols-term-fields = Date (art. 3)
protocols-fields-hint = Alegeți datele pe care le partajează protocolul.
protocols-term-retention = Perioada de păstrare
protocols-term-signed-on = Semnat la
protocols-term-validity = Valabilitate
protocols-term-notice-period = Perioada de preaviz
protocols-term-dpo-advice = Avizul responsabililor cu protecția datelor
protocols-retention-months = Perioada de păstrare în luni
protocols-retention-hint = Cel mult 60 de luni (5 ani, art. 2).
protocols-notice-months = Perioada de preaviz în luni
protocols-valid-from = În vigoare de la
protocols-valid-from-hint = Nu mai devreme de ziua publicării.
protocols-valid-until = În vigoare până la (inclusiv)
protocols-valid-until-hint = Lăsați gol dacă versiunea se aplică până la încheierea ei.
protocols-advice-discloser = Avizul responsabilului cu protecția datelor al { -agency(form: "short-gen") } din
protocols-advice-recipient = Avizul responsabilului cu protecția datelor al autorității locale din
protocols-texts-heading = Texte pe limbi
protocols-texts-hint = Fiecare limbă are nevoie de textul protocolului și de nota de informare privind consimțământul. Textul în neerlandeză este cel obligatoriu.
protocols-text-title = Titlu
protocols-text-body = Textul protocolului
protocols-text-notice = Nota de informare privind consimțământul
protocols-text-purposes = Scopurile în această limbă (gol: se afișează cele în neerlandeză, cu o mențiune)
protocols-save = Salvați proiectul
protocols-notice-heading = Denunțare (art. 12)
protocols-notice-hint = { $months ->
    [one] Versiunea rămâne în vigoare încă { $months } lună. După aceea nu se mai partajează date. Toată lumea vede data de sfârșit.
    [few] Versiunea rămâne în vigoare încă { $months } luni. După aceea nu se mai partajează date. Toată lumea vede data de sfârșit.
   *[other] Versiunea rămâne în vigoare încă { $months } de luni. După aceea nu se mai partajează date. Toată lumea vede data de sfârșit.
}
protocols-end-reason = Motiv
protocols-notice-submit = Denunțați
protocols-terminate-heading = Încheiere imediată (art. 8)
protocols-terminate-hint = Numai dacă protocolul a fost încălcat grav. Începând de astăzi nu se mai partajează date.
protocols-terminate-reason-hint = Obligatoriu. Descrieți încălcarea.
protocols-terminate-submit = Încheiați imediat
protocols-missing-legal-basis = Lipsește temeiul juridic.
protocols-missing-purposes = Lipsesc scopurile.
protocols-missing-recipients = Lipsesc categoriile de destinatari.
protocols-missing-fields = Nu a fost aleasă nicio dată.
protocols-missing-advice-discloser = Lipsește data avizului responsabilului cu protecția datelor al { -agency(form: "short-gen") }.
protocols-missing-advice-recipient = Lipsește data avizului responsabilului cu protecția datelor al autorității locale.
protocols-missing-text = Lipsește titlul sau textul în { $language }.
protocols-missing-notice = Lipsește nota de informare privind consimțământul în { $language }.
protocols-dates-signed-after-start = Semnarea trebuie să fie înainte de prima zi de vigoare.
protocols-dates-advice-after-signing = Avizul responsabililor cu protecția datelor trebuie să fie înainte de semnare.
protocols-dates-end-before-start = Ultima zi este înainte de prima zi.
protocols-dates-start-in-past = Prima zi de vigoare este în trecut. Alegeți ziua de astăzi sau o zi ulterioară.
protocols-retention-out-of-range = Perioada de păstrare este de 1 până la 60 de luni.
protocols-notice-out-of-range = Perioada de preaviz este de 0 până la 24 de luni.
protocols-error-too-long = Acest text este prea lung.
protocols-error-day = Indicați o dată în formatul AAAA-LL-ZZ.
protocols-error-not-a-draft = Această versiune a fost publicată și nu mai poate fi modificată. Redactați o versiune nouă.
protocols-error-slug = Folosiți între 3 și 60 de litere mici, cifre sau cratime.
protocols-error-slug-taken = Există deja un protocol cu acest nume scurt.
protocols-error-title-required = Indicați un titlu.
protocols-error-recipient = Alegeți o autoritate locală.
protocols-error-not-endable = Această versiune nu mai este în vigoare sau a fost deja încheiată.

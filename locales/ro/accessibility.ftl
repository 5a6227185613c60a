## /accessibility: the accessibility statement (toegankelijkheidsverklaring).

a11y-title = Declarație de accesibilitate
a11y-intro = { -agency } dorește ca toată lumea să poată folosi acest portal. Inclusiv cu un cititor de ecran, numai cu tastatura sau cu litere mari. Așa cere un decret al autorităților flamande din 7 decembrie 2018.
a11y-status-heading = Cât de accesibil este portalul?
a11y-status = Portalul respectă în parte regulile pentru site-uri accesibile (WCAG 2.1, nivelul AA). Mai jos găsiți ce nu este încă accesibil.
a11y-limits-heading = Ce nu este încă accesibil
a11y-limit-languages = Textele pe care o { -municipality } le scrie ea însăși, de exemplu scopul unui profil de funcție, sunt uneori doar în neerlandeză. Atunci pagina spune acest lucru.
a11y-limit-translations = Traducerile nu au fost încă verificate de un traducător. Textul în neerlandeză este cel obligatoriu.
a11y-limit-passkeys = Vă conectați cu o cheie de acces (passkey). Nu orice dispozitiv vechi sau browser vechi poate face acest lucru. Dacă nu funcționează, { -agency } vă ajută.
a11y-limit-documents = Textul complet al unui protocol este un text juridic. În partea de sus a fiecărei pagini de protocol există un scurt rezumat.
a11y-method-heading = Cum am verificat
a11y-method = Am scris această declarație la { $day }, după o verificare făcută de noi. La fiecare modificare testăm automat fiecare pagină (cu axe-core, după WCAG 2.1 A și AA). Testăm pe un ecran de mărimea unui telefon.
a11y-contact-heading = Semnalați o problemă
a11y-contact = Există ceva pe acest portal pe care nu îl puteți folosi? Spuneți-ne. Vă răspundem în cinci zile lucrătoare și între timp vă ajutăm în alt mod.
a11y-complaint-heading = Nu sunteți mulțumit(ă) de răspunsul nostru?
a11y-complaint = Atunci puteți depune o plângere la Ombudsmanul flamand (Vlaamse Ombudsdienst).

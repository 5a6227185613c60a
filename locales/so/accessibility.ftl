## /accessibility: the accessibility statement (toegankelijkheidsverklaring).

a11y-title = Bayaanka sahlanaanta isticmaalka
a11y-intro = { -agency } waxay rabtaa in qof kastaa isticmaali karo bartan. Sidoo kale qofka adeegsada akhriyaha shaashadda (screen reader), kiiboodhka oo keliya ama qoraal waaweyn. Tan waxaa dalbaday wareegto (decreet) ay dowladda Flaamigu soo saartay 7 Diseembar 2018.
a11y-status-heading = Barta ilaa intee ayay u sahlan tahay isticmaalka?
a11y-status = Barta qayb ahaan waxay buuxisaa xeerarka bogagga internetka ee qof kastaa isticmaali karo (WCAG 2.1, heerka AA). Waxa aan weli sahlanayn hoos ayaa lagu qoray.
a11y-limits-heading = Waxa aan weli sahlanayn
a11y-limit-languages = Qoraallada ay { -municipality(form: "def-subj") } iyadu qorto, sida ujeeddada qeexitaanka shaqada, mararka qaarkood waxay ku qoran yihiin af-Holandiis oo keliya. Markaas boggu wuu sheegayaa.
a11y-limit-translations = Turjumaadaha weli turjumaan ma hubin. Qoraalka af-Holandiiska ah ayaa ah kan rasmiga ah ee la raaco.
a11y-limit-passkeys = Waxaad ku soo gashaa fure gelitaan (passkey). Qalabka duugga ah qaarkood iyo biraawsarrada duugga ah qaarkood ma awoodaan tan. Haddii aysan shaqayn, { -agency } ayaa ku caawin doonta.
a11y-limit-documents = Qoraalka buuxa ee borotokoolku waa qoraal sharci ah. Bog kasta oo borotokool ah korkiisa waxaa ku yaal soo koobid gaaban.
a11y-method-heading = Sida aan u hubinnay
a11y-method = Bayaankan waxaan qornay taariikhda { $day }, kadib hubin aan annagu samaynay. Mar kasta oo isbeddel dhaco, bog kasta si toos ah ayaan u tijaabinaa (axe-core, WCAG 2.1 A iyo AA). Waxaan ku tijaabinaa shaashad cabbirka taleefanka ah.
a11y-contact-heading = Soo sheeg dhibaato
a11y-contact = Ma jiraa wax bartan ku yaal oo aadan isticmaali karin? Noo sheeg. Waxaan kuu jawaabnaa shan maalmood oo shaqo gudahood, inta lagu jirona si kale ayaan kuu caawinnaa.
a11y-complaint-heading = Kuma qanacsanid jawaabtayada?
a11y-complaint = Markaas waxaad cabasho u gudbin kartaa Ombudsmanka Flaamiga (Vlaamse Ombudsdienst).

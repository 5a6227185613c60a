## Warqadaha martiqaadka oo mar wada ah: foomka maamulaha borotokoolka, qoraalka shaashadda iyo
## warqadda lafteeda (luqadda xiriirka ee qofka, kadibna af-Holandiis).

letters-form-heading = Warqadaha martiqaadka
letters-form-intro = Qof kasta u daabac warqad ku qoran luqaddiisa iyo af-Holandiis, oo leh koodh QR ah iyo koodh la qoro. Warqad kastaa waa martiqaad cusub: kuwii hore mar dambe ma shaqeeyaan.
letters-form-not-yet-invited = Qof kasta oo aan weli martiqaad helin (tusaale ahaan, kuwa hadda la soo geliyay)
letters-form-dossiers = Ama lambarradan faylka
letters-form-dossiers-hint = Hal lambar sadar kasta. Ugu badnaan 500.
letters-form-submit = Samee warqadaha
letters-error-none = Ma jiro qof loo qoro: qofna martiqaad ma sugayo, ama liisku waa madhan yahay.
letters-error-too-many = Taasi waa in ka badan 500 warqadood. Ku samee kooxo ka yaryar.
letters-error-unknown-dossier = Mid ka mid ah lambarradan faylka lagama yaqaan { -portal }. Hubi liiska.
letters-error-left-the-pilot = Mid ka mid ah dadkan ayaa ka baxay mashruuca tijaabada ah (barnaamijkiisii wuu dhammaaday). Martiqaad ma helayo.
letters-document-title = Warqadaha martiqaadka
letters-screen-note = { $count ->
    [one] { $count } warqad, warqad kasta hal bog. Ku daabac A4 biraawsarkaaga. Martiqaadyadan hadda ayaa la sameeyay: haddii aad mar kale warqado u samayso isla dadkan, kuwani mar dambe ma shaqayn doonaan.
   *[other] { $count } warqadood, warqad kasta hal bog. Ku daabac A4 biraawsarkaaga. Martiqaadyadan hadda ayaa la sameeyay: haddii aad mar kale warqado u samayso isla dadkan, kuwani mar dambe ma shaqayn doonaan.
}
letters-delivered-instead = Dadkan horay ayay akoon u leeyihiin. Daabacaaddan warqad kama helayaan: martiqaadkooda dib-u-gelitaanka waxaa loo dirayaa xogtooda xiriirka.
letters-heading = Martiqaadkaaga { -portal }
letters-recovery-heading = Waddo cusub oo aad ugu gasho akoonkaaga { -portal }
letters-greeting = Salaan { $name },
letters-what = { -portal } waxaad ku doorataa xogta ay { -agency(form: "short-subj") } la wadaagi karto { -municipality(form: "your") }. Waxaad arkaysaa cidda heshay xogtaada, waxaadna codsan kartaa in la saxo.
letters-protocols = Warqaddan waxay ku saabsan tahay:
letters-recovery-warning = Horay ayaad akoon u leedahay. Warqaddan waxaad mar kale ku soo geli kartaa haddii aad lumisay furahaaga gelitaanka (tusaale ahaan, haddii aad haysato taleefan cusub). Miyaadan adigu codsan? Nala soo xiriir. Warqaddan qof kale ha tusin.
letters-qr-label = Koodhka QR ee martiqaadkaaga
letters-how-scan = Koodhka QR ku iskaan garee kamaradda taleefankaaga.
letters-how-type = Ama tag cinwaankan oo qor koodhka:
letters-code = Koodh
letters-valid-until = Martiqaadkan hal mar oo keliya ayaad isticmaali kartaa, ilaa { $date }.
letters-help = Ma u baahan tahay caawimo? Warqaddan u keen la-taliyahaaga ee { -agency(form: "short") }.
letters-dossier = Lambarka faylkaaga

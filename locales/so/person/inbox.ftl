## The inbox.

inbox-title = Farriimaha
inbox-empty = Farriin ma haysid.
inbox-new = Cusub
inbox-unread = { $count ->
    [0] Farriin cusub ma jirto.
    [one] { $count } farriin cusub.
   *[other] { $count } farriimood oo cusub.
}
inbox-mark-read = Dhammaan u calaamadee kuwo la akhriyay
inbox-marked-read = Dhammaan farriimaha waxaa loo calaamadeeyay kuwo la akhriyay.
notification-unknown = Farriin ka timid barta.
notification-consent-give = Waxaad oggolaansho u bixisay in xog lala wadaago { $recipient }.
notification-consent-change = Waxaad beddeshay oggolaanshaha aad siisay { $recipient }.
notification-consent-withdraw = Waxaad ka noqotay oggolaanshaha aad siisay { $recipient }. Hadda kadib wax xog ah lama wadaagayo.
notification-correction-filed = Codsigaaga ah in la saxo { $field } waa la helay. Jawaab waxaad heli doontaa ugu dambayn { $due }.
notification-correction-accepted = Codsigaaga ah in la saxo { $field } waa la aqbalay.
notification-correction-rejected = Codsigaaga ah in la saxo { $field } waa la diiday. Sababta waxaad ku arki kartaa codsiyadaada.
notification-correction-recipient-told = Xog aad heshay ayaa la saxay: { $field }.
notification-correction-acknowledged = { -agency(form: "short-subj") } waxay baaraysaa codsigaaga ah in la saxo { $field }.
notification-correction-information-requested = { -agency(form: "short-subj") } su'aal ayay ka qabtaa codsigaaga ah in la saxo { $field }. Fadlan ka jawaab bogga codsigaaga.
notification-correction-extended = Muddada codsigaaga ah in la saxo { $field } waxaa loo kordhiyay { $due }. Bogga codsigaaga ayaa sheegaya sababta.
notification-correction-due-soon = Codsi sixid ({ $field }) waa in go'aan laga gaaraa ugu dambayn { $due }.
notification-protocol-ending = Borotokoolka lala leeyahay { $recipient } waxaa laga bixiyay ogeysiis joojin. Maalinta ugu dambaysa waa { $until }. Intaas kadib xogtaada lama wadaagi doono.
notification-protocol-ended = Borotokoolka lala leeyahay { $recipient } dhaqan gal ma aha mar dambe. Xogtaada lama wadaago mar dambe. Taariikhda waxa dhacay waa la kaydinayaa.
notification-consent-carried-over = Waxaa jira nuqul cusub oo ah borotokoolka lala leeyahay { $recipient }. Wax ka badan kii hore ma weydiinayo: doorashadaadu weli way shaqaynaysaa.
notification-consent-review-asked = Waxaa jira nuqul cusub oo ah borotokoolka lala leeyahay { $recipient }. Wuxuu weydiinayaa wax ka badan kii hore. Fadlan dib u eeg doorashadaada: oggolaanshahaagu weli ma daboolo waxa cusub.
notification-breach-notice = Taariikhda { $detected }, dhibaato xagga amniga ah ayaa laga helay { $recipient }. Waxay khusayn kartaa xogtaada soo socota: { $fields }. Tallaabooyin ayaa la qaaday. Su'aalo ma qabtaa? La xiriir masuulka xogta gaarka ah ee { -agency(form: "short") }: { $contact }.
notification-erasure-requested = { $count ->
    [one] { -agency(form: "short-subj") } waxay kaa codsanaysaa inaad xaqiijiso tirtiridda xogta { $count } qof.
   *[other] { -agency(form: "short-subj") } waxay kaa codsanaysaa inaad xaqiijiso tirtiridda xogta { $count } qof.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality } ma xaqiijin { $count } tirtirid wakhtigeedii.
   *[other] { $municipality } ma xaqiijin { $count } tirtirid wakhtigoodii.
}

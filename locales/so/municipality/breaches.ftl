breach-title = Jebinta xogta
breach-intro = Jebin kasta oo xogeed oo khusaysa xogta borotokoolka, { -municipality(form: "def-subj") } waxay isla markiiba u soo sheegtaa { -agency(form: "short") }, ugu dambayn 48 saacadood kadib marka la ogaado (qodobka 6).
breach-new = Soo sheeg jebin xogeed
breach-new-title = Soo sheeg jebin xogeed
breach-rule = { $hours ->
    [one] Soo sheeg { $hours } saacad gudaheed kadib marka jebinta la ogaado. Warbixin ka dambaysa waxaa loo calaamadeeyaa mid daahday.
   *[other] Soo sheeg { $hours } saacadood gudahood kadib marka jebinta la ogaado. Warbixin ka dambaysa waxaa loo calaamadeeyaa mid daahday.
}
breach-detected-at = La ogaaday
breach-detected-at-hint = Taariikhda iyo saacadda, wakhtiga Beljamka.
breach-description = Maxaa dhacay?
breach-categories = Xogta ay khusayso
breach-categories-hint = Noocee xog ah ayay saamaysay?
breach-persons = Dadka ay khusayso
breach-persons-hint = Dooro dadka mashruuca tijaabada ee ay saamaysay, haddii aad taqaan.
breach-measures = Tallaabooyinka la qaaday
breach-submit = Dir warbixinta
breach-reported = Warbixinta waxaa loo diray { -agency(form: "short") }.
breach-clock-deadline = U soo sheeg { -agency(form: "short") } ka hor
breach-clock-left = Wakhtiga haray
breach-clock-hours = saac
breach-clock-minutes = daq
breach-clock-overdue = Muddada 48 saacadood way dhaaftay: si kastaba ha ahaatee, isla markiiba soo sheeg.
breach-deadline = Muddada warbixinta
breach-reported-at = La soo sheegay
breach-late = daahay
breach-in-time = wakhtigeeda
breach-by-system = nidaamka { -municipality(form: "def") }
breach-municipality = { -municipality(form: "title") }
breach-history = Dabagalka { -agency(form: "short") }
breach-step-acknowledged = Waxaa qiray sarkaalka ilaalinta xogta ee { -agency(form: "short") }
breach-step-persons-notified = Dadka ay khusayso waa la ogeysiiyay
breach-persons-told = { $count ->
    [one] { $count } qof ayaa la ogeysiiyay
   *[other] { $count } qof ayaa la ogeysiiyay
}
breach-acknowledge = Qir warbixinta
breach-notify = { $count ->
    [one] Ogeysii qofka ay saamaysay
   *[other] Ogeysii dadka ay saamaysay ({ $count } qof)
}
breach-notify-hint = Tan samee marka dhacdadu ay u badan tahay inay khatar sare ku keento xuquuqda dadka (GDPR qodobka 34). Qof kastaa wuxuu helayaa farriin ku qoran luqaddiisa, iyadoo aan lagu darin sharraxaadda qofka soo sheegay.

## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = Tirtirid xagga qaatayaasha
erasure-intro = Xogta uu maamul hoose helay in ka badan shan sano ka hor waa in halkaas laga tirtiraa. { -agency(form: "short-subj") } waxay maamulka ka codsanaysaa inuu tan xaqiijiyo. Codsi kasta halkan ayaa lagu qoray, iyadoo ay la socoto xaaladdiisa.
erasure-admin-intro = { -agency(form: "short-subj") } waxay kaa codsanaysaa inaad xaqiijiso inaad tirtirtay xogta dadkan: waxaad heshay in ka badan shan sano ka hor. Marka hore ka tirtir nidaamyadaada, kadibna qof kasta u xaqiiji.
erasure-none = Ma jiraan codsiyo tirtirid.
erasure-municipality = Maamulka hoose
erasure-reference = Tixraac
erasure-last-disclosed = Markii ugu dambaysay la helay
erasure-requested = La codsaday
erasure-due = Xaqiiji ka hor
erasure-state = Xaaladda
erasure-open = Furan
erasure-overdue = Daahay
erasure-escalated = Daahay, loo gudbiyay saraakiisha ilaalinta xogta
erasure-attested = Tirtiridda waa la xaqiijiyay
erasure-attest = Xaqiiji tirtiridda
erasure-done = Tirtiridda waa la xaqiijiyay.
erasure-error-attested = Tirtiriddan horay ayaa loo xaqiijiyay.

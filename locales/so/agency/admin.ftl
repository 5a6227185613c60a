admin-title = Maamulka borotokoolka
admin-invitations-heading = Martiqaadyada
admin-invitation-for = Loogu talagalay
admin-invitation-person = Qof dhowaan yimid
admin-created = La sameeyay
admin-expires = Ansax ilaa
admin-status = Xaaladda
admin-invitation-status-open = Furan
admin-invitation-status-redeemed = La isticmaalay
admin-invitation-status-revoked = Laga noqday
admin-invitation-status-expired = Wakhtigii wuu dhacay
admin-clients-heading = Isku xirka API
admin-client-name = Magaca
admin-client-for = Dhinaca iyo qeexitaanka shaqada
admin-client-active = Firfircoon
admin-client-revoked = Laga noqday

staff-error-role-not-for-party = Doorkan kama tirsana noocan hay'adda ah.
staff-error-separation-of-duties = Shaqaalaha leh qeexitaan shaqo oo keliya ayaa akhrin kara xogta; maamulayaashu ma akhrin karaan (kala saaridda waajibaadka).
staff-error-profile-not-of-party = Qeexitaankan shaqada kama tirsana hay'addaada.
admin-error-client-name = Isku xirka sii magac aan ka badnayn 120 xaraf.
admin-error-no-such-person = Ma jiro qof dhowaan yimid oo leh lambarkan faylka.
admin-working = Wax yar sug…
admin-issued-link = Linkiga martiqaadka
admin-issued-code = Koodhka la qorayo
admin-issued-token = Token-ka API
admin-shown-once = Tan hal mar oo keliya ayaa la muujinayaa. Hadda gudbi; annagu ma kaydinno.
admin-dossier-ref = Lambarka faylka
admin-party = Hay'adda
admin-role = Doorka
admin-profile = Qeexitaanka shaqada
admin-no-profile = Midna (kaliya loogu talagalay shaqaalaha leh qeexitaan shaqo)
admin-invite-person-heading = Casuum qof dhowaan yimid
admin-invite-staff-heading = Casuum shaqaale
admin-invite-submit = Samee martiqaad
admin-revoke = Ka noqo
admin-revoked = Waa laga noqday.
admin-issued-title = La sameeyay
admin-issued-valid-until = Ansax ilaa { $when }.
admin-issued-nothing = Halkan wax la muujiyo ma jiraan: waxa aad samaysay hal mar oo keliya ayaa la muujiyaa.
admin-back = Ku noqo maamulka borotokoolka
admin-client-expires-days = Muddada ansaxnimada (maalmo; madhan = dhicitaan ma leh)
admin-error-expiry = Geli tirada maalmaha oo u dhexaysa 1 iyo 3650, ama goobta madhan ka tag.

admin-assisted-consent-link = Diiwaangeli oggolaansho warqad lagu bixiyay

admin-handover-legend = Haddii qofkani horay u leeyahay akoon (dib-u-helid)
admin-handover-hint = Martiqaad koowaad (weli fure gelitaan ma jiro) ayaa marka xigta laguu muujinayaa, miiska adeegga ama warqad loogu talagalay. Martiqaad fura akoon jira weligii adiga keligaa laguma muujiyo.
admin-handover-delivered = U dir xogta xiriirka ee diiwaanka ku jirta (iimayl, haddii kale SMS, haddii kale warqad)
admin-handover-in-person = Ku dhiib miiska adeegga: maamule borotokool oo labaad ayaa marka hore ansixinaya
admin-four-eyes-hint = Maamule borotokool oo labaad ayaa marka hore tan ansixinaya; kadibna adiga ayaa halkan ku samaynaya, hal mar.
admin-request-submit = Codso ansixin
admin-requests-heading = Codsiyada loogu talagalay maamule borotokool oo labaad
admin-requests-intro = Ansixi oo keliya waxa aad adigu hubin karto. Qofka codsi sameeyay ma ansixin karo.
admin-requests-empty = Ma jiraan codsiyo.
admin-request-what = Waxa
admin-request-by = Waxaa codsaday
admin-request-action = Ficil
admin-approval-kind-staff-invitation = Martiqaad shaqaale
admin-approval-kind-api-client = Macmiilka API
admin-approval-kind-person-recovery = Dib-u-helid miiska adeegga
admin-approval-client-days = { $days ->
    [one] ansax 1 maalin
   *[other] ansax { $days } maalmood
}
admin-approval-client-no-expiry = dhicitaan ma leh
admin-approval-status-pending = Sugaya ansixin
admin-approval-status-approved = La ansixiyay
admin-approval-status-refused = La diiday
admin-approval-status-issued = La sameeyay
admin-approval-status-lapsed = Wakhtigii wuu dhacay
admin-approval-decided-by = Waxaa go'aamiyay { $name }
admin-approval-yours = Codsigaaga: maamule borotokool kale ayaa go'aaminaya.
admin-approve = Ansixi
admin-refuse = Diid
admin-issue-now = Hadda samee
admin-approved-done = La ansixiyay. Qofkii codsaday hadda wuu samayn karaa.
admin-refused-done = La diiday.
admin-delivered = { $channel ->
    [email] Martiqaadka dib-u-helidda waxaa iimayl ahaan loogu dirayaa { $to }.
    [sms] Martiqaadka dib-u-helidda waxaa SMS ahaan loogu dirayaa { $to }.
   *[letter] Martiqaadka dib-u-helidda waxaa warqad ahaan loogu dirayaa { $to }.
}
admin-delivered-not-shown = Qofkani horay ayuu u leeyahay akoon. Linkiga iyo koodhka waxaa loo diraa qofka oo keliya; adigu ma arkaysid.
admin-delivered-told = Qofka waxaa sidoo kale lagu ogeysiinayaa barta iyo kanaal kasta oo kale oo diiwaanka ku jira. Martiqaadyadii hore waa laga noqday.
admin-requested = Codsiga { $id } ({ $kind }) wuxuu sugayaa maamule borotokool oo labaad.
admin-requested-next = Marka la ansixiyo, waxaad ku samaynaysaa bogga maamulka borotokoolka, qaybta codsiyada. Markaas hal mar ayaa la muujinayaa.
admin-error-no-such-request = Codsigan ma jiro.
admin-error-no-such-party = Hay'addan ma jirto.
admin-error-handover = Dooro sida martiqaadku u gaarayo qofka: in loo diro ama miiska adeegga.
admin-error-decision = Dooro ansixi ama diid.
admin-error-approval-role = Maamulaha borotokoolka ee { -agency(form: "short") } oo keliya ayaa go'aan ka gaara codsiyada.
admin-error-approval-own = Ma ansixin kartid mana diidi kartid codsigaaga: maamule borotokool kale ayaa taas sameeya.
admin-error-approval-decided = Codsigan horay ayaa go'aan looga gaaray, ama wakhtigiisii wuu dhacay.
admin-error-approval-not-yours = Qofka codsiga sameeyay oo keliya ayaa samayn kara.
admin-error-approval-pending = Codsigan weli wuxuu sugayaa ansixinta maamule borotokool kale.
admin-error-approval-issued = Codsigan horay ayaa loo sameeyay. Wixii markaas la muujiyay mar dambe lama muujinayo.
admin-error-approval-not-approved = Codsigan waa la diiday ama wakhtigiisii wuu dhacay. Haddii loo baahdo, samee codsi cusub.
admin-registers-link = Diiwaannada { -municipality(form: "plural-def") }
staff-error-invitee-name-required = Sheeg magaca shaqaalaha.
staff-error-invitee-name-too-long = Magacu aad buu u dheer yahay (ugu badnaan 200 xaraf).
staff-error-invitee-contact = Geli cinwaan iimayl ama lambar taleefan oo sax ah.
staff-error-disable-self = Adigu naftaada ma xannibi kartid.
admin-protocols-link = Diyaari, daabac oo joji borotokoollada
admin-client-agency-system = nidaamka la-socodka macaamiisha (qeexitaan shaqo ma leh)
admin-error-client-needs-profile = Isku xir aan lahayn qeexitaan shaqo waxaa loogu talagalay oo keliya nidaamka la-socodka macaamiisha ee { -agency(form: "short") } laftigeeda; isku xirka { -municipality } wuxuu xogta ku akhriyaa qeexitaan shaqo.

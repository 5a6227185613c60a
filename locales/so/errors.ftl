error-not-found = Ma aanan helin waxa aad raadinaysay.
error-forbidden = Xaq uma lihid inaad aragto macluumaadkan.
error-unauthenticated = Fadlan marka hore soo gal.
error-rate-limited = Codsiyo aad u badan. Fadlan wax yar kadib mar kale isku day.
error-internal = Khalad ayaa dhinaceenna ka dhacay. Fadlan mar dambe isku day.
error-unavailable = Bartu hadda ma gaari karto xogteeda. Wax lama kaydin, waxna lama beddelin. Fadlan hal daqiiqo kadib mar kale isku day.
error-too-large = Waxa aad soo dirtay aad buu u weyn yahay. Wax lama kaydin. Fadlan gaabi oo mar kale isku day.
error-headers-too-large = Biraawsarkaagu wuxuu soo diray xog ka badan inta bartu aqbasho, badanaa kukiyo (cookies) aad u badan awgood. Wax lama kaydin. Fadlan biraawsarkaaga ka tirtir kukiyada boggan, oo mar kale isku day.
error-request-timeout = Waxa aad soo dirtay aad buu u daahay inuu soo gaaro, waxaana laga yaabaa in xiriirka internetku gaabis yahay. Wax lama kaydin. Fadlan mar kale isku day.
error-bad-request = Codsigan ma dhammaystirna ama sax ma aha.
error-reference = Tixraaca xafiiska caawinta:
error-field-unknown = Goobtan ma jirto.
error-dutch-level = Dooro heer: ka hooseeya A1, A1, A2, B1, B2, C1 ama C2.
error-mo-status = Dooro xaaladda koorsada hanuuninta bulshada.
error-language-unknown = Luqaddan lama taageero.

error-forbidden-title = Ma geli kartid
error-operation-unknown = Ficilkan ma jiro.
error-role-unknown = Doorkan ma jiro.
error-party-kind-unknown = Noocan dhinac (party) ma jiro.
error-field-category-unknown = Qaybtan xogta ma jirto.
error-consent-action = Ficilkan oggolaanshaha ma jiro.
error-consent-channel = Kanaalkan ma jiro.
error-disclosure-channel = Kanaalkan ma jiro.
error-termination-kind = Habkan joojinta ma jiro.
error-version-status = Xaaladdan nuqulka ma jirto.

error-refused-title = Lama fulin
error-cross-site = Foomkan wuxuu ka yimid bog internet oo kale. Ammaankaaga awgiis lama fulin. Fur barta lafteeda oo mar kale isku day.
error-rate-limited-wait = { $seconds ->
    [one] Fadlan mar kale isku day { $seconds } ilbiriqsi kadib.
   *[other] Fadlan mar kale isku day { $seconds } ilbiriqsi kadib.
}
error-text-characters = Qoraalkan waxaa ku jira calaamado aan muuqan, tusaale ahaan markii la koobiyeeyay oo la dhejiyay. Fadlan qoraalka mar kale qor.
error-title-not-found = Lama helin
error-title-forbidden = Lama oggola
error-title-unauthenticated = Lama xaqiijin
error-title-invalid = Gelin aan sax ahayn
error-title-refused = Waa la diiday sida borotokoolku dhigayo
error-title-rate-limited = Codsiyo aad u badan
error-title-internal = Khalad gudaha ah
error-title-unavailable = Si ku meel gaar ah lama heli karo
error-title-too-large = Aad u weyn
error-title-request-timeout = Aad buu u daahay
error-token-unknown = Token-kan API lama yaqaan. Hubi in si buuxda loo koobiyeeyay.
error-token-revoked = Token-kan API waa la buriyay. Mid cusub ka codso { -agency(form: "short") }.
error-token-expired = Wakhtiga token-kan API wuu dhacay. Mid cusub ka codso { -agency(form: "short") }.
error-form-summary = Foomka lama dirin: hubi goobta ay sharraxaaddu la socoto.

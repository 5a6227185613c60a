## `portal import persons`: faylka laga soo saaray nidaamka la-socodka macaamiisha, sida
## hawl-wadeenku u akhriyo natiijada (terminal-ka iyo faylka warbixinta).

import-line = Safka
import-rows = Safaf
import-new = cusub
import-changed = la beddelay
import-unchanged = aan isbeddelin
import-refused = la diiday
import-recipients-told = qaatayaal loo sheegay sixid
import-nothing-written = Waxba lama soo gelin: marka la isticmaalo --all-or-nothing, hal saf oo la diiday ayaa joojinaya faylka oo dhan.
import-report-written = Warbixinta waxaa lagu qoray
import-more-refused = { $count ->
    [one] iyo { $count } saf kale oo la diiday (eeg faylka warbixinta)
   *[other] iyo { $count } saf kale oo la diiday (eeg faylka warbixinta)
}
import-error-required = Tiirkan waa inuu qiime leeyahay.
import-error-dossier = Ma aha lambar fayl: xarfo, tirooyin iyo - _ . / oo keliya, ugu badnaan 40 xaraf.
import-error-duplicate-dossier = Lambarkan faylka wuxuu horay ugu jiraa safka { $line } ee faylka; safkaas oo keliya ayaa la tixgelinayaa.
import-error-protocols-required = Magacaw ugu yaraan hal borotokool (magaciisa gaaban; dhowr ku kala saar ;).
import-error-protocol-unknown = Ma jiro borotokool magacan gaaban leh oo ku jira { -portal }.
import-error-ended-on = Maalin sax ah ma aha: u qor sida YYYY-MM-DD.
import-error-person-erased = Xogta qofkan waa la tirtiray ka dib muddada kaydinta; mar kale lama soo gelin karo.
import-error-encoding = Qoraalkani ma aha UTF-8. Faylka la soo saaray u kaydi sida UTF-8, kadibna mar kale soo geli.
import-error-cell-count = Safkan tirada unugyadiisu lama mid aha tirada tiirarka safka madaxa.
import-error-row-unreadable = Safkan looma akhrin karo sida CSV (hubi calaamadaha xigashada).
import-error-json = Safkan ma aha shay JSON ah.
import-error-json-keys = Safkan wuxuu leeyahay fure aan ahayn tiir ka mid ah soo gelinta (eeg portal import persons --help).
import-error-json-value = Qiimuhu waa inuu noqdaa qoraal, tiro ama, tiirka protocols, liis qoraallo ah.
import-error-file-utf16 = Faylku waa UTF-16. U kaydi sida UTF-8 (CSV UTF-8), kadibna mar kale soo geli.
import-error-file-header = Safka koowaad ee faylka ma aha saf madax oo la akhrin karo.
import-error-file-empty = Faylku wuu madhan yahay.
import-error-file-columns-unknown = Safka madaxu wuxuu sheegayaa tiirar aanay soo gelintu aqoon
import-error-file-columns-missing = Safka madaxa waxaa ka maqan tiirar
import-error-file-columns-twice = Safka madaxu wuxuu laba jeer sheegayaa tiir

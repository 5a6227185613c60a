register-title = Diiwaanka qeexitaannada shaqada
register-intro = Shaqooyinka arki kara xogta noocee ah, iyo sababta (qodobka 4 ee borotokoolka).
register-add = Ku dar qeexitaan shaqo
register-created = Qeexitaanka shaqada waa lagu daray.
register-changed = Diiwaanka waa la cusboonaysiiyay.
register-revised = Isbeddelka waxaa loo kaydiyay nuqul cusub. Qof kasta oo leh qeexitaankan hadda wuxuu u akhriyaa sida nuqulkan.
register-deactivated = Qeexitaanka shaqada waa la xannibay: qofka leh mar dambe xog ma akhrin karo.
register-reactivated = Qeexitaanka shaqada dib ayaa loo furay.
register-inactive = la xannibay
register-revision = Nuqulka { $number }, laga bilaabo { $date }
register-holders = { $count ->
    [0] Cidna ma laha qeexitaankan.
    [one] { $count } shaqaale ama nidaam ayaa leh qeexitaankan.
   *[other] { $count } shaqaale iyo nidaam ayaa leh qeexitaankan.
}
register-new-title = Qeexitaan shaqo oo cusub
register-new-intro = Qeexitaanka shaqadu wuxuu sheegaa xogta ay shaqo arki karto iyo sababta. Dooro oo keliya waxa shaqadaasi runtii u baahan tahay.
register-profile-title = Qeexitaanka shaqada
register-name = Magaca shaqada
register-purpose = Ujeeddada
register-purpose-hint = Maxay shaqadani xogta u isticmaashaa? Qofku wuxuu ujeeddadan arkaa akhris kasta.
register-fields = Xogta
register-fields-hint = Kaliya xogta ku jirta liiska qodobka 3 ee borotokoolka.
register-create = Ku dar qeexitaanka
register-save = Kaydi isbeddelka
register-change-heading = Beddel
register-change-hint = Isbeddel kastaa wuxuu abuuraa nuqul cusub. Akhrisyadii hore waxay ku xirnaanayaan nuqulkii ay ku dhaceen.
register-state-active = Furan
register-state-inactive = La xannibay
register-deactivate = Xannib
register-deactivate-hint = Qofka leh qeexitaankan markaas xog ma akhrin karo mar dambe.
register-reactivate = Dib u fur
register-reactivate-hint = Qofka leh qeexitaankan markaas wuxuu mar kale akhrin karaa waxa qeexitaanku oggol yahay.
register-history-heading = Dhammaan nuqullada
register-history-revision = Nuqulka
register-history-valid = Ansax
register-current = hadda
register-back = Ku noqo diiwaanka
profile-error-name-required = Shaqada sii magac.
profile-error-name-too-long = Magacu aad buu u dheer yahay (ugu badnaan 120 xaraf).
profile-error-name-taken = Horay ayaa u jira qeexitaan shaqo oo leh magacan.
profile-error-purpose-required = Sharax ujeeddada.
profile-error-purpose-too-long = Ujeeddadu aad bay u dheer tahay (ugu badnaan 300 xaraf).
profile-error-fields-required = Dooro ugu yaraan hal goob.
profile-error-field-unknown = Goobtani kuma jirto liiska borotokoolka.

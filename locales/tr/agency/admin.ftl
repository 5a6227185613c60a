admin-title = Protokol yönetimi
admin-invitations-heading = Davetler
admin-invitation-for = Kime
admin-invitation-person = Uyum programı katılımcısı
admin-created = Oluşturulma
admin-expires = Geçerlilik sonu
admin-status = Durum
admin-invitation-status-open = Açık
admin-invitation-status-redeemed = Kullanıldı
admin-invitation-status-revoked = İptal edildi
admin-invitation-status-expired = Süresi doldu
admin-clients-heading = API bağlantıları
admin-client-name = Ad
admin-client-for = Taraf ve görev profili
admin-client-active = Etkin
admin-client-revoked = İptal edildi

staff-error-role-not-for-party = Bu rol bu tür bir kuruluşa ait değil.
staff-error-separation-of-duties = Yalnızca görev profili olan çalışanlar veri okuyabilir; yöneticiler okuyamaz (görevler ayrılığı).
staff-error-profile-not-of-party = Bu görev profili sizin kuruluşunuza ait değil.
admin-error-client-name = Bağlantıya en fazla 120 karakterlik bir ad verin.
admin-error-no-such-person = Bu dosya numarasına sahip bir uyum programı katılımcısı yok.
admin-working = Bir dakika…
admin-issued-link = Davet bağlantısı
admin-issued-code = Yazılacak kod
admin-issued-token = API belirteci (token)
admin-shown-once = Bu yalnızca bir kez gösterilir. Şimdi iletin; biz saklamıyoruz.
admin-dossier-ref = Dosya numarası
admin-party = Kuruluş
admin-role = Rol
admin-profile = Görev profili
admin-no-profile = Yok (yalnızca görev profili olan çalışanlar için)
admin-invite-person-heading = Bir uyum programı katılımcısını davet et
admin-invite-staff-heading = Bir çalışanı davet et
admin-invite-submit = Davet oluştur
admin-revoke = İptal et
admin-revoked = İptal edildi.
admin-issued-title = Oluşturuldu
admin-issued-valid-until = Geçerlilik sonu: { $when }.
admin-issued-nothing = Burada gösterilecek bir şey yok: oluşturduğunuz şey yalnızca bir kez gösterilir.
admin-back = Protokol yönetimine geri dön
admin-client-expires-days = Geçerlilik süresi (gün; boş = süresiz)
admin-error-expiry = 1 ile 3650 arasında bir gün sayısı girin veya alanı boş bırakın.

admin-assisted-consent-link = Kâğıt üzerinde verilmiş bir onayı kaydet

admin-handover-legend = Bu kişinin zaten bir hesabı varsa (hesap kurtarma)
admin-handover-hint = İlk davet (henüz geçiş anahtarı yok) bir sonraki adımda size gösterilir; gişede vermek veya mektupla göndermek için. Var olan bir hesabı açan bir davet hiçbir zaman yalnızca size gösterilmez.
admin-handover-delivered = Dosyadaki iletişim bilgilerine gönder (e-posta; yoksa SMS; o da yoksa mektup)
admin-handover-in-person = Gişede elden ver: önce ikinci bir protokol yöneticisi onaylar
admin-four-eyes-hint = Bunu önce ikinci bir protokol yöneticisi onaylar; ardından burada, bir kez oluşturursunuz.
admin-request-submit = Onay iste
admin-requests-heading = İkinci bir protokol yöneticisinin onayını bekleyen talepler
admin-requests-intro = Yalnızca kendiniz kontrol edebildiğiniz şeyleri onaylayın. Talebi yapan kişi, talebi kendisi onaylayamaz.
admin-requests-empty = Talep yok.
admin-request-what = Ne
admin-request-by = Talep eden
admin-request-action = İşlem
admin-approval-kind-staff-invitation = Çalışan daveti
admin-approval-kind-api-client = API istemcisi
admin-approval-kind-person-recovery = Gişede hesap kurtarma
admin-approval-client-days = { $days ->
    [one] 1 gün geçerli
   *[other] { $days } gün geçerli
}
admin-approval-client-no-expiry = süresiz
admin-approval-status-pending = Onay bekliyor
admin-approval-status-approved = Onaylandı
admin-approval-status-refused = Reddedildi
admin-approval-status-issued = Oluşturuldu
admin-approval-status-lapsed = Süresi doldu
admin-approval-decided-by = Karar veren: { $name }
admin-approval-yours = Sizin talebiniz: başka bir protokol yöneticisi karar verir.
admin-approve = Onayla
admin-refuse = Reddet
admin-issue-now = Şimdi oluştur
admin-approved-done = Onaylandı. Talep eden kişi artık oluşturabilir.
admin-refused-done = Reddedildi.
admin-delivered = { $channel ->
    [email] Hesap kurtarma daveti e-postayla şu adrese gönderilecek: { $to }.
    [sms] Hesap kurtarma daveti SMS ile şu numaraya gönderilecek: { $to }.
   *[letter] Hesap kurtarma daveti mektupla şu adrese gönderilecek: { $to }.
}
admin-delivered-not-shown = Bu kişinin zaten bir hesabı var. Bağlantı ve kod yalnızca kişiye gider; siz bunları görmezsiniz.
admin-delivered-told = Kişi ayrıca portalda ve dosyadaki diğer tüm kanallardan bilgilendirilir. Eski davetler iptal edildi.
admin-requested = { $id } numaralı talep ({ $kind }) ikinci bir protokol yöneticisini bekliyor.
admin-requested-next = Onaylandıktan sonra, protokol yönetimi sayfasında, talepler bölümünde oluşturursunuz. O zaman bir kez gösterilir.
admin-error-no-such-request = Böyle bir talep yok.
admin-error-no-such-party = Böyle bir kuruluş yok.
admin-error-handover = Davetin kişiye nasıl ulaşacağını seçin: gönderim veya gişede teslim.
admin-error-decision = Onayla veya reddet seçeneklerinden birini seçin.
admin-error-approval-role = Talepler hakkında yalnızca { -agency(form: "short-gen") } bir protokol yöneticisi karar verir.
admin-error-approval-own = Kendi talebinizi onaylayamaz veya reddedemezsiniz: bunu başka bir protokol yöneticisi yapar.
admin-error-approval-decided = Bu talep hakkında zaten karar verildi veya talebin süresi doldu.
admin-error-approval-not-yours = Talebi yalnızca talebi yapan kişi oluşturabilir.
admin-error-approval-pending = Bu talep hâlâ başka bir protokol yöneticisinin onayını bekliyor.
admin-error-approval-issued = Bu talep zaten oluşturuldu. O sırada gösterilen bilgi tekrar gösterilmez.
admin-error-approval-not-approved = Bu talep reddedildi veya süresi doldu. Gerekirse yeni bir talepte bulunun.
admin-registers-link = { -municipality(form: "title") } sicilleri
staff-error-invitee-name-required = Çalışanın adını girin.
staff-error-invitee-name-too-long = Ad çok uzun (en fazla 200 karakter).
staff-error-invitee-contact = Geçerli bir e-posta adresi veya telefon numarası girin.
staff-error-disable-self = Kendinizi devre dışı bırakamazsınız.
admin-protocols-link = Protokolleri hazırla, yayımla ve sona erdir
admin-client-agency-system = danışan takip sistemi (görev profili yok)
admin-error-client-needs-profile = Görev profili olmayan bir bağlantı yalnızca { -agency(form: "short-gen") } kendi danışan takip sistemi içindir; bir { -municipality(form: "gen") } bağlantısı verileri görev profiliyle okur.

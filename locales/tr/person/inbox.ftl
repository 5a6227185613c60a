## The inbox.

inbox-title = Mesajlar
inbox-empty = Hiç mesajınız yok.
inbox-new = Yeni
inbox-unread = { $count ->
    [0] Yeni mesaj yok.
    [one] { $count } yeni mesaj.
   *[other] { $count } yeni mesaj.
}
inbox-mark-read = Tümünü okundu olarak işaretle
inbox-marked-read = Tüm mesajlar okundu olarak işaretlendi.
notification-unknown = Portaldan bir mesaj.
notification-consent-give = Verilerin { $recipient } ile paylaşılmasına onay verdiniz.
notification-consent-change = { $recipient } için onayınızı değiştirdiniz.
notification-consent-withdraw = { $recipient } için onayınızı geri çektiniz. Artık hiçbir şey paylaşılmıyor.
notification-correction-filed = Düzeltme talebiniz alındı ({ $field }). En geç { $due } tarihine kadar yanıt alacaksınız.
notification-correction-accepted = Düzeltme talebiniz kabul edildi ({ $field }).
notification-correction-rejected = Düzeltme talebiniz reddedildi ({ $field }). Gerekçeyi taleplerinizin yanında görebilirsiniz.
notification-correction-recipient-told = Aldığınız bir bilgi düzeltildi: { $field }.
notification-correction-acknowledged = { -agency(form: "short") }, düzeltme talebinizi işliyor ({ $field }).
notification-correction-information-requested = { -agency(form: "short-gen") }, düzeltme talebinizle ({ $field }) ilgili bir sorusu var. Lütfen talebinizin sayfasında yanıt verin.
notification-correction-extended = Düzeltme talebinizin ({ $field }) süresi { $due } tarihine kadar uzatıldı. Nedenini talebinizin sayfasında okuyabilirsiniz.
notification-correction-due-soon = Bir düzeltme talebi ({ $field }) hakkında en geç { $due } tarihine kadar karar verilmelidir.
notification-protocol-ending = { $recipient } ile yapılan protokolün feshi bildirildi. Son gün: { $until }. Bu tarihten sonra verileriniz artık paylaşılmaz.
notification-protocol-ended = { $recipient } ile yapılan protokol artık yürürlükte değil. Verileriniz artık paylaşılmıyor. Geçmiş kayıtlarınız saklanıyor.
notification-consent-carried-over = { $recipient } ile yapılan protokolün yeni bir sürümü var. Bu sürüm öncekinden fazlasını istemiyor: seçiminiz geçerli olmaya devam ediyor.
notification-consent-review-asked = { $recipient } ile yapılan protokolün yeni bir sürümü var. Bu sürüm öncekinden daha fazlasını istiyor. Lütfen seçiminizi kontrol edin: onayınız yeni olan kısımları henüz kapsamıyor.
notification-breach-notice = { $recipient }, { $detected } tarihinde bir güvenlik sorunu buldu. Bu sorun, şu verilerinizi etkileyebilir: { $fields }. Önlemler alındı. Sorularınız mı var? { -agency(form: "short-gen") } gizlilik sorumlusuyla iletişime geçin: { $contact }.
notification-erasure-requested = { $count ->
    [one] { -agency(form: "short") }, { $count } kişinin verilerinin silindiğini teyit etmenizi istiyor.
   *[other] { -agency(form: "short") }, { $count } kişinin verilerinin silindiğini teyit etmenizi istiyor.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality }, { $count } silme işlemini zamanında teyit etmedi.
   *[other] { $municipality }, { $count } silme işlemini zamanında teyit etmedi.
}

breach-title = Veri ihlalleri
breach-intro = Protokol kapsamındaki verileri etkileyen bir veri ihlalini { -municipality } hemen { -agency(form: "short-dat") } bildirir, en geç ihlalin tespitinden 48 saat sonra (madde 6).
breach-new = Veri ihlali bildir
breach-new-title = Veri ihlali bildir
breach-rule = İhlalin tespitinden sonra { $hours } saat içinde bildirin. Daha geç yapılan bildirim gecikmiş olarak işaretlenir.
breach-detected-at = Tespit zamanı
breach-detected-at-hint = Tarih ve saat, Belçika saatiyle.
breach-description = Ne oldu?
breach-categories = Etkilenen veriler
breach-categories-hint = Hangi tür veriler etkilendi?
breach-persons = İlgili kişiler
breach-persons-hint = Biliyorsanız, pilot projede etkilenen kişileri seçin.
breach-measures = Alınan önlemler
breach-submit = Bildirimi gönder
breach-reported = Bildirim { -agency(form: "short-dat") } gönderildi.
breach-clock-deadline = { -agency(form: "short-dat") } en geç bildirim zamanı
breach-clock-left = Kalan süre
breach-clock-hours = sa
breach-clock-minutes = dk
breach-clock-overdue = 48 saatlik süre geçti: yine de hemen bildirin.
breach-deadline = Son bildirim zamanı
breach-reported-at = Bildirim zamanı
breach-late = gecikmiş
breach-in-time = zamanında
breach-by-system = { -municipality(form: "gen") } sistemi
breach-municipality = { -municipality(form: "title") }
breach-history = { -agency(form: "short-gen") } takibi
breach-step-acknowledged = { -agency(form: "short-gen") } veri koruma görevlisi tarafından teyit edildi
breach-step-persons-notified = İlgili kişiler bilgilendirildi
breach-persons-told = { $count ->
    [one] { $count } kişi bilgilendirildi
   *[other] { $count } kişi bilgilendirildi
}
breach-acknowledge = Bildirimi teyit et
breach-notify = { $count ->
    [one] Etkilenen kişiyi bilgilendir
   *[other] Etkilenen { $count } kişiyi bilgilendir
}
breach-notify-hint = Olayın kişilerin hakları için yüksek bir risk doğurması muhtemelse bunu yapın (GDPR md. 34). Her kişi kendi dilinde bir mesaj alır; bildirimi yapanın açıklaması bu mesajda yer almaz.

protocol-error-title = Protokol
protocol-facts-heading = Kısaca
protocol-discloser = Verileri veren
protocol-recipient = Verileri alan
protocol-fields = Veriler
protocol-retention = Ne kadar süre saklanır (saklama süresi)
protocol-retention-years = { $years ->
    [one] en fazla { $years } yıl
   *[other] en fazla { $years } yıl
}
protocol-notice-period = Sona erdirmek için ne kadar önce haber verilir (fesih bildirim süresi)
protocol-notice-months = { $months ->
    [one] { $months } ay
   *[other] { $months } ay
}
protocol-signed-on = İmza tarihi
protocol-dpo-advice = Gizlilik sorumlularının görüşü (veri koruma görevlileri)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = Buna neden izin veriliyor (hukuki dayanak)
protocol-versions-heading = Sürümler
protocol-version-label = Sürüm { $number }
protocol-text-heading = Tam metin
protocol-translation-missing = Bu metin sizin dilinizde yok. Hollandaca metni okuyorsunuz.
protocol-filter-label = Metinde ara
protocol-filter-status = { $total } bölümden { $shown } bölüm gösteriliyor
protocol-period-bounded = { $from } – { $until } (son gün dâhil)
protocol-period-open = Başlangıç: { $from }

protocol-state-draft = Taslak
protocol-state-scheduled = Henüz yürürlükte değil
protocol-state-in-force = Yürürlükte
protocol-state-terminated = Sona erdirildi
protocol-state-expired = Süresi doldu

protocol-error-dutch-text-required = Bir protokol sürümünün her zaman Hollandaca bir metni olmalıdır.
protocol-state-notice-given = Fesih bildirildi
protocol-ends-on = Bu protokolün feshi bildirildi. Son gün: { $day }.

## Who received my data.

disclosures-title = Verilerimi kim aldı?
disclosures-intro = Bir { -municipality } veya ortak kuruluş verilerinizi her istediğinde, bu burada kaydedilir.
disclosures-overview-heading = Alıcılara göre özet
disclosures-none = Henüz kimse verilerinizi almadı.
disclosures-partner-of = { $partner } ({ $municipality } ortağı)
disclosures-field = Bilgi
disclosures-count = Kaç kez
disclosures-last = Son kez
disclosures-times = { $count ->
    [one] { $count } kez
   *[other] { $count } kez
}
disclosures-timeline-heading = Tüm kayıtlar, en yenisi en üstte
disclosures-filter-party = Alıcı
disclosures-filter-field = Bilgi
disclosures-filter-all = Tümü
disclosures-filter-from = Başlangıç tarihi
disclosures-filter-to = Bitiş tarihi (dâhil)
disclosures-filter-apply = Göster
disclosures-found = { $count ->
    [0] Hiçbir şey bulunamadı.
    [one] { $count } sonuç bulundu.
   *[other] { $count } sonuç bulundu.
}
disclosures-fields = Veriler: { $fields }
disclosures-channel-ui = Bir çalışan tarafından görüntülendi
disclosures-channel-api = Bir bilgisayar sistemi tarafından istendi
disclosures-channel-onward = Bir ortak kuruluşa aktarıldı
disclosures-channel-export = Bir dışa aktarma dosyasında
disclosures-purpose = Amaç:
disclosures-consent = { $when } tarihli onayınıza dayanarak: { $scopes }.
disclosures-previous = Önceki
disclosures-next = Sonraki
disclosures-pages = Sayfalar
disclosures-page-of = Sayfa { $page } / { $pages }
disclosures-error-date = Tarihi yyyy-aa-gg şeklinde yazın, örneğin 2026-03-01.
disclosures-error-period = Başlangıç tarihi, bitiş tarihinden önce olmalıdır.

error-not-found = Aradığınızı bulamadık.
error-forbidden = Bu bilgilere erişim izniniz yok.
error-unauthenticated = Lütfen önce giriş yapın.
error-rate-limited = Çok fazla istek geldi. Lütfen biraz sonra tekrar deneyin.
error-internal = Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.
error-unavailable = Portal şu anda verilerine ulaşamıyor. Hiçbir şey kaydedilmedi veya değiştirilmedi. Lütfen bir dakika sonra tekrar deneyin.
error-too-large = Gönderdiğiniz içerik çok büyük. Hiçbir şey kaydedilmedi. Lütfen kısaltın ve tekrar deneyin.
error-headers-too-large = Tarayıcınız portalın kabul ettiğinden daha fazla bilgi gönderdi, çoğu zaman çok fazla çerez nedeniyle. Hiçbir şey kaydedilmedi. Lütfen tarayıcınızda bu web sitesinin çerezlerini silin ve tekrar deneyin.
error-request-timeout = Gönderdiğiniz içeriğin ulaşması çok uzun sürdü, belki bağlantı yavaş olduğu için. Hiçbir şey kaydedilmedi. Lütfen tekrar deneyin.
error-bad-request = Bu istek eksik veya geçersiz.
error-reference = Yardım masası için referans:
error-field-unknown = Böyle bir alan yok.
error-dutch-level = Bir seviye seçin: A1 altı, A1, A2, B1, B2, C1 veya C2.
error-mo-status = Toplumsal Oryantasyon kursu için bir durum seçin.
error-language-unknown = Bu dil desteklenmiyor.

error-forbidden-title = Erişim yok
error-operation-unknown = Böyle bir işlem yok.
error-role-unknown = Böyle bir rol yok.
error-party-kind-unknown = Böyle bir taraf türü yok.
error-field-category-unknown = Böyle bir veri kategorisi yok.
error-consent-action = Böyle bir onay işlemi yok.
error-consent-channel = Böyle bir kanal yok.
error-disclosure-channel = Böyle bir kanal yok.
error-termination-kind = Böyle bir sona erdirme şekli yok.
error-version-status = Böyle bir sürüm durumu yok.

error-refused-title = İşlem yapılmadı
error-cross-site = Bu form başka bir web sitesinden geldi. Güvenliğiniz için işlemi yapmadık. Portalın kendisini açın ve tekrar deneyin.
error-rate-limited-wait = { $seconds ->
    [one] Lütfen { $seconds } saniye sonra tekrar deneyin.
   *[other] Lütfen { $seconds } saniye sonra tekrar deneyin.
}
error-text-characters = Bu metinde görünmeyen karakterler var, örneğin kopyalayıp yapıştırdığınız için. Lütfen metni yeniden yazın.
error-title-not-found = Bulunamadı
error-title-forbidden = İzin verilmiyor
error-title-unauthenticated = Giriş yapılmadı
error-title-invalid = Geçersiz bilgi
error-title-refused = Protokol gereği reddedildi
error-title-rate-limited = Çok fazla istek
error-title-internal = Sistem hatası
error-title-unavailable = Geçici olarak kullanılamıyor
error-title-too-large = Çok büyük
error-title-request-timeout = Çok uzun sürdü
error-token-unknown = Bu API belirteci (token) tanınmıyor. Belirtecin tamamının kopyalandığını kontrol edin.
error-token-revoked = Bu API belirteci iptal edildi. { -agency(form: "short-abl") } yeni bir belirteç isteyin.
error-token-expired = Bu API belirtecinin süresi doldu. { -agency(form: "short-abl") } yeni bir belirteç isteyin.
error-form-summary = Form gönderilmedi: açıklaması olan alanı kontrol edin.

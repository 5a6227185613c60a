register-title = Görev profilleri sicili
register-intro = Hangi görevlerin hangi verileri görebileceği ve neden (protokolün 4. maddesi).
register-add = Görev profili ekle
register-created = Görev profili eklendi.
register-changed = Sicil güncellendi.
register-revised = Değişiklik yeni bir sürüm olarak kaydedildi. Bu profile sahip olanlar artık bu sürüme göre okur.
register-deactivated = Görev profili devre dışı bırakıldı: bu profile sahip olanlar artık hiçbir veri okuyamaz.
register-reactivated = Görev profili yeniden etkinleştirildi.
register-inactive = devre dışı
register-revision = Sürüm { $number }, { $date } tarihli
register-holders = { $count ->
    [0] Bu profile sahip kimse yok.
    [one] { $count } çalışan veya sistem bu profile sahip.
   *[other] { $count } çalışan ve sistem bu profile sahip.
}
register-new-title = Yeni görev profili
register-new-intro = Bir görev profili, bir görevin hangi verileri neden görebileceğini belirtir. Yalnızca o görevin gerçekten ihtiyaç duyduğu verileri seçin.
register-profile-title = Görev profili
register-name = Görevin adı
register-purpose = Amaç
register-purpose-hint = Bu görev verileri ne için kullanıyor? Kişi bu amacı her okumada görür.
register-fields = Veriler
register-fields-hint = Yalnızca protokolün 3. maddesindeki listede yer alan veriler.
register-create = Profil ekle
register-save = Değişikliği kaydet
register-change-heading = Değiştir
register-change-hint = Bir değişiklik yeni bir sürüm oluşturur. Önceki okumalar, yapıldıkları sürüme bağlı kalır.
register-state-active = Etkin
register-state-inactive = Devre dışı
register-deactivate = Devre dışı bırak
register-deactivate-hint = Bu profile sahip olanlar bundan sonra hiçbir veri okuyamaz.
register-reactivate = Yeniden etkinleştir
register-reactivate-hint = Bu profile sahip olanlar, profilin izin verdiği verileri yeniden okuyabilir.
register-history-heading = Tüm sürümler
register-history-revision = Sürüm
register-history-valid = Geçerlilik
register-current = şu an
register-back = Sicile geri dön
profile-error-name-required = Göreve bir ad verin.
profile-error-name-too-long = Ad çok uzun (en fazla 120 karakter).
profile-error-name-taken = Bu ada sahip bir görev profili zaten var.
profile-error-purpose-required = Amacı açıklayın.
profile-error-purpose-too-long = Amaç çok uzun (en fazla 300 karakter).
profile-error-fields-required = En az bir alan seçin.
profile-error-field-unknown = Bu alan protokolün listesinde yok.

account-title = Hesap ve erişim
account-passkeys-heading = Geçiş anahtarlarınız
account-passkey-added = Eklenme tarihi: { $when }
account-passkey-last-used = son kullanım: { $when }
account-passkey-never-used = henüz kullanılmadı
account-passkey-remove = Kaldır
account-passkey-remove-label = Geçiş anahtarını kaldır: { $name }
account-passkey-removed = Geçiş anahtarı kaldırıldı.
account-passkey-last-one = Bu, tek geçiş anahtarınız. Bunu kaldırmadan önce başka bir geçiş anahtarı ekleyin.
account-passkey-add-heading = Geçiş anahtarı ekleyin
account-passkey-add-button = Onayla ve ekle
account-sessions-heading = Giriş yaptığınız yerler
account-session-since = Giriş: { $when }
account-session-current = Bu cihaz
account-session-end = Bu cihazda çıkış yap
account-session-ended = Orada oturumunuz kapatıldı.
account-session-unknown-device = Bilinmeyen cihaz

notification-passkey-added = Hesabınıza bir geçiş anahtarı eklendi: { $name }.
notification-passkey-removed = Hesabınızdan bir geçiş anahtarı kaldırıldı: { $name }.
account-notices-heading = Hesabınızdaki değişiklikler
account-recovered = Bir hesap kurtarma davetini kullandınız. Aşağıda hesabınızın bütün geçiş anahtarlarını görüyorsunuz. Tanımadığınız bir anahtar var mı? O zaman onu kaldırın. Tanımadığınız cihazlarda da oturumu kapatın.
notification-recovery-issued = { $via ->
    [email] Hesabınız için e-postayla bir kurtarma daveti gönderildi.
    [sms] Hesabınız için SMS ile bir kurtarma daveti gönderildi.
    [letter] Hesabınız için mektupla bir kurtarma daveti gönderildi.
   *[in_person] Hesabınız için gişede elden bir kurtarma daveti verildi.
} Bunu siz istemediniz mi? Hemen { -agency(form: "short") } ile iletişime geçin.

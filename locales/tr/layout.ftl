# The frame of every page.
layout-skip-to-content = İçeriğe geç
layout-language-nav = Dil
layout-footer-operator = { -portal } – { -agency } (Agentschap Integratie en Inburgering)
layout-footer-protocols = Yayımlanmış protokoller

not-found-title = Sayfa bulunamadı
not-found-body = Bu sayfa yok veya artık yok. Lütfen adresi kontrol edin.
not-found-home-link = Ana sayfaya git

layout-account-nav = Hesabınız
layout-start-page = Ana sayfa
layout-account = Hesap ve erişim
layout-sign-in = Giriş yap
layout-sign-out = Çıkış yap
layout-idle-warning = Bir süredir işlem yapmadınız. Verilerinizi korumak için 5 dakika sonra oturumunuz kapatılacak.
layout-idle-stay = Oturumu açık tut
layout-footer-accessibility = Erişilebilirlik beyanı
layout-translation-unreviewed = Bu çeviri henüz kontrol edilmedi. Bağlayıcı olan Hollandaca metindir.
layout-translation-dutch-link = Bu sayfayı Hollandaca okuyun
layout-untranslated = Henüz çevrilmedi. Bu, Hollandaca metindir.

## /accessibility: the accessibility statement (toegankelijkheidsverklaring).

a11y-title = Erişilebilirlik beyanı
a11y-intro = { -agency } (Agentschap Integratie en Inburgering), bu portalı herkesin kullanabilmesini istiyor. Ekran okuyucu, yalnızca klavye veya büyük yazı kullananlar da kullanabilmeli. Flaman hükümetinin 7 Aralık 2018 tarihli bir kararnamesi (decreet) bunu istiyor.
a11y-status-heading = Portal ne kadar erişilebilir?
a11y-status = Portal, erişilebilir web siteleri için kuralları kısmen karşılıyor (WCAG 2.1, AA düzeyi). Henüz erişilebilir olmayan kısımları aşağıda bulabilirsiniz.
a11y-limits-heading = Henüz erişilebilir olmayan kısımlar
a11y-limit-languages = Bir { -municipality(form: "gen") } kendi yazdığı metinler, örneğin bir görev profilinin amacı, bazen yalnızca Hollandacadır. Bu durumda sayfada bu belirtilir.
a11y-limit-translations = Çeviriler henüz bir çevirmen tarafından kontrol edilmedi. Bağlayıcı olan Hollandaca metindir.
a11y-limit-passkeys = Giriş yapmak için bir geçiş anahtarı (passkey) kullanırsınız. Bazı eski cihazlar veya eski tarayıcılar bunu yapamaz. Çalışmazsa { -agency } size yardım eder.
a11y-limit-documents = Bir protokolün tam metni hukuki bir metindir. Her protokol sayfasının başında kısa bir özet vardır.
a11y-method-heading = Bunu nasıl kontrol ettik
a11y-method = Bu beyanı { $day } tarihinde, kendi kontrolümüzden sonra yazdık. Her değişiklikte her sayfayı otomatik olarak test ediyoruz (axe-core ile, WCAG 2.1 A ve AA'ya göre). Testi telefon boyutunda bir ekranda yapıyoruz.
a11y-contact-heading = Bir sorun bildirin
a11y-contact = Bu portalda kullanamadığınız bir şey mi var? Bize bildirin. Beş iş günü içinde yanıt veririz. Bu arada size başka bir yolla yardım ederiz.
a11y-complaint-heading = Yanıtımızdan memnun değil misiniz?
a11y-complaint = O zaman Flaman Ombudsmanlığına (Vlaamse Ombudsdienst) şikâyette bulunabilirsiniz.

## /accessibility: the accessibility statement (toegankelijkheidsverklaring).

a11y-title = Erişilebilirlik beyanı
a11y-intro = { -agency } (Agentschap Integratie en Inburgering), bu portalı herkesin kullanabilmesini istiyor: ekran okuyucuyla, yalnızca klavyeyle veya büyük yazıyla da. Kamu kurumlarının web sitelerinin erişilebilirliği hakkındaki 7 Aralık 2018 tarihli Flaman kararnamesi (decreet) bunu istiyor.
a11y-status-heading = Portal ne kadar erişilebilir?
a11y-status = Portal, WCAG 2.1 AA düzeyine (EN 301 549) kısmen uygundur. Henüz erişilebilir olmayan kısımları aşağıda bulabilirsiniz.
a11y-limits-heading = Henüz erişilebilir olmayan kısımlar
a11y-limit-languages = Bir belediyenin kendi yazdığı metinler, örneğin bir görev profilinin amacı, bazen yalnızca Hollandacadır. Bu durumda sayfada bu belirtilir.
a11y-limit-translations = Çeviriler henüz bir çevirmen tarafından kontrol edilmedi. Bağlayıcı olan Hollandaca metindir.
a11y-limit-passkeys = Giriş yapmak için bir geçiş anahtarı (passkey) kullanırsınız. Bazı eski cihazlar veya eski tarayıcılar bunu yapamaz. Çalışmazsa { -agency } size yardım eder.
a11y-limit-documents = Bir protokolün tam metni hukuki bir metindir. Her protokol sayfasının başında kısa bir özet vardır.
a11y-method-heading = Bunu nasıl kontrol ettik
a11y-method = Bu beyan, kendi değerlendirmemizden sonra { $day } tarihinde hazırlandı. Her değişiklikte her sayfa, telefon boyutunda bir ekranda axe-core ile (WCAG 2.1 A ve AA) otomatik olarak test edilir.
a11y-contact-heading = Bir sorun bildirin
a11y-contact = Bu portalda kullanamadığınız bir şey mi var? Bize bildirin. Beş iş günü içinde yanıt veririz. Bu arada size başka bir yolla yardım ederiz.
a11y-complaint-heading = Yanıtımızdan memnun değil misiniz?
a11y-complaint = O zaman Flaman Ombudsmanlığına (Vlaamse Ombudsdienst) şikâyette bulunabilirsiniz.

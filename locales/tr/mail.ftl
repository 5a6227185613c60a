## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = { -portal }: yeni mesaj
mail-greeting = Sayın { $name },
mail-new-message = { -portal } üzerinde sizin için yeni bir mesaj var.
mail-read-it = Okumak için giriş yapın:
mail-invitation-subject = { -portal } için davetiniz
mail-invitation-intro = Bu bağlantıyla hesabınıza yeniden erişebilirsiniz. Bağlantı yalnızca bir kez çalışır ve kısa bir süre sonra geçersiz olur.
mail-invitation-code = Veya bu kodu aşağıdaki sayfaya yazın:
mail-invitation-not-you = Bunu siz istemediniz mi? O zaman bağlantıyı kullanmayın ve { -agency } ile iletişime geçin.
mail-footer = Bu mesaj otomatik olarak gönderildi. Bu adrese yanıt verirseniz yanıtınız okunmaz.

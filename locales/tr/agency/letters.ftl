## Toplu davet mektupları: protokol yöneticisinin formu, ekrandaki not ve mektubun kendisi
## (kişinin iletişim dilinde, ardından Hollandaca).

letters-form-heading = Davet mektupları
letters-form-intro = Her kişi için kendi dilinde ve Hollandaca bir mektup yazdırın. Mektupta bir QR kodu ve elle yazılacak bir kod bulunur. Her mektup yeni bir davettir: eski davetler artık çalışmaz.
letters-form-not-yet-invited = Henüz davet almamış herkes (örneğin yeni içe aktarılanlar)
letters-form-dossiers = Veya şu dosya numaraları
letters-form-dossiers-hint = Her satıra bir numara. En fazla 500.
letters-form-submit = Mektupları oluştur
letters-error-none = Mektup yazılacak kimse yok: davet bekleyen kimse yok veya liste boş.
letters-error-too-many = Bu, 500'den fazla mektup demek. Mektupları daha küçük gruplar halinde oluşturun.
letters-error-unknown-dossier = Bu dosya numaralarından biri { -portal } üzerinde kayıtlı değil. Listeyi kontrol edin.
letters-error-left-the-pilot = Bu kişilerden biri pilot projeden ayrıldı (uyum programı sona erdi). Bu kişiye davet gönderilmez.
letters-document-title = Davet mektupları
letters-screen-note = { $count ->
    [one] { $count } mektup, her mektup için bir sayfa. Tarayıcınızla A4 kâğıda yazdırın. Bu davetler az önce oluşturuldu: aynı kişiler için yeniden mektup oluşturursanız bunlar artık çalışmaz.
   *[other] { $count } mektup, her mektup için bir sayfa. Tarayıcınızla A4 kâğıda yazdırın. Bu davetler az önce oluşturuldu: aynı kişiler için yeniden mektup oluşturursanız bunlar artık çalışmaz.
}
letters-delivered-instead = Bu kişilerin zaten bir hesabı var. Bu baskıdan mektup almazlar: kurtarma davetleri kendi iletişim bilgilerine gönderilir.
letters-heading = { -portal } için davetiniz
letters-recovery-heading = { -portal } üzerindeki hesabınıza yeni bir giriş yolu
letters-greeting = Sayın { $name },
letters-what = { -portal } üzerinde, { -agency(form: "short-gen") } hangi verilerinizi { -municipality(form: "your") } ile paylaşabileceğini siz seçersiniz. Verilerinizi kimin aldığını görürsünüz ve düzeltilmelerini isteyebilirsiniz.
letters-protocols = Bu mektup şunlarla ilgilidir:
letters-recovery-warning = Zaten bir hesabınız var. Geçiş anahtarınızı kaybettiyseniz (örneğin yeni bir telefonunuz varsa) bu mektupla yeniden giriş yapabilirsiniz. Bunu siz istemediniz mi? Bizimle iletişime geçin. Bu mektubu kimseye göstermeyin.
letters-qr-label = Davetinizin QR kodu
letters-how-scan = QR kodunu telefonunuzun kamerasıyla okutun.
letters-how-type = Veya bu adrese gidin ve kodu yazın:
letters-code = Kod
letters-valid-until = Bu daveti { $date } tarihine kadar bir kez kullanabilirsiniz.
letters-help = Yardıma mı ihtiyacınız var? Bu mektubu { -agency(form: "short-loc") } sizinle ilgilenen danışmanınıza getirin.
letters-dossier = Dosya numaranız

## `portal import persons`: danışan takip sisteminden alınan dışa aktarım; operatörün sonucu
## okuduğu biçimiyle (terminalde ve rapor dosyasında).

import-line = Satır
import-rows = Satırlar
import-new = yeni
import-changed = değişen
import-unchanged = değişmeyen
import-refused = reddedilen
import-recipients-told = bir düzeltmeden haberdar edilen alıcılar
import-nothing-written = Hiçbir şey içe aktarılmadı: --all-or-nothing ile reddedilen tek bir satır tüm dosyayı durdurur.
import-report-written = Rapor şuraya yazıldı
import-more-refused = { $count ->
    [one] ve reddedilen { $count } satır daha (rapor dosyasına bakın)
   *[other] ve reddedilen { $count } satır daha (rapor dosyasına bakın)
}
import-error-required = Bu sütunda bir değer olmalıdır.
import-error-dossier = Geçerli bir dosya numarası değil: yalnızca harfler, rakamlar ve - _ . / kullanılabilir, en fazla 40 karakter.
import-error-duplicate-dossier = Bu dosya numarası dosyanın { $line }. satırında zaten var; yalnızca o satır geçerlidir.
import-error-protocols-required = En az bir protokol belirtin (kısa adıyla; birden fazlasını ; ile ayırın).
import-error-protocol-unknown = { -portal } üzerinde bu kısa ada sahip bir protokol yok.
import-error-ended-on = Geçerli bir gün değil: YYYY-AA-GG şeklinde yazın.
import-error-person-erased = Bu kişinin verileri saklama süresinden sonra silindi; yeniden içe aktarılamaz.
import-error-encoding = Bu metin UTF-8 değil. Dışa aktarımı UTF-8 olarak kaydedip yeniden içe aktarın.
import-error-cell-count = Bu satırdaki hücre sayısı, başlık satırındaki sütun sayısıyla aynı değil.
import-error-row-unreadable = Bu satır CSV olarak okunamıyor (tırnak işaretlerini kontrol edin).
import-error-json = Bu satır bir JSON nesnesi değil.
import-error-json-keys = Bu satırda, içe aktarmanın sütunlarından biri olmayan bir anahtar var (bkz. portal import persons --help).
import-error-json-value = Bir değer metin, sayı ya da (protocols sütunu için) metin listesi olmalıdır.
import-error-file-utf16 = Dosya UTF-16 biçiminde. Dosyayı UTF-8 olarak (CSV UTF-8) kaydedip yeniden içe aktarın.
import-error-file-header = Dosyanın ilk satırı okunabilir bir başlık satırı değil.
import-error-file-empty = Dosya boş.
import-error-file-columns-unknown = Başlık satırında içe aktarmanın tanımadığı sütunlar var
import-error-file-columns-missing = Başlık satırında eksik sütunlar var
import-error-file-columns-twice = Başlık satırında bir sütun iki kez geçiyor

## My data (GDPR 15).

my-data-title = Verilerim
my-data-intro = { -agency } hakkınızda şu verileri tutuyor. Burada nedenini, verileri kimin aldığını ve ne kadar süre saklandığını da görürsünüz.
my-data-dossier = Dosya { $dossier }
my-data-updated = son değişiklik: { $when }
my-data-fields-caption = Verileriniz
my-data-field = Bilgi
my-data-value = Kayıtlı olan
my-data-actions = İşlemler
my-data-correct-link = Düzeltilmesini iste
my-data-processing-heading = Ne için ve kiminle
my-data-purposes = Neden
my-data-legal-basis = Buna neden izin veriliyor (hukuki dayanak)
my-data-fields = Hangi veriler
my-data-partners = { -municipality(form: "title") } ile çalışan ortak kuruluşlar
my-data-no-partners = Yok
my-data-retention = Ne kadar süre
my-data-period = Dönem
my-data-open-ended = bitiş tarihi yok
my-data-consent-link = Onayımı görüntüle veya değiştir
my-data-more-heading = Daha fazla
my-data-disclosures-link = Hangi verileri kim aldı?
my-data-corrections-link = Düzeltme taleplerim
my-data-export-link = Her şeyi dosya olarak indir (JSON)
my-data-export-hint = Verilerinizi, onaylarınızı, kimin neyi aldığını ve taleplerinizi içeren bir dosya. Bu dosyayı saklayabilir veya başka birine verebilirsiniz.

## My data (GDPR 15).

my-data-title = زما معلومات
my-data-intro = دا ټول هغه معلومات دي چې { -agency } یې ستاسو په اړه ساتي: ولې، څوک یې ترلاسه کوي او څومره موده ساتل کېږي.
my-data-dossier = دوسیه { $dossier }
my-data-updated = وروستی بدلون په { $when }
my-data-fields-caption = ستاسو معلومات
my-data-field = معلومات
my-data-value = هغه څه چې موږ یې ساتو
my-data-actions = کړنې
my-data-correct-link = د سمون غوښتنه
my-data-processing-heading = د څه لپاره او له چا سره
my-data-purposes = ولې
my-data-legal-basis = ولې دا کار اجازه لري (قانوني بنسټ)
my-data-fields = کوم معلومات
my-data-partners = د { -municipality(form: "singular-obl") } همکاران
my-data-no-partners = هېڅ
my-data-retention = څومره موده
my-data-period = موده
my-data-open-ended = د پای نېټه نه لري
my-data-consent-link = خپل رضایت وګورئ یا یې بدل کړئ
my-data-more-heading = نور
my-data-disclosures-link = کوم معلومات چا ترلاسه کړل؟
my-data-corrections-link = زما د سمون غوښتنې
my-data-export-link = هر څه د یوه فایل په توګه ډاونلوډ کړئ (JSON)
my-data-export-hint = یو فایل چې ستاسو معلومات، ستاسو رضایتونه، چا څه ترلاسه کړل او ستاسو غوښتنې پکې دي. تاسو کولی شئ دا وساتئ یا یې بل چا ته ورکړئ.

## The background jobs, on the DPO's page.

jobs-heading = Arka plan işleri
jobs-job = İş
jobs-last-run = Son çalışma
jobs-result = Sonuç
jobs-next-run = Sonraki çalışma
jobs-never = Henüz çalışmadı
jobs-running = Çalışıyor
jobs-ok = Başarılı
jobs-failed = Başarısız
jobs-name-protocol-effects = Protokol sürümlerinin başlaması ve sona ermesi
jobs-name-audit-checkpoint = Denetim kaydının imzalı kontrol noktası
jobs-name-rectification-reminders = Düzeltme sürelerine ilişkin hatırlatmalar
jobs-name-mail-outbox = E-posta gönderimi
jobs-name-retention = Saklama süresi: beş yıl sonra kişilerin takma adlandırılması (pseudonymisation)

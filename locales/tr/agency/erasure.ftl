## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = Alıcılarda silme
erasure-intro = Bir yerel yönetimin beş yıldan daha önce aldığı veriler orada silinmiş olmalıdır. { -agency(form: "short") }, yerel yönetimden bunu teyit etmesini ister. Her talep, durumuyla birlikte burada listelenir.
erasure-admin-intro = { -agency(form: "short") }, bu kişilerin verilerini sildiğinizi teyit etmenizi istiyor: bu verileri beş yıldan daha önce aldınız. Önce verileri kendi sistemlerinizden silin, ardından her kişi için ayrı ayrı teyit edin.
erasure-none = Silme talebi yok.
erasure-municipality = Yerel yönetim
erasure-reference = Referans
erasure-last-disclosed = Son alındığı tarih
erasure-requested = Talep tarihi
erasure-due = Son teyit tarihi
erasure-state = Durum
erasure-open = Açık
erasure-overdue = Gecikmiş
erasure-escalated = Gecikmiş, veri koruma görevlilerine bildirildi
erasure-attested = Silme teyit edildi
erasure-attest = Silmeyi teyit et
erasure-done = Silme teyit edildi.
erasure-error-attested = Bu silme zaten teyit edildi.

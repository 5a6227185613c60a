registers-title = { -municipality(form: "title") } sicilleri
registers-intro = Her { -municipality } için: görev profilleri, ortak kuruluşlar, veri işleyenler ve diğer aktarımların bildirimleri (protokolün 4. ve 6. maddeleri).
registers-profiles = Görev profilleri
registers-partners = Ortak kuruluşlar
registers-processors = Veri işleyenler
registers-notices = Diğer aktarımların bildirimleri
registers-earlier-revisions = Görev profillerinin önceki sürümleri

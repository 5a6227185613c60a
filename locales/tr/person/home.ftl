person-home-title = Genel bakış
person-home-greeting = Merhaba { $name }.
person-home-left-the-pilot = { -agency(form: "short") } ile yürüttüğünüz uyum programı { $date } tarihinde sona erdi. Onayınız artık geçerli değil: verileriniz artık kimseyle paylaşılmıyor. Daha önce paylaşılanlar bu sayfalarda kalır.
person-home-pilots-heading = Sizinle ilgili projeler
person-home-consent-given = Onay verdiniz.
person-home-no-consent = Onay vermediniz.

person-home-data-heading = Verileriniz
person-home-my-data = { -agency } hakkınızda hangi verileri tutuyor
person-home-disclosures = Verilerinizi kim aldı
person-home-corrections = Bir bilginin düzeltilmesini isteyin
person-home-notifications = { $count ->
    [0] Mesajlar
    [one] Mesajlar ({ $count } yeni)
   *[other] Mesajlar ({ $count } yeni)
}

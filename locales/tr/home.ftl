home-title = Verileriniz, onayınız
home-intro = Burada, belediyenizin pilot projesi için verilerinizi kullanıp kullanamayacağına siz karar verirsiniz. Verilerinizi kimin aldığını da görürsünüz. Bir hata varsa düzeltilmesini isteyebilirsiniz.
home-protocols-heading = Yayımlanmış protokoller
home-no-protocols = Henüz yayımlanmış bir protokol yok.

home-title = Verileriniz, onayınız
home-intro = Burada, { -municipality(form: "your-gen") } pilot projesi için verilerinizi kullanıp kullanamayacağına siz karar verirsiniz. Verilerinizi kimin aldığını da görürsünüz. Bir hata varsa düzeltilmesini isteyebilirsiniz.
home-protocols-heading = Yayımlanmış protokoller
home-protocols-intro = Protokol, { -agency(form: "short") } ile bir { -municipality } arasındaki yazılı bir anlaşmadır. Protokolde hangi verileri paylaştıkları, neden paylaştıkları ve ne kadar süre paylaşacakları yazar.
home-no-protocols = Henüz yayımlanmış bir protokol yok.

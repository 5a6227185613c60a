## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = Veri koruma
mdpo-nav = Bölümler
mdpo-nav-breaches = Veri ihlalleri
mdpo-nav-disclosures = Veri iletimleri sicili
mdpo-nav-registers = Siciller
mdpo-breaches-heading = Kurumunuzun veri ihlalleri
mdpo-intro = Burada yalnızca kendi kurumunuzu ilgilendiren bilgileri görürsünüz. Hiçbir şeyi değiştiremezsiniz.
mdpo-nav-erasure = Silme

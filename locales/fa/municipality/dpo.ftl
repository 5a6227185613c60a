## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = حفاظت از داده‌ها
mdpo-nav = بخش‌ها
mdpo-nav-breaches = نقض داده‌ها
mdpo-nav-disclosures = دفتر ثبت ارائه داده‌ها
mdpo-nav-registers = دفترهای ثبت
mdpo-breaches-heading = نقض داده‌های اداره شما
mdpo-intro = شما فقط چیزهایی را می‌بینید که به اداره خودتان مربوط است. نمی‌توانید چیزی را تغییر دهید.
mdpo-nav-erasure = حذف

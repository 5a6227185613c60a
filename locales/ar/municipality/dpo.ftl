## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = حماية البيانات
mdpo-nav = الأقسام
mdpo-nav-breaches = حالات خرق البيانات
mdpo-nav-disclosures = سجل الإفصاحات
mdpo-nav-registers = السجلات
mdpo-breaches-heading = حالات خرق البيانات لدى سلطتك المحلية
mdpo-intro = لا ترى هنا إلا ما يخص سلطتك المحلية. لا يمكنك تغيير أي شيء.
mdpo-nav-erasure = المحو

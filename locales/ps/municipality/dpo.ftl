## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = د معلوماتو ساتنه
mdpo-nav = برخې
mdpo-nav-breaches = د معلوماتو سرغړونې
mdpo-nav-disclosures = د معلوماتو د ورکړې راجستر
mdpo-nav-registers = راجسترونه
mdpo-breaches-heading = ستاسو د بنسټ د معلوماتو سرغړونې
mdpo-intro = تاسو یوازې هغه څه وینئ چې ستاسو خپل بنسټ پورې اړه لري. تاسو هېڅ شی نشئ بدلولی.
mdpo-nav-erasure = پاکول

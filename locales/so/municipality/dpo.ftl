## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = Ilaalinta xogta
mdpo-nav = Qaybaha
mdpo-nav-breaches = Jebinta xogta
mdpo-nav-disclosures = Diiwaanka bixinta xogta
mdpo-nav-registers = Diiwaannada
mdpo-breaches-heading = Jebinta xogta ee maamulkaaga
mdpo-intro = Waxaad arkaysaa oo keliya waxa khuseeya maamulkaaga. Waxba ma beddeli kartid.
mdpo-nav-erasure = Tirtirid

## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = Protection des données
mdpo-nav = Rubriques
mdpo-nav-breaches = Violations de données
mdpo-nav-disclosures = Registre des communications
mdpo-nav-registers = Registres
mdpo-breaches-heading = Violations de données de votre pouvoir local
mdpo-intro = Vous ne voyez ici que ce qui concerne votre propre pouvoir local. Vous ne pouvez rien modifier.
mdpo-nav-erasure = Effacement

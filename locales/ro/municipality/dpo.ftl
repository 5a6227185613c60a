## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = Protecția datelor
mdpo-nav = Secțiuni
mdpo-nav-breaches = Încălcări ale securității datelor
mdpo-nav-disclosures = Registrul transmiterilor de date
mdpo-nav-registers = Registre
mdpo-breaches-heading = Încălcări ale securității datelor la autoritatea dumneavoastră
mdpo-intro = Vedeți numai ce privește propria dumneavoastră autoritate. Nu puteți modifica nimic.
mdpo-nav-erasure = Ștergere

## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = Data protection
mdpo-nav = Sections
mdpo-nav-breaches = Data breaches
mdpo-nav-disclosures = Register of disclosures
mdpo-nav-registers = Registers
mdpo-breaches-heading = Data breaches of your authority
mdpo-intro = You only see what concerns your own authority. You cannot change anything.
mdpo-nav-erasure = Erasure

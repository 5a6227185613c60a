## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = Gegevensbescherming
mdpo-nav = Onderdelen
mdpo-nav-breaches = Datalekken
mdpo-nav-disclosures = Register van mededelingen
mdpo-nav-registers = Registers
mdpo-breaches-heading = Datalekken van uw bestuur
mdpo-intro = U ziet hier alleen wat uw eigen bestuur betreft. U kunt niets wijzigen.
mdpo-nav-erasure = Wissing

## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = Ochrona danych
mdpo-nav = Sekcje
mdpo-nav-breaches = Naruszenia ochrony danych
mdpo-nav-disclosures = Rejestr udostępnień
mdpo-nav-registers = Rejestry
mdpo-breaches-heading = Naruszenia ochrony danych w Pana/Pani urzędzie
mdpo-intro = Widzi Pan/Pani tylko to, co dotyczy Pana/Pani własnego urzędu. Nie może Pan/Pani niczego zmieniać.
mdpo-nav-erasure = Usunięcie danych

registers-title = መዛግብቲ { -municipality(form: "plural") }
registers-intro = ንነፍሲ ወከፍ { -municipality }: ፕሮፋይላት ስራሕ፣ መሻርኽቲ ትካላት፣ ሰራሕቲ ሓበሬታ (processors) ከምኡውን ምሕባራት ካልኦት ምሕላፋት (ዓንቀጽ 4ን 6ን ናይቲ ፕሮቶኮል)።
registers-profiles = ፕሮፋይላት ስራሕ
registers-partners = መሻርኽቲ ትካላት
registers-processors = ሰራሕቲ ሓበሬታ
registers-notices = ምሕባራት ካልኦት ምሕላፋት
registers-earlier-revisions = ዝቐደሙ ስሪታት ፕሮፋይላት ስራሕ

registers-title = መዛግብቲ ምምሕዳራት ከተማ
registers-intro = ንነፍሲ ወከፍ ምምሕዳር ከተማ: ፕሮፋይላት ስራሕ፣ መሻርኽቲ ትካላት፣ ሰራሕቲ ሓበሬታ (processors) ከምኡውን ምሕባራት ካልኦት ምሕላፋት (ዓንቀጽ 4ን 6ን ናይቲ ፕሮቶኮል)።
registers-profiles = ፕሮፋይላት ስራሕ
registers-partners = መሻርኽቲ ትካላት
registers-processors = ሰራሕቲ ሓበሬታ
registers-notices = ምሕባራት ካልኦት ምሕላፋት
registers-earlier-revisions = ዝቐደሙ ስሪታት ፕሮፋይላት ስራሕ

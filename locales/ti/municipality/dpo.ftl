## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = ሓለዋ ውልቃዊ ሓበሬታ
mdpo-nav = ክፍልታት
mdpo-nav-breaches = ምጥሓሳት ሓበሬታ
mdpo-nav-disclosures = መዝገብ ምሃብ ሓበሬታ
mdpo-nav-registers = መዛግብቲ
mdpo-breaches-heading = ምጥሓሳት ሓበሬታ ናይ ምምሕዳርኩም
mdpo-intro = ንምምሕዳርኩም ዝምልከት ጥራይ ኢኹም ትርእዩ። ዋላ ሓንቲ ክትቕይሩ ኣይትኽእሉን።
mdpo-nav-erasure = ምድምሳስ

## /accessibility: the accessibility statement (toegankelijkheidsverklaring).

a11y-title = መግለጺ ተበጻሕነት
a11y-intro = { -agency } ኩሉ ሰብ ነዚ ፖርታል ክጥቀመሉ ክኽእል ይደሊ። ብመንበቢ ስክሪን (screen reader)፣ ብኪቦርድ ጥራይ ወይ ብዓበይቲ ፊደላት እውን። ድንጋጌ መንግስቲ ፍላንደርስ ናይ 7 ታሕሳስ 2018 ነዚ ይሓትት።
a11y-status-heading = እዚ ፖርታል ክሳብ ክንደይ ተበጻሒ እዩ?
a11y-status = እዚ ፖርታል ንሕግታት ተበጻሕቲ መርበባት ሓበሬታ ብኸፊል የማልእ (WCAG 2.1፣ ደረጃ AA)። ገና ተበጻሒ ዘይኮነ ኣብ ታሕቲ ተዘርዚሩ ኣሎ።
a11y-limits-heading = ገና ተበጻሒ ዘይኮነ
a11y-limit-languages = { -municipality } ባዕሉ ዝጽሕፎም ጽሑፋት፣ ከም ዕላማ ናይ ፕሮፋይል ስራሕ፣ ሓደ ሓደ ግዜ ብሆላንድኛ ጥራይ እዮም። ሽዑ እቲ ገጽ ነዚ ይሕብር።
a11y-limit-translations = እቶም ትርጉማት ገና ብተርጓሚ ኣይተመርመሩን። እቲ ሕጋዊ ዝጸንዕ ጽሑፍ እቲ ሆላንድኛ እዩ።
a11y-limit-passkeys = ብፓስኪ (passkey) ኢኹም ትኣትዉ። ኩሉ ኣረጊት መሳርሒ ወይ ኣረጊት ብራውዘር ነዚ ክገብር ኣይክእልን እዩ። እንተዘይሰሪሑ፣ { -agency } ክሕግዘኩም እዩ።
a11y-limit-documents = ምሉእ ጽሑፍ ፕሮቶኮል ሕጋዊ ጽሑፍ እዩ። ኣብ ላዕሊ ናይ ነፍሲ ወከፍ ገጽ ፕሮቶኮል ሓጺር ጽማቕ ኣሎ።
a11y-method-heading = ከመይ ገይርና ከም ዝመርመርናዮ
a11y-method = ነዚ መግለጺ ብ{ $day }፣ ድሕሪ ናይ ባዕልና ምርመራ ጸሓፍናዮ። ኣብ ነፍሲ ወከፍ ለውጢ ንኹሉ ገጽ ብኣውቶማቲክ ንፍትኖ (ብ axe-core፣ ብመሰረት WCAG 2.1 A ከምኡውን AA)። ኣብ ስክሪን ተሌፎን ኢና ንፍትን።
a11y-contact-heading = ጸገም ኣሕብሩ
a11y-contact = ኣብዚ ፖርታል ክትጥቀሙሉ ዘይትኽእሉ ነገር ኣሎ ድዩ? ኣፍልጡና። ኣብ ውሽጢ ሓሙሽተ መዓልታት ስራሕ ንምልሰልኩም፣ ክሳብ ሽዑ ድማ ብኻልእ መንገዲ ንሕግዘኩም።
a11y-complaint-heading = ብመልስና ዕጉባት ኣይኮንኩምን?
a11y-complaint = ሽዑ ናብ ኦምቡድስማን ፍላንደርስ (Vlaamse Ombudsdienst) ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።

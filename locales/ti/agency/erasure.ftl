## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = ምድምሳስ ኣብ ተቐበልቲ
erasure-intro = ከባቢያዊ ምምሕዳር ቅድሚ ልዕሊ ሓሙሽተ ዓመት ዝተቐበሎ ሓበሬታ ኣብኡ ክድምሰስ ኣለዎ። እቲ { -agency(form: "short") } ነቲ ምምሕዳር ነዚ ከረጋግጽ ይሓቶ። ነፍሲ ወከፍ ጠለብ ምስ ኩነታቱ ኣብዚ ተዘርዚሩ ኣሎ።
erasure-admin-intro = እቲ { -agency(form: "short") } ሓበሬታ ናይዞም ሰባት ከም ዝደምሰስኩም ከተረጋግጹ ይሓተኩም: ቅድሚ ልዕሊ ሓሙሽተ ዓመት ተቐቢልኩምዎ። መጀመርታ ኣብ ናይ ባዕልኹም ስርዓታት ደምስስዎ፣ ድሕሪኡ ንነፍሲ ወከፍ ሰብ ኣረጋግጹ።
erasure-none = ጠለባት ምድምሳስ የለዉን።
erasure-municipality = ከባቢያዊ ምምሕዳር
erasure-reference = መወከሲ
erasure-last-disclosed = ናይ መወዳእታ ዝተቐበለሉ
erasure-requested = ዝተሓተተሉ
erasure-due = ኣረጋግጹ ቅድሚ
erasure-state = ኩነታት
erasure-open = ክፉት
erasure-overdue = ደንጉዩ
erasure-escalated = ደንጉዩ፣ ናብ ሓለፍቲ ሓለዋ ውልቃዊ ሓበሬታ (DPO) ተሓቢሩ
erasure-attested = ምድምሳስ ተረጋጊጹ
erasure-attest = ምድምሳስ ኣረጋግጹ
erasure-done = እቲ ምድምሳስ ተረጋጊጹ።
erasure-error-attested = እዚ ምድምሳስ ድሮ ተረጋጊጹ ኣሎ።

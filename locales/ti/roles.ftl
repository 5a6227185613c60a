role-agency-rectification-officer = ኣካያዲ ጠለባት ምእራም
role-agency-protocol-admin = ኣመሓዳሪ ፕሮቶኮል
role-agency-dpo = ሓላፊ ሓለዋ ውልቃዊ ሓበሬታ
role-municipality-admin = ኣመሓዳሪ ፕሮፋይላት ስራሕ
role-municipality-staff = ፕሮፋይል ስራሕ ዘለዎ ሰራሕተኛ
role-municipality-dpo = ሓላፊ ሓለዋ ውልቃዊ ሓበሬታ ናይ ከባቢያዊ ምምሕዳር

home-title = ሓበሬታኹም፣ ፍቓድኩም
home-intro = ኣብዚ { -municipality(form: "singular-your") } ንፈተነ ፕሮጀክቱ ሓበሬታኹም ክጥቀመሉ ይኽእል እዩ ወይ ኣይክእልን፣ ባዕልኹም ትውስኑ። ሓበሬታኹም መን ከም ዝተቐበሎ እውን ትርእዩ፣ ጌጋ እንተሃልዩ ድማ ክእረም ክትሓቱ ትኽእሉ።
home-protocols-heading = ዝተሓትሙ ፕሮቶኮላት
home-protocols-intro = ፕሮቶኮል እቲ { -agency(form: "short") } ምስ ሓደ { -municipality } ዝገብሮ ጽሑፍ ስምምዕ እዩ። ኣየናይ ሓበሬታ ከም ዝካፈሉ፣ ስለምንታይን ክንደይ ግዜን ኣብኡ ተጻሒፉ ኣሎ።
home-no-protocols = ገና ዝተሓትመ ፕሮቶኮል የለን።

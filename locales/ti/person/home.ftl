person-home-title = ጽማቕ ናተይ
person-home-greeting = ሰላም { $name }።
person-home-left-the-pilot = መደብኩም ኣብቲ { -agency(form: "short") } ብ{ $date } ተዛዚሙ። ፍቓድኩም ድሕሪ ሕጂ ሳዕቤን የብሉን: ሓበሬታኹም ድሕሪ ሕጂ ምስ ዝኾነ ሰብ ኣይካፈልን። ቅድሚ ሕጂ ዝተኻፈለ ኣብዞም ገጻት ይተርፍ።
person-home-pilots-heading = ዝምልከቱኹም ፕሮጀክታት
person-home-consent-given = ፍቓድ ሂብኩም ኣለኹም።
person-home-no-consent = ፍቓድ ኣይሃብኩምን።

person-home-data-heading = ሓበሬታኹም
person-home-my-data = { -agency } ብዛዕባኹም እንታይ ሓበሬታ ኣለዎ
person-home-disclosures = ሓበሬታኹም መን ተቐቢልዎ
person-home-corrections = ሓበሬታ ንኽእረም ሕተቱ
person-home-notifications = { $count ->
    [0] መልእኽትታት
    [one] መልእኽትታት ({ $count } ሓድሽ)
   *[other] መልእኽትታት ({ $count } ሓደስቲ)
}

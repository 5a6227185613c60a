## My data (GDPR 15).

my-data-title = ሓበሬታይ
my-data-intro = { -agency } ብዛዕባኹም ዝዕቅቦ ኩሉ ሓበሬታ እዚ እዩ: ስለምንታይ፣ መን ይቕበሎ፣ ክንደይ ግዜ ድማ ይዕቀብ።
my-data-dossier = ፋይል { $dossier }
my-data-updated = መወዳእታ ዝተቐየረሉ: { $when }
my-data-fields-caption = ሓበሬታኹም
my-data-field = ሓበሬታ
my-data-value = ዝዓቀብናዮ
my-data-actions = ተግባራት
my-data-correct-link = ንኽእረም ሕተቱ
my-data-processing-heading = ንምንታይን ምስ መንን
my-data-purposes = ስለምንታይ
my-data-legal-basis = ስለምንታይ እዚ ይፍቀድ (ሕጋዊ መሰረት)
my-data-fields = ኣየናይ ሓበሬታ
my-data-partners = መሻርኽቲ ትካላት ናይቲ { -municipality }
my-data-no-partners = የለን
my-data-retention = ክንደይ ግዜ
my-data-period = እዋን
my-data-open-ended = ዕለት መወዳእታ የብሉን
my-data-consent-link = ፍቓደይ ርኣዩ ወይ ቀይሩ
my-data-more-heading = ተወሳኺ
my-data-disclosures-link = መን እንታይ ሓበሬታ ተቐቢሉ?
my-data-corrections-link = ናይ ምእራም ጠለባተይ
my-data-export-link = ኩሉ ከም ፋይል ኣውርዱ (JSON)
my-data-export-hint = ሓበሬታኹም፣ ፍቓዳትኩም፣ መን እንታይ ከም ዝተቐበለን ጠለባትኩምን ዝሓዘ ፋይል። ክትዕቅብዎ ወይ ንኻልእ ሰብ ክትህብዎ ትኽእሉ ኢኹም።

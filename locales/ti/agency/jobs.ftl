## The background jobs, on the DPO's page.

jobs-heading = ናይ ድሕረ-ባይታ ስራሓት
jobs-job = ስራሕ
jobs-last-run = ናይ መወዳእታ ዝሰርሓሉ
jobs-result = ውጽኢት
jobs-next-run = ዝቕጽል ዝሰርሓሉ
jobs-never = ገና ኣይሰርሐን
jobs-running = ይሰርሕ ኣሎ
jobs-ok = ተዓዊቱ
jobs-failed = ፈሺሉ
jobs-name-protocol-effects = መጀመርታን መወዳእታን ስሪታት ፕሮቶኮል
jobs-name-audit-checkpoint = ዝተፈረመ ነጥቢ ምቁጽጻር ናይ መዝገብ ኦዲት
jobs-name-rectification-reminders = መዘኻኸሪ ቀነ ገደባት ምእራም
jobs-name-mail-outbox = ኢመይል ምልኣኽ
jobs-name-retention = ምዕቃብ: ድሕሪ ሓሙሽተ ዓመት ሽም ሰባት ብኮድ ምትካእ (pseudonymisation)

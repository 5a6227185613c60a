protocol-error-title = ፕሮቶኮል
protocol-facts-heading = ብሓጺሩ
protocol-discloser = ሓበሬታ ዝህብ
protocol-recipient = ሓበሬታ ዝቕበል
protocol-fields = ሓበሬታ
protocol-retention = ክንደይ ግዜ ይዕቀብ (ግዜ ምዕቃብ)
protocol-retention-years = { $years ->
    [one] ብዝበዝሐ { $years } ዓመት
   *[other] ብዝበዝሐ { $years } ዓመታት
}
protocol-notice-period = ንምቁራጹ ክንደይ ኣቐዲሙ ክሕበር ኣለዎ (ግዜ ቅድመ-ምሕባር)
protocol-notice-months = { $months ->
    [one] { $months } ወርሒ
   *[other] { $months } ኣዋርሕ
}
protocol-signed-on = ዝተፈረመሉ ዕለት
protocol-dpo-advice = ምኽሪ ሓለፍቲ ምስጢራዊነት (ሓለፍቲ ሓለዋ ውልቃዊ ሓበሬታ)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = ስለምንታይ እዚ ይፍቀድ (ሕጋዊ መሰረት)
protocol-versions-heading = ስሪታት
protocol-version-label = ስሪት { $number }
protocol-text-heading = ምሉእ ጽሑፍ
protocol-translation-missing = እዚ ጽሑፍ ብቋንቋኹም የለን። ነቲ ሆላንድኛ ጽሑፍ ኢኹም ተንብቡ ዘለኹም።
protocol-filter-label = ኣብቲ ጽሑፍ ድለዩ
protocol-filter-status = ካብ { $total } ክፋላት { $shown } ይርኣዩ ኣለዉ
protocol-period-bounded = ካብ { $from } ክሳብ { $until } (ሓዊሱ)
protocol-period-open = ካብ { $from }

protocol-state-draft = ንድፊ
protocol-state-scheduled = ገና ኣብ ግብሪ ኣይኣተወን
protocol-state-in-force = ኣብ ግብሪ ኣሎ
protocol-state-terminated = ተቋሪጹ
protocol-state-expired = ግዚኡ ኣኺሉ

protocol-error-dutch-text-required = ስሪት ፕሮቶኮል ኩሉ ግዜ ሆላንድኛ ጽሑፍ የድልዮ።
protocol-state-notice-given = ምቁራጹ ተሓቢሩ
protocol-ends-on = ንዚ ፕሮቶኮል ምቁራጽ ተሓቢሩ ኣሎ። እታ መወዳእታ መዓልቲ { $day } እያ።

## Who received my data.

disclosures-title = ሓበሬታይ መን ተቐቢልዎ?
disclosures-intro = { -municipality } ወይ መሻርኽቲ ትካል ሓበሬታኹም ኣብ ዝሓተተሉ ግዜ ኩሉ፣ ኣብዚ ይምዝገብ።
disclosures-overview-heading = ጽማቕ ብተቐባሊ
disclosures-none = ገና ሓበሬታኹም ዝተቐበለ የለን።
disclosures-partner-of = { $partner } (መሻርኽቲ ናይ { $municipality })
disclosures-field = ሓበሬታ
disclosures-count = ክንደይ ግዜ
disclosures-last = ናይ መወዳእታ ግዜ
disclosures-times = { $count ->
    [one] { $count } ግዜ
   *[other] { $count } ግዜ
}
disclosures-timeline-heading = ነፍሲ ወከፍ ግዜ፣ እቲ ሓድሽ ቅድም
disclosures-filter-party = ተቐባሊ
disclosures-filter-field = ሓበሬታ
disclosures-filter-all = ኩሉ
disclosures-filter-from = ካብ
disclosures-filter-to = ክሳብ (ሓዊሱ)
disclosures-filter-apply = ኣርእዩ
disclosures-found = { $count ->
    [0] ዋላ ሓደ ኣይተረኽበን።
    [one] { $count } ውጽኢት ተረኺቡ።
   *[other] { $count } ውጽኢታት ተረኺቦም።
}
disclosures-fields = ሓበሬታ: { $fields }
disclosures-channel-ui = ብሰራሕተኛ ተራእዩ
disclosures-channel-api = ብስርዓት ኮምፒተር ተሓቲቱ
disclosures-channel-onward = ናብ መሻርኽቲ ትካል ተሓሊፉ
disclosures-channel-export = ኣብ ዝወጸ ፋይል (export)
disclosures-purpose = ዕላማ:
disclosures-consent = ኣብ ፍቓድኩም ናይ { $when } ተመርኲሱ: { $scopes }።
disclosures-previous = ዝሓለፈ
disclosures-next = ዝቕጽል
disclosures-pages = ገጻት
disclosures-page-of = ገጽ { $page } ካብ { $pages }
disclosures-error-date = ዕለት ከም yyyy-mm-dd ጽሓፉ፣ ንኣብነት 2026-03-01።
disclosures-error-period = ዕለት መጀመርታ ቅድሚ ዕለት መወዳእታ ክኸውን ኣለዎ።

protocol-error-title = Protocol
protocol-facts-heading = In short
protocol-discloser = Provided by
protocol-recipient = Received by
protocol-fields = Data
protocol-retention = Retention period
protocol-retention-years = { $years ->
    [one] at most { $years } year
   *[other] at most { $years } years
}
protocol-notice-period = Notice period
protocol-notice-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
protocol-signed-on = Signed on
protocol-dpo-advice = Advice of the data protection officers
protocol-dpo-discloser = Agency
protocol-dpo-recipient = Municipality
protocol-legal-basis = Legal basis
protocol-versions-heading = Versions
protocol-version-label = Version { $number }
protocol-text-heading = Full text
protocol-translation-missing = This text does not exist in your language. You are reading the Dutch text.
protocol-filter-label = Search the text
protocol-filter-status = Showing { $shown } of { $total } parts
protocol-period-bounded = From { $from } up to and including { $until }
protocol-period-open = From { $from }

protocol-state-draft = Draft
protocol-state-scheduled = Not yet in force
protocol-state-in-force = In force
protocol-state-terminated = Terminated
protocol-state-expired = Expired

field-given-name = Given name
field-family-name = Family name
field-address = Address
field-phone = Phone number
field-email = Email address
field-contact-language = Contact language
field-dutch-level = Dutch level
field-mo-status = Social orientation course

disclosure-refused-protocol-not-in-force = The protocol is not in force: no data is shared.
disclosure-refused-no-consent = This person has not given consent.
disclosure-refused-no-onward-consent = This person has not consented to sharing with partners.
disclosure-refused-nothing-allowed = Your function profile gives no access to these data.
disclosure-refused-no-profile = You have no function profile that may read data.
disclosure-refused-not-a-partner = This organisation is not a partner of your municipality.
consent-error-not-in-force = This protocol is not in force now: you cannot give consent at the moment.

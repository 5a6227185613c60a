protocol-error-title = Protocol
protocol-facts-heading = In short
protocol-discloser = Given by
protocol-recipient = Received by
protocol-fields = Data
protocol-retention = How long it is kept (retention period)
protocol-retention-years = { $years ->
    [one] at most { $years } year
   *[other] at most { $years } years
}
protocol-notice-period = How long in advance to end it (notice period)
protocol-notice-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
protocol-signed-on = Signed on
protocol-dpo-advice = Advice of the privacy officers (data protection officers)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = Why this is allowed (legal basis)
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

protocol-error-dutch-text-required = A protocol version always needs a Dutch text.
protocol-state-notice-given = Notice given
protocol-ends-on = Notice has been given on this protocol. The last day is { $day }.

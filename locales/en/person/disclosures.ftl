## Who received my data.

disclosures-title = Who received my data?
disclosures-intro = Every time a { -municipality } or partner asks for your data, it is recorded here.
disclosures-overview-heading = Overview per recipient
disclosures-none = Nobody has received your data yet.
disclosures-partner-of = { $partner } (partner of { $municipality })
disclosures-field = Detail
disclosures-count = How often
disclosures-last = Last time
disclosures-times = { $count ->
    [one] { $count } time
   *[other] { $count } times
}
disclosures-timeline-heading = Every time, newest first
disclosures-filter-party = Recipient
disclosures-filter-field = Detail
disclosures-filter-all = All
disclosures-filter-from = From
disclosures-filter-to = Up to and including
disclosures-filter-apply = Show
disclosures-found = { $count ->
    [0] Nothing found.
    [one] { $count } result found.
   *[other] { $count } results found.
}
disclosures-fields = Data: { $fields }
disclosures-channel-ui = Viewed by a staff member
disclosures-channel-api = Requested by a computer system
disclosures-channel-onward = Passed on to a partner
disclosures-channel-export = In an export
disclosures-purpose = Purpose:
disclosures-consent = Based on your consent of { $when }: { $scopes }.
disclosures-previous = Previous
disclosures-next = Next
disclosures-pages = Pages
disclosures-page-of = Page { $page } of { $pages }
disclosures-error-date = Write a date as yyyy-mm-dd, for example 2026-03-01.
disclosures-error-period = The start date must be before the end date.

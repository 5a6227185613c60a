## My data (GDPR 15), who received it, correction requests (art. 7) and the inbox.

person-home-data-heading = Your data
person-home-my-data = What data the { -agency } has about you
person-home-disclosures = Who received your data
person-home-corrections = Ask to correct a detail
person-home-notifications = { $count ->
    [0] Messages
    [one] Messages ({ $count } new)
   *[other] Messages ({ $count } new)
}

field-value-none = (not known)
dutch-level-below-a1 = Not yet A1
mo-status-not-started = Not started yet
mo-status-in-progress = In progress
mo-status-completed = Completed
mo-status-exempt = Exempt

my-data-title = My data
my-data-intro = This is all the data the { -agency } keeps about you: why, who receives it and how long it is kept.
my-data-dossier = Case file { $dossier }
my-data-updated = last changed on { $when }
my-data-fields-caption = Your data
my-data-field = Detail
my-data-value = What we keep
my-data-actions = Actions
my-data-correct-link = Ask to correct
my-data-processing-heading = What for and with whom
my-data-purposes = Why
my-data-legal-basis = Legal basis
my-data-fields = Which data
my-data-partners = Partners of the municipality
my-data-no-partners = None
my-data-retention = How long
my-data-period = Period
my-data-open-ended = no end date
my-data-consent-link = View or change my consent
my-data-more-heading = More
my-data-disclosures-link = Who received which data?
my-data-corrections-link = My correction requests
my-data-export-link = Download everything (JSON)
my-data-export-hint = A file with your data, your consents, who received what and your requests.

disclosures-title = Who received my data?
disclosures-intro = Every time a municipality or partner asks for your data, it is recorded here.
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

corrections-title = My correction requests
corrections-intro = Is a detail wrong? Ask the { -agency } to correct it. You will get an answer within one month.
corrections-new-button = Ask to correct a detail
corrections-none = You have not made a request yet.
corrections-deadline = Sent on { $received } · answer by { $due } at the latest
corrections-decided-on = Sent on { $received } · decided on { $decided }
corrections-due-label = Answer due by:
corrections-new-title = Ask to correct a detail
corrections-new-intro = Choose the detail, write what is correct and briefly explain why.
corrections-current-caption = What we keep now
corrections-field-label = Which detail?
corrections-value-label = What is correct?
corrections-value-hint = For example a phone number like 0470 12 34 56, or a level like B1.
corrections-statement-label = Why?
corrections-statement-hint = At most { $max } characters.
corrections-submit = Send request
corrections-back = Back to my requests
correction-hint-given-name = Your given name as on your identity card.
correction-hint-family-name = Your family name as on your identity card.
correction-hint-address = Street, house number, postcode and municipality.
correction-hint-phone = For example 0470 12 34 56 or +32 470 12 34 56.
correction-hint-email = For example name@example.be.
correction-hint-contact-language = Choose the language you want to receive messages in.
correction-hint-dutch-level = Choose your level (A1, A2, B1, B2, C1 or C2).
correction-hint-mo-status = Choose how far you are with the course.
correction-title = Correction request
correction-filed = Your request has been sent. The { -agency } will answer you within one month.
correction-current = What we kept
correction-proposed = What you propose
correction-pending = The { -agency } is looking at your request. Until there is a decision, recipients see that this detail is disputed.
correction-accepted = Your request has been accepted. The detail has been corrected.
correction-parties-told = These recipients were told about the correction: { $parties }.
correction-told-nobody = nobody (nobody had received this detail)
correction-rejected = Your request has been refused.
correction-reason = Reason:
correction-complaint = Do you disagree? You can make a complaint to the Vlaamse Toezichtcommissie (www.vlaamsetoezichtcommissie.be).
correction-extended = The deadline has been extended. Reason:
correction-status-open = Received
correction-status-acknowledged = Being handled
correction-status-accepted = Accepted
correction-status-rejected = Refused

correction-error-value-empty = Write what is correct.
correction-error-value-too-long = That is too long: at most 300 characters.
correction-error-value-characters = It contains characters that are not allowed here.
correction-error-name = A name is made of letters, at most 100.
correction-error-address = Write the full address: street, house number, postcode and municipality.
correction-error-phone = That is not a valid phone number. Write it as 0470 12 34 56 or +32 470 12 34 56.
correction-error-email = That is not a valid email address. Write it as name@example.be.
correction-error-language = Choose a language of the portal: nl, en, fr or ar.
correction-error-dutch-level = That is not a level. Write A1, A2, B1, B2, C1 or C2.
correction-error-mo-status = Choose one of the options: not started yet, in progress, completed or exempt.
correction-error-statement-empty = Briefly explain why the detail is wrong.
correction-error-statement-too-long = Your explanation is too long: at most 1000 characters.
correction-error-unchanged = That is the same as what we already keep.
correction-error-already-pending = There is already a request for this detail. Please wait for the answer.
correction-error-already-decided = This request has already been decided.
correction-error-reason-required = Give a reason.

inbox-title = Messages
inbox-empty = You have no messages.
inbox-new = New
inbox-unread = { $count ->
    [0] No new messages.
    [one] { $count } new message.
   *[other] { $count } new messages.
}
inbox-mark-read = Mark all as read
inbox-marked-read = All messages have been marked as read.
notification-unknown = A message from the portal.
notification-consent-give = You gave consent to share data with { $recipient }.
notification-consent-change = You changed your consent for { $recipient }.
notification-consent-withdraw = You withdrew your consent for { $recipient }. Nothing is shared any more.
notification-correction-filed = Your request to correct { $field } has been received. You will get an answer by { $due } at the latest.
notification-correction-accepted = Your request to correct { $field } has been accepted.
notification-correction-rejected = Your request to correct { $field } has been refused. You can see the reason with your requests.
notification-correction-recipient-told = A detail that you received has been corrected: { $field }.

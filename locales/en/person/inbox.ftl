## The inbox.

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
notification-correction-acknowledged = The { -agency(form: "short") } is handling your request to correct { $field }.
notification-correction-information-requested = The { -agency(form: "short") } has a question about your request to correct { $field }. Please answer on your request's page.
notification-correction-extended = The deadline for your request to correct { $field } has been extended to { $due }. Your request's page says why.
notification-correction-due-soon = A correction request ({ $field }) must be decided by { $due } at the latest.
notification-protocol-ending = Notice was given on the protocol with { $recipient }. The last day is { $until }. After that your data is no longer shared.
notification-protocol-ended = The protocol with { $recipient } is no longer in force. Your data is no longer shared. Your history is kept.
notification-consent-carried-over = There is a new version of the protocol with { $recipient }. It asks no more than the previous one: your choice still applies.
notification-consent-review-asked = There is a new version of the protocol with { $recipient }. It asks for more than the previous one. Please review your choice: your consent does not yet cover what is new.
notification-breach-notice = On { $detected }, { $recipient } found a security problem. It may concern these data of yours: { $fields }. Measures have been taken. Questions? Contact the privacy officer of the { -agency(form: "short") }: { $contact }.
notification-erasure-requested = { $count ->
    [one] The { -agency(form: "short") } asks you to confirm the erasure of { $count } person’s data.
   *[other] The { -agency(form: "short") } asks you to confirm the erasure of { $count } persons’ data.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality } did not confirm { $count } erasure in time.
   *[other] { $municipality } did not confirm { $count } erasures in time.
}

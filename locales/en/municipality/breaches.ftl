breach-title = Data breaches
breach-intro = The { -municipality } reports a data breach involving data of the protocol to the { -agency(form: "short") } immediately, at the latest 48 hours after it was found (article 6).
breach-new = Report a data breach
breach-new-title = Report a data breach
breach-rule = Report within { $hours } hours after the breach was found. A later report is marked as late.
breach-detected-at = Found on
breach-detected-at-hint = Date and time, Belgian time.
breach-description = What happened?
breach-categories = Data concerned
breach-categories-hint = Which kinds of data are affected?
breach-persons = Persons concerned
breach-persons-hint = Choose the persons of the pilot project who are affected, if you know them.
breach-measures = Measures taken
breach-submit = Send report
breach-reported = The report has been sent to the { -agency(form: "short") }.
breach-clock-deadline = Report to the { -agency(form: "short") } before
breach-clock-left = Time left
breach-clock-hours = h
breach-clock-minutes = min
breach-clock-overdue = The 48-hour deadline has passed: report it right away all the same.
breach-deadline = Reporting deadline
breach-reported-at = Reported on
breach-late = late
breach-in-time = on time
breach-by-system = the { -municipality }'s system
breach-municipality = { -municipality(form: "title") }
breach-history = Follow-up by the { -agency(form: "short") }
breach-step-acknowledged = Acknowledged by the { -agency(form: "short") }’s DPO
breach-step-persons-notified = Persons concerned notified
breach-persons-told = { $count ->
    [one] { $count } person notified
   *[other] { $count } persons notified
}
breach-acknowledge = Acknowledge report
breach-notify = { $count ->
    [one] Notify the person affected
   *[other] Notify the { $count } persons affected
}
breach-notify-hint = Do this when the incident is likely to result in a high risk to the persons’ rights (GDPR art. 34). Each person gets a message in their own language, without the reporter’s description.

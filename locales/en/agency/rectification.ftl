queue-title = Correction requests
queue-empty = There are no open requests.
queue-field = Field
queue-received = Received
queue-due = Deadline
queue-status = Status
queue-left = Left
queue-kind = Filed by
queue-kind-person = the person
queue-kind-staff = the Agency, for the person
queue-kind-municipality = a municipality (quality report)
queue-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
queue-overdue-by = { $days ->
    [one] { $days } day late
   *[other] { $days } days late
}
queue-due-soon = due soon
queue-overdue = overdue
queue-count-open = Open
queue-count-due-soon = Due soon
queue-count-overdue = Overdue
queue-count-handled = Decided this month
queue-count-median = Median time to decide
queue-median-none = none yet
queue-filter-pending = All open
queue-filter-any = All
queue-filter-apply = Show
queue-pages = Pages
queue-previous = Previous
queue-next = Next

queue-title = Correction requests
queue-empty = There are no open requests.
queue-field = Field
queue-received = Received
queue-due = Deadline
queue-status = Status

queue-title = Verbeteringsverzoeken
queue-empty = Er zijn geen open verzoeken.
queue-field = Gegeven
queue-received = Ontvangen
queue-due = Uiterlijk
queue-status = Status

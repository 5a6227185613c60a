## The background jobs, on the DPO's page.

jobs-heading = Background jobs
jobs-job = Job
jobs-last-run = Last run
jobs-result = Result
jobs-next-run = Next run
jobs-never = Not yet
jobs-running = Running
jobs-ok = Succeeded
jobs-failed = Failed
jobs-name-protocol-effects = Start and end of protocol versions
jobs-name-audit-checkpoint = Signed checkpoint of the audit log
jobs-name-rectification-reminders = Reminders of correction deadlines
jobs-name-mail-outbox = Sending e-mail
jobs-name-retention = Retention: pseudonymising persons after five years

//! The background jobs (DESIGN "Running and scaling"): each takes a lease in `job_locks`
//! before it runs, so with several instances exactly one runs it, and records its last run.

use super::coded_enum;

coded_enum!(
    Job, "error-bad-request" {
        /// Starts and ends of protocol versions: consent carried over, persons told.
        ProtocolEffects => "protocol_effects",
        /// A signed checkpoint of the audit chain.
        AuditCheckpoint => "audit_checkpoint",
        /// The rectification officers' reminders of deadlines near.
        RectificationReminders => "rectification_reminders",
        /// E-mail from the outbox, over SMTP (when configured).
        MailOutbox => "mail_outbox",
        /// Persons past their retention pseudonymised (`services::retention`).
        Retention => "retention",
    }
);

impl Job {
    /// The message that names it on the DPO's page.
    pub fn label_id(self) -> String {
        format!("jobs-name-{}", self.as_str().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_job_has_a_label() {
        assert_eq!(Job::ProtocolEffects.label_id(), "jobs-name-protocol-effects");
        assert_eq!(Job::ALL.len(), 5);
    }
}

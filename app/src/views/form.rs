//! What a plain HTML form sent, given back with the reason when the server refused it: the
//! form's handler renders the form's page again with this in context, so nothing typed is lost
//! and the message stands next to the box it is about (WCAG 3.3.1), without JavaScript.

use crate::error::AppError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormEcho {
    /// The form's fields as sent, in order (a checkbox list sends one pair per ticked box).
    pub values: Vec<(String, String)>,
    /// Why it was refused: the error to show.
    pub error: Option<AppError>,
}

impl FormEcho {
    pub fn refused(values: Vec<(String, String)>, error: AppError) -> FormEcho {
        FormEcho { values, error: Some(error) }
    }

    /// The first value sent for `name`, or empty.
    pub fn value(&self, name: &str) -> String {
        self.values.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// Every value sent for `name` (a checkbox list).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.values.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }

    /// Whether the refusal is about the input `name`.
    pub fn about(&self, name: &str) -> bool {
        matches!(&self.error, Some(AppError::Invalid { field, .. }) if field == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_echo_gives_back_what_was_sent_and_names_the_box_at_fault() {
        let sent = vec![
            ("name".into(), "Onthaal".into()),
            ("fields".into(), "phone".into()),
            ("fields".into(), "email".into()),
        ];
        let echo = FormEcho::refused(
            sent,
            AppError::Invalid { field: "purpose".into(), message_id: "profile-error-purpose-required".into() },
        );
        assert_eq!(echo.value("name"), "Onthaal");
        assert_eq!(echo.value("purpose"), "");
        assert_eq!(echo.all("fields"), ["phone", "email"]);
        assert!(echo.about("purpose") && !echo.about("name"));
    }
}

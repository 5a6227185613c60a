//! The function-profile register (art. 4).

use crate::domain::fields::Field;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileRow {
    pub name: String,
    pub purpose: String,
    pub fields: Vec<Field>,
    pub active: bool,
}

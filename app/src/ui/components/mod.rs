//! Pieces every audience's pages use: the frame, the guarded page, banners, errors, formatting.

pub mod correction_history;
pub mod error_panel;
pub mod form;
pub mod format;
pub mod layout;
pub mod notice;
pub mod page;
pub mod translations;

pub use error_panel::{ErrorPanel, set_status};
pub use layout::Layout;
pub use notice::{form_notice, protocol_endings};
pub use page::{guarded_document, guarded_page, page_access, passkey_text, redirect_to};

//! Server functions: thin. Each parses its input, authorizes, and calls one service.
//! Their wire types live beside them so that islands and pages share them.

pub mod protocols;

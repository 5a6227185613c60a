//! What anyone sees without signing in: the home page, published protocols, languages.

mod invitation_links;
mod pages;
mod redirects;

//! What anyone sees without signing in: the home page, published protocols, languages.

mod pages;
mod redirects;

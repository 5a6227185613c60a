//! The Fluent files are embedded at compile time (`fluent_templates::static_loader!`): a new or
//! changed `.ftl` file must rebuild the crate, which cargo does not know without this.

fn main() {
    println!("cargo:rerun-if-changed=../locales");
}

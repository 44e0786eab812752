//! The page's words: one message catalogue per language (`locales/<lang>.ftl`, Project
//! Fluent's syntax), fetched before the first render and fixed for the visit (choosing
//! another language reloads the page, whose state is in the URL).
//!
//! - [`t!`](crate::t) words a message: `t!("explorer-title")`, `t!("epochs", n = count)`;
//! - [`rich!`](crate::rich) words a message with a little markup (`<strong>`, `<a href="#s3">`);
//! - [`fixed`], [`trimmed`], [`factor`] write numbers in the language's form, and
//!   (number fields read `0,7` and `0.7` alike where the decimal sign is a comma, and read a
//!   comma as grouping thousands where it is a point: [`neuron_core::ParamSpec::parse`]);
//! - [`load`] fetches the language's file; [`menu`] is the header's language menu.

mod args;
pub mod load;
pub mod menu;
mod numbers;
mod pseudo;
mod rich;

use std::sync::OnceLock;

use catalogue::{Arg, Catalogue};

pub use args::{IntoArg, num};
pub use numbers::{decimal_sign, factor, fixed, large_number, localize, shipped, trimmed};
pub use rich::rich_view;

/// The language in use and its messages.
pub struct Locale {
    /// The BCP 47 tag: `en`, `es`, `de`, `zh-CN`, or the pseudo-locale `en-XA`.
    pub lang: String,
    pub catalogue: Catalogue,
    /// The decimal sign the browser's `Intl` uses for `lang`.
    pub decimal: char,
}

static LOCALE: OnceLock<Locale> = OnceLock::new();

/// Installs the language for the visit (the first call wins). `source` is the `.ftl` file's
/// text; the pseudo-locale `en-XA` is made from English's.
pub fn install(lang: &str, source: &str) {
    let mut catalogue = Catalogue::new(source, numbers::plural_rule(lang));
    if lang == pseudo::TAG {
        catalogue.map_text(pseudo::stretch);
    }
    let decimal = numbers::decimal_for(lang);
    let _ = LOCALE.set(Locale {
        lang: lang.to_string(),
        catalogue,
        decimal,
    });
}

/// The language in use (English until one is installed).
pub fn lang() -> &'static str {
    LOCALE.get().map_or("en", |l| l.lang.as_str())
}

pub(crate) fn locale() -> Option<&'static Locale> {
    LOCALE.get()
}

/// Message `id` in the visit's language with `args` put in (its id if it is missing).
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    match LOCALE.get() {
        Some(l) => l.catalogue.format(id, args),
        None => id.to_string(),
    }
}

/// Message `id` in words: `t!("id")`, or with variables `t!("id", n = 3, name = text)`.
/// Numbers that are counts pass as integers (they choose the plural); shown decimals pass
/// through [`num`](crate::i18n::num) or as text already written by [`fixed`](crate::i18n::fixed).
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::message($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($name), $crate::i18n::IntoArg::into_arg($value))),+],
        )
    };
}

/// Message `id` as a view, its markup (`<strong>`, `<em>`, `<code>`, `<sub>`, `<sup>`, and
/// `<a href="#id">` to a place in the page or `<a href="https://…">`) made into elements, never
/// parsed as HTML: `rich!("lesson-s1-text")`, `rich!("id", n = 3)`.
#[macro_export]
macro_rules! rich {
    ($($tokens:tt)+) => {
        $crate::i18n::rich_view($crate::t!($($tokens)+))
    };
}

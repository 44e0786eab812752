//! What a message's variables can be: words, counts and numbers.

use catalogue::Arg;

/// A value that can fill a message's variable.
pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl IntoArg for Arg {
    fn into_arg(self) -> Arg {
        self
    }
}

impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Text(self)
    }
}

impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        Arg::Text(self.clone())
    }
}

impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}

macro_rules! counts {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            /// A count: chooses the plural variant, shown as a whole number.
            fn into_arg(self) -> Arg {
                Arg::number(self as f64, self.to_string())
            }
        }
    )*};
}

counts!(usize, u8, u16, u32, u64, i32, i64);

/// A number shown with at most `max_decimals` places in the language's form, that also
/// chooses the plural variant: `t!("rate", hz = num(49.5, 1))`.
pub fn num(value: f64, max_decimals: usize) -> Arg {
    Arg::number(value, super::trimmed(value, max_decimals))
}

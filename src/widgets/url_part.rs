//! A widget's part of the page's URL. The page's state lives in the URL's fragment
//! (`#v=1&x=…&bd-w1=…`); each widget with a state reads its own keys from it, writes them back,
//! and says which of its changes make a new URL. The page loops over the parts
//! (`crate::widget_list::Models::parts`) and knows no key.

use neuron_core::query::{STATE_VERSION, get, parse_query};

/// A link's state, as every part reads it.
pub struct Link {
    /// The fragment, without `#`.
    pub fragment: String,
    /// Its `key=value` pairs.
    pub pairs: Vec<(String, String)>,
}

impl Link {
    pub fn new(fragment: &str) -> Link {
        Link {
            fragment: fragment.to_string(),
            pairs: parse_query(fragment),
        }
    }

    /// Whether the link is of today's state version. An older or unknown one opens every widget
    /// at its default (the explorer's notice says why).
    pub fn current(&self) -> bool {
        get(&self.pairs, "v") == Some(&STATE_VERSION.to_string())
    }

    /// A widget's state read by `parse` from the link's pairs, with `say` wording each problem
    /// it reports into `notices`; the default for a link of another version.
    pub fn read<S: Default, P>(
        &self,
        notices: &mut Vec<String>,
        parse: impl FnOnce(&[(String, String)]) -> (S, Vec<P>),
        say: impl Fn(P) -> String,
    ) -> S {
        if !self.current() {
            return S::default();
        }
        let (state, problems) = parse(&self.pairs);
        notices.extend(problems.into_iter().map(say));
        state
    }
}

/// A part of the page's state kept in the URL.
pub trait UrlPart {
    /// Adds the part's pairs to the URL's query, in its own order.
    fn write(&self, pairs: &mut Vec<(String, String)>);
    /// Reads (tracks) every signal whose change should give a new URL. Called inside the
    /// page's effect that marks the URL as changed.
    fn track(&self);
    /// Sets the state `link` describes (a link edited by hand, the back button, a settings
    /// file), adding a notice for each value it had to correct.
    fn apply(&self, link: &Link, notices: &mut Vec<String>);
}

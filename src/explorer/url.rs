//! The explorer's part of the URL: `v` (the state's version), `x`, `w`, `b` and `f`.

use leptos::prelude::*;
use neuron_core::ExplorerState;

use super::ExplorerModel;
use crate::widgets::{Link, UrlPart};

/// The explorer's state a link describes, with a notice for each value corrected. The
/// explorer also reads the link's version, and its notice says when the link is too old.
pub fn read(link: &Link, notices: &mut Vec<String>) -> ExplorerState {
    let parsed = ExplorerState::from_query(&link.fragment);
    notices.extend(parsed.notices.iter().map(crate::words::explorer_notice));
    parsed.state
}

impl UrlPart for ExplorerModel {
    fn write(&self, pairs: &mut Vec<(String, String)>) {
        pairs.extend(self.state.with(ExplorerState::query_pairs));
    }

    fn track(&self) {
        self.state.track();
    }

    fn apply(&self, link: &Link, notices: &mut Vec<String>) {
        self.state.set(read(link, notices));
    }
}

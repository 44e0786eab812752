//! The network's part of the URL: the `nn-` keys.

use leptos::prelude::*;
use neuron_core::network_state::NetworkState;

use super::NetModel;
use crate::widgets::{Link, UrlPart};

/// The network's state a link describes (the default for a link of another version), with a
/// notice for each value corrected.
pub fn read(link: &Link, notices: &mut Vec<String>) -> NetworkState {
    link.read(
        notices,
        NetworkState::from_pairs,
        crate::words::network_notice,
    )
}

impl UrlPart for NetModel {
    fn write(&self, pairs: &mut Vec<(String, String)>) {
        pairs.extend(self.state.with(NetworkState::query_pairs));
    }

    fn track(&self) {
        self.state.track();
    }

    fn apply(&self, link: &Link, notices: &mut Vec<String>) {
        let state = read(link, notices);
        self.edit(|s| *s = state);
    }
}

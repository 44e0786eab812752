//! The decision boundary's part of the URL: the `bd-` keys.

use leptos::prelude::*;
use neuron_core::boundary::BoundaryState;

use super::BoundaryModel;
use crate::widgets::{Link, UrlPart};

/// The boundary's state a link describes (the default for a link of another version), with a
/// notice for each value corrected.
pub fn read(link: &Link, notices: &mut Vec<String>) -> BoundaryState {
    link.read(
        notices,
        BoundaryState::from_pairs,
        crate::words::boundary_notice,
    )
}

impl UrlPart for BoundaryModel {
    fn write(&self, pairs: &mut Vec<(String, String)>) {
        pairs.extend(self.state.with(BoundaryState::query_pairs));
    }

    fn track(&self) {
        self.state.track();
    }

    fn apply(&self, link: &Link, notices: &mut Vec<String>) {
        self.playing.set(false);
        self.state.set(read(link, notices));
        self.restart_history();
    }
}

//! The biological lab's part of the URL: the `bl-` keys (the recorded neuron's protocol).

use leptos::prelude::*;
use neuron_core::bio::sweep::Protocol;

use super::BioModel;
use crate::widgets::{Link, UrlPart};

/// The protocol a link describes (the default for a link of another version), with a notice
/// for each value corrected.
pub fn read(link: &Link, notices: &mut Vec<String>) -> Protocol {
    link.read(notices, Protocol::from_pairs, crate::words::protocol_notice)
}

impl UrlPart for BioModel {
    fn write(&self, pairs: &mut Vec<(String, String)>) {
        pairs.extend(self.protocol.with(Protocol::query_pairs));
    }

    fn track(&self) {
        self.protocol.track();
    }

    fn apply(&self, link: &Link, notices: &mut Vec<String>) {
        self.playing.set(false);
        let protocol = read(link, notices);
        self.edit(|p| *p = protocol);
    }
}

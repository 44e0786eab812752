//! The page's widgets: the one list a new widget joins. Each widget's folder owns its page
//! contract (its [`WidgetPage`]: share option, lock and hide groups, part of the lesson) and, if
//! it has a state, its part of the URL ([`UrlPart`]); everything that goes over every widget
//! (the URL, the share dialog, the teachers' guide, the progress panel) loops over these lists.

use neuron_core::widget::Widget;

use crate::biolab::{BioModel, Coincidence, Pairing};
use crate::boundary::BoundaryModel;
use crate::dendrite::DendriteModel;
use crate::explorer::ExplorerModel;
use crate::network::NetModel;
use crate::runtime::visibility::compiled;
use crate::widgets::{Link, OpenSettings, UrlPart, WidgetPage};

/// Every widget's page contract, in the lesson's order (that of [`Widget::ALL`]).
pub const PAGES: [&WidgetPage; 8] = [
    &crate::biolab::NEURON,
    &crate::explorer::PAGE,
    &crate::boundary::PAGE,
    &crate::network::PAGE,
    &crate::biolab::BRIDGE,
    &crate::dendrite::PAGE,
    &crate::biolab::TIMING,
    &crate::scale::PAGE,
];

/// The page contracts of the widgets this binary has: every one, but in a widget's own binary
/// (an embed) only its widget's, so that it holds no other widget's words (the others are left
/// out when the constant is made, and with them everything they name).
const COMPILED: [Option<&WidgetPage>; 8] = {
    let mut pages = [None; 8];
    let mut i = 0;
    while i < PAGES.len() {
        if compiled(PAGES[i].widget) {
            pages[i] = Some(PAGES[i]);
        }
        i += 1;
    }
    pages
};

/// The page contracts of the widgets this binary has, in the lesson's order (see [`COMPILED`]).
pub fn compiled_pages() -> impl Iterator<Item = &'static WidgetPage> {
    COMPILED.into_iter().flatten()
}

/// The page contract of `widget`.
pub fn page(widget: Widget) -> &'static WidgetPage {
    PAGES[Widget::ALL
        .iter()
        .position(|w| *w == widget)
        .expect("every widget is in Widget::ALL")]
}

/// The widgets' models: their state, shared by the lesson's views, predictions and challenges.
///
/// A widget's own binary (an embed, see [`BUILT_FOR`](crate::runtime::visibility::BUILT_FOR))
/// has only the models its widget uses: the others are `None`, so that their code is not in it.
/// The whole lesson's binary has every one.
#[derive(Clone, Copy)]
pub struct Models {
    pub explorer: Option<ExplorerModel>,
    pub boundary: Option<BoundaryModel>,
    pub layers: Option<NetModel>,
    pub biolab: Option<BioModel>,
    pub dendrite: Option<DendriteModel>,
    /// The pairing experiment's settings (read by its challenge).
    pub pairing: Pairing,
    /// The coincidence experiment's settings (read by its challenge and prediction).
    pub coincidence: Coincidence,
    /// Which widgets' "More settings" are open.
    pub open: OpenSettings,
}

impl Models {
    /// The models in the state `link` describes, adding a notice for each value corrected.
    pub fn read(link: &Link, notices: &mut Vec<String>) -> Models {
        Models {
            // The timing widget compares with the explorer's neuron.
            explorer: (compiled(Widget::Explorer) || compiled(Widget::Timing))
                .then(|| ExplorerModel::new(crate::explorer::read_link(link, notices))),
            boundary: compiled(Widget::Boundary)
                .then(|| BoundaryModel::new(crate::boundary::read_link(link, notices))),
            layers: compiled(Widget::Layers)
                .then(|| NetModel::new(crate::network::read_link(link, notices))),
            biolab: compiled(Widget::Neuron)
                .then(|| BioModel::new(crate::biolab::read_link(link, notices))),
            dendrite: compiled(Widget::Dendrite).then(|| {
                let (params, pattern) = crate::dendrite::read_link(link, notices);
                DendriteModel::new(params, pattern)
            }),
            pairing: Pairing::new(),
            coincidence: Coincidence::new(),
            open: OpenSettings::new(link),
        }
    }

    /// Every part of the page's state kept in the URL, in the URL's order. (`compiled` is a
    /// constant: a widget's own binary then has no other widget's URL code.)
    pub fn parts(&self) -> Vec<&dyn UrlPart> {
        let mut parts: Vec<&dyn UrlPart> = Vec::with_capacity(6);
        if let Some(m) = self
            .explorer
            .as_ref()
            .filter(|_| compiled(Widget::Explorer) || compiled(Widget::Timing))
        {
            parts.push(m);
        }
        if let Some(m) = self
            .boundary
            .as_ref()
            .filter(|_| compiled(Widget::Boundary))
        {
            parts.push(m);
        }
        if let Some(m) = self.layers.as_ref().filter(|_| compiled(Widget::Layers)) {
            parts.push(m);
        }
        if let Some(m) = self.biolab.as_ref().filter(|_| compiled(Widget::Neuron)) {
            parts.push(m);
        }
        if let Some(m) = self
            .dendrite
            .as_ref()
            .filter(|_| compiled(Widget::Dendrite))
        {
            parts.push(m);
        }
        parts.push(&self.open);
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_lessons_binary_has_every_widget() {
        assert_eq!(compiled_pages().count(), PAGES.len());
    }

    #[test]
    fn the_list_has_every_widget_once_in_the_lessons_order() {
        let listed: Vec<Widget> = PAGES.iter().map(|p| p.widget).collect();
        assert_eq!(listed, Widget::ALL);
        for w in Widget::ALL {
            assert_eq!(page(w).widget, w);
        }
    }

    #[test]
    fn group_keys_are_unique_and_start_with_a_widget_prefix() {
        let keys: Vec<&str> = PAGES
            .iter()
            .flat_map(|p| p.groups.iter().map(|g| g.key))
            .collect();
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), keys.len());
        assert!(keys.iter().all(|k| k.len() > 3 && k.as_bytes()[2] == b'-'));
    }
}

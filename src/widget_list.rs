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

/// The page contract of `widget`.
pub fn page(widget: Widget) -> &'static WidgetPage {
    PAGES[Widget::ALL
        .iter()
        .position(|w| *w == widget)
        .expect("every widget is in Widget::ALL")]
}

/// The widgets' models: their state, shared by the lesson's views, predictions and challenges.
#[derive(Clone, Copy)]
pub struct Models {
    pub explorer: ExplorerModel,
    pub boundary: BoundaryModel,
    pub layers: NetModel,
    pub biolab: BioModel,
    pub dendrite: DendriteModel,
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
            explorer: ExplorerModel::new(crate::explorer::read_link(link, notices)),
            boundary: BoundaryModel::new(crate::boundary::read_link(link, notices)),
            layers: NetModel::new(crate::network::read_link(link, notices)),
            biolab: BioModel::new(crate::biolab::read_link(link, notices)),
            dendrite: {
                let (params, pattern) = crate::dendrite::read_link(link, notices);
                DendriteModel::new(params, pattern)
            },
            pairing: Pairing::new(),
            coincidence: Coincidence::new(),
            open: OpenSettings::new(link),
        }
    }

    /// Every part of the page's state kept in the URL, in the URL's order.
    pub fn parts(&self) -> [&dyn UrlPart; 6] {
        [
            &self.explorer,
            &self.boundary,
            &self.layers,
            &self.biolab,
            &self.dendrite,
            &self.open,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

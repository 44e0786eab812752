//! The page's widgets, by name: what challenges, progress codes, embed links (`?embed=`) and
//! "More settings" (`more=`) refer to. [`Widget::id`] is the only place a widget's name is
//! written; [`Widget::parse`] the only way back.

use std::fmt;

/// One widget of the lesson, in the lesson's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Widget {
    /// The biological neuron lab of section 1 (the Hodgkin–Huxley and integrate-and-fire models).
    Neuron,
    /// The artificial-neuron explorer: inputs, weights, bias and activation by hand.
    Explorer,
    /// One neuron on a plane: its decision boundary, trained.
    Boundary,
    /// A small network, trained on the plane.
    Layers,
    /// A synapse that learns by spike timing, beside the trained weights.
    Bridge,
    /// A dendrite that computes on its own.
    Dendrite,
    /// The same inputs, close together or apart in time.
    Timing,
    /// Brains and networks side by side: counts and energy.
    Scale,
}

/// A name that is not a widget's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownWidget(pub String);

impl fmt::Display for UnknownWidget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no widget is called {:?}", self.0)
    }
}

impl Widget {
    /// Every widget, in the lesson's order.
    pub const ALL: [Widget; 8] = [
        Widget::Neuron,
        Widget::Explorer,
        Widget::Boundary,
        Widget::Layers,
        Widget::Bridge,
        Widget::Dendrite,
        Widget::Timing,
        Widget::Scale,
    ];

    /// The widget's name in URLs (`?embed=boundary`, `more=boundary`), progress codes' sections
    /// and the page's `data-widget` attributes.
    pub fn id(self) -> &'static str {
        match self {
            Widget::Neuron => "neuron",
            Widget::Explorer => "explorer",
            Widget::Boundary => "boundary",
            Widget::Layers => "layers",
            Widget::Bridge => "bridge",
            Widget::Dendrite => "dendrite",
            Widget::Timing => "timing",
            Widget::Scale => "scale",
        }
    }

    /// The widget named `name` (exactly as [`Widget::id`] writes it).
    pub fn parse(name: &str) -> Result<Widget, UnknownWidget> {
        Widget::ALL
            .into_iter()
            .find(|w| w.id() == name)
            .ok_or_else(|| UnknownWidget(name.to_string()))
    }

    /// The widgets named in a comma-separated list (`more=layers,boundary`), each once, in
    /// [`Widget::ALL`]'s order: anything else (a typo, a tampered link) is dropped.
    pub fn parse_list(value: &str) -> Vec<Widget> {
        let given: Vec<&str> = value.split(',').map(str::trim).collect();
        Widget::ALL
            .into_iter()
            .filter(|w| given.contains(&w.id()))
            .collect()
    }

    /// `widgets` as a comma-separated list, the form [`Widget::parse_list`] reads.
    pub fn list(widgets: &[Widget]) -> String {
        widgets.iter().map(|w| w.id()).collect::<Vec<_>>().join(",")
    }
}

impl fmt::Display for Widget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_parses_back_to_its_widget_and_ids_are_distinct() {
        for w in Widget::ALL {
            assert_eq!(Widget::parse(w.id()), Ok(w));
        }
        let mut ids: Vec<_> = Widget::ALL.iter().map(|w| w.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Widget::ALL.len());
    }

    #[test]
    fn unknown_names_are_errors_that_quote_the_name() {
        assert_eq!(
            Widget::parse("Boundary"),
            Err(UnknownWidget("Boundary".into()))
        );
        assert!(Widget::parse("").is_err());
        assert!(
            Widget::parse("x<script>")
                .unwrap_err()
                .to_string()
                .contains("x<script>")
        );
    }

    #[test]
    fn lists_keep_only_known_widgets_once_in_lesson_order() {
        assert_eq!(
            Widget::parse_list("layers,boundary"),
            [Widget::Boundary, Widget::Layers]
        );
        assert_eq!(
            Widget::parse_list(" layers ,layers,x<script>,"),
            [Widget::Layers]
        );
        assert!(Widget::parse_list("").is_empty());
        let all = Widget::list(&Widget::ALL);
        assert_eq!(Widget::parse_list(&all), Widget::ALL);
        assert_eq!(
            Widget::list(&[Widget::Boundary, Widget::Layers]),
            "boundary,layers"
        );
    }
}

//! The artificial-neuron explorer: the first widget a learner meets. They set inputs, weights,
//! bias and activation by hand and see the equation, the neuron diagram and the activation
//! curve follow.

mod activation_plot;
mod challenges;
mod diagram;
mod equation_view;
mod inputs;
mod model;
mod page;
mod predict;
mod toolbar;
mod url;

pub use diagram::{diagram_markup, synapse_width};
pub use model::ExplorerModel;
pub use page::PAGE;
pub use predict::PredictDoubling;
pub use url::read as read_link;

use leptos::prelude::*;
use neuron_core::widget::Widget;

use activation_plot::{ActivationNotes, ActivationPlot};
use diagram::NeuronDiagram;
use equation_view::EquationView;
use inputs::InputRows;
use toolbar::{ActivationPicker, InputButtons};

/// The neuron's equation, as the explorer's lede shows it.
const FORMULA: &str = "y = f(w · x + b)";

/// `sentence` (one message whose variable `formula` is `formula`) with the formula set in its
/// own style, wherever the language puts it.
pub(crate) fn with_formula(sentence: String, formula: &'static str) -> impl IntoView {
    match sentence.split_once(formula) {
        Some((before, after)) => view! {
            {before.to_string()}
            <span class="formula">{formula}</span>
            {after.to_string()}
        }
        .into_any(),
        None => sentence.into_any(),
    }
}

/// The whole explorer widget, driven by `model`.
#[component]
pub fn Explorer(model: ExplorerModel) -> impl IntoView {
    let frame = crate::runtime::visibility::provide_seen(Widget::Explorer);
    view! {
        <section node_ref=frame class="widget explorer" aria-labelledby="explorer-title">
            <header class="widget-header">
                <h3 class="widget-title" id="explorer-title">{crate::t!("explorer-title")}</h3>
                <p class="lede">
                    {with_formula(crate::t!("explorer-lede", formula = FORMULA), FORMULA)}
                </p>
            </header>
            <div class="explorer-grid">
                <div class="grid-column">
                    <div class="panel controls-panel" data-group=page::INPUTS.key>
                        <InputRows model=model />
                        <InputButtons model=model />
                    </div>
                    <div class="panel diagram-panel">
                        <NeuronDiagram model=model />
                    </div>
                </div>
                <div class="grid-column">
                    <div class="panel results-panel">
                        <EquationView model=model />
                    </div>
                    <div class="panel plot-panel">
                        <ActivationPicker model=model />
                        <ActivationPlot model=model />
                    </div>
                </div>
            </div>
            <div class="panel widget-explain">
                <ActivationNotes model=model />
            </div>
            {challenges::explorer_challenges(model)}
        </section>
    }
}

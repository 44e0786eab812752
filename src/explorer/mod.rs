//! The artificial-neuron explorer: the first widget a learner meets. They set inputs, weights,
//! bias and activation by hand and see the equation, the neuron diagram and the activation
//! curve follow.

mod activation_plot;
mod challenges;
mod diagram;
mod equation_view;
mod inputs;
mod model;
mod toolbar;

pub use diagram::{diagram_markup, synapse_width};
pub use model::ExplorerModel;

use leptos::prelude::*;

use activation_plot::{ActivationNotes, ActivationPlot};
use diagram::NeuronDiagram;
use equation_view::EquationView;
use inputs::InputRows;
use toolbar::{ActivationPicker, InputButtons};

/// The whole explorer widget, driven by `model`.
#[component]
pub fn Explorer(model: ExplorerModel) -> impl IntoView {
    let frame = crate::widgets::visibility::provide_seen("explorer");
    view! {
        <section node_ref=frame class="widget explorer" aria-labelledby="explorer-title">
            <header class="widget-header">
                <h3 class="widget-title" id="explorer-title">"Build an artificial neuron"</h3>
                <p class="lede">
                    "Inputs times weights, plus a bias, through an activation function: "
                    <span class="formula">"y = f(w · x + b)"</span>
                    "."
                </p>
            </header>
            <div class="explorer-grid">
                <div class="grid-column">
                    <div class="panel controls-panel">
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

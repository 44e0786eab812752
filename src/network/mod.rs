//! The layers widget: a small network (2 inputs, one or two hidden layers, one output) that
//! learns by backpropagation, shows every unit and weight, and shows why nonlinearity is what
//! makes layers worth stacking: with linear activations the layers collapse into one.

mod collapse;
mod controls;
mod diagram;
mod model;
mod plane;

pub use model::{Metrics, NetModel};

use leptos::prelude::*;

use collapse::CollapsePanel;
use controls::NetworkControls;
use diagram::NetworkDiagram;
use plane::NetworkPlane;

/// The whole layers widget, driven by `model`.
#[component]
pub fn Layers(model: NetModel) -> impl IntoView {
    let frame = crate::widgets::visibility::provide_seen();
    view! {
        <section node_ref=frame class="widget layers" aria-labelledby="layers-title">
            <header class="widget-header">
                <h3 class="widget-title" id="layers-title">"Stack neurons in layers"</h3>
                <p class="lede">
                    "One neuron draws one straight line. Stack them in layers with a nonlinear activation and the boundary can bend around any shape; make every activation linear and the whole network collapses back into a single neuron."
                </p>
            </header>
            <div class="layers-grid">
                <div class="panel">
                    <NetworkControls model=model />
                </div>
                <div class="panel">
                    <NetworkDiagram model=model />
                </div>
                <div class="panel">
                    <NetworkPlane model=model />
                </div>
                <div class="panel">
                    <CollapsePanel model=model />
                </div>
            </div>
        </section>
    }
}

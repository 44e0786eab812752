//! The decision-boundary widget: a two-input neuron over the plane. The learner drags its
//! boundary by hand, then watches it learn from data, and meets the data it cannot learn (XOR).

mod data_panel;
mod model;
mod plane;
mod step_view;
mod training_panel;
mod weights;

pub use model::{BoundaryModel, Outcome};

use leptos::prelude::*;

use data_panel::DataPanel;
use plane::PlaneCanvas;
use training_panel::TrainingPanel;
use weights::WeightControls;

/// The whole decision-boundary widget, driven by `model`.
#[component]
pub fn Boundary(model: BoundaryModel) -> impl IntoView {
    let frame = crate::widgets::visibility::provide_seen();
    view! {
        <section node_ref=frame class="widget boundary" aria-labelledby="boundary-title">
            <header class="widget-header">
                <h3 class="widget-title" id="boundary-title">"Draw a boundary, then let the neuron learn"</h3>
                <p class="lede">
                    "With two inputs, a neuron splits the plane in two along the line where "
                    <span class="formula">"w₁x₁ + w₂x₂ + b = 0"</span>
                    ". Drag the line or its arrow, or press Train and watch it learn. Then try XOR."
                </p>
            </header>
            <div class="boundary-grid">
                <div class="panel plane-panel">
                    <PlaneCanvas model=model />
                </div>
                <div class="panel side-panel">
                    <WeightControls model=model />
                    <TrainingPanel model=model />
                </div>
                <div class="panel data-panel">
                    <DataPanel model=model />
                </div>
            </div>
        </section>
    }
}

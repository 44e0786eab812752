//! The layers widget: a small network (up to seven input features, one to six hidden layers, one
//! output or a softmax over three or four classes) that learns by backpropagation, shows every
//! unit and weight, and shows why nonlinearity is what makes layers worth stacking: with linear
//! activations the layers collapse into one. Dale's law can hold each hidden unit to one sign.

mod architecture;
mod challenges;
mod collapse;
mod controls;
mod curves;
mod dale;
mod data;
mod diagram;
mod feedback;
mod inputs;
mod model;
mod page;
mod plane;
mod predict;
mod url;

pub use controls::training_outcome;
pub use model::{Metrics, NetModel};
pub use page::PAGE;
pub use predict::{PredictDale, PredictLinearLayers};
pub use url::read as read_link;

use leptos::prelude::*;
use neuron_core::widget::Widget;

use collapse::CollapsePanel;
use controls::{NetworkControls, NetworkMore};
use curves::TrainingCurves;
use diagram::NetworkDiagram;
use feedback::RulePanel;
use plane::NetworkPlane;

use crate::widgets::more_settings;

/// Each class's legend mark, as whole class names (the embed's style keeps the rules of the
/// classes its binary names literally).
const CLASS_MARKS: [&str; 4] = [
    "marker class-0",
    "marker class-1",
    "marker class-2",
    "marker class-3",
];

/// The whole layers widget, driven by `model`.
#[component]
pub fn Layers(model: NetModel) -> impl IntoView {
    let frame = crate::runtime::visibility::provide_seen(Widget::Layers);
    view! {
        <section node_ref=frame class="widget layers" aria-labelledby="layers-title">
            <header class="widget-header">
                <h3 class="widget-title" id="layers-title">{crate::t!("layers-title")}</h3>
                <p class="lede">{crate::t!("layers-lede")}</p>
            </header>
            // The panels in the order they are seen at every width, so that focus follows the
            // eye: one column (plane, diagram, controls, curves); two (plane above the diagram,
            // then the controls above the curves); three, read row by row (the plane, the
            // diagram above the curves, the controls).
            <div class="layers-grid">
                <div class="grid-column">
                    <div class="panel plane-panel">
                        <NetworkPlane model=model />
                    </div>
                    <div class="panel diagram-panel">
                        <NetworkDiagram model=model />
                    </div>
                </div>
                <div class="grid-column">
                    <div class="panel controls-panel">
                        <NetworkControls model=model />
                        {more_settings(Widget::Layers, view! {
                            <RulePanel model=model />
                            <NetworkMore model=model />
                        })}
                    </div>
                    <div class="panel curves-panel">
                        <TrainingCurves model=model />
                    </div>
                </div>
            </div>
            <div class="panel widget-explain">
                <CollapsePanel model=model />
            </div>
            {challenges::layers_challenges(model)}
        </section>
    }
}

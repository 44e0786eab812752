//! The decision-boundary widget: a two-input neuron over the plane. The learner drags its
//! boundary by hand, then watches it learn from data, and meets the data it cannot learn (XOR).

mod challenges;
mod data_panel;
mod model;
mod page;
mod plane;
mod predict;
mod step_view;
mod training_panel;
mod url;
mod weights;

pub use model::{BoundaryModel, Outcome};
pub use page::PAGE;
pub use predict::{PredictPerceptron, PredictXor};
pub use url::read as read_link;

use leptos::prelude::*;
use neuron_core::widget::Widget;

use data_panel::{DataMore, DataPanel};
use plane::PlaneCanvas;
use training_panel::{TrainingCurve, TrainingMore, TrainingPanel};
use weights::WeightControls;

use crate::widgets::more_settings;

/// The boundary's equation, as the lede shows it.
const FORMULA: &str = "w₁x₁ + w₂x₂ + b = 0";

/// The whole decision-boundary widget, driven by `model`.
#[component]
pub fn Boundary(model: BoundaryModel) -> impl IntoView {
    let frame = crate::runtime::visibility::provide_seen(Widget::Boundary);
    // The lede names what the learner can do: press Train (unless it is hidden or locked), drag
    // the line (unless the weights are locked).
    let lede = if crate::widgets::usable(&page::TRAINING) {
        crate::t!("boundary-lede", formula = FORMULA)
    } else if !crate::widgets::locked(&page::WEIGHTS) {
        crate::t!("boundary-lede-drag", formula = FORMULA)
    } else {
        crate::t!("boundary-lede-still", formula = FORMULA)
    };
    view! {
        <section node_ref=frame class="widget boundary" aria-labelledby="boundary-title">
            <header class="widget-header">
                <h3 class="widget-title" id="boundary-title">{crate::t!("boundary-title")}</h3>
                <p class="lede">
                    {crate::explorer::with_formula(lede, FORMULA)}
                </p>
            </header>
            <div class="boundary-grid">
                <div class="panel plane-panel">
                    <PlaneCanvas model=model />
                    <TrainingCurve model=model />
                </div>
                <div class="panel side-panel">
                    <WeightControls model=model />
                    <div class="data-choice" data-group=page::DATA.key>
                        <DataPanel model=model />
                    </div>
                    <div class="learning">
                        <TrainingPanel model=model />
                    </div>
                    {more_settings(Widget::Boundary, view! {
                        <TrainingMore model=model />
                        <div class="data-more" data-group=page::DATA.key>
                            <DataMore model=model />
                        </div>
                    })}
                </div>
            </div>
            {challenges::boundary_challenges(model)}
        </section>
    }
}

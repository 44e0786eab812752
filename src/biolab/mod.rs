//! The biological-neuron lab: inject current into a simulated neuron (Hodgkin-Huxley or leaky
//! integrate-and-fire) and record its membrane potential, as on an electrophysiology rig. Find
//! the threshold, see the all-or-nothing spike and the refractory period; compare the firing
//! rate with an activation function; see the plasticity rule real synapses follow.

mod anatomy;
mod bridge;
mod challenges;
mod controls;
mod model;
mod page;
mod plasticity;
mod predict;
mod same_inputs;
mod timing;
mod traces;
mod url;

pub use model::BioModel;
pub use page::{BRIDGE, NEURON, TIMING};
pub use predict::{PredictRepeat, PredictSpikeHeight, PredictTiming};
pub use url::read as read_link;

use leptos::prelude::*;
use neuron_core::widget::Widget;

use anatomy::Anatomy;
use bridge::Bridge;
use controls::{StimulusControls, StimulusMore};
pub use plasticity::Pairing;
use plasticity::{Plasticity, StdpComparison};
use same_inputs::SameInputs;
pub use timing::Coincidence;
use timing::Timing;
use traces::{Traces, UnderTheHood};

use crate::explorer::ExplorerModel;
use crate::widgets::{Clicker, more_settings};

/// The biological primer: the anatomy, the stimulus and the recording.
#[component]
pub fn BioPrimer(model: BioModel) -> impl IntoView {
    let frame = crate::runtime::visibility::provide_seen(Widget::Neuron);
    let clicker = StoredValue::new_local(Clicker::default());
    view! {
        <section node_ref=frame class="widget biolab" aria-labelledby="biolab-title">
            <header class="widget-header">
                <h3 class="widget-title" id="biolab-title">{crate::t!("bio-primer-title")}</h3>
                <p class="lede">{crate::t!("bio-primer-lede")}</p>
            </header>
            <div class="biolab-grid">
                <div class="panel stimulus-panel">
                    <StimulusControls model=model clicker=clicker />
                </div>
                <div class="panel traces-panel">
                    <Anatomy model=model />
                    <Traces model=model />
                </div>
            </div>
            {more_settings(Widget::Neuron, view! {
                <div class="more-grid">
                    <div class="panel">
                        <StimulusMore model=model clicker=clicker />
                    </div>
                    <div class="panel">
                        <UnderTheHood model=model />
                    </div>
                </div>
            })}
            {challenges::primer_challenges(model)}
        </section>
    }
}

/// Spikes in time: coincidence of inputs, and the same inputs into both kinds of neuron.
#[component]
pub fn BioTiming(explorer: ExplorerModel, setup: Coincidence) -> impl IntoView {
    let frame = crate::runtime::visibility::provide_seen(Widget::Timing);
    view! {
        <section node_ref=frame class="widget biolab-timing" aria-labelledby="timing-title">
            <header class="widget-header">
                <h3 class="widget-title" id="timing-title">{crate::t!("bio-timing-title")}</h3>
            </header>
            <div class="biolab-grid pair">
                <div class="panel">
                    <Timing setup=setup />
                </div>
                <div class="panel">
                    <SameInputs explorer=explorer />
                </div>
            </div>
            <p class="panel widget-explain">{crate::t!("bio-timing-explain")}</p>
            {challenges::timing_challenges(setup)}
        </section>
    }
}

/// Rates and plasticity: the f-I curve against activation functions, and STDP against
/// gradient descent.
#[component]
pub fn BioBridge(pairing: Pairing) -> impl IntoView {
    let frame = crate::runtime::visibility::provide_seen(Widget::Bridge);
    view! {
        <section node_ref=frame class="widget biolab-bridge" aria-labelledby="bridge-title">
            <header class="widget-header">
                <h3 class="widget-title" id="bridge-title">{crate::t!("bio-bridge-title")}</h3>
            </header>
            <div class="biolab-grid pair">
                <div class="panel">
                    <Bridge />
                </div>
                <div class="panel">
                    <Plasticity pairing=pairing />
                </div>
            </div>
            <div class="panel widget-explain">
                <StdpComparison />
            </div>
            {challenges::bridge_challenges(pairing)}
        </section>
    }
}

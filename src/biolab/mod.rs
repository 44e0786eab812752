//! The biological-neuron lab: inject current into a simulated neuron (Hodgkin-Huxley or leaky
//! integrate-and-fire) and record its membrane potential, as on an electrophysiology rig. Find
//! the threshold, see the all-or-nothing spike and the refractory period; compare the firing
//! rate with an activation function; see the plasticity rule real synapses follow.

mod anatomy;
mod bridge;
mod controls;
mod model;
mod plasticity;
mod same_inputs;
mod timing;
mod traces;

pub use model::BioModel;

use leptos::prelude::*;

use anatomy::Anatomy;
use bridge::Bridge;
use controls::StimulusControls;
use plasticity::Plasticity;
use same_inputs::SameInputs;
use timing::Timing;
use traces::Traces;

use crate::explorer::ExplorerModel;

/// The whole lab, driven by `model`; `explorer` is the artificial neuron it is compared with.
#[component]
pub fn BioLab(model: BioModel, explorer: ExplorerModel) -> impl IntoView {
    view! {
        <section class="widget biolab" aria-labelledby="biolab-title">
            <header class="widget-header">
                <h2 id="biolab-title">"Record a biological neuron"</h2>
                <p class="lede">
                    "A real neuron does not output a number: it integrates current over time and, when its membrane crosses a threshold, fires a spike of fixed size. Inject current, find the threshold, and try two pulses close together."
                </p>
            </header>
            <div class="panel anatomy-panel">
                <Anatomy model=model />
            </div>
            <div class="biolab-grid">
                <div class="panel">
                    <StimulusControls model=model />
                </div>
                <div class="panel">
                    <Traces model=model />
                </div>
            </div>
            <div class="biolab-grid pair">
                <div class="panel">
                    <Timing />
                </div>
                <div class="panel">
                    <SameInputs explorer=explorer />
                </div>
            </div>
            <div class="biolab-grid pair">
                <div class="panel">
                    <Bridge />
                </div>
                <div class="panel">
                    <Plasticity />
                </div>
            </div>
        </section>
    }
}

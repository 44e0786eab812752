//! The lesson: the story of biological and artificial neurons in six sections, each with its
//! widget inline, a "try this" prompt, and a summary table whose rows link to the widgets.
//! In-page links scroll instead of changing the URL's fragment, which holds the state.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::biolab::{BioBridge, BioModel, BioPrimer, BioTiming, Coincidence, Pairing};
use crate::boundary::{Boundary, BoundaryModel};
use crate::dendrite::{Dendrite, DendriteModel};
use crate::explorer::{Explorer, ExplorerModel};
use crate::learn::experiments::{
    PredictDendrite, PredictDoubling, PredictLinearLayers, PredictPerceptron, PredictRepeat,
    PredictSpikeHeight, PredictTiming, PredictXor,
};
use crate::learn::{ConceptCheck, Teachers, options};
use crate::network::{Layers, NetModel};
use crate::scale::Scale;

/// The widgets' models.
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
}

/// The sections, for the table of contents: (id, title).
const SECTIONS: [(&str, &str); 8] = [
    ("s1", "1. The biological neuron"),
    ("s2", "2. The artificial neuron"),
    ("s3", "3. Where the analogy holds"),
    ("s4", "4. Where it breaks down"),
    ("s5", "5. Why the name persists"),
    ("s6", "6. Summary"),
    ("s7", "7. Check your understanding"),
    ("teachers", "For teachers"),
];

/// A link within the page that scrolls to `target` and moves the focus there, leaving the
/// URL's fragment (the state) alone.
#[component]
pub fn JumpLink(#[prop(into)] target: String, children: Children) -> impl IntoView {
    view! {
        <a
            href=format!("#{target}")
            on:click=move |ev| {
                ev.prevent_default();
                if let Some(el) = document().get_element_by_id(&target) {
                    el.scroll_into_view();
                    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
                        // A heading is not focusable until it has a tabindex.
                        if !html.has_attribute("tabindex") {
                            let _ = html.set_attribute("tabindex", "-1");
                        }
                        let _ = html.focus();
                    }
                }
            }
        >
            {children()}
        </a>
    }
}

/// A prompt with a question for the widget that follows.
#[component]
fn TryThis(children: Children) -> impl IntoView {
    view! {
        <p class="try-this">
            <strong>"Try this. "</strong>
            {children()}
        </p>
    }
}

/// The table of contents.
#[component]
pub fn Contents() -> impl IntoView {
    view! {
        <nav class="toc" aria-label="Contents">
            <ol>
                {SECTIONS
                    .iter()
                    .filter(|(id, _)| *id != "s7" || options::quiz_on())
                    .map(|(id, title)| view! { <li><JumpLink target=*id>{*title}</JumpLink></li> })
                    .collect_view()}
            </ol>
        </nav>
    }
}

#[component]
pub fn Lesson(models: Models) -> impl IntoView {
    view! {
        <section id="s1" class="lesson-section" aria-labelledby="s1-title" tabindex="-1">
            <h2 id="s1-title">"1. The biological neuron"</h2>
            <p>
                "A neuron collects signals on its dendrites, where other cells' axons meet it at synapses. Each synapse has a strength: some excite, some inhibit. The cell body adds the effects up as a change of its membrane potential, which leaks back towards rest. When the potential at the axon hillock crosses a threshold, the neuron fires an action potential: a spike of fixed size that travels down the axon to the next cells, followed by a short refractory period in which it cannot fire again. Learning changes the strengths of the synapses."
            </p>
            <p class="aside-note">
                "All-or-nothing is true of the spike that starts at the axon's initial segment. It is not the whole story: slower, graded (analog) changes of the membrane potential also travel down the axon and change how much transmitter a spike releases (Shu et al. 2006, Nature 441:761; Alle & Geiger 2006, Science 311:1290), and some neurons, such as the retina's photoreceptors and bipolar cells, never spike at all: they signal with graded potentials."
            </p>
            <TryThis>
                "Lower the amplitude until the spike disappears: where is the threshold? Then choose a paired pulse and shorten the interval: when does the second pulse stop producing a spike, and why?"
            </TryThis>
            <PredictSpikeHeight model=models.biolab />
            <BioPrimer model=models.biolab />
        </section>

        <section id="s2" class="lesson-section" aria-labelledby="s2-title" tabindex="-1">
            <h2 id="s2-title">"2. The artificial neuron"</h2>
            <p>
                "The artificial neuron keeps the outline and drops the physics. Its inputs x stand for the signals at the dendrites, its weights w for the synaptic strengths, the weighted sum plus a bias for the cell body's summing, and the activation function f for the decision to fire; the output y stands for the axon's signal. The whole neuron is one line: y = f(w · x + b). The worked example has inputs (0.5, 0.3, 0.8), weights (0.4, −0.2, 0.9) and bias 0.1: z = 0.96 and σ(0.96) = 0.7231."
            </p>
            <TryThis>
                "Make the second weight strongly negative: how far does the output fall? Switch to the step function: which value of z is the threshold now, and what happens to the slope?"
            </TryThis>
            <PredictDoubling model=models.explorer />
            <Explorer model=models.explorer />
        </section>

        <section id="s3" class="lesson-section" aria-labelledby="s3-title" tabindex="-1">
            <h2 id="s3-title">"3. Where the analogy holds"</h2>
            <h3 class="lesson-subtitle">"Learning changes connection strengths"</h3>
            <p>
                "Both kinds of neuron learn by changing the strengths of their connections. An artificial neuron follows the slope of its error (gradient descent); a synapse strengthens when its input helps cause a spike (plasticity). With two inputs, the neuron draws a line across the plane, and learning moves the line."
            </p>
            <TryThis>
                "Train on OR, then on XOR. Why does XOR never get past three of four points? What does adding the feature x₁·x₂ change?"
            </TryThis>
            <PredictXor model=models.boundary />
            <Boundary model=models.boundary />
            <h3 class="lesson-subtitle">"Layers, and the nonlinearity that makes them worth stacking"</h3>
            <p>
                "Meaning in a brain lies in the pattern of activity across many cells, not in one; a network spreads a problem across layers of units in the same way. But layers only help if each applies a nonlinear activation, like the neuron's threshold: stack linear units and the layers multiply out into a single linear map."
            </p>
            <TryThis>
                "Choose the spiral and train the default network. Then press \"Make every activation linear\": what happens to the boundary, however many units you add?"
            </TryThis>
            <PredictLinearLayers model=models.layers />
            <Layers model=models.layers />
            <p>
                "Averaged over time, a spiking neuron's firing rate does look like an activation function, and synapses do learn from timing. Both are below."
            </p>
            <BioBridge pairing=models.pairing />
        </section>

        <section id="s4" class="lesson-section" aria-labelledby="s4-title" tabindex="-1">
            <h2 id="s4-title">"4. Where it breaks down"</h2>
            <ul class="breaks">
                <li>
                    <strong>"Backpropagation has no clear biological equivalent. "</strong>
                    "Training a network sends precise error gradients backwards through the same connections (press \"Show the backward pass\" in the layers widget). Synapses transmit one way, and no known mechanism copies the forward weights into a backward path (the weight-transport problem; Grossberg 1987). Learning can work without that copy: under More settings in the layers widget, choose feedback alignment, which sends the error back through fixed random weights (Lillicrap et al. 2016, Nat. Commun. 7:13276), and watch the angle between its updates and the true gradient fall as the network learns. It still needs a separate backward path and a precise error, so it is called more plausible, not biological."
                </li>
                <li>
                    <strong>"Real neurons are far more complex. "</strong>
                    "Even the 1952 squid-axon model needs three kinds of ion-channel gates changing in time (tick \"Under the hood\" above); real neurons add many more channels, dendrites that compute (one is below), more than a hundred transmitters (about a dozen small molecules and over a hundred neuropeptides; Purves et al., Neuroscience), and modulators that change the rules."
                </li>
                <li>
                    <strong>"Spikes are events in time; activations are numbers. "</strong>
                    "A neuron's output is a train of spikes of the same size, whose timing matters; an artificial unit outputs one continuous value, the same whenever its inputs arrive."
                </li>
                <li>
                    <strong>"Scale and energy. "</strong>
                    "About 86 billion neurons and 10¹⁴ synapses run on 20 watts; the largest models have hundreds of billions of parameters and need megawatts to train."
                </li>
            </ul>
            <h3 class="lesson-subtitle">"A dendrite that computes"</h3>
            <p>
                "A point neuron adds its inputs and applies one rising function; one artificial neuron therefore draws one straight line and cannot compute XOR. Real dendrites do more than add. The human cortical neuron below has a dendritic calcium spike that grows weaker as its input grows stronger, and with it a single neuron answers XOR."
            </p>
            <TryThis>
                "Read the truth table: which patterns fire the soma? Raise τ until the table says OR, then switch to the monotonic dendrite and hunt for XOR with every slider. Why can't you find it?"
            </TryThis>
            <PredictDendrite model=models.dendrite />
            <Dendrite model=models.dendrite />
            <h3 class="lesson-subtitle">"Spikes in time"</h3>
            <TryThis>
                "Move the two inputs apart in time until the neuron stops firing. Does the artificial neuron's answer change? Then feed the explorer's neuron to both kinds and compare one number with a spike train."
            </TryThis>
            <PredictTiming setup=models.coincidence />
            <BioTiming explorer=models.explorer setup=models.coincidence />
            <Scale />
        </section>

        <section id="s5" class="lesson-section" aria-labelledby="s5-title" tabindex="-1">
            <h2 id="s5-title">"5. Why the name persists"</h2>
            <p>
                "The name comes from history: McCulloch and Pitts (1943) modelled neurons as threshold units, and Rosenblatt's perceptron (1958) was built as a model of learning in the brain. The outline survived (weighted inputs, a threshold-like nonlinearity, learning by changing weights) while almost everything else was dropped for what computes well on a chip. The name is a useful reminder of that origin, and a misleading promise if taken literally."
            </p>
            <PredictPerceptron model=models.boundary />
            <p>
                "So when a claim says an AI system \"works like the brain\", ask which part: the weighted sum and the nonlinearity, yes; spikes, timing, local learning rules, energy, the sheer detail of real cells, not at all. What a network can do has to be judged by testing it, not by its name."
            </p>
        </section>

        <section id="s6" class="lesson-section" aria-labelledby="s6-title" tabindex="-1">
            <h2 id="s6-title">"6. Summary"</h2>
            <PredictRepeat explorer=models.explorer />
            <table class="summary-table">
                <caption>"Biological and artificial neurons compared; each row links to the widget that shows it"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Aspect"</th>
                        <th scope="col">"Biological neuron"</th>
                        <th scope="col">"Artificial neuron"</th>
                        <th scope="col">"See it"</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">"Input combination"</th>
                        <td>"Currents from thousands of synapses sum on the membrane, leaking and interacting in time and space"</td>
                        <td>"A weighted sum w · x + b, instant and exact"</td>
                        <td><JumpLink target="s2">"The artificial neuron"</JumpLink></td>
                    </tr>
                    <tr>
                        <th scope="row">"Nonlinearity"</th>
                        <td>"A threshold and an all-or-nothing spike, then a refractory period"</td>
                        <td>"An activation function: step, sigmoid, ReLU…; without it, layers collapse"</td>
                        <td><JumpLink target="s3">"Layers"</JumpLink></td>
                    </tr>
                    <tr>
                        <th scope="row">"Output"</th>
                        <td>"A spike train; timing carries information"</td>
                        <td>"One continuous number"</td>
                        <td><JumpLink target="s4">"Spikes in time"</JumpLink></td>
                    </tr>
                    <tr>
                        <th scope="row">"Learning mechanism"</th>
                        <td>"Local plasticity, such as STDP: timing at one synapse"</td>
                        <td>"Gradient descent with backpropagated, global error (feedback alignment needs no copy of the weights, but still a backward path)"</td>
                        <td>
                            <JumpLink target="s3">"Learning"</JumpLink>
                            ", "
                            <JumpLink target="layers-title">"learning without backpropagation"</JumpLink>
                        </td>
                    </tr>
                    <tr>
                        <th scope="row">"Complexity"</th>
                        <td>"Ion channels, dendrites that compute (one neuron can do XOR), more than a hundred transmitters, modulation"</td>
                        <td>"A few multiplications and one function"</td>
                        <td>
                            <JumpLink target="s1">"The biological neuron"</JumpLink>
                            ", "
                            <JumpLink target="dendrite-title">"a dendrite that computes XOR"</JumpLink>
                        </td>
                    </tr>
                    <tr>
                        <th scope="row">"Scale and energy"</th>
                        <td>"86 billion neurons, about 10¹⁴ synapses, 20 W; a synaptic event about 0.01 pJ"</td>
                        <td>"Up to hundreds of billions of parameters; megawatts to train; a 32-bit multiply-add about 5 pJ"</td>
                        <td><JumpLink target="s4">"Scale"</JumpLink></td>
                    </tr>
                </tbody>
            </table>
        </section>

        {options::quiz_on().then(|| view! {
            <section id="s7" class="lesson-section" aria-labelledby="s7-title" tabindex="-1">
                <h2 id="s7-title">"7. Check your understanding"</h2>
                <p>
                    "Ten questions on the claims of the lesson. Each answer is explained, with a link to the widget that shows it; if you took the check before the lesson, your gain is shown."
                </p>
                <ConceptCheck before=false />
            </section>
        })}
        <Teachers />
    }
}

//! Linear collapse: with every hidden activation linear, the network is one linear layer. The
//! panel shows that layer in numbers and checks it against the network at sample points; and
//! says why backpropagation has no known biological mechanism.

use leptos::prelude::*;
use crate::i18n::{factor, fixed};

use super::NetModel;

/// Where the collapsed layer is checked against the network.
const SAMPLES: [(f64, f64); 4] = [(0.0, 0.0), (1.0, 0.0), (0.25, 1.2), (-0.4, 0.7)];

#[component]
pub fn CollapsePanel(model: NetModel) -> impl IntoView {
    let collapsed = move || {
        model
            .state
            .with(|s| s.collapsed().map(|c| (c, s.output_activation())))
    };
    let rows = move || {
        let (c, f) = collapsed()?;
        let rows = SAMPLES
            .iter()
            .map(|(x1, x2)| {
                let net = model.state.with(|s| s.network.output(&[*x1, *x2]));
                let single = f.apply(c.weights[0] * x1 + c.weights[1] * x2 + c.bias);
                view! {
                    <tr>
                        <td>{format!("({}, {})", fixed(*x1, 2), fixed(*x2, 2))}</td>
                        <td>{fixed(net, 6)}</td>
                        <td>{fixed(single, 6)}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(rows)
    };
    let equation = move || {
        collapsed().map(|(c, f)| {
            format!(
                "y = {}({}·x₁ + {}·x₂ + {})",
                f.symbol(),
                factor(c.weights[0], 3),
                factor(c.weights[1], 3),
                factor(c.bias, 3)
            )
        })
    };

    view! {
        <h4 class="panel-title">"Why nonlinearity matters"</h4>
        <Show
            when=move || collapsed().is_some()
            fallback=move || {
                view! {
                    <p>
                        "The hidden units are nonlinear, so the layers cannot be multiplied together into one: the boundary can bend. Make every activation linear and watch the network collapse into a single neuron."
                    </p>
                    <button type="button" class="button secondary" on:click=move |_| model.make_all_linear()>
                        "Make every activation linear"
                    </button>
                }
            }
        >
            <p>
                "Every hidden activation is linear, so the layers multiply out into one linear layer (the product of the weight matrices, with the biases carried through):"
            </p>
            <p class="formula collapsed-equation" aria-label="Equivalent single layer">{equation}</p>
            <table class="step-table collapse-table">
                <caption>"The single layer predicts exactly what the network does"</caption>
                <thead>
                    <tr>
                        <th scope="col">"input (x₁, x₂)"</th>
                        <th scope="col">"network"</th>
                        <th scope="col">"single layer"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="panel-note">
                "Its boundary is one straight line (dashed on the plane), however many layers and units: XOR, the circle and the spiral stay out of reach. Switch the hidden activation back to tanh or ReLU to bend it."
            </p>
        </Show>
        <h4 class="panel-title">"Backpropagation, and its biological problem"</h4>
        <p>
            "To learn, the network sends its output error backwards through the same connections, layer by layer, giving every weight its exact share of the blame (press "
            <em>"Show the backward pass"</em>
            " above the diagram). No known mechanism in the brain does this: synapses carry signals one way, the backward error would need the forward weights copied exactly, and learning in real synapses (such as spike-timing-dependent plasticity) uses only local signals."
        </p>
        <p>
            "Does learning need that exact copy? Under More settings, choose feedback alignment: the error goes back through fixed random weights instead (Lillicrap et al. 2016), and the plot shows the angle between its updates and the true gradient. It starts near or above 90°, falls as the forward weights come to align with the random feedback, and then the loss falls, usually more slowly than with backpropagation."
        </p>
    }
}

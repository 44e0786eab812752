//! Linear collapse: with every hidden activation linear, the network is one linear layer. The
//! panel shows that layer in numbers and checks it against the network at sample points; and
//! says why backpropagation has no known biological mechanism.

use crate::i18n::{factor, fixed};
use leptos::prelude::*;

use super::NetModel;

/// Where the collapsed layer is checked against the network.
const SAMPLES: [(f64, f64); 4] = [(0.0, 0.0), (1.0, 0.0), (0.25, 1.2), (-0.4, 0.7)];

#[component]
pub fn CollapsePanel(model: NetModel) -> impl IntoView {
    // Making every activation linear changes the settings: not while a link locks them; and the
    // words that send the learner to the settings give way when they are hidden or locked.
    let settings_locked = crate::widgets::locked(&super::page::SETTINGS);
    let settings_usable = crate::widgets::usable(&super::page::SETTINGS);
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
                        <td>{crate::t!("layers-collapse-point", x1 = fixed(*x1, 2), x2 = fixed(*x2, 2))}</td>
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
        <h4 class="panel-title">{crate::t!("layers-collapse-title")}</h4>
        <Show
            when=move || collapsed().is_some()
            fallback=move || {
                view! {
                    <p>
                        {if settings_locked {
                            crate::t!("layers-collapse-nonlinear-fixed")
                        } else {
                            crate::t!("layers-collapse-nonlinear")
                        }}
                    </p>
                    {(!settings_locked).then(|| view! {
                        <button type="button" class="button secondary" on:click=move |_| model.make_all_linear()>
                            {crate::t!("layers-make-linear-button")}
                        </button>
                    })}
                }
            }
        >
            <p>{crate::t!("layers-collapse-linear")}</p>
            <p class="formula collapsed-equation" aria-label=crate::t!("layers-collapsed-equation-label")>{equation}</p>
            <table class="step-table collapse-table">
                <caption>{crate::t!("layers-collapse-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{crate::t!("layers-collapse-input-column")}</th>
                        <th scope="col">{crate::t!("layers-collapse-network-column")}</th>
                        <th scope="col">{crate::t!("layers-collapse-single-column")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="panel-note">
                {if settings_usable {
                    crate::t!("layers-collapse-note")
                } else {
                    crate::t!("layers-collapse-note-fixed")
                }}
            </p>
        </Show>
        <h4 class="panel-title">{crate::t!("layers-backprop-title")}</h4>
        <p>{crate::rich!("layers-backprop-text")}</p>
        <p>{crate::t!("layers-feedback-text")}</p>
    }
}

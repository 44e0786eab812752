//! Dale's law in the network: the switch, the share of inhibitory units, what the law is and
//! where it comes from, and an experiment that shows what it costs: the same network trained
//! with and without it, side by side.

use leptos::prelude::*;
use neuron_core::network_data::Problem;
use neuron_core::network_state::{DALE_SHARE, NetworkState};

use super::{Metrics, NetModel};
use crate::i18n::fixed;

/// The shares of inhibitory units offered.
const SHARES: [f64; 6] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.8];
/// Epochs the comparison trains each network for.
pub use neuron_core::network_state::DALE_EPOCHS as COMPARE_EPOCHS;

/// The test figures of `s` trained for [`COMPARE_EPOCHS`] epochs from its seeded start.
pub fn trained_metrics(mut s: NetworkState) -> Metrics {
    s.reinitialise();
    let (trained, _) = s.trained(COMPARE_EPOCHS);
    let (train, test) = trained.data();
    Metrics::of(&trained.network, &train, &test, trained.loss)
}

/// The switch, the share, the note and the comparison.
#[component]
pub fn DalePanel(model: NetModel) -> impl IntoView {
    let dale = Memo::new(move |_| model.state.with(|s| s.dale));
    let held = crate::widgets::locked(&super::page::SETTINGS);
    let compared = RwSignal::new(None::<(Metrics, Metrics)>);
    // A new set-up makes an old comparison stale (training does not).
    let setup = Memo::new(move |_| {
        model.state.with(|s| {
            let rate = s.learning_rate.to_bits();
            (
                s.hidden.clone(),
                s.data_set(),
                rate,
                s.features(),
                s.dale.map(f64::to_bits),
            )
        })
    });
    Effect::new(move |_| {
        setup.track();
        compared.set(None);
    });
    let compare = move |_| {
        let s = model.state.get_untracked();
        let share = s.dale.unwrap_or(DALE_SHARE);
        let mut free = s.clone();
        free.dale = None;
        let mut bound = s;
        bound.dale = Some(share);
        compared.set(Some((trained_metrics(free), trained_metrics(bound))));
    };
    let figure = move |m: &Metrics| {
        let regression = model
            .state
            .with_untracked(|s| s.problem() == Problem::Regression);
        if regression {
            crate::t!("layers-dale-loss", loss = fixed(m.test_loss, 3))
        } else {
            crate::t!("layers-percent", value = fixed(m.test_accuracy * 100.0, 0))
        }
    };
    view! {
        <div class="dale-panel" data-group=super::page::SETTINGS.key>
            <h5>{crate::t!("layers-dale-title")}</h5>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || dale.get().is_some()
                    disabled=held
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        model.set_dale(on.then_some(DALE_SHARE));
                    }
                />
                " "
                {crate::t!("layers-dale-switch")}
            </label>
            <label for="nn-dale-share">{crate::t!("layers-dale-share-label")}</label>
            <select
                id="nn-dale-share"
                disabled=move || held || dale.get().is_none()
                on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                        model.set_dale(Some(v));
                    }
                }
            >
                {SHARES
                    .into_iter()
                    .map(|x| view! {
                        <option value=x.to_string() selected=move || dale.get().unwrap_or(DALE_SHARE) == x>
                            {crate::t!("layers-percent", value = fixed(x * 100.0, 0))}
                        </option>
                    })
                    .collect_view()}
            </select>
            <details class="dale-note">
                <summary>{crate::t!("layers-dale-more")}</summary>
                <p class="panel-note">{crate::rich!("layers-dale-text")}</p>
            </details>
            <button type="button" class="button secondary small" disabled=held on:click=compare>
                {crate::t!("layers-dale-compare-button", epochs = COMPARE_EPOCHS)}
            </button>
            <p role="status" class="dale-result">
                {move || compared.get().map(|(free, bound)| {
                    let share = model.state.with_untracked(|s| s.dale.unwrap_or(DALE_SHARE));
                    crate::t!(
                        "layers-dale-compared",
                        epochs = COMPARE_EPOCHS,
                        free = figure(&free),
                        bound = figure(&bound),
                        share = fixed(share * 100.0, 0),
                    )
                })}
            </p>
        </div>
    }
}

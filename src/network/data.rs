//! The network's data, beyond the choice of set: the noise, the share trained on, what the
//! plane shows (the test points, the output in two tones), the target a click adds, and the
//! learner's own points as CSV, with the same clear errors as the single neuron's plane.

use leptos::prelude::*;
use neuron_core::ParamSpec;
use neuron_core::network_data::{Problem, Target, samples_to_csv};
use neuron_core::network_state::TRAIN_SHARES;

use super::NetModel;
use crate::i18n::fixed;
use crate::widgets::ParamSlider;

const NOISE: ParamSpec = ParamSpec {
    min: 0.0,
    max: 1.0,
    step: 0.05,
    default: 0.2,
    decimals: 2,
};
const VALUE: ParamSpec = ParamSpec {
    min: -1.0,
    max: 1.0,
    step: 0.1,
    default: 0.5,
    decimals: 1,
};

#[component]
pub fn NetworkData(model: NetModel) -> impl IntoView {
    let held = crate::widgets::locked(&super::page::SETTINGS);
    let problem = Memo::new(move |_| model.state.with(|s| s.problem()));
    let train_share = Memo::new(move |_| model.state.with(|s| s.train_share));
    // A built-in set (which has noise), or the learner's own points.
    let built_in = Memo::new(move |_| model.state.with(|s| s.data_set().is_some()));
    let classes = move || {
        // The problem's classes; own points may gain one more, up to four.
        let k = match problem.get() {
            Problem::Classes(k) => k,
            Problem::Regression => 0,
        };
        let shown = if !built_in.get() {
            (k + 1).min(neuron_core::network_data::MAX_CLASSES)
        } else {
            k
        };
        (0..shown)
            .map(|c| {
                view! {
                    <label class="check">
                        <input
                            type="radio"
                            name="nn-new-class"
                            prop:checked=move || model.new_target.get() == Target::Class(c)
                            on:change=move |_| model.new_target.set(Target::Class(c))
                        />
                        " "
                        <span class=super::CLASS_MARKS[c] aria-hidden="true"></span>
                        " "
                        {crate::t!("layers-class-name", class = c)}
                    </label>
                }
            })
            .collect_view()
    };
    // The target a click adds follows the problem: a class for classes, a value for regression.
    Effect::new(move |_| {
        let p = problem.get();
        model.new_target.update(|t| match (p, *t) {
            (Problem::Regression, Target::Class(_)) => *t = Target::Value(0.5),
            (Problem::Classes(_), Target::Value(_)) => *t = Target::Class(1),
            _ => {}
        });
    });
    view! {
        <div class="form-grid" data-group=super::page::SETTINGS.key>
            <label for="nn-split">{crate::t!("layers-train-share-label")}</label>
            <select
                id="nn-split"
                disabled=held
                on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                        model.edit(|s| s.train_share = v);
                    }
                }
            >
                {TRAIN_SHARES
                    .into_iter()
                    .map(|t| view! {
                        <option value=t.to_string() selected=move || (train_share.get() - t).abs() < 1e-9>
                            {crate::t!("layers-percent", value = fixed(t * 100.0, 0))}
                        </option>
                    })
                    .collect_view()}
            </select>
        </div>
        <Show when=move || built_in.get()>
            <div data-group=super::page::SETTINGS.key>
                <ParamSlider
                    label=crate::t!("layers-noise-label")
                    spec=NOISE
                    value=Signal::derive(move || model.state.with(|s| s.noise))
                    on_change=move |v: f64| if !held { model.edit(|s| s.noise = v) }
                />
            </div>
        </Show>
        <div class="check-row" data-group=super::page::SETTINGS.key>
            {check(crate::t!("layers-show-test"), move || model.state.with(|s| s.show_test), move |on| model.state.update(|s| s.show_test = on))}
            {check(crate::t!("layers-discretise"), move || model.state.with(|s| s.discrete), move |on| model.state.update(|s| s.discrete = on))}
        </div>
        <fieldset class="class-choice" data-group=super::page::SETTINGS.key>
            <legend>{crate::t!("layers-click-adds")}</legend>
            {move || (problem.get() != Problem::Regression).then(classes)}
            {move || (problem.get() == Problem::Regression).then(|| view! {
                <ParamSlider
                    label=crate::t!("layers-new-value-label")
                    spec=VALUE
                    value=Signal::derive(move || match model.new_target.get() {
                        Target::Value(v) => v,
                        Target::Class(_) => 0.5,
                    })
                    on_change=move |v| model.new_target.set(Target::Value(v))
                />
            })}
        </fieldset>
        <div data-group=super::page::SETTINGS.key>
            {crate::widgets::csv_box(
                "nn-csv",
                crate::t!("layers-csv"),
                crate::t!("layers-csv-label"),
                move |text| model.load_csv(&text),
                move || model.state.with_untracked(|s| samples_to_csv(&s.points())),
                held,
            )}
        </div>
        <p class="data-message" role="status" aria-live="polite">
            {move || model.data_message.get()}
        </p>
    }
}

/// A checkbox labelled `label`, showing `on()`, calling `set` when ticked or cleared.
fn check(
    label: String,
    on: impl Fn() -> bool + Send + Sync + 'static,
    set: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=on on:change=move |ev| set(event_target_checked(&ev)) />
            " "
            {label}
        </label>
    }
}

//! The network's settings and transport: data, features, architecture, activations, loss,
//! learning rate, batch size, regularisation, Dale's law; train, pause, one epoch, reset;
//! readouts (per class too) and messages.

use crate::i18n::{fixed, trimmed};
use leptos::prelude::*;
use neuron_core::Activation;
use neuron_core::network::{Loss, MAX_HIDDEN_LAYERS, Regulariser};
use neuron_core::network_data::{NetData, Problem};
use neuron_core::network_state::{BATCH_SIZES, L2_STRENGTHS, RATES};

use super::NetModel;
use super::architecture::LayerControls;
use super::dale::DalePanel;
use super::data::NetworkData;
use super::inputs::FeatureChoice;
use crate::runtime::pace;
use crate::widgets::{LossSound, PlayButton, StepButton};
/// The most epochs per animation frame while training.
const EPOCHS_PER_FRAME: usize = 10;
/// The time an animation frame may spend training, in ms: with the redraw this keeps a frame
/// well inside 16.7 ms and the main thread busy less than 40% of the time (measured by
/// `scripts/bench-frames.mjs`), on a slow laptop too. The epochs are the same whatever the
/// budget: a smaller one only makes training arrive more slowly.
const TRAIN_BUDGET_MS: f64 = 1.5;

/// A `<select>` of `options` labelled `label`, showing `current`, calling `set` on change;
/// `held` (by a lock of a group whose values it would change) disables it.
fn picker<T: Copy + PartialEq + Send + Sync + 'static>(
    id: &'static str,
    label: String,
    options: Vec<(String, String, T)>,
    current: impl Fn() -> T + Copy + Send + Sync + 'static,
    set: impl Fn(T) + Copy + Send + Sync + 'static,
    held: bool,
) -> impl IntoView {
    let lookup = options.clone();
    view! {
        <label for=id>{label}</label>
        <select
            id=id
            disabled=held
            title=held.then(|| crate::t!("share-locked-title"))
            on:change=move |ev| {
                let v = event_target_value(&ev);
                if held {
                    return;
                }
                if let Some((_, _, t)) = lookup.iter().find(|(value, _, _)| *value == v) {
                    set(*t);
                }
            }
        >
            {options
                .into_iter()
                .map(|(value, name, t)| {
                    view! {
                        <option value=value selected=move || current() == t>
                            {name}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

#[component]
pub fn NetworkControls(model: NetModel) -> impl IntoView {
    let hidden = move || model.state.with(|s| s.hidden.clone());
    let run = StoredValue::new(0u64);
    let play = move || {
        if model.playing.get_untracked() {
            model.playing.set(false);
        } else {
            model.message.set(None);
            model.playing.set(true);
            crate::runtime::animate(model.playing, run, move |start| {
                // As many epochs as fit in the frame's training budget (at least one, at most
                // EPOCHS_PER_FRAME), so a slow machine keeps its frame rate and trains more
                // slowly.
                model.train_while(EPOCHS_PER_FRAME, &mut || {
                    crate::runtime::now() - start < TRAIN_BUDGET_MS
                });
            });
        }
    };
    let layers_count = move || hidden().len();
    let units_locked = crate::widgets::locked(&super::page::UNITS);
    let problem = Memo::new(move |_| model.state.with(|s| s.problem()));
    let regression = move || problem.get() == Problem::Regression;
    let several = move || problem.get().softmax();
    let percent = |x: f64| crate::t!("layers-percent", value = fixed(x * 100.0, 0));
    let train_correct = pace::text(Box::new(move || {
        percent(model.metrics.get().train_accuracy)
    }));
    let test_correct = pace::text(Box::new(move || percent(model.metrics.get().test_accuracy)));
    let train_loss = pace::text(Box::new(move || fixed(model.metrics.get().train_loss, 3)));

    view! {
        <h4 class="panel-title">{crate::t!("layers-controls-title")}</h4>
        <div class="form-grid" data-group=super::page::SETTINGS.key>
            <DataPicker model=model />
            {picker(
                "nn-layers",
                crate::t!("layers-hidden-layers-label"),
                (1..=MAX_HIDDEN_LAYERS).map(|n| (n.to_string(), n.to_string(), n)).collect(),
                layers_count,
                move |n| {
                    let mut h = hidden();
                    let last = h.last().copied().unwrap_or(4);
                    h.resize(n, last);
                    model.set_hidden(h);
                },
                // More or fewer layers changes the unit counts too.
                units_locked,
            )}
            {picker(
                "nn-hidden-activation",
                crate::t!("layers-hidden-activation-label"),
                Activation::ALL.iter().map(|a| (a.id().to_string(), crate::words::activation_name(*a), *a)).collect(),
                move || model.state.with(|s| s.hidden_activation()),
                move |a| model.set_hidden_activation(a),
                false,
            )}
            {picker(
                "nn-rate",
                crate::t!("layers-rate-label"),
                RATES.iter().map(|r| (trimmed(*r, 3), trimmed(*r, 3), *r)).collect(),
                move || model.state.with(|s| s.learning_rate),
                move |r| model.state.update(|s| s.learning_rate = r),
                false,
            )}
        </div>
        <LayerControls model=model />
        <div class="transport" data-group=super::page::TRAINING.key role="group" aria-label=crate::t!("layers-transport-label")>
            <PlayButton playing=model.playing play=crate::t!("layers-train-button") on_press=move |_| play() />
            <StepButton playing=model.playing label=crate::t!("layers-one-epoch-button") on_press=move |_| model.train_epochs(1) />
            <button type="button" class="button secondary" on:click=move |_| model.reset()>
                {crate::t!("layers-reset-button")}
            </button>
        </div>
        <dl class="readouts">
            <div>
                <dt>{crate::t!("layers-epoch-readout")}</dt>
                <dd>{pace::text(Box::new(move || model.epoch.get().to_string()))}</dd>
            </div>
            <div>
                <dt>{crate::t!("layers-test-loss-readout")}</dt>
                <dd><output aria-live="off" aria-label=crate::t!("layers-test-loss-label")>
                    {pace::text(Box::new(move || fixed(model.metrics.get().test_loss, 3)))}
                </output></dd>
            </div>
            // Hidden rather than left out for regression: the readouts keep following training.
            <div hidden=regression>
                <dt>{crate::t!("layers-train-correct-readout")}</dt>
                <dd>{train_correct}</dd>
            </div>
            <div hidden=regression>
                <dt>{crate::t!("layers-test-correct-readout")}</dt>
                <dd><output aria-live="off" aria-label=crate::t!("layers-test-accuracy-label")>
                    {test_correct}
                </output></dd>
            </div>
            <div hidden=move || !regression()>
                <dt>{crate::t!("layers-train-loss-readout")}</dt>
                <dd>{train_loss}</dd>
            </div>
        </dl>
        // Made with the widget and hidden when unused: a readout made later (in a `<Show>`)
        // would follow the wrong widget's visibility.
        <div hidden=move || !several()>
            <ClassReadouts model=model />
        </div>
        <div role="status" aria-live="polite" class="training-message">
            {move || model.message.get().map(|m| view! { <p class="warning">{m}</p> })}
        </div>
        <crate::widgets::Announcer outcome=training_outcome(model) />
    }
}

/// The data set: the built-in sets by kind of problem, and the learner's own when they have
/// some.
#[component]
fn DataPicker(model: NetModel) -> impl IntoView {
    let current = Memo::new(move |_| model.state.with(|s| s.data_set()));
    let group = |label: String, sets: Vec<NetData>| {
        let options = sets
            .into_iter()
            .map(|d| {
                view! {
                    <option value=d.id() selected=move || current.get() == Some(d)>
                        {crate::words::net_data_name(d)}
                    </option>
                }
            })
            .collect_view();
        view! { <optgroup label=label>{options}</optgroup> }
    };
    let of = |p: fn(Problem) -> bool| {
        NetData::ALL
            .into_iter()
            .filter(move |d| p(d.problem()))
            .collect::<Vec<_>>()
    };
    view! {
        <label for="nn-data">{crate::t!("layers-data-label")}</label>
        <select
            id="nn-data"
            on:change=move |ev| {
                if let Some(d) = NetData::from_id(&event_target_value(&ev)) {
                    model.set_data(d);
                }
            }
        >
            {group(crate::t!("layers-data-two-classes"), of(|p| p == Problem::Classes(2)))}
            {group(crate::t!("layers-data-several-classes"), of(|p| matches!(p, Problem::Classes(k) if k > 2)))}
            {group(crate::t!("layers-data-regression"), of(|p| p == Problem::Regression))}
            <option value="own" disabled=true selected=move || current.get().is_none()>
                {crate::t!("boundary-own-points")}
            </option>
        </select>
    }
}

/// Each class's share of its test points that the network gives it: four readouts, those past
/// the problem's classes hidden.
#[component]
fn ClassReadouts(model: NetModel) -> impl IntoView {
    let classes = Memo::new(move |_| match model.state.with(|s| s.problem()) {
        Problem::Classes(k) => k,
        Problem::Regression => 0,
    });
    let readouts = (0..neuron_core::network_data::MAX_CLASSES)
        .map(|c| {
            let share = pace::text(Box::new(move || {
                let (right, all) = model.metrics.get().test_per_class[c];
                if all == 0 {
                    "–".to_string()
                } else {
                    crate::t!("layers-percent", value = fixed(right as f64 * 100.0 / all as f64, 0))
                }
            }));
            view! {
                <div hidden=move || { c >= classes.get() }>
                    <dt><span class=super::CLASS_MARKS[c] aria-hidden="true"></span>" "{crate::t!("layers-class-name", class = c)}</dt>
                    <dd>{share}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <dl class="readouts class-readouts" aria-label=crate::t!("layers-per-class-label")>
            {readouts}
        </dl>
    }
}

/// The layers widget's advanced settings: the input features, Dale's law, the output unit, the
/// loss, batches, regularisation, the data's noise, split and view, the learner's own points,
/// and the loss tone.
#[component]
pub fn NetworkMore(model: NetModel) -> impl IntoView {
    // A softmax output has its own activation and loss; regression its loss. Memos: the state
    // changes every training frame, these only with the data.
    let outputs = Memo::new(move |_| model.state.with(|s| s.network.outputs()));
    let problem = Memo::new(move |_| model.state.with(|s| s.problem()));
    let fixed_output = move || outputs.get() > 1;
    let regression = move || problem.get() == Problem::Regression;
    view! {
        <FeatureChoice model=model />
        <DalePanel model=model />
        <div class="form-grid" data-group=super::page::SETTINGS.key>
            {move || (!fixed_output()).then(|| picker(
                "nn-output-activation",
                crate::t!("layers-output-activation-label"),
                [Activation::Sigmoid, Activation::Linear, Activation::Tanh]
                    .iter()
                    .map(|a| (a.id().to_string(), crate::words::activation_name(*a), *a))
                    .collect(),
                move || model.state.with(|s| s.output_activation()),
                move |a| model.set_output_activation(a),
                false,
            ))}
            {move || (!fixed_output() && !regression()).then(|| picker(
                "nn-loss",
                crate::t!("layers-loss-label"),
                Loss::ALL.iter().map(|l| (l.id().to_string(), crate::words::loss_name(*l), *l)).collect(),
                move || model.state.with(|s| s.loss),
                move |l| model.set_loss(l),
                false,
            ))}
            {picker(
                "nn-batch",
                crate::t!("layers-batch-label"),
                BATCH_SIZES.iter().map(|b| (b.to_string(), b.to_string(), *b)).collect(),
                move || model.state.with(|s| s.batch),
                move |b| model.state.update(|s| s.batch = b),
                false,
            )}
            {picker(
                "nn-reg",
                crate::t!("layers-regulariser-label"),
                Regulariser::ALL.iter().map(|r| (r.id().to_string(), crate::words::regulariser_name(*r), *r)).collect(),
                move || model.state.with(|s| s.regularisation.kind),
                move |r| model.set_regulariser(r),
                false,
            )}
            {picker(
                "nn-l2",
                crate::t!("layers-l2-label"),
                L2_STRENGTHS.iter().map(|x| (trimmed(*x, 4), trimmed(*x, 4), *x)).collect(),
                move || model.state.with(|s| s.regularisation.strength),
                move |x| model.state.update(|s| s.regularisation.strength = x),
                false,
            )}
        </div>
        {move || several_note(outputs.get())}
        <NetworkData model=model />
        <LossSound
            loss=Signal::derive(move || Some(model.metrics.with(|m| m.train_loss)))
            playing=model.playing
            name=crate::t!("layers-loss-sound-name")
        />
    }
}

/// Under a softmax of `k` outputs: why there is no output activation or loss to choose.
fn several_note(k: usize) -> Option<impl IntoView> {
    (k > 1).then(
        || view! { <p class="panel-note">{crate::rich!("layers-softmax-text", classes = k)}</p> },
    )
}

/// What a learner who cannot see the curves hears about training: the epoch, test accuracy
/// and loss when training starts, each time the test accuracy first reaches a milestone
/// (`neuron_core::milestone`) while it runs, and when it pauses; after a step or an edit, the
/// new figures. Never per epoch.
pub fn training_outcome(model: NetModel) -> Signal<String> {
    // The highest milestone reached since training last started: while it runs it only rises,
    // so an accuracy wavering across a level is told once.
    // While training, the accuracy comes from the epoch's own record (the history, written each
    // frame anyway), not from the metrics memo, which would evaluate the network on every point
    // again each frame.
    let level = Memo::new(move |before: Option<&usize>| {
        let playing = model.playing.get();
        let accuracy = if playing {
            model
                .history
                .with(|h| h.latest().map(|m| m.test_accuracy))
                .unwrap_or_else(|| model.metrics.get_untracked().test_accuracy)
        } else {
            model.metrics.get().test_accuracy
        };
        let now = neuron_core::milestone::milestones_reached(accuracy);
        match before {
            Some(&before) if playing => before.max(now),
            _ => now,
        }
    });
    let said = Memo::new(move |_| {
        let playing = model.playing.get();
        // Read, not only tracked: a memo that is only tracked is never brought up to date.
        let _ = level.get();
        if !playing {
            // A step or an edit: the figures themselves.
            let _ = model.metrics.get();
        }
        // While training, the epoch's own record (the one that reached the milestone).
        let metrics = if playing {
            model
                .history
                .with_untracked(|h| h.latest().copied())
                .unwrap_or_else(|| model.metrics.get_untracked())
        } else {
            model.metrics.get_untracked()
        };
        let epoch = model.epoch.get_untracked();
        // A regression has no accuracy: its loss says it all.
        let accuracy = if model
            .state
            .with_untracked(|s| s.problem() == Problem::Regression)
        {
            "none".to_string()
        } else {
            fixed(metrics.test_accuracy * 100.0, 0)
        };
        let loss = crate::words::spoken_number(metrics.test_loss, 3);
        if playing {
            crate::t!(
                "layers-spoken-training",
                epoch = epoch,
                accuracy = accuracy,
                loss = loss
            )
        } else {
            crate::t!(
                "layers-spoken-paused",
                epoch = epoch,
                accuracy = accuracy,
                loss = loss
            )
        }
    });
    said.into()
}

//! Training controls: rule, activation, learning rate, speed; train/pause, one epoch, one
//! example, reset; the readouts, the stop message, and the loss and accuracy curve. Training
//! runs a few epochs per animation frame, never blocking the page.

use crate::i18n::{fixed, num, trimmed};
use leptos::prelude::*;
use neuron_core::boundary::explain_stop;
use neuron_core::training::{LEARNING_RATES, Rule, Stop};

use super::step_view::StepView;
use super::{BoundaryModel, Outcome};
use crate::plot::draw_loss_curve;
use crate::runtime::pace;
use crate::theme::Palette;
use crate::widgets::{LossSound, PacedPlot, PlayButton, StepButton, backend, prefers_dark};

/// Epochs per animation frame, by speed (the names are `boundary-speed-option`'s keys).
pub const SPEEDS: [(&str, usize); 3] = [("slow", 1), ("normal", 4), ("fast", 25)];

#[component]
pub fn TrainingPanel(model: BoundaryModel) -> impl IntoView {
    let speed = model.speed;
    // Which run is current: a loop left over from an earlier press stops itself.
    let run = StoredValue::new(0u64);
    let rule = move || model.state.with(|s| s.rule());

    let play = move || {
        if model.playing.get_untracked() {
            model.playing.set(false);
            model.outcome.set(Some(Outcome::Paused));
            return;
        }
        model
            .run_start
            .set_value(Some(model.state.with_untracked(|s| s.params().clone())));
        model.outcome.set(None);
        model.last_step.set(None);
        model.playing.set(true);
        run_frames(model, speed, run);
    };

    // What the words may send the learner to: not a control a shared link hides or locks.
    let remedies = crate::words::Remedies {
        rate: crate::widgets::usable(&super::page::LEARNING),
        back: !crate::widgets::locked(&super::page::WEIGHTS),
        feature: crate::widgets::usable(&super::page::DATA)
            && !crate::widgets::locked(&super::page::WEIGHTS),
    };
    let message = move || {
        let outcome = model.outcome.get()?;
        let text = match outcome {
            Outcome::Paused => crate::t!("boundary-paused"),
            Outcome::Stopped(stop) => {
                let total = model.points.with(Vec::len);
                let epochs = model.trainer.with(|t| t.epoch);
                let report = model
                    .state
                    .with(|s| explain_stop(stop, s, model.correct.get(), total, epochs));
                crate::words::stop_report(report, remedies)
            }
        };
        Some(text)
    };
    let diverged = move || model.outcome.get() == Some(Outcome::Stopped(Stop::Diverged));
    // Going back to the run's start changes the weights: not while a link locks them.
    let can_restore = !crate::widgets::locked(&super::page::WEIGHTS);
    // Stuck on XOR without the product feature: the place to say that a real neuron can do it.
    let xor_stuck = move || {
        model.outcome.get() == Some(Outcome::Stopped(Stop::Plateau))
            && model
                .state
                .with(|s| s.preset() == Some(neuron_core::dataset::Preset::Xor) && !s.product())
    };

    view! {
        <h4 class="panel-title">{crate::t!("boundary-learning")}</h4>
        <div class="form-grid" data-group=super::page::LEARNING.key>
            <label for="bd-rule">{crate::t!("boundary-rule")}</label>
            <select
                id="bd-rule"
                on:change=move |ev| {
                    if let Some(r) = Rule::from_id(&event_target_value(&ev)) {
                        model.set_rule(r);
                    }
                }
            >
                {Rule::ALL
                    .into_iter()
                    .map(|r| {
                        view! {
                            <option value=r.id() selected=move || rule() == r>
                                {crate::words::rule_name(r)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="bd-rate">{crate::t!("boundary-rate")}</label>
            <select
                id="bd-rate"
                on:change=move |ev| {
                    if let Ok(r) = event_target_value(&ev).parse::<f64>() {
                        model.set_learning_rate(r);
                    }
                }
            >
                {LEARNING_RATES
                    .into_iter()
                    .map(|r| {
                        view! {
                            <option
                                value=neuron_core::format::trimmed(r, 3)
                                selected=move || model.state.with(|s| s.learning_rate()) == r
                            >
                                {trimmed(r, 3)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="transport" data-group=super::page::TRAINING.key role="group" aria-label=crate::t!("boundary-training-group")>
            <PlayButton playing=model.playing play=crate::t!("boundary-train") on_press=move |_| play() />
            <StepButton
                playing=model.playing
                label=crate::t!("boundary-one-epoch")
                on_press=move |_| {
                    model.run_start.set_value(Some(model.state.with_untracked(|s| s.params().clone())));
                    model.last_step.set(None);
                    model.train_epochs(1);
                }
            />
            <StepButton
                playing=model.playing
                label=crate::t!("boundary-one-example")
                on_press=move |_| model.step_example()
            />
            <button type="button" class="button secondary" on:click=move |_| model.reset_weights()>
                {crate::t!("boundary-reset-weights")}
            </button>
        </div>
        <dl class="readouts">
            <div>
                <dt>{crate::t!("boundary-epoch")}</dt>
                <dd>{pace::text(Box::new(move || model.trainer.with(|t| t.epoch.to_string())))}</dd>
            </div>
            <div>
                <dt>{crate::t!("boundary-loss")}</dt>
                <dd>
                    {pace::text(Box::new(move || {
                        model.trainer.with(|t| t.history.latest().map(|h| fixed(h.0, 3)).unwrap_or_default())
                    }))}
                </dd>
            </div>
            <div>
                <dt>{crate::t!("boundary-correct")}</dt>
                <dd><output aria-live="off" aria-label=crate::t!("boundary-correct-aria")>
                    {pace::text(Box::new(move || {
                        let total = model.points.with(Vec::len);
                        crate::t!("boundary-correct-count", correct = model.correct.get(), total = total)
                    }))}
                </output></dd>
            </div>
            <div>
                <dt>{crate::t!("boundary-speed")}</dt>
                <dd>
                    {pace::text(Box::new(move || {
                        let eps = model.epochs_per_second.get();
                        if eps > 0.0 {
                            crate::t!("boundary-epochs-per-second", rate = num(eps, 0))
                        } else {
                            "—".to_string()
                        }
                    }))}
                </dd>
            </div>
        </dl>
        <crate::widgets::Announcer outcome=correct_outcome(model) />
        <div class="training-message" role="status" aria-live="polite">
            <Show when=move || message().is_some()>
                <p class:warning=diverged>{message}</p>
                <Show when=xor_stuck>
                    <p>{crate::rich!("boundary-xor-stuck")}</p>
                </Show>
                <Show when=move || diverged() && can_restore>
                    <button
                        type="button"
                        class="button secondary small"
                        on:click=move |_| model.restore_run_start()
                    >
                        {crate::t!("boundary-restore-run-start")}
                    </button>
                </Show>
            </Show>
        </div>
        <StepView model=model />
    }
}

/// Training settings for later: the activation under the rule, the speed, the loss tone.
#[component]
pub fn TrainingMore(model: BoundaryModel) -> impl IntoView {
    let speed = model.speed;
    let rule = move || model.state.with(|s| s.rule());
    let activations = move || rule().activations();
    view! {
        <div class="form-grid">
            // The activation under the rule is one of the learning settings.
            <label for="bd-activation" data-group=super::page::LEARNING.key>
                {crate::t!("boundary-activation")}
            </label>
            <select
                id="bd-activation"
                data-group=super::page::LEARNING.key
                disabled=move || { activations().len() < 2 }
                on:change=move |ev| {
                    if let Some(a) = neuron_core::Activation::from_id(&event_target_value(&ev)) {
                        model.set_activation(a);
                    }
                }
            >
                {move || {
                    activations()
                        .iter()
                        .map(|a| {
                            let a = *a;
                            view! {
                                <option
                                    value=a.id()
                                    selected=move || model.state.with(|s| s.activation()) == a
                                >
                                    {crate::words::activation_name(a)}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            <label for="bd-speed">{crate::t!("boundary-speed")}</label>
            <select
                id="bd-speed"
                on:change=move |ev| {
                    if let Ok(n) = event_target_value(&ev).parse::<usize>() {
                        speed.set(n);
                    }
                }
            >
                {SPEEDS
                    .into_iter()
                    .map(|(name, n)| {
                        view! {
                            <option value=n.to_string() selected=move || speed.get() == n>
                                {crate::t!("boundary-speed-option", speed = name, n = n)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <LossSound
            loss=Signal::derive(move || model.trainer.with(|t| t.history.latest().map(|h| h.0)))
            playing=model.playing
            name=crate::t!("boundary-loss")
        />
    }
}

/// The training curve: mean loss and accuracy per epoch.
#[component]
pub fn TrainingCurve(model: BoundaryModel) -> impl IntoView {
    let dark = prefers_dark();
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        if let Some(area) = backend(canvas) {
            model.trainer.with(|t| {
                if let Err(e) = draw_loss_curve(
                    &area,
                    t.history.entries(),
                    t.history.stride(),
                    &palette,
                    scale,
                ) {
                    leptos::logging::warn!("loss curve not drawn: {e}");
                }
            });
        }
    };
    let curve_description = Signal::derive(move || {
        model.trainer.with(|t| match t.history.latest() {
            Some((loss, acc)) => crate::t!(
                "boundary-curve-description",
                epochs = t.epoch,
                loss = crate::words::spoken_number(*loss, 3),
                trend = crate::words::trend_id(neuron_core::trend::trend(
                    &t.history.entries().iter().map(|e| e.0).collect::<Vec<_>>()
                )),
                percent = fixed(acc * 100.0, 0)
            ),
            None => crate::t!("boundary-curve-none"),
        })
    });

    view! {
        <div class="strip-plot">
            <PacedPlot
                label=crate::t!("boundary-curve-label")
                description=curve_description
                draw=draw
            />
        </div>
    }
}

/// Runs training on animation frames while `model.playing` is set, measuring epochs per second.
fn run_frames(model: BoundaryModel, speed: RwSignal<usize>, run: StoredValue<u64>) {
    let started = crate::runtime::now();
    let mut done = 0;
    crate::runtime::animate(model.playing, run, move |now| {
        let (ran, _) = model.train_epochs(speed.get_untracked());
        done += ran;
        let elapsed = (now - started) / 1000.0;
        if elapsed > 0.25 {
            model.epochs_per_second.set(done as f64 / elapsed);
        }
    });
}

/// How many points are right, and which are wrong, said once after each change the learner
/// makes (a weight dragged, a point added), so that "Separate AND by hand" can be followed by
/// ear. While training runs nothing is said here (the training message says how it ended); a
/// pause says where it stopped.
fn correct_outcome(model: BoundaryModel) -> Signal<String> {
    crate::widgets::still_outcome(model.playing, move || {
        model.points.with(|points| {
            model.state.with(|s| {
                let wrong = neuron_core::training::misclassified(
                    s.activation(),
                    s.params(),
                    points,
                    s.product(),
                );
                crate::words::correct_spoken(points.len() - wrong.len(), points.len(), &wrong)
            })
        })
    })
}

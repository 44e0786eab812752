//! The decision-boundary widget's reactive model. One signal holds what the learner edits (a
//! [`BoundaryState`], mirrored in the URL); the training run's bookkeeping (history, epoch
//! count, the shuffling generator) is runtime state beside it, not in the URL.

use leptos::prelude::*;
use neuron_core::boundary::BoundaryState;
use neuron_core::dataset::{Point, Preset};
use neuron_core::training::{ExampleStep, Params, Rule, Stop, Trainer};
use neuron_core::{Activation, dataset};

/// What the training controls say after a run stops.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Stopped(Stop),
    /// The learner pressed pause.
    Paused,
}

/// Signals and memos of one decision-boundary widget. `Copy`.
#[derive(Clone, Copy)]
pub struct BoundaryModel {
    /// What the learner edits: the single source of truth, mirrored in the URL.
    pub state: RwSignal<BoundaryState>,
    /// The data points (generated from the preset, or the learner's own).
    pub points: Memo<Vec<Point>>,
    /// How many points are on the right side.
    pub correct: Memo<usize>,
    /// The plane's text alternative.
    pub description: Memo<String>,
    /// The training run: history of loss and accuracy, epoch count.
    pub trainer: RwSignal<Trainer>,
    /// Whether training is running.
    pub playing: RwSignal<bool>,
    /// Why the last run stopped.
    pub outcome: RwSignal<Option<Outcome>>,
    /// The last "step through one example", shown in numbers and on the plane.
    pub last_step: RwSignal<Option<(Point, ExampleStep)>>,
    /// The weights when the current run started, to go back to after a blow-up.
    pub run_start: StoredValue<Option<Params>>,
    /// Epochs per animation frame while training.
    pub speed: RwSignal<usize>,
    /// Measured training speed.
    pub epochs_per_second: RwSignal<f64>,
    /// The class a click adds: `true` for class 1.
    pub new_class: RwSignal<bool>,
    /// A message about the last data edit (CSV errors, a full data set).
    pub data_message: RwSignal<Option<String>>,
}

impl BoundaryModel {
    pub fn new(start: BoundaryState) -> Self {
        let state = RwSignal::new(start);
        let points = Memo::new(move |_| state.with(BoundaryState::points));
        let correct = Memo::new(move |_| {
            points.with(|pts| {
                state.with(|s| {
                    neuron_core::training::correct_count(
                        s.activation(),
                        s.params(),
                        pts,
                        s.product(),
                    )
                })
            })
        });
        let description = Memo::new(move |_| {
            points.with(|pts| {
                state.with(|s| {
                    let wrong = neuron_core::training::misclassified(
                        s.activation(),
                        s.params(),
                        pts,
                        s.product(),
                    );
                    crate::words::plane_description(&s.describe(pts), &wrong)
                })
            })
        });
        let trainer = RwSignal::new(points.with_untracked(|pts| {
            state.with_untracked(|s| Trainer::new(s.seed(), &s.setup(pts), s.params()))
        }));
        BoundaryModel {
            state,
            points,
            correct,
            description,
            trainer,
            playing: RwSignal::new(false),
            outcome: RwSignal::new(None),
            last_step: RwSignal::new(None),
            run_start: StoredValue::new(None),
            speed: RwSignal::new(super::training_panel::SPEEDS[1].1),
            epochs_per_second: RwSignal::new(0.0),
            new_class: RwSignal::new(true),
            data_message: RwSignal::new(None),
        }
    }

    /// Starts a fresh training history (after the data, rule or features changed).
    pub fn restart_history(&self) {
        let trainer = self.points.with_untracked(|pts| {
            self.state
                .with_untracked(|s| Trainer::new(s.seed(), &s.setup(pts), s.params()))
        });
        self.trainer.set(trainer);
        self.outcome.set(None);
        self.last_step.set(None);
    }

    /// Applies `edit` to the state, then restarts the history (for changes of the setup).
    fn edit_setup(&self, edit: impl FnOnce(&mut BoundaryState)) {
        self.playing.set(false);
        self.state.update(edit);
        self.restart_history();
    }

    pub fn set_weight(&self, i: usize, value: f64) {
        self.state.update(|s| s.set_weight(i, value));
        self.last_step.set(None);
    }

    pub fn set_bias(&self, value: f64) {
        self.state.update(|s| s.set_bias(value));
        self.last_step.set(None);
    }

    pub fn drag_line_to(&self, x1: f64, x2: f64) {
        self.state.update(|s| s.drag_line_to(x1, x2));
    }

    pub fn drag_arrow_to(&self, anchor: (f64, f64), head: (f64, f64)) {
        self.state.update(|s| s.drag_arrow_to(anchor, head));
    }

    pub fn set_rule(&self, rule: Rule) {
        self.edit_setup(|s| s.set_rule(rule));
    }

    pub fn set_activation(&self, activation: Activation) {
        self.edit_setup(|s| s.set_activation(activation));
    }

    pub fn set_learning_rate(&self, rate: f64) {
        self.state.update(|s| s.set_learning_rate(rate));
        self.outcome.set(None);
    }

    pub fn set_preset(&self, preset: Preset) {
        self.edit_setup(|s| s.set_preset(preset));
        self.data_message.set(None);
    }

    pub fn set_noise(&self, noise: f64) {
        self.edit_setup(|s| s.set_noise(noise));
    }

    pub fn set_seed(&self, seed: u64) {
        self.edit_setup(|s| s.set_seed(seed));
    }

    pub fn set_product(&self, on: bool) {
        self.edit_setup(|s| s.set_product(on));
    }

    /// Adds a point of the selected class at `(x1, x2)`.
    pub fn add_point(&self, x1: f64, x2: f64) {
        let label = self.new_class.get_untracked();
        let mut added = false;
        self.edit_setup(|s| added = s.add_point(Point::new(x1, x2, label)));
        self.data_message
            .set((!added).then(|| crate::t!("boundary-point-not-added", n = dataset::MAX_POINTS)));
    }

    /// Removes the point nearest `(x1, x2)` within `radius`; returns whether one was.
    pub fn remove_point_near(&self, x1: f64, x2: f64, radius: f64) -> bool {
        let mut removed = false;
        self.edit_setup(|s| removed = s.remove_point_near(x1, x2, radius));
        removed
    }

    pub fn clear_points(&self) {
        self.edit_setup(|s| s.set_points(Vec::new()));
    }

    /// Loads points from CSV text; on error, says which line and keeps the data as it was.
    pub fn load_csv(&self, text: &str) -> bool {
        match dataset::parse_csv(text) {
            Ok(points) => {
                let n = points.len();
                self.edit_setup(|s| s.set_points(points));
                self.data_message
                    .set(Some(crate::t!("boundary-csv-loaded", n = n)));
                true
            }
            Err(e) => {
                self.data_message.set(Some(crate::t!(
                    "boundary-csv-not-loaded",
                    reason = crate::words::csv_error(&e)
                )));
                false
            }
        }
    }

    /// Back to the seeded initial weights, with a fresh history.
    pub fn reset_weights(&self) {
        self.edit_setup(BoundaryState::reset_params);
    }

    /// Back to the weights the last run started from (after a blow-up).
    pub fn restore_run_start(&self) {
        if let Some(params) = self.run_start.get_value() {
            self.state.update(|s| s.set_params(params));
            self.outcome.set(None);
        }
    }

    /// Runs `epochs` epochs of training (stopping early if training stops). Returns how many
    /// ran and why it stopped, if it did.
    pub fn train_epochs(&self, epochs: usize) -> (usize, Option<Stop>) {
        let mut params = self.state.with_untracked(|s| s.params().clone());
        let mut ran = 0;
        let mut stop = None;
        self.points.with_untracked(|pts| {
            let setup = self.state.with_untracked(|s| s.setup(pts));
            self.trainer.update(|t| {
                for _ in 0..epochs {
                    stop = t.epoch(&setup, &mut params);
                    if stop != Some(Stop::Diverged) {
                        ran += 1;
                    }
                    if stop.is_some() {
                        break;
                    }
                }
            });
        });
        self.state.update(|s| s.set_params(params));
        if let Some(stop) = stop {
            self.playing.set(false);
            self.outcome.set(Some(Outcome::Stopped(stop)));
        }
        (ran, stop)
    }

    /// Applies the update for one example and keeps its numbers to show.
    pub fn step_example(&self) {
        let mut params = self.state.with_untracked(|s| s.params().clone());
        let mut result = None;
        self.points.with_untracked(|pts| {
            let setup = self.state.with_untracked(|s| s.setup(pts));
            let index = self.trainer.with_untracked(|t| t.next_example);
            self.trainer.update(|t| {
                result = t
                    .step_example(&setup, &mut params)
                    .map(|r| r.map(|step| (pts[index % pts.len()], step)));
            });
        });
        match result {
            Some(Ok(step)) => {
                self.state.update(|s| s.set_params(params));
                self.last_step.set(Some(step));
                self.outcome.set(None);
            }
            Some(Err(stop)) => self.outcome.set(Some(Outcome::Stopped(stop))),
            None => {}
        }
    }
}

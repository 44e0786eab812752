//! The layers widget's reactive model: one signal of editable state (architecture, activations,
//! learning settings, data, weights), mirrored in the URL; the data split and the metrics as
//! memos; the training run's history and generator beside it.

use leptos::prelude::*;
use neuron_core::Activation;
use neuron_core::features::Features;
use neuron_core::history::History;
use neuron_core::network::{LearningRule, Loss, Network, Regulariser, hidden_update_angle, score};
use neuron_core::network_data::{MAX_SAMPLES, NetData, Sample, Target};
use neuron_core::network_state::{NetSource, NetworkState, batch_rng};
use neuron_core::rng::SplitMix64;

/// Train and test loss and accuracy, and each class's share of the test points given it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Metrics {
    pub train_loss: f64,
    pub test_loss: f64,
    pub train_accuracy: f64,
    pub test_accuracy: f64,
    /// For each class: (test points given it, test points of it).
    pub test_per_class: [(usize, usize); neuron_core::network_data::MAX_CLASSES],
}

impl Metrics {
    /// The figures of `net` on `train` and `test`.
    pub fn of(net: &Network, train: &[Sample], test: &[Sample], loss: Loss) -> Metrics {
        let (a, b) = (score(net, train, loss), score(net, test, loss));
        Metrics {
            train_loss: a.loss,
            test_loss: b.loss,
            train_accuracy: a.accuracy,
            test_accuracy: b.accuracy,
            test_per_class: b.per_class,
        }
    }
}

/// Signals and memos of one layers widget. `Copy`.
#[derive(Clone, Copy)]
pub struct NetModel {
    pub state: RwSignal<NetworkState>,
    /// Training and test points.
    pub data: Memo<(Vec<Sample>, Vec<Sample>)>,
    pub metrics: Memo<Metrics>,
    /// Metrics after each epoch of the current run.
    pub history: RwSignal<History<Metrics>>,
    pub epoch: RwSignal<usize>,
    pub playing: RwSignal<bool>,
    rng: StoredValue<SplitMix64>,
    /// The unit the learner is looking at: (layer, unit); layer = the layer's index.
    pub selected: RwSignal<Option<(usize, usize)>>,
    /// A message when training stopped by itself (a blow-up).
    pub message: RwSignal<Option<String>>,
    /// What became of the last CSV load: how many points, or why not.
    pub data_message: RwSignal<Option<String>>,
    /// What a click on the plane adds: a point of this class, or with this value.
    pub new_target: RwSignal<Target>,
    /// While the backward pass is shown: the layer the error signal has reached.
    pub backward_at: RwSignal<Option<usize>>,
    /// Under a feedback rule, (epoch, angle in degrees) between the update the rule makes to
    /// the hidden weights and the true gradient over the training set, once per frame.
    pub angles: RwSignal<History<(usize, f64)>>,
}

impl NetModel {
    pub fn new(start: NetworkState) -> Self {
        let seed = start.seed;
        let state = RwSignal::new(start);
        let data = Memo::new(move |_| state.with(NetworkState::data));
        let metrics = Memo::new(move |_| {
            data.with(|(train, test)| state.with(|s| Metrics::of(&s.network, train, test, s.loss)))
        });
        let model = NetModel {
            state,
            data,
            metrics,
            history: RwSignal::new(History::new()),
            epoch: RwSignal::new(0),
            playing: RwSignal::new(false),
            rng: StoredValue::new(batch_rng(seed)),
            selected: RwSignal::new(None),
            message: RwSignal::new(None),
            data_message: RwSignal::new(None),
            new_target: RwSignal::new(Target::Class(1)),
            backward_at: RwSignal::new(None),
            angles: RwSignal::new(History::new()),
        };
        model.restart_history();
        model
    }

    /// A fresh history starting from the current weights.
    pub fn restart_history(&self) {
        self.epoch.set(0);
        self.history
            .set(std::iter::once(self.metrics.get_untracked()).collect());
        self.rng
            .set_value(batch_rng(self.state.with_untracked(|s| s.seed)));
        self.message.set(None);
        self.angles.set(History::new());
        self.record_angle();
    }

    /// Records the angle between the rule's hidden-weight update and the true gradient now
    /// (nothing under backpropagation, where it is 0° by definition).
    fn record_angle(&self) {
        let angle = self.state.with_untracked(|s| {
            if s.rule == LearningRule::Backprop {
                return None;
            }
            let feedback = s.feedback();
            self.data.with_untracked(|(train, _)| {
                hidden_update_angle(&s.network, train, s.loss, s.rule, &feedback)
            })
        });
        if let Some(angle) = angle {
            let epoch = self.epoch.get_untracked();
            self.angles.update(|a| a.push((epoch, angle)));
        }
    }

    /// Chooses how the error reaches the hidden layers, and starts again from the seeded
    /// initial weights, so that every rule is compared from the same start.
    pub fn set_rule(&self, rule: LearningRule) {
        self.edit(|s| {
            s.rule = rule;
            s.reinitialise();
        });
    }

    /// Applies a change of the setup: pauses and restarts the history.
    pub fn edit(&self, edit: impl FnOnce(&mut NetworkState)) {
        self.playing.set(false);
        self.state.update(edit);
        let units = self.state.with_untracked(|s| s.network.shape());
        // Forget a selection that no longer exists.
        if let Some((l, u)) = self.selected.get_untracked()
            && units.get(l + 1).is_none_or(|n| u >= *n)
        {
            self.selected.set(None);
        }
        self.restart_history();
    }

    pub fn set_hidden(&self, hidden: Vec<usize>) {
        self.edit(|s| s.set_hidden(&hidden));
    }

    pub fn set_hidden_activation(&self, a: Activation) {
        self.edit(|s| s.set_hidden_activation(a));
    }

    pub fn set_output_activation(&self, a: Activation) {
        self.edit(|s| s.set_output_activation(a));
    }

    pub fn set_loss(&self, l: Loss) {
        self.edit(|s| s.set_loss(l));
    }

    pub fn set_data(&self, d: NetData) {
        self.edit(|s| s.set_data(NetSource::Set(d)));
    }

    /// The learner's own points (loaded, or the start of a set to click into).
    pub fn set_points(&self, points: Vec<Sample>) {
        self.edit(|s| s.set_data(NetSource::Own(points)));
    }

    /// Adds a point the learner clicked, to their own points (starting from the points shown
    /// if the data were a built-in set); nothing past [`MAX_SAMPLES`].
    pub fn add_point(&self, p: Sample) {
        let mut points = self.state.with_untracked(NetworkState::points);
        if points.len() < MAX_SAMPLES {
            points.push(p);
            self.set_points(points);
        }
    }

    /// Reads the learner's points from CSV text and says what became of it.
    pub fn load_csv(&self, text: &str) {
        match neuron_core::network_data::parse_samples(text) {
            Ok(points) => {
                let n = points.len();
                self.set_points(points);
                self.data_message
                    .set(Some(crate::t!("boundary-csv-loaded", n = n)));
            }
            Err(e) => self.data_message.set(Some(crate::t!(
                "boundary-csv-not-loaded",
                reason = crate::words::csv_error(&e)
            ))),
        }
    }

    pub fn set_features(&self, f: Features) {
        self.edit(|s| s.set_features(f));
    }

    /// Dale's law on (with the share of inhibitory units) or off.
    pub fn set_dale(&self, dale: Option<f64>) {
        self.edit(|s| s.set_dale(dale));
    }

    pub fn set_regulariser(&self, r: Regulariser) {
        self.edit(|s| s.regularisation.kind = r);
    }

    /// A hidden layer more, of `units` units, after the last (up to six).
    pub fn add_layer(&self) {
        let mut h = self.state.with_untracked(|s| s.hidden.clone());
        if h.len() < neuron_core::network::MAX_HIDDEN_LAYERS {
            h.push(h.last().copied().unwrap_or(4));
            self.set_hidden(h);
        }
    }

    /// Removes hidden layer `layer` (0 is the first), keeping at least one.
    pub fn remove_layer(&self, layer: usize) {
        let mut h = self.state.with_untracked(|s| s.hidden.clone());
        if h.len() > 1 && layer < h.len() {
            h.remove(layer);
            self.set_hidden(h);
        }
    }

    /// Sets hidden layer `layer`'s unit count (1 to 8).
    pub fn set_units(&self, layer: usize, units: usize) {
        let mut h = self.state.with_untracked(|s| s.hidden.clone());
        if let Some(u) = h.get_mut(layer) {
            *u = units.clamp(1, neuron_core::network::MAX_UNITS);
            self.set_hidden(h);
        }
    }

    /// Every activation linear (and squared error, which a linear output needs).
    pub fn make_all_linear(&self) {
        self.edit(|s| {
            s.set_hidden_activation(Activation::Linear);
            s.set_output_activation(Activation::Linear);
        });
    }

    /// Back to the seeded initial weights.
    pub fn reset(&self) {
        self.edit(NetworkState::reinitialise);
    }

    /// Runs `epochs` epochs; stops (and says why) if the weights blow up.
    pub fn train_epochs(&self, epochs: usize) {
        self.train_while(epochs, &mut || true);
    }

    /// Runs at least one epoch and at most `epochs`, while `more()` says so before each further
    /// one (an animation frame's time budget); stops (and says why) if the weights blow up.
    /// Every epoch is the same whatever the budget, so a run's result does not depend on the
    /// machine, only how fast it arrives.
    pub fn train_while(&self, epochs: usize, more: &mut dyn FnMut() -> bool) {
        let mut net = self.state.with_untracked(|s| s.network.clone());
        let update = self.state.with_untracked(NetworkState::update);
        let feedback = self.state.with_untracked(|s| s.feedback());
        let mut blew_up = false;
        let mut measured = Vec::with_capacity(epochs);
        self.data.with_untracked(|(train, test)| {
            self.rng.update_value(|rng| {
                for k in 0..epochs {
                    if k > 0 && !more() {
                        break;
                    }
                    if !neuron_core::network::train(&mut net, train, &update, &feedback, rng) {
                        blew_up = true;
                        break;
                    }
                    measured.push(Metrics::of(&net, train, test, update.loss));
                }
            });
        });
        self.state.update(|s| s.network = net);
        self.epoch.update(|e| *e += measured.len());
        self.history.update(|h| h.extend(measured));
        self.record_angle();
        if blew_up {
            self.playing.set(false);
            // Its advice names the Reset button, unless a link hides it.
            let words = if crate::widgets::hidden(&super::page::TRAINING) {
                crate::t!("layers-blew-up-no-reset")
            } else {
                crate::t!("layers-blew-up")
            };
            self.message.set(Some(words));
        }
    }
}

//! Hooks for `scripts/bench.mjs`, which measures the real page in headless Chromium. Exported
//! to JavaScript as `window.wasmBindings.*` (Trunk's loader puts the bindings there).

use neuron_core::boundary::BoundaryState;
use neuron_core::dataset::Preset;
use neuron_core::training::{Params, Trainer};
use wasm_bindgen::prelude::wasm_bindgen;

/// Trains the decision-boundary neuron (logistic rule, learning rate 0.3) for `epochs` epochs
/// on the data set `preset` with nothing drawn, and returns the milliseconds it took.
#[wasm_bindgen]
pub fn bench_training_ms(preset: &str, epochs: u32) -> f64 {
    let mut state = BoundaryState::default();
    state.set_preset(Preset::from_id(preset).unwrap_or(Preset::Circle));
    let points = state.points();
    let setup = state.setup(&points);
    let mut params: Params = state.params().clone();
    let mut trainer = Trainer::new(state.seed(), &setup, &params);
    let now = || {
        leptos::prelude::window()
            .performance()
            .map_or(0.0, |p| p.now())
    };
    let start = now();
    for _ in 0..epochs {
        // The stop conditions are ignored: the point is the cost of an epoch.
        let _ = trainer.epoch(&setup, &mut params);
    }
    now() - start
}

/// Records `sweeps` sweeps of the biological lab's default protocol with `model` (`"hh"` or
/// `"lif"`), nothing drawn; returns the milliseconds it took. Each sweep is 100 ms of neuron
/// time in 0.01 ms steps.
#[wasm_bindgen]
pub fn bench_sweeps_ms(model: &str, sweeps: u32) -> f64 {
    use neuron_core::bio::sweep::{Model, Protocol, Stimulus, record};
    let model = Model::from_id(model).unwrap_or(Model::Hh);
    let protocol = Protocol {
        model,
        stimulus: Stimulus::Step,
        amplitude: model.amplitude_spec().default,
        ..Protocol::default()
    };
    let now = || {
        leptos::prelude::window()
            .performance()
            .map_or(0.0, |p| p.now())
    };
    let start = now();
    for k in 0..sweeps {
        let sweep = record(&protocol, u64::from(k));
        std::hint::black_box(sweep.spikes.len());
    }
    now() - start
}

/// TensorFlow Playground's default setup: 2 inputs, hidden layers of 4 and 2 tanh units,
/// 250 training points, batch 10, learning rate 0.03. Trains `epochs` epochs and returns the
/// milliseconds taken; with `with_grid`, also computes the 100×100 output grid and its pixels
/// after each epoch (a frame's work without the canvas calls).
#[wasm_bindgen]
pub fn bench_network_ms(epochs: u32, with_grid: bool) -> f64 {
    use neuron_core::Activation;
    use neuron_core::network::{Loss, Network, train_epoch};
    use neuron_core::rng::SplitMix64;
    let mut points = Vec::new();
    for seed in 0..4 {
        points.extend(
            Preset::Circle
                .generate(0.2, seed)
                .into_iter()
                .map(neuron_core::network_data::Sample::from),
        );
    }
    points.truncate(250);
    let mut net = Network::new(&[4, 2], Activation::Tanh, Activation::Sigmoid, 1);
    let mut rng = SplitMix64::new(1);
    let palette = crate::theme::LIGHT;
    let now = || {
        leptos::prelude::window()
            .performance()
            .map_or(0.0, |p| p.now())
    };
    let start = now();
    for _ in 0..epochs {
        train_epoch(
            &mut net,
            &points,
            10,
            0.03,
            0.0,
            Loss::CrossEntropy,
            &mut rng,
        );
        if with_grid {
            let grid = net.unit_grid(net.layers.len() - 1, 0, 100);
            std::hint::black_box(crate::plot::heatmap_rgba(&grid, &palette));
        }
    }
    now() - start
}

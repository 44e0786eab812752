//! The multilayer network: backpropagation against central finite differences for every
//! activation and both losses, XOR and the circle learned with a hidden layer, the linear
//! collapse exact, and training reproducible from a seed.

use neuron_core::Activation;
use neuron_core::dataset::Preset;
use neuron_core::network::{Loss, Network, evaluate, split, train_epoch};
use neuron_core::network_data::Sample;
use neuron_core::network_state::NetworkField;
use neuron_core::rng::SplitMix64;

/// Numerical ∂loss/∂(parameter) by central differences, with a step suited to f64.
fn numeric(net: &Network, loss: Loss, p: &Sample, mut poke: impl FnMut(&mut Network, f64)) -> f64 {
    let h = 1e-6;
    let (mut up, mut down) = (net.clone(), net.clone());
    poke(&mut up, h);
    poke(&mut down, -h);
    let x = [p.x1, p.x2];
    (up.loss(loss, &x, p.target) - down.loss(loss, &x, p.target)) / (2.0 * h)
}

/// A two-class set as the network's points.
fn samples(points: Vec<neuron_core::dataset::Point>) -> Vec<Sample> {
    points.into_iter().map(Sample::from).collect()
}

fn rel_error(a: f64, b: f64) -> f64 {
    let scale = a.abs().max(b.abs());
    if scale < 1e-9 {
        (a - b).abs()
    } else {
        (a - b).abs() / scale
    }
}

#[test]
fn backprop_matches_finite_differences_for_every_activation_and_loss() {
    let points = [
        Sample::class(0.3, 0.8, 1),
        Sample::class(-0.2, 1.1, 0),
        Sample::class(1.2, 0.4, 1),
    ];
    for hidden in Activation::ALL
        .into_iter()
        .filter(|a| *a != Activation::Step)
    {
        for (loss, output) in [
            (Loss::CrossEntropy, Activation::Sigmoid),
            (Loss::SquaredError, Activation::Sigmoid),
            (Loss::SquaredError, Activation::Linear),
            (Loss::SquaredError, Activation::Tanh),
        ] {
            let mut net = Network::new(&[3, 2], hidden, output, 7);
            // Non-zero biases, so every path is exercised.
            for (l, layer) in net.layers.iter_mut().enumerate() {
                for (j, b) in layer.biases.iter_mut().enumerate() {
                    *b = 0.1 * (l as f64 + 1.0) - 0.07 * j as f64;
                }
            }
            for p in &points {
                let g = net.backward(&net.forward(&[p.x1, p.x2]), p.target, loss);
                for l in 0..net.layers.len() {
                    for j in 0..net.layers[l].units() {
                        for i in 0..net.layers[l].weights[j].len() {
                            let n = numeric(&net, loss, p, |q, h| q.layers[l].weights[j][i] += h);
                            let e = rel_error(g.weights[l][j][i], n);
                            assert!(
                                e < 1e-5,
                                "{hidden:?}/{:?} ∂w[{l}][{j}][{i}]: {} vs {n} (rel {e:e})",
                                loss,
                                g.weights[l][j][i]
                            );
                        }
                        let n = numeric(&net, loss, p, |q, h| q.layers[l].biases[j] += h);
                        assert!(
                            rel_error(g.biases[l][j], n) < 1e-5,
                            "{hidden:?}/{:?} ∂b[{l}][{j}]",
                            loss
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn step_units_pass_back_no_gradient() {
    let net = Network::new(&[3], Activation::Step, Activation::Sigmoid, 1);
    let g = net.backward(&net.forward(&[0.3, 0.4]), 1.0, Loss::CrossEntropy);
    assert!(
        g.weights[0].iter().flatten().all(|w| *w == 0.0),
        "the step's slope is zero: nothing reaches the hidden weights"
    );
}

fn train(net: &mut Network, data: &[Sample], epochs: usize, lr: f64, seed: u64) -> f64 {
    let mut rng = SplitMix64::new(seed);
    for _ in 0..epochs {
        assert!(train_epoch(
            net,
            data,
            10,
            lr,
            0.0,
            Loss::CrossEntropy,
            &mut rng
        ));
    }
    evaluate(net, data, Loss::CrossEntropy).1
}

#[test]
fn a_hidden_layer_learns_xor_and_the_circle() {
    let xor = samples(Preset::Xor.generate(0.0, 1));
    let mut net = Network::new(&[4], Activation::Tanh, Activation::Sigmoid, 3);
    assert_eq!(train(&mut net, &xor, 3000, 0.5, 3), 1.0);

    let circle = samples(Preset::Circle.generate(0.0, 2));
    let (train_set, test_set) = split(&circle, 0.3, 2);
    assert_eq!(train_set.len() + test_set.len(), circle.len());
    // 8 tanh units with a little L2, which keeps the boundary smooth on this small data set
    // (without it, 100% on the training points can come with 80-90% on the test points).
    let mut net = Network::new(&[8], Activation::Tanh, Activation::Sigmoid, 4);
    let mut rng = SplitMix64::new(4);
    for _ in 0..1000 {
        assert!(train_epoch(
            &mut net,
            &train_set,
            10,
            0.3,
            0.003,
            Loss::CrossEntropy,
            &mut rng
        ));
    }
    let (_, test_accuracy) = evaluate(&net, &test_set, Loss::CrossEntropy);
    assert!(
        test_accuracy >= 0.95,
        "circle test accuracy {test_accuracy}"
    );
}

#[test]
fn an_all_linear_network_collapses_to_one_linear_map() {
    let mut net = Network::new(&[5, 3], Activation::Linear, Activation::Linear, 9);
    for (l, layer) in net.layers.iter_mut().enumerate() {
        for (j, b) in layer.biases.iter_mut().enumerate() {
            *b = 0.3 - 0.2 * l as f64 + 0.05 * j as f64;
        }
    }
    let c = net.collapse().expect("all linear");
    for (x1, x2) in [(0.0, 0.0), (1.0, 0.0), (0.3, -0.4), (1.5, 1.5), (-0.5, 0.7)] {
        let direct = net.output(&[x1, x2]);
        let single = c.weights[0] * x1 + c.weights[1] * x2 + c.bias;
        assert!(
            (direct - single).abs() < 1e-12,
            "at ({x1}, {x2}): {direct} vs {single}"
        );
    }
    // With a nonlinearity anywhere, there is no such map.
    let bent = Network::new(&[5, 3], Activation::Tanh, Activation::Linear, 9);
    assert!(bent.collapse().is_none());
    // And an all-linear network cannot learn XOR: its boundary is one straight line.
    let xor = samples(Preset::Xor.generate(0.0, 1));
    let mut lin = Network::new(&[8], Activation::Linear, Activation::Sigmoid, 5);
    assert!(train(&mut lin, &xor, 2000, 0.3, 5) <= 0.75);
}

#[test]
fn training_replays_bit_for_bit() {
    let data = samples(Preset::Spiral.generate(0.3, 8));
    let run = || {
        let mut net = Network::new(&[8, 8], Activation::Tanh, Activation::Sigmoid, 11);
        let mut rng = SplitMix64::new(11);
        for _ in 0..20 {
            train_epoch(
                &mut net,
                &data,
                10,
                0.03,
                0.001,
                Loss::CrossEntropy,
                &mut rng,
            );
        }
        net
    };
    assert_eq!(run(), run());
}

#[test]
fn a_blow_up_leaves_the_network_finite() {
    let data = samples(Preset::Blobs.generate(0.5, 1));
    let mut net = Network::new(&[4], Activation::Linear, Activation::Linear, 2);
    let mut rng = SplitMix64::new(2);
    let mut diverged = false;
    for _ in 0..200 {
        if !train_epoch(&mut net, &data, 1, 30.0, 0.0, Loss::SquaredError, &mut rng) {
            diverged = true;
            break;
        }
    }
    assert!(diverged);
    assert!(net.is_sane());
}

#[test]
fn unit_grids_show_each_units_output() {
    let net = Network::new(&[3], Activation::Relu, Activation::Sigmoid, 1);
    let grid = net.unit_grid(0, 2, 20);
    assert_eq!(grid.len(), 400);
    assert!(
        grid.iter().all(|v| *v >= 0.0),
        "a ReLU unit is never negative"
    );
    let out = net.unit_grid(1, 0, 20);
    assert!(out.iter().all(|v| (0.0..=1.0).contains(v)));
    assert_eq!(net.shape(), vec![2, 3, 1]);
}

#[test]
fn the_network_state_round_trips_and_survives_junk() {
    use neuron_core::network_state::NetworkState;
    use neuron_core::query::{build_query, parse_query};
    let mut s = NetworkState::default();
    s.set_hidden(&[3]);
    s.set_hidden_activation(Activation::Relu);
    s.set_weight(0, 1, 0, 1.25);
    s.set_bias(1, 0, -0.5);
    s.set_data(neuron_core::network_state::NetSource::Set(
        neuron_core::network_data::NetData::Binary(Preset::Spiral),
    ));
    s.seed = 42;
    s.rule = neuron_core::network::LearningRule::FeedbackAlignment;
    let q = build_query(s.query_pairs().iter().map(|(k, v)| (k.as_str(), v.clone())));
    let (back, notices) = NetworkState::from_pairs(&parse_query(&q));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back.query_pairs(), s.query_pairs());
    assert_eq!(back.network.layers[0].weights[1][0], 1.25);
    assert_eq!(back.rule, s.rule);
    let (junk, notices) =
        NetworkState::from_pairs(&parse_query("nn-h=9,9,9&nn-fh=magic&nn-w=1,2&nn-bs=7"));
    assert_eq!(
        notices,
        [
            NetworkField::Architecture,
            NetworkField::HiddenActivation,
            NetworkField::BatchSize,
            NetworkField::Weights
        ]
    );
    assert!(junk.network.is_sane());
}

#[test]
fn linear_hidden_layers_collapse_and_draw_a_straight_boundary() {
    use neuron_core::network_state::NetworkState;
    let mut s = NetworkState::default();
    assert!(s.collapsed().is_none(), "tanh hidden units do not collapse");
    s.set_hidden_activation(Activation::Linear);
    let c = s.collapsed().expect("linear hidden layers collapse");
    for (x1, x2) in [(0.1, 0.2), (1.0, -0.3), (0.7, 1.4)] {
        let z = c.weights[0] * x1 + c.weights[1] * x2 + c.bias;
        let y = s.network.output(&[x1, x2]);
        assert!(
            (1.0 / (1.0 + (-z).exp()) - y).abs() < 1e-12,
            "σ(collapsed z) is the network's output"
        );
    }
    assert!(s.collapsed_boundary().is_some() || c.weights.iter().all(|w| w.abs() < 1e-12));
    s.set_output_activation(Activation::Linear);
    assert_eq!(
        s.loss,
        Loss::SquaredError,
        "cross-entropy needs a sigmoid output"
    );
}

#[test]
fn unit_grids_equal_the_forward_pass_at_cell_centres() {
    let net = Network::new(&[5, 3], Activation::Gelu, Activation::Sigmoid, 6);
    let cells = 7;
    for (layer, unit) in [(0, 4), (1, 2), (2, 0)] {
        let grid = net.unit_grid(layer, unit, cells);
        let step = 2.0 / cells as f64;
        for row in 0..cells {
            for col in 0..cells {
                let x1 = -0.5 + (col as f64 + 0.5) * step;
                let x2 = 1.5 - (row as f64 + 0.5) * step;
                let expected = net.forward(&[x1, x2]).activations[layer + 1][unit];
                // The grid is computed in f32 with the drawing form of each activation.
                let got = f64::from(grid[row * cells + col]);
                assert!((got - expected).abs() < 1e-5, "{got} vs {expected}");
            }
        }
    }
}

mod fuzz {
    use neuron_core::bio::sweep::{Protocol, record};
    use neuron_core::network_state::NetworkState;
    use neuron_core::query::parse_query;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn any_network_url_gives_a_usable_network(q in "(nn-[a-z0-9]{1,4}=[-0-9a-z.,e]{0,30}&){0,10}") {
            let (s, _) = NetworkState::from_pairs(&parse_query(&q));
            prop_assert!(s.network.is_sane());
            prop_assert!(s.network.output(&[0.5, 0.5]).is_finite());
        }

        #[test]
        fn any_protocol_url_gives_a_finite_recording(q in "(bl-[a-z]{1,2}=[-0-9a-z.e]{0,12}&){0,8}") {
            let (p, _) = Protocol::from_pairs(&parse_query(&q));
            let sweep = record(&p, 0);
            prop_assert!(sweep.v.iter().all(|v| v.is_finite()));
        }
    }
}

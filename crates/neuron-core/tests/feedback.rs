//! Learning without backpropagation: feedback alignment with `B = Wᵀ` is backpropagation exactly,
//! direct feedback alignment is feedback alignment with one hidden layer, both learn XOR with
//! fixed random feedback, and the angle between their updates and the true gradient falls as they
//! learn. Also the rule in the network widget's state and URL.

use neuron_core::Activation;
use neuron_core::dataset::Preset;
use neuron_core::network::{
    Feedback, LearningRule, Loss, Network, angle_degrees, evaluate, hidden_update_angle,
    hidden_weights, split, train_epoch, train_epoch_with,
};
use neuron_core::network_data::Sample;
use neuron_core::network_state::{NetworkField, NetworkState, network_points};
use neuron_core::query::{build_query, parse_query};
use neuron_core::rng::SplitMix64;

const FA: LearningRule = LearningRule::FeedbackAlignment;
const DFA: LearningRule = LearningRule::DirectFeedbackAlignment;

fn points() -> Vec<Sample> {
    vec![
        Sample::class(0.3, 0.8, 1),
        Sample::class(-0.2, 1.1, 0),
        Sample::class(1.2, 0.4, 1),
        Sample::class(0.5, 0.5, 0),
    ]
}

/// A network with non-zero biases, so that every path is exercised.
fn net(hidden: &[usize], f: Activation, out: Activation, seed: u64) -> Network {
    let mut net = Network::new(hidden, f, out, seed);
    for (l, layer) in net.layers.iter_mut().enumerate() {
        for (j, b) in layer.biases.iter_mut().enumerate() {
            *b = 0.1 * (l as f64 + 1.0) - 0.07 * j as f64;
        }
    }
    net
}

/// The XOR clouds of the network widget (25 noisy copies of each corner), split as there.
fn xor_clouds() -> (Vec<Sample>, Vec<Sample>) {
    split(&network_points(Preset::Xor, 0.2, 1), 0.3, 1)
}

#[test]
fn feedback_alignment_through_the_transposed_weights_is_backpropagation() {
    for hidden in [vec![3], vec![4, 2], vec![8, 8]] {
        for f in [Activation::Tanh, Activation::Relu, Activation::Sigmoid] {
            for (loss, out) in [
                (Loss::CrossEntropy, Activation::Sigmoid),
                (Loss::SquaredError, Activation::Linear),
            ] {
                let n = net(&hidden, f, out, 7);
                let transposed = Feedback::transposed(&n);
                assert!(transposed.fits(&n.shape()));
                for p in points() {
                    let fwd = n.forward(&[p.x1, p.x2]);
                    let bp = n.backward(&fwd, p.target, loss);
                    // Bit for bit: the same products, summed in the same order.
                    assert_eq!(n.backward_with(&fwd, p.target, loss, FA, &transposed), bp);
                    let unused = Feedback::random(&n.shape(), 1);
                    let rule = LearningRule::Backprop;
                    assert_eq!(n.backward_with(&fwd, p.target, loss, rule, &unused), bp);
                }
                assert_eq!(
                    n.batch_gradient_with(&points(), loss, FA, &transposed),
                    n.batch_gradient(&points(), loss)
                );
                let angle = hidden_update_angle(&n, &points(), loss, FA, &transposed);
                assert!(angle.is_some_and(|a| a < 1e-5), "{angle:?}");
            }
        }
    }
}

#[test]
fn with_one_hidden_layer_direct_feedback_alignment_is_feedback_alignment() {
    let n = net(&[5], Activation::Tanh, Activation::Sigmoid, 3);
    let fb = Feedback::random(&n.shape(), 3);
    assert_eq!(fb.direct, fb.layered, "one matrix, B₂ = D₁, 5 × 1");
    assert_eq!((fb.layered[0].len(), fb.layered[0][0].len()), (5, 1));
    for p in points() {
        let fwd = n.forward(&[p.x1, p.x2]);
        let fa = n.backward_with(&fwd, p.target, Loss::CrossEntropy, FA, &fb);
        let dfa = n.backward_with(&fwd, p.target, Loss::CrossEntropy, DFA, &fb);
        assert_eq!(fa, dfa);
        // And it is not backpropagation, but the output layer's update is the same.
        let bp = n.backward(&fwd, p.target, Loss::CrossEntropy);
        assert_ne!(fa.weights[0], bp.weights[0]);
        assert_eq!(fa.weights[1], bp.weights[1]);
        assert_eq!(fa.biases[1], bp.biases[1]);
    }
}

#[test]
fn direct_feedback_alignment_follows_its_formula_with_two_hidden_layers() {
    // δ_l = (D_l δ_out) ⊙ f′(z_l), written out for one example.
    let n = net(&[3, 2], Activation::Tanh, Activation::Sigmoid, 5);
    let fb = Feedback::random(&n.shape(), 5);
    assert!(fb.fits(&n.shape()));
    assert_eq!(fb.direct[1], fb.layered[1], "the top hidden layer: D₂ = B₃");
    assert_eq!((fb.layered[0].len(), fb.layered[0][0].len()), (3, 2));
    assert_eq!((fb.direct[0].len(), fb.direct[0][0].len()), (3, 1));
    let x = [0.3, 0.8];
    let fwd = n.forward(&x);
    let g = n.backward_with(&fwd, 1.0, Loss::CrossEntropy, DFA, &fb);
    let delta_out = fwd.output() - 1.0;
    assert_eq!(g.deltas[2], vec![delta_out]);
    for l in 0..2 {
        for i in 0..n.layers[l].units() {
            let slope = 1.0 - fwd.pre[l][i].tanh().powi(2);
            let expected = fb.direct[l][i][0] * delta_out * slope;
            assert!((g.deltas[l][i] - expected).abs() < 1e-12);
            for (k, a) in fwd.activations[l].iter().enumerate() {
                assert_eq!(g.weights[l][i][k], g.deltas[l][i] * a);
            }
        }
    }
    // FA differs from DFA below the top hidden layer: B₂ carries δ₂, not δ_out.
    let fa = n.backward_with(&fwd, 1.0, Loss::CrossEntropy, FA, &fb);
    assert_eq!(fa.deltas[1], g.deltas[1]);
    for i in 0..3 {
        let back: f64 = (0..2).map(|j| fb.layered[0][i][j] * fa.deltas[1][j]).sum();
        let expected = back * (1.0 - fwd.pre[0][i].tanh().powi(2));
        assert!((fa.deltas[0][i] - expected).abs() < 1e-12);
    }
}

#[test]
fn feedback_is_fixed_by_the_seed_and_the_shape() {
    let shape = [2, 4, 3, 1];
    let a = Feedback::random(&shape, 9);
    assert_eq!(a, Feedback::random(&shape, 9));
    assert_ne!(a, Feedback::random(&shape, 10));
    assert!(a.fits(&shape));
    assert!(!a.fits(&[2, 4, 1]));
    let limit = (6.0f64 / 7.0).sqrt();
    assert!(a.layered[0].iter().flatten().all(|b| b.abs() <= limit));
    // Feedback for another shape is harmless: missing entries count as 0.
    let n = Network::new(&[8, 8], Activation::Tanh, Activation::Sigmoid, 1);
    let g = n.batch_gradient_with(&points(), Loss::CrossEntropy, FA, &a);
    assert!(g.weights.iter().flatten().flatten().all(|v| v.is_finite()));
}

#[test]
fn angles_between_known_vectors() {
    // arccos near ±1 loses half the digits: 1e-6 degrees is what double precision allows there.
    let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-6);
    assert!(close(
        angle_degrees(&[1.0, 2.0, 3.0], &[1.0, 2.0, 3.0]),
        0.0
    ));
    assert!(close(
        angle_degrees(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]),
        0.0
    ));
    assert!(close(angle_degrees(&[1.0, 0.0], &[0.0, 3.0]), 90.0));
    assert!(close(angle_degrees(&[1.0, 1.0], &[-2.0, -2.0]), 180.0));
    assert!(close(
        angle_degrees(&[1.0, 0.0], &[0.5, 3f64.sqrt() / 2.0]),
        60.0
    ));
    assert!(close(
        angle_degrees(&[2.0, 0.0, 0.0], &[1.0, 1.0, 0.0]),
        45.0
    ));
    assert_eq!(angle_degrees(&[0.0, 0.0], &[1.0, 2.0]), None);
    assert_eq!(angle_degrees(&[1.0, 2.0], &[0.0, 0.0]), None);
    assert_eq!(angle_degrees(&[], &[]), None);
    assert_eq!(angle_degrees(&[1.0], &[1.0, 2.0]), None);
    assert_eq!(angle_degrees(&[f64::NAN, 1.0], &[1.0, 2.0]), None);
    // Rounding never pushes the cosine past ±1.
    let v = [0.1, 0.2, 0.3, 1e-9];
    assert_eq!(angle_degrees(&v, &v).map(|a| a.is_nan()), Some(false));
}

#[test]
fn feedback_alignment_learns_xor_and_its_updates_align_with_the_gradient() {
    // 2-8-1 tanh on the XOR clouds, seed 2, learning rate 0.3, batch 10, 200 epochs. Seen: the
    // hidden update starts 103.1° from the true gradient (no better than a random direction)
    // while W₂ is 98.6° from B₂; over the first 30 epochs W₂ turns towards B₂ (44°), the update
    // comes to 32° from the gradient, and the loss falls (0.747 → 0.33); after 200 epochs the
    // angles are 31.6° and 33.5°, the loss 0.015, and every test point is right.
    let (train, test) = xor_clouds();
    let mut n = Network::new(&[8], Activation::Tanh, Activation::Sigmoid, 2);
    let fb = Feedback::random(&n.shape(), 2);
    let loss = Loss::CrossEntropy;
    let start = hidden_update_angle(&n, &train, loss, FA, &fb).unwrap();
    // The output weights W₂ against the fixed feedback B₂ (both 8 numbers).
    let b: Vec<f64> = fb.layered[0].iter().map(|r| r[0]).collect();
    let aligned_start = angle_degrees(&n.layers[1].weights[0], &b).unwrap();
    let mut rng = SplitMix64::new(2);
    for _ in 0..200 {
        assert!(train_epoch_with(
            &mut n, &train, 10, 0.3, 0.0, loss, FA, &fb, &mut rng
        ));
    }
    let end = hidden_update_angle(&n, &train, loss, FA, &fb).unwrap();
    let aligned_end = angle_degrees(&n.layers[1].weights[0], &b).unwrap();
    let (_, accuracy) = evaluate(&n, &test, loss);
    assert!(accuracy >= 0.95, "test accuracy {accuracy}");
    assert!((60.0..=120.0).contains(&start), "starts at {start:.1}°");
    assert!(end < 45.0, "ends at {end:.1}° (from {start:.1}°)");
    assert!(
        aligned_end < aligned_start && aligned_end < 45.0,
        "W₂ vs B₂: {aligned_start:.1}° → {aligned_end:.1}°"
    );
}

#[test]
fn direct_feedback_alignment_learns_xor_with_two_hidden_layers() {
    // 2-8-8-1 tanh, seed 2, learning rate 0.3, 100 epochs.
    let (train, test) = xor_clouds();
    let mut n = Network::new(&[8, 8], Activation::Tanh, Activation::Sigmoid, 2);
    let fb = Feedback::random(&n.shape(), 2);
    let mut rng = SplitMix64::new(2);
    for _ in 0..100 {
        let loss = Loss::CrossEntropy;
        assert!(train_epoch_with(
            &mut n, &train, 10, 0.3, 0.0, loss, DFA, &fb, &mut rng
        ));
    }
    let (_, accuracy) = evaluate(&n, &test, Loss::CrossEntropy);
    assert!(accuracy >= 0.95, "test accuracy {accuracy}");
}

#[test]
fn backprop_through_train_epoch_with_is_train_epoch() {
    let data: Vec<Sample> = Preset::Circle
        .generate(0.2, 4)
        .into_iter()
        .map(Sample::from)
        .collect();
    let start = Network::new(&[4, 2], Activation::Tanh, Activation::Sigmoid, 4);
    let fb = Feedback::random(&start.shape(), 4);
    let (mut a, mut b) = (start.clone(), start);
    let (mut ra, mut rb) = (SplitMix64::new(4), SplitMix64::new(4));
    for _ in 0..10 {
        train_epoch(&mut a, &data, 10, 0.3, 0.001, Loss::CrossEntropy, &mut ra);
        let rule = LearningRule::Backprop;
        train_epoch_with(
            &mut b,
            &data,
            10,
            0.3,
            0.001,
            Loss::CrossEntropy,
            rule,
            &fb,
            &mut rb,
        );
    }
    assert_eq!(a, b);
    let g = a.batch_gradient(&data, Loss::CrossEntropy);
    assert_eq!(
        hidden_weights(&g).len(),
        2 * 4 + 4 * 2,
        "hidden weights only"
    );
}

#[test]
fn the_rule_is_part_of_the_network_state_and_its_url() {
    let mut s = NetworkState::default();
    assert_eq!(s.rule, LearningRule::Backprop);
    let before = s.network.clone();
    s.rule = DFA;
    assert_eq!(s.network, before, "the rule does not touch the weights");
    assert_eq!(s.feedback(), Feedback::random(&s.network.shape(), s.seed));
    assert!(s.feedback().fits(&s.network.shape()));
    let q = build_query(s.query_pairs().iter().map(|(k, v)| (k.as_str(), v.clone())));
    assert!(q.contains("nn-rule=dfa"), "{q}");
    let (back, notices) = NetworkState::from_pairs(&parse_query(&q));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back.rule, DFA);
    assert_eq!(back.feedback(), s.feedback());
    // Absent: backpropagation, quietly. Unknown: backpropagation, with a notice.
    let (old, notices) = NetworkState::from_pairs(&parse_query("nn-lr=0.3"));
    assert_eq!((old.rule, notices.len()), (LearningRule::Backprop, 0));
    let (bad, notices) = NetworkState::from_pairs(&parse_query("nn-rule=hebb&nn-lr=0.3"));
    assert_eq!(
        (bad.rule, &notices[..]),
        (LearningRule::Backprop, &[NetworkField::Rule][..])
    );
    for r in LearningRule::ALL {
        assert_eq!(LearningRule::from_id(r.id()), Some(r));
    }
    // A new shape gets feedback of its shape.
    s.set_hidden(&[3]);
    assert!(s.feedback().fits(&[2, 3, 1]));
}

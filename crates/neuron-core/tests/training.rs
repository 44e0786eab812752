//! Learning: the perceptron converges within Novikoff's bound on separable data, gradients
//! match finite differences, runs replay bit for bit from a seed, XOR defeats one neuron until
//! the product feature is added, and a learning rate that blows up is caught.

use neuron_core::Activation;
use neuron_core::dataset::{Point, Preset};
use neuron_core::training::{
    Params, Rule, Setup, Stop, Trainer, example_loss, example_step, features,
};

fn setup(
    rule: Rule,
    activation: Activation,
    learning_rate: f64,
    data: &[Point],
    product: bool,
) -> Setup<'_> {
    Setup {
        rule,
        activation,
        learning_rate,
        data,
        product,
    }
}

/// Trains until a stop or `max_epochs`; returns the stop and the final accuracy.
fn train(s: &Setup, params: &mut Params, seed: u64, max_epochs: usize) -> (Option<Stop>, f64) {
    let mut t = Trainer::new(seed, s, params);
    for _ in 0..max_epochs {
        if let Some(stop) = t.epoch(s, params) {
            return (Some(stop), s.measure(params).1);
        }
    }
    (None, s.measure(params).1)
}

#[test]
fn perceptron_converges_within_novikoffs_bound() {
    let data = Preset::Separable.generate(0.0, 11);
    // A separating unit vector in the augmented space (x1, x2, 1): w* = (1, 1, −1)/√3.
    let norm = 3f64.sqrt();
    let gamma = data
        .iter()
        .map(|p| (p.x1 + p.x2 - 1.0).abs() / norm)
        .fold(f64::INFINITY, f64::min);
    let r2 = data
        .iter()
        .map(|p| p.x1 * p.x1 + p.x2 * p.x2 + 1.0)
        .fold(0.0, f64::max);
    let bound = (r2 / (gamma * gamma)).ceil() as usize;

    let mut params = Params {
        weights: vec![0.0, 0.0],
        bias: 0.0,
    };
    let mut mistakes = 0;
    let mut clean_epoch = false;
    for _ in 0..10_000 {
        let mut epoch_mistakes = 0;
        for p in &data {
            let step = example_step(Rule::Perceptron, Activation::Step, 1.0, &params, p, false);
            if step.loss > 0.0 {
                epoch_mistakes += 1;
                params = step.updated;
            }
        }
        mistakes += epoch_mistakes;
        if epoch_mistakes == 0 {
            clean_epoch = true;
            break;
        }
    }
    assert!(clean_epoch, "the perceptron separates separable data");
    assert!(
        mistakes <= bound,
        "{mistakes} updates, bound (R/γ)² = {bound}"
    );
}

#[test]
fn logic_gates_are_learned_by_every_rule() {
    for preset in [Preset::And, Preset::Or, Preset::Nand] {
        let data = preset.generate(0.0, 1);
        for (rule, activation, lr) in [
            (Rule::Perceptron, Activation::Step, 0.1),
            (Rule::Logistic, Activation::Sigmoid, 1.0),
            (Rule::SquaredError, Activation::Sigmoid, 3.0),
        ] {
            let s = setup(rule, activation, lr, &data, false);
            let mut params = Params::initial(2, 1);
            let (stop, accuracy) = train(&s, &mut params, 1, 5000);
            assert_eq!(stop, Some(Stop::AllCorrect), "{:?} with {:?}", preset, rule);
            assert_eq!(accuracy, 1.0);
        }
    }
}

#[test]
fn xor_defeats_one_neuron_until_the_product_feature_is_added() {
    let data = Preset::Xor.generate(0.0, 1);
    for (rule, activation) in [
        (Rule::Perceptron, Activation::Step),
        (Rule::Logistic, Activation::Sigmoid),
    ] {
        let s = setup(rule, activation, 0.3, &data, false);
        let mut params = Params::initial(2, 5);
        let (stop, accuracy) = train(&s, &mut params, 5, 20_000);
        assert_eq!(stop, Some(Stop::Plateau), "{rule:?}");
        assert!(accuracy <= 0.75, "no line gets all four XOR points right");

        let s = setup(rule, activation, 0.3, &data, true);
        let mut params = Params::initial(3, 5);
        let (stop, accuracy) = train(&s, &mut params, 5, 20_000);
        assert_eq!(stop, Some(Stop::AllCorrect), "{rule:?} with x1·x2");
        assert_eq!(accuracy, 1.0);
    }
}

#[test]
fn gradients_match_central_finite_differences() {
    let params = Params {
        weights: vec![0.7, -1.3, 0.4],
        bias: 0.2,
    };
    let points = [
        Point::new(0.3, 0.9, true),
        Point::new(-0.4, 1.2, false),
        Point::new(1.1, -0.2, true),
    ];
    for (rule, activation) in [
        (Rule::Logistic, Activation::Sigmoid),
        (Rule::SquaredError, Activation::Sigmoid),
        (Rule::SquaredError, Activation::Linear),
    ] {
        for p in &points {
            for product in [false, true] {
                let n = if product { 3 } else { 2 };
                let params = Params {
                    weights: params.weights[..n].to_vec(),
                    bias: params.bias,
                };
                let step = example_step(rule, activation, 0.1, &params, p, product);
                let x = features(p, product);
                let loss_at =
                    |q: &Params| example_loss(rule, activation, q.pre_activation(&x), p.target());
                let h = 1e-6;
                for i in 0..n {
                    let (mut up, mut down) = (params.clone(), params.clone());
                    up.weights[i] += h;
                    down.weights[i] -= h;
                    let numeric = (loss_at(&up) - loss_at(&down)) / (2.0 * h);
                    let analytic = step.weight_gradients[i];
                    let rel =
                        (numeric - analytic).abs() / (numeric.abs() + analytic.abs()).max(1e-8);
                    assert!(
                        rel < 1e-6,
                        "{:?} ∂/∂w{}: {analytic} vs {numeric}",
                        rule,
                        i + 1
                    );
                }
                let (mut up, mut down) = (params.clone(), params.clone());
                up.bias += h;
                down.bias -= h;
                let numeric = (loss_at(&up) - loss_at(&down)) / (2.0 * h);
                assert!((numeric - step.bias_gradient).abs() < 1e-7);
            }
        }
    }
}

#[test]
fn a_run_replays_bit_for_bit_from_its_seed() {
    let data = Preset::Blobs.generate(0.5, 3);
    let s = setup(Rule::Logistic, Activation::Sigmoid, 0.3, &data, false);
    let run = |seed: u64| {
        let mut params = Params::initial(2, seed);
        let mut t = Trainer::new(seed, &s, &params);
        for _ in 0..25 {
            t.epoch(&s, &mut params);
        }
        (params, t.history)
    };
    let (a, ha) = run(9);
    let (b, hb) = run(9);
    assert_eq!(
        a.weights.iter().map(|w| w.to_bits()).collect::<Vec<_>>(),
        b.weights.iter().map(|w| w.to_bits()).collect::<Vec<_>>()
    );
    assert_eq!(a.bias.to_bits(), b.bias.to_bits());
    assert_eq!(ha, hb);
    assert_ne!(run(10).0, a, "another seed, another run");
    assert_eq!(
        Preset::Blobs.generate(0.5, 3),
        data,
        "data sets are seeded too"
    );
}

#[test]
fn a_blow_up_is_caught_and_the_last_finite_weights_kept() {
    let data = Preset::Blobs.generate(0.3, 2);
    let s = setup(Rule::SquaredError, Activation::Linear, 30.0, &data, false);
    let mut params = Params::initial(2, 2);
    let (stop, _) = train(&s, &mut params, 2, 1000);
    assert_eq!(stop, Some(Stop::Diverged));
    assert!(params.is_sane());
    assert!(params.weights.iter().all(|w| w.is_finite()));
}

#[test]
fn stepping_through_one_example_shows_its_numbers() {
    let data = Preset::Or.generate(0.0, 1);
    let s = setup(Rule::Logistic, Activation::Sigmoid, 0.5, &data, false);
    let mut params = Params {
        weights: vec![0.0, 0.0],
        bias: 0.0,
    };
    let mut t = Trainer::new(1, &s, &params);
    let step = t.step_example(&s, &mut params).unwrap().unwrap();
    // First point (0, 0), class 0: z = 0, y = 0.5, error 0.5, ∂/∂b = 0.5, b ← 0 − 0.5×0.5.
    assert_eq!(step.features, vec![0.0, 0.0]);
    assert_eq!(step.output, 0.5);
    assert_eq!(step.error, 0.5);
    assert_eq!(step.bias_gradient, 0.5);
    assert_eq!(params.bias, -0.25);
    assert_eq!(t.next_example, 1);
}

//! The decision-boundary widget's model: geometry of the line and arrow, dragging, the output
//! grid, data editing, CSV, and the URL state.

use neuron_core::Activation;
use neuron_core::boundary::{
    ARROW_SCALE, BoundaryField, BoundaryShape, BoundaryState, Data, PlaneDescription, StopReport,
    clip_line, explain_stop,
};
use neuron_core::dataset::{
    CsvError, CsvProblem, MAX_POINTS, PLANE_MAX, PLANE_MIN, Point, Preset, parse_csv, to_csv,
};
use neuron_core::query::{build_query, parse_query};
use neuron_core::training::Rule;
use proptest::prelude::*;

#[test]
fn the_line_is_clipped_to_the_plane() {
    // x1 + x2 − 1 = 0 runs from (−0.5, 1.5) to (1.5, −0.5).
    let [a, b] = clip_line(1.0, 1.0, -1.0).unwrap();
    let mut ends = [a, b];
    ends.sort_by(|p, q| p.0.total_cmp(&q.0));
    assert_eq!(ends, [(-0.5, 1.5), (1.5, -0.5)]);
    assert!(
        clip_line(1.0, 0.0, -10.0).is_none(),
        "x1 = 10 misses the plane"
    );
    assert!(clip_line(0.0, 0.0, 1.0).is_none());
    let [a, b] = clip_line(0.0, 2.0, -1.0).unwrap(); // x2 = 0.5, horizontal
    assert_eq!((a.1, b.1), (0.5, 0.5));
}

#[test]
fn dragging_the_line_and_arrow_edits_weights_and_bias() {
    let mut s = BoundaryState::default();
    s.set_weight(0, 2.0);
    s.set_weight(1, 1.0);
    s.drag_line_to(0.8, 0.2);
    assert!(
        (2.0 * 0.8 + 1.0 * 0.2 + s.bias()).abs() < 1e-12,
        "the line passes through the pointer"
    );
    s.drag_arrow_to(
        (0.5, 0.5),
        (0.5 + 3.0 * ARROW_SCALE, 0.5 - 4.0 * ARROW_SCALE),
    );
    assert!((s.weight(0) - 3.0).abs() < 1e-9 && (s.weight(1) + 4.0).abs() < 1e-9);
    assert!(
        (3.0 * 0.5 - 4.0 * 0.5 + s.bias()).abs() < 1e-9,
        "the line still passes through the anchor"
    );
    let (anchor, head) = s.arrow().unwrap();
    let [p, q] = s.boundary_segment().unwrap();
    let along = (q.0 - p.0, q.1 - p.1);
    let arrow = (head.0 - anchor.0, head.1 - anchor.1);
    assert!(
        (along.0 * arrow.0 + along.1 * arrow.1).abs() < 1e-9,
        "the arrow is normal to the line"
    );
    assert!(
        (3.0 * anchor.0 - 4.0 * anchor.1 + s.bias()).abs() < 1e-9,
        "the arrow starts on the line"
    );
}

#[test]
fn the_output_grid_is_half_at_the_line_and_sided_by_the_arrow() {
    let mut s = BoundaryState::default();
    s.set_weight(0, 4.0);
    s.set_weight(1, 0.0);
    s.set_bias(-2.0); // boundary x1 = 0.5, class 1 to the right
    let n = 200;
    let grid = s.output_grid(n);
    assert_eq!(grid.len(), n * n);
    let cell = |row: usize, col: usize| grid[row * n + col];
    assert!(cell(100, 10) < 0.05 && cell(100, 190) > 0.95);
    let col_at_half = ((0.5 - PLANE_MIN) / (PLANE_MAX - PLANE_MIN) * n as f64) as usize;
    assert!((cell(50, col_at_half) - 0.5).abs() < 0.05);
    assert_eq!(
        s.describe(&s.points()),
        PlaneDescription {
            boundary: BoundaryShape::Line {
                x1: Some(0.5),
                x2: None
            },
            correct: 3,
            total: 4,
            undecided: false,
        }
    );
    s.set_weight(0, 0.0);
    assert_eq!(s.describe(&[]).boundary, BoundaryShape::Flat);
}

#[test]
fn a_neuron_whose_outputs_all_sit_near_one_half_is_undecided() {
    let mut s = BoundaryState::default();
    s.set_rule(Rule::Logistic);
    s.set_activation(Activation::Sigmoid);
    s.set_weight(0, 0.1);
    s.set_weight(1, -0.1);
    s.set_bias(0.05);
    // σ(z) for z in [−0.05, 0.15] stays within 0.04 of 0.5 on the four corners.
    assert!(s.describe(&s.points()).undecided);
    s.set_weight(0, 2.0);
    assert!(
        !s.describe(&s.points()).undecided,
        "σ(2.05) = 0.89 is decided"
    );
    s.set_rule(Rule::Perceptron);
    assert_eq!(s.activation(), Activation::Step);
    s.set_weight(0, 0.1);
    assert!(
        !s.describe(&s.points()).undecided,
        "the step function is never undecided"
    );
}

#[test]
fn the_product_feature_adds_a_weight_and_bends_the_boundary() {
    let mut s = BoundaryState::default();
    s.set_product(true);
    assert_eq!(s.params().weights.len(), 3);
    assert!(s.boundary_segment().is_some(), "w3 = 0: still a line");
    s.set_weight(2, -2.0);
    assert!(s.boundary_segment().is_none() && s.arrow().is_none());
    assert_eq!(s.describe(&[]).boundary, BoundaryShape::Curve);
    s.set_product(false);
    assert_eq!(s.params().weights.len(), 2);
}

#[test]
fn points_can_be_added_removed_and_cleared() {
    let mut s = BoundaryState::default();
    let n = s.points().len();
    assert!(s.add_point(Point::new(0.3, 0.4, true)));
    assert!(matches!(s.data(), Data::Custom(_)));
    assert_eq!(s.points().len(), n + 1);
    assert!(
        !s.add_point(Point::new(3.0, 0.4, true)),
        "outside the plane"
    );
    assert!(s.remove_point_near(0.31, 0.41, 0.05));
    assert!(!s.remove_point_near(0.31, 0.41, 0.05), "nothing left there");
    s.set_points(Vec::new());
    assert!(s.points().is_empty());
    s.set_preset(Preset::Xor);
    assert_eq!(s.points().len(), 4);
}

#[test]
fn rules_keep_their_activation() {
    let mut s = BoundaryState::default();
    s.set_rule(Rule::Perceptron);
    assert_eq!(s.activation(), Activation::Step);
    s.set_activation(Activation::Sigmoid);
    assert_eq!(
        s.activation(),
        Activation::Step,
        "the perceptron rule trains a step neuron"
    );
    s.set_rule(Rule::SquaredError);
    s.set_activation(Activation::Linear);
    assert_eq!(s.activation(), Activation::Linear);
    s.set_learning_rate(0.25);
    assert_eq!(s.learning_rate(), 0.3);
}

#[test]
fn csv_reads_points_and_names_the_first_bad_line() {
    let points = parse_csv("x1,x2,label\n0.1, 0.2, 1\n\n# a comment\n1;1;0\n").unwrap();
    assert_eq!(
        points,
        vec![Point::new(0.1, 0.2, true), Point::new(1.0, 1.0, false)]
    );
    assert_eq!(parse_csv(&to_csv(&points)).unwrap(), points);
    let err = parse_csv("0.1,0.2,1\n0.5,abc,0\n9,9,9").unwrap_err();
    assert_eq!(
        err,
        CsvError {
            line: 2,
            problem: CsvProblem::NotANumber("x2")
        }
    );
    assert_eq!(
        parse_csv("0.1,0.2").unwrap_err(),
        CsvError {
            line: 1,
            problem: CsvProblem::ValueCount(2)
        }
    );
    assert_eq!(
        parse_csv("0.1,7,1").unwrap_err(),
        CsvError {
            line: 1,
            problem: CsvProblem::OutsidePlane("x2")
        }
    );
    assert_eq!(
        parse_csv("0.1,0.2,2").unwrap_err().problem,
        CsvProblem::Label
    );
    assert_eq!(
        parse_csv("\n\n").unwrap_err(),
        CsvError {
            line: 0,
            problem: CsvProblem::NoPoints
        }
    );
    let many = "0.1,0.2,1\n".repeat(MAX_POINTS + 1);
    assert_eq!(
        parse_csv(&many).unwrap_err(),
        CsvError {
            line: MAX_POINTS + 1,
            problem: CsvProblem::TooMany
        }
    );
}

#[test]
fn junk_in_the_url_gives_defaults_and_notices() {
    let pairs = parse_query("bd-w=1,zz&bd-r=magic&bd-d=custom&bd-pts=1,2&bd-s=-4&bd-lr=inf");
    let (s, notices) = BoundaryState::from_pairs(&pairs);
    assert_eq!(
        notices,
        [
            BoundaryField::Rule,
            BoundaryField::Weights,
            BoundaryField::LearningRate,
            BoundaryField::Seed,
            BoundaryField::Points
        ]
    );
    assert_eq!(s.params(), BoundaryState::default().params());
    let (s, notices) = BoundaryState::from_pairs(&parse_query("v=1&x=1&w=2"));
    assert!(
        notices.is_empty(),
        "no pairs of this widget: defaults, quietly"
    );
    assert_eq!(s, BoundaryState::default());
}

#[test]
fn a_stop_is_explained_by_what_the_data_allows() {
    use neuron_core::training::Stop;
    let mut s = BoundaryState::default();
    assert_eq!(
        explain_stop(Stop::AllCorrect, &s, 4, 4, 1),
        StopReport::AllCorrect { epochs: 1 }
    );
    assert_eq!(
        explain_stop(Stop::Diverged, &s, 2, 4, 9),
        StopReport::Diverged
    );
    assert_eq!(
        explain_stop(Stop::Plateau, &s, 3, 4, 9),
        StopReport::Plateau {
            correct: 3,
            total: 4
        }
    );
    s.set_preset(Preset::Xor);
    assert_eq!(
        explain_stop(Stop::Plateau, &s, 3, 4, 9),
        StopReport::PlateauXor {
            correct: 3,
            total: 4
        }
    );
    s.set_product(true);
    assert!(matches!(
        explain_stop(Stop::Plateau, &s, 3, 4, 9),
        StopReport::Plateau { .. }
    ));
    s.set_product(false);
    s.set_preset(Preset::Circle);
    assert!(matches!(
        explain_stop(Stop::Plateau, &s, 50, 80, 9),
        StopReport::PlateauCircle { .. }
    ));
}

fn any_state() -> impl Strategy<Value = BoundaryState> {
    (
        prop::collection::vec(-20.0f64..20.0, 3),
        -20.0f64..20.0,
        0..3usize,
        0..7usize,
        0.0f64..1.0,
        any::<u64>(),
        any::<bool>(),
        prop::option::of(prop::collection::vec(
            (-0.5f64..1.5, -0.5f64..1.5, any::<bool>()),
            0..30,
        )),
    )
        .prop_map(|(w, b, rule, preset, noise, seed, product, custom)| {
            let mut s = BoundaryState::default();
            s.set_rule(Rule::ALL[rule]);
            s.set_product(product);
            for (i, w) in w.iter().enumerate() {
                s.set_weight(i, *w);
            }
            s.set_bias(b);
            s.set_preset(Preset::ALL[preset]);
            s.set_noise(noise);
            s.set_seed(seed);
            if let Some(points) = custom {
                s.set_points(
                    points
                        .into_iter()
                        .map(|(a, b, l)| Point::new(a, b, l))
                        .collect(),
                );
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn url_state_round_trips(s in any_state()) {
        let q = build_query(s.query_pairs().iter().map(|(k, v)| (k.as_str(), v.clone())));
        let (back, notices) = BoundaryState::from_pairs(&parse_query(&q));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(back.query_pairs(), s.query_pairs());
    }

    #[test]
    fn any_url_text_gives_a_usable_state(q in "(bd-[a-z]{1,3}=[-0-9a-z.,e]{0,20}&){0,8}") {
        let (s, _) = BoundaryState::from_pairs(&parse_query(&q));
        prop_assert!(s.params().is_sane());
        prop_assert!(s.output_grid(8).iter().all(|v| v.is_finite()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn csv_of_any_text_is_points_or_a_named_line(text in "(.{0,30}\n){0,6}") {
        match parse_csv(&text) {
            Ok(points) => prop_assert!(points.iter().all(|p| p.x1.is_finite() && p.x2.is_finite())),
            Err(e) => prop_assert!(
                e.line <= text.lines().count() && (e.line == 0) == (e.problem == CsvProblem::NoPoints)
            ),
        }
    }

    #[test]
    fn csv_of_numberish_text_never_panics(text in "([-0-9.e,; x]{0,20}\n){0,8}") {
        let _ = parse_csv(&text);
    }
}

//! The network lab's data: points with a class (two, three or four classes) or a value to
//! predict (regression), the built-in sets of each kind, and the learner's own, read from CSV
//! or clicked in. Every point lies in the plane `[PLANE_MIN, PLANE_MAX]²`; generation is seeded.

use crate::dataset::{CsvError, CsvProblem, MAX_POINTS, PLANE_MAX, PLANE_MIN, Point, Preset};
use crate::rng::{Rng, SplitMix64};
use std::f64::consts::{PI, TAU};

/// The most classes a data set has.
pub const MAX_CLASSES: usize = 4;
/// Copies of each truth-table corner in the logic data sets.
const CORNER_COPIES: usize = 25;
/// Points per class in the generated several-class sets.
const PER_CLASS: usize = 40;
/// Points in the generated regression sets.
const REGRESSION_POINTS: usize = 120;

/// What a point asks of the network.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    /// A class, `0..MAX_CLASSES`.
    Class(usize),
    /// A value in `[−1, 1]` (regression).
    Value(f64),
}

/// One point of the network's data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    pub x1: f64,
    pub x2: f64,
    pub target: Target,
}

impl Sample {
    pub fn class(x1: f64, x2: f64, class: usize) -> Sample {
        Sample {
            x1,
            x2,
            target: Target::Class(class),
        }
    }

    pub fn value(x1: f64, x2: f64, value: f64) -> Sample {
        Sample {
            x1,
            x2,
            target: Target::Value(value),
        }
    }

    /// The class, if the point has one.
    pub fn class_of(&self) -> Option<usize> {
        match self.target {
            Target::Class(c) => Some(c),
            Target::Value(_) => None,
        }
    }
}

impl From<Point> for Sample {
    fn from(p: Point) -> Sample {
        Sample::class(p.x1, p.x2, usize::from(p.label))
    }
}

/// The kind of problem a data set poses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    /// Sort the points into this many classes (2 to [`MAX_CLASSES`]).
    Classes(usize),
    /// Predict each point's value.
    Regression,
}

impl Problem {
    /// How many output units the network needs: one for two classes (the sigmoid's
    /// probability of class 1) and for regression; one per class (softmax) for more.
    pub fn outputs(self) -> usize {
        match self {
            Problem::Classes(k) if k > 2 => k,
            _ => 1,
        }
    }

    /// Whether the output is a softmax over several classes.
    pub fn softmax(self) -> bool {
        self.outputs() > 1
    }
}

/// The network lab's built-in data sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NetData {
    /// One of the single neuron's two-class sets (the logic gates as clouds around the corners).
    Binary(Preset),
    /// Three round clusters.
    Blobs3,
    /// Three interleaved spiral arms.
    Spiral3,
    /// Four classes, one per quarter of the plane around its centre.
    Quadrants4,
    /// Regression: a tilted plane, `(x₁ + x₂ − 1) / 2`.
    Plane,
    /// Regression: a sum of four Gaussian bumps, two up and two down.
    Gaussians,
}

impl NetData {
    pub const ALL: [NetData; 13] = [
        NetData::Binary(Preset::And),
        NetData::Binary(Preset::Or),
        NetData::Binary(Preset::Nand),
        NetData::Binary(Preset::Xor),
        NetData::Binary(Preset::Blobs),
        NetData::Binary(Preset::Separable),
        NetData::Binary(Preset::Circle),
        NetData::Binary(Preset::Spiral),
        NetData::Blobs3,
        NetData::Spiral3,
        NetData::Quadrants4,
        NetData::Plane,
        NetData::Gaussians,
    ];

    pub fn id(self) -> &'static str {
        match self {
            NetData::Binary(p) => p.id(),
            NetData::Blobs3 => "blobs3",
            NetData::Spiral3 => "spiral3",
            NetData::Quadrants4 => "quadrants4",
            NetData::Plane => "plane",
            NetData::Gaussians => "gauss",
        }
    }

    pub fn from_id(id: &str) -> Option<NetData> {
        NetData::ALL.into_iter().find(|d| d.id() == id)
    }

    pub fn problem(self) -> Problem {
        match self {
            NetData::Binary(_) => Problem::Classes(2),
            NetData::Blobs3 | NetData::Spiral3 => Problem::Classes(3),
            NetData::Quadrants4 => Problem::Classes(4),
            NetData::Plane | NetData::Gaussians => Problem::Regression,
        }
    }

    /// The points, from `seed`; `noise` in `[0, 1]` (non-finite counts as 0).
    pub fn generate(self, noise: f64, seed: u64) -> Vec<Sample> {
        let noise = if noise.is_finite() {
            noise.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let mut rng = SplitMix64::new(seed ^ 0x00da_7a5e);
        let centre = 0.5;
        match self {
            NetData::Binary(p @ (Preset::And | Preset::Or | Preset::Nand | Preset::Xor)) => {
                // Clouds around the four corners, so that there is something to hold out.
                let corners = p.generate(0.0, seed);
                let mut rng = SplitMix64::new(seed ^ 0x00c0_0e75);
                let spread = 0.06 + 0.15 * noise;
                let mut points = Vec::with_capacity(corners.len() * CORNER_COPIES);
                for _ in 0..CORNER_COPIES {
                    for c in &corners {
                        let x1 = clamp(c.x1 + spread * rng.normal());
                        let x2 = clamp(c.x2 + spread * rng.normal());
                        points.push(Sample::class(x1, x2, usize::from(c.label)));
                    }
                }
                points
            }
            NetData::Binary(p) => p
                .generate(noise, seed)
                .into_iter()
                .map(Sample::from)
                .collect(),
            NetData::Blobs3 => {
                let spread = 0.08 + 0.2 * noise;
                let mut points = Vec::with_capacity(3 * PER_CLASS);
                for _ in 0..PER_CLASS {
                    for class in 0..3 {
                        let a = PI / 2.0 + TAU * class as f64 / 3.0;
                        let (cx, cy) = (centre + 0.6 * a.cos(), centre + 0.6 * a.sin());
                        let x1 = clamp(cx + spread * rng.normal());
                        let x2 = clamp(cy + spread * rng.normal());
                        points.push(Sample::class(x1, x2, class));
                    }
                }
                points
            }
            NetData::Spiral3 => {
                let mut points = Vec::with_capacity(3 * PER_CLASS);
                for i in 0..PER_CLASS {
                    let f = i as f64 / PER_CLASS as f64;
                    for class in 0..3 {
                        let r = 0.05 + 0.9 * f;
                        let angle = 1.25 * TAU * f + TAU * class as f64 / 3.0;
                        let jitter = 0.02 + noise * 0.08;
                        let x1 = clamp(centre + r * angle.cos() + jitter * rng.normal());
                        let x2 = clamp(centre + r * angle.sin() + jitter * rng.normal());
                        points.push(Sample::class(x1, x2, class));
                    }
                }
                points
            }
            NetData::Quadrants4 => {
                let mut points = Vec::with_capacity(4 * PER_CLASS);
                while points.len() < 4 * PER_CLASS {
                    let x1 = rng.range(PLANE_MIN, PLANE_MAX);
                    let x2 = rng.range(PLANE_MIN, PLANE_MAX);
                    let (a, b) = (x1 - centre, x2 - centre);
                    // A margin keeps noise-free data clean; noise blurs the edges.
                    if noise == 0.0 && (a.abs() < 0.08 || b.abs() < 0.08) {
                        continue;
                    }
                    let (ja, jb) = (
                        a + noise * 0.3 * rng.normal(),
                        b + noise * 0.3 * rng.normal(),
                    );
                    let class = match (ja >= 0.0, jb >= 0.0) {
                        (true, true) => 0,
                        (false, true) => 1,
                        (false, false) => 2,
                        (true, false) => 3,
                    };
                    points.push(Sample::class(x1, x2, class));
                }
                points
            }
            NetData::Plane | NetData::Gaussians => (0..REGRESSION_POINTS)
                .map(|_| {
                    let x1 = rng.range(PLANE_MIN, PLANE_MAX);
                    let x2 = rng.range(PLANE_MIN, PLANE_MAX);
                    let truth = self.truth(x1, x2).unwrap_or(0.0);
                    let v = (truth + noise * 0.3 * rng.normal()).clamp(-1.0, 1.0);
                    Sample::value(x1, x2, v)
                })
                .collect(),
        }
    }

    /// A regression set's noise-free value at `(x1, x2)`, in `[−1, 1]`; None for a
    /// classification set.
    pub fn truth(self, x1: f64, x2: f64) -> Option<f64> {
        match self {
            NetData::Plane => Some(((x1 + x2 - 1.0) / 2.0).clamp(-1.0, 1.0)),
            NetData::Gaussians => {
                let bumps = [
                    (0.0, 0.0, 1.0),
                    (1.0, 1.0, 1.0),
                    (0.0, 1.0, -1.0),
                    (1.0, 0.0, -1.0),
                ];
                let v: f64 = bumps
                    .iter()
                    .map(|(cx, cy, a)| {
                        let d2 = (x1 - cx).powi(2) + (x2 - cy).powi(2);
                        a * (-d2 / (2.0 * 0.3 * 0.3)).exp()
                    })
                    .sum();
                Some(v.clamp(-1.0, 1.0))
            }
            _ => None,
        }
    }
}

fn clamp(v: f64) -> f64 {
    v.clamp(PLANE_MIN, PLANE_MAX)
}

/// The problem a set of points poses: regression if any has a value, else as many classes as
/// the highest class (at least two).
pub fn problem_of(points: &[Sample]) -> Problem {
    let mut most = 1;
    for p in points {
        match p.target {
            Target::Value(_) => return Problem::Regression,
            Target::Class(c) => most = most.max(c),
        }
    }
    Problem::Classes((most + 1).clamp(2, MAX_CLASSES))
}

/// Reads the network's points from CSV text, one `x1,x2,label` per line, as
/// [`crate::dataset::parse_csv`] does; the label is a class `0` to `3` (then the file is a
/// classification problem of as many classes as its highest label), or, if any label is not a
/// whole number, every label a value in `[−1, 1]` to predict (regression).
pub fn parse_samples(text: &str) -> Result<Vec<Sample>, CsvError> {
    let rows = crate::dataset::parse_rows(text, |label| {
        label.parse::<f64>().ok().filter(|v| v.is_finite())
    })
    .map_err(|e| match e.problem {
        CsvProblem::Label => CsvError {
            problem: CsvProblem::ClassOrValue,
            ..e
        },
        _ => e,
    })?;
    let whole = |v: f64| v.fract() == 0.0 && (0.0..MAX_CLASSES as f64).contains(&v);
    // A label that is neither is named first: in classes 0 to 2, a 7 is the bad line, not the 2
    // it made no longer a class.
    if let Some(r) = rows
        .iter()
        .find(|r| !whole(r.label) && !(-1.0..=1.0).contains(&r.label))
    {
        return Err(CsvError {
            line: r.line,
            problem: CsvProblem::ClassOrValue,
        });
    }
    let classes = rows.iter().all(|r| whole(r.label));
    rows.into_iter()
        .map(|r| {
            if classes {
                Ok(Sample::class(r.x1, r.x2, r.label as usize))
            } else if (-1.0..=1.0).contains(&r.label) {
                Ok(Sample::value(r.x1, r.x2, r.label))
            } else {
                Err(CsvError {
                    line: r.line,
                    problem: CsvProblem::ClassOrValue,
                })
            }
        })
        .collect()
}

/// The points as CSV text with a header, readable by [`parse_samples`].
pub fn samples_to_csv(points: &[Sample]) -> String {
    let mut out = String::from("x1,x2,label\n");
    for p in points {
        let label = match p.target {
            Target::Class(c) => c.to_string(),
            Target::Value(v) => crate::query::url_number(v),
        };
        out.push_str(&format!(
            "{},{},{label}\n",
            crate::query::url_number(p.x1),
            crate::query::url_number(p.x2),
        ));
    }
    out
}

/// At most [`MAX_POINTS`] points: the limit a set the learner makes is held to.
pub const MAX_SAMPLES: usize = MAX_POINTS;

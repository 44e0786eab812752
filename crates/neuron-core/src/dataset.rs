//! Two-input data sets for the decision-boundary widget: the logic truth tables (AND, OR, NAND,
//! XOR), two Gaussian blobs, a linearly separable cloud with adjustable noise, and a circle.
//! Every point lies in the plane `[PLANE_MIN, PLANE_MAX]²`; generation is seeded.

use crate::rng::{Rng, SplitMix64};

/// The plane's lower bound, on both axes.
pub const PLANE_MIN: f64 = -0.5;
/// The plane's upper bound, on both axes.
pub const PLANE_MAX: f64 = 1.5;
/// The most points a data set may hold (generated, added or loaded).
pub const MAX_POINTS: usize = 400;
/// The most text the CSV box takes, in characters: [`MAX_POINTS`] lines of two six-decimal
/// coordinates and a label with room to spare. A longer paste is cut there by the box itself,
/// so that 50 MB pasted by mistake cost no more than this to read (and then give "at most
/// 400 points", or the line that was cut).
pub const MAX_CSV_CHARS: usize = 32_768;
/// Points per class in the generated sets.
const PER_CLASS: usize = 40;

/// One labelled point. `label` is the class: `true` for class 1 (the neuron should fire),
/// `false` for class 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x1: f64,
    pub x2: f64,
    pub label: bool,
}

impl Point {
    pub fn new(x1: f64, x2: f64, label: bool) -> Self {
        Point { x1, x2, label }
    }

    /// The target output: 1 for class 1, 0 for class 0.
    pub fn target(&self) -> f64 {
        if self.label { 1.0 } else { 0.0 }
    }
}

/// Whether `v` lies in the plane.
pub fn in_plane(v: f64) -> bool {
    (PLANE_MIN..=PLANE_MAX).contains(&v)
}

/// The built-in data sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    And,
    Or,
    Nand,
    Xor,
    Blobs,
    Separable,
    Circle,
    Spiral,
}

impl Preset {
    pub const ALL: [Preset; 8] = [
        Preset::And,
        Preset::Or,
        Preset::Nand,
        Preset::Xor,
        Preset::Blobs,
        Preset::Separable,
        Preset::Circle,
        Preset::Spiral,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Preset::And => "and",
            Preset::Or => "or",
            Preset::Nand => "nand",
            Preset::Xor => "xor",
            Preset::Blobs => "blobs",
            Preset::Separable => "separable",
            Preset::Circle => "circle",
            Preset::Spiral => "spiral",
        }
    }

    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.id() == id)
    }

    /// Whether a single straight line can separate the classes (for noise 0).
    pub fn linearly_separable(self) -> bool {
        !matches!(self, Preset::Xor | Preset::Circle | Preset::Spiral)
    }

    /// Whether the noise control changes this data set.
    pub fn uses_noise(self) -> bool {
        matches!(
            self,
            Preset::Blobs | Preset::Separable | Preset::Circle | Preset::Spiral
        )
    }

    /// The data set, generated from `seed`; `noise` in `[0, 1]`.
    pub fn generate(self, noise: f64, seed: u64) -> Vec<Point> {
        let noise = if noise.is_finite() {
            noise.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let mut rng = SplitMix64::new(seed);
        let truth = |f: fn(bool, bool) -> bool| {
            [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]
                .map(|(a, b)| Point::new(a, b, f(a > 0.5, b > 0.5)))
                .to_vec()
        };
        match self {
            Preset::And => truth(|a, b| a && b),
            Preset::Or => truth(|a, b| a || b),
            Preset::Nand => truth(|a, b| !(a && b)),
            Preset::Xor => truth(|a, b| a != b),
            Preset::Blobs => {
                let spread = 0.1 + 0.25 * noise;
                let mut points = Vec::with_capacity(2 * PER_CLASS);
                for _ in 0..PER_CLASS {
                    for (label, (cx, cy)) in [(false, (0.1, 0.2)), (true, (0.9, 0.8))] {
                        let x1 = clamp_plane(cx + spread * rng.normal());
                        let x2 = clamp_plane(cy + spread * rng.normal());
                        points.push(Point::new(x1, x2, label));
                    }
                }
                points
            }
            Preset::Separable => {
                let mut points = Vec::with_capacity(2 * PER_CLASS);
                while points.len() < 2 * PER_CLASS {
                    let x1 = rng.range(PLANE_MIN, PLANE_MAX);
                    let x2 = rng.range(PLANE_MIN, PLANE_MAX);
                    // The true boundary is x1 + x2 = 1; a margin keeps noise-free data easy.
                    let side = x1 + x2 - 1.0;
                    if noise == 0.0 && side.abs() < 0.1 {
                        continue;
                    }
                    let jitter = noise * 0.6 * rng.normal();
                    points.push(Point::new(x1, x2, side + jitter > 0.0));
                }
                points
            }
            Preset::Circle => {
                let mut points = Vec::with_capacity(2 * PER_CLASS);
                for _ in 0..PER_CLASS {
                    for (label, (r_lo, r_hi)) in [(true, (0.0, 0.35)), (false, (0.6, 0.9))] {
                        let angle = rng.range(0.0, std::f64::consts::TAU);
                        let r = rng.range(r_lo, r_hi) + noise * 0.15 * rng.normal();
                        let x1 = clamp_plane(0.5 + r * angle.cos());
                        let x2 = clamp_plane(0.5 + r * angle.sin());
                        points.push(Point::new(x1, x2, label));
                    }
                }
                points
            }
            Preset::Spiral => {
                // Two interleaved arms around the centre, each turning 1.75 times.
                let mut points = Vec::with_capacity(2 * PER_CLASS);
                for i in 0..PER_CLASS {
                    let f = i as f64 / PER_CLASS as f64;
                    for (label, phase) in [(true, 0.0), (false, std::f64::consts::PI)] {
                        let r = 0.05 + 0.9 * f;
                        let angle = 1.75 * std::f64::consts::TAU * f + phase;
                        let jitter = noise * 0.08;
                        let x1 = clamp_plane(0.5 + r * angle.cos() + jitter * rng.normal());
                        let x2 = clamp_plane(0.5 + r * angle.sin() + jitter * rng.normal());
                        points.push(Point::new(x1, x2, label));
                    }
                }
                points
            }
        }
    }
}

fn clamp_plane(v: f64) -> f64 {
    v.clamp(PLANE_MIN, PLANE_MAX)
}

/// Why CSV text could not be read (the app words it).
#[derive(Clone, Debug, PartialEq)]
pub struct CsvError {
    /// The 1-based line number of the first bad line (0 when the problem is the whole text).
    pub line: usize,
    pub problem: CsvProblem,
}

/// What is wrong with a line of CSV, or with the whole text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// Not the three values `x1,x2,label`: how many there were.
    ValueCount(usize),
    /// A coordinate (named `"x1"` or `"x2"`, as in the header) that is not a number.
    NotANumber(&'static str),
    /// A coordinate outside the plane, `[PLANE_MIN, PLANE_MAX]`.
    OutsidePlane(&'static str),
    /// A label other than `0`/`1` (or `false`/`true`).
    Label,
    /// In the network lab: a label that is neither a class `0` to `3` nor a value in `[−1, 1]`.
    ClassOrValue,
    /// More than [`MAX_POINTS`] points.
    TooMany,
    /// No points at all (line 0).
    NoPoints,
}

/// Reads points from CSV text, one `x1,x2,label` per line. Blank lines, `#` comments and a
/// header line (`x1,x2,label`) are skipped; labels are `0`/`1` (or `false`/`true`); both
/// coordinates must lie in the plane. Fails on the first bad line, naming it.
pub fn parse_csv(text: &str) -> Result<Vec<Point>, CsvError> {
    let rows = parse_rows(text, |label| match label.to_ascii_lowercase().as_str() {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    })?;
    Ok(rows
        .into_iter()
        .map(|r| Point::new(r.x1, r.x2, r.label))
        .collect())
}

/// One line of CSV read by [`parse_rows`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row<T> {
    /// Its 1-based line number.
    pub line: usize,
    pub x1: f64,
    pub x2: f64,
    pub label: T,
}

/// The lines of `x1,x2,label` CSV text, each label read by `label` (None: [`CsvProblem::Label`]),
/// with the checks of [`parse_csv`].
pub fn parse_rows<T>(
    text: &str,
    label: impl Fn(&str) -> Option<T>,
) -> Result<Vec<Row<T>>, CsvError> {
    // A file saved by some spreadsheets begins with a byte-order mark: not part of the header.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split([',', ';', '\t']).map(str::trim).collect();
        if rows.is_empty() && fields.first().is_some_and(|f| f.eq_ignore_ascii_case("x1")) {
            continue;
        }
        let bad = |problem: CsvProblem| CsvError {
            line: i + 1,
            problem,
        };
        if fields.len() != 3 {
            return Err(bad(CsvProblem::ValueCount(fields.len())));
        }
        let coord = |text: &str, name: &'static str| -> Result<f64, CsvError> {
            let v: f64 = text
                .parse()
                .map_err(|_| bad(CsvProblem::NotANumber(name)))?;
            if !v.is_finite() || !in_plane(v) {
                return Err(bad(CsvProblem::OutsidePlane(name)));
            }
            Ok(v)
        };
        let x1 = coord(fields[0], "x1")?;
        let x2 = coord(fields[1], "x2")?;
        let Some(label) = label(fields[2]) else {
            return Err(bad(CsvProblem::Label));
        };
        if rows.len() == MAX_POINTS {
            return Err(bad(CsvProblem::TooMany));
        }
        rows.push(Row {
            line: i + 1,
            x1,
            x2,
            label,
        });
    }
    if rows.is_empty() {
        return Err(CsvError {
            line: 0,
            problem: CsvProblem::NoPoints,
        });
    }
    Ok(rows)
}

/// The points as CSV text with a header, readable by [`parse_csv`].
pub fn to_csv(points: &[Point]) -> String {
    let mut out = String::from("x1,x2,label\n");
    for p in points {
        out.push_str(&format!(
            "{},{},{}\n",
            crate::query::url_number(p.x1),
            crate::query::url_number(p.x2),
            u8::from(p.label)
        ));
    }
    out
}

//! What the activation plot shows, as plain data: the curve `f(z)`, its slope `f'(z)`, the
//! operating point `(z, f(z))` and the tangent there, inside a window that always holds the point.

use crate::activation::Activation;

/// The smallest half-width of the plotted `z` range.
pub const MIN_HALF_WIDTH: f64 = 6.0;
/// Samples per curve: enough for a smooth line on a projector.
pub const CURVE_SAMPLES: usize = 241;
/// Below this slope the curve counts as flat.
pub const FLAT_SLOPE: f64 = 1e-4;

/// The plotted region, in model units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotWindow {
    pub z_min: f64,
    pub z_max: f64,
    pub y_min: f64,
    pub y_max: f64,
}

impl PlotWindow {
    pub fn contains(&self, (z, y): (f64, f64)) -> bool {
        (self.z_min..=self.z_max).contains(&z) && (self.y_min..=self.y_max).contains(&y)
    }
}

/// Everything the activation plot draws.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivationCurve {
    pub activation: Activation,
    pub window: PlotWindow,
    /// `(z, f(z))` across the window.
    pub values: Vec<(f64, f64)>,
    /// `(z, f'(z))` across the window.
    pub slopes: Vec<(f64, f64)>,
    /// The operating point `(z, f(z))`.
    pub point: (f64, f64),
    /// `f'(z)` at the operating point.
    pub slope: f64,
    /// A short piece of the tangent line at the operating point, inside the window.
    pub tangent: [(f64, f64); 2],
}

/// `n` evenly spaced samples of `f` over `[a, b]` (both ends included).
pub fn sample(f: impl Fn(f64) -> f64, a: f64, b: f64, n: usize) -> Vec<(f64, f64)> {
    let n = n.max(2);
    (0..n)
        .map(|i| {
            let z = a + (b - a) * i as f64 / (n - 1) as f64;
            (z, f(z))
        })
        .collect()
}

impl ActivationCurve {
    /// The plot of `activation` with its operating point at pre-activation `z`.
    /// A non-finite `z` is drawn at 0, never propagated.
    pub fn new(activation: Activation, z: f64) -> Self {
        let z = if z.is_finite() { z } else { 0.0 };
        let half = MIN_HALF_WIDTH.max((z.abs() + 1.0).ceil());
        let (z_min, z_max) = (-half, half);
        let values = sample(|t| activation.apply(t), z_min, z_max, CURVE_SAMPLES);
        let slopes = sample(|t| activation.derivative(t), z_min, z_max, CURVE_SAMPLES);
        let (lo, hi) = match activation.bounds() {
            Some(bounds) => bounds,
            None => values
                .iter()
                .map(|p| p.1)
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), y| {
                    (lo.min(y), hi.max(y))
                }),
        };
        // Slopes never exceed 1.13 (GELU), so the derivative curve always fits.
        let (lo, hi) = (lo.min(0.0), hi.max(1.15));
        let pad = 0.08 * (hi - lo);
        let window = PlotWindow {
            z_min,
            z_max,
            y_min: lo - pad,
            y_max: hi + pad,
        };
        let point = (z, activation.apply(z));
        let slope = activation.derivative(z);
        let tangent = tangent_segment(point, slope, &window);
        ActivationCurve {
            activation,
            window,
            values,
            slopes,
            point,
            slope,
            tangent,
        }
    }

    /// Whether the curve is flat at the operating point: a small change of `z` barely changes
    /// the output (the plot's text alternative says so).
    pub fn is_flat(&self) -> bool {
        self.slope.abs() < FLAT_SLOPE
    }
}

/// The tangent through `point` with `slope`, reaching a tenth of the window's width to each
/// side, shortened so that it stays inside the window.
fn tangent_segment(point: (f64, f64), slope: f64, window: &PlotWindow) -> [(f64, f64); 2] {
    let (z0, y0) = point;
    let mut reach = (0.1 * (window.z_max - window.z_min))
        .min(z0 - window.z_min)
        .min(window.z_max - z0)
        .max(0.0);
    if slope != 0.0 {
        let room = (window.y_max - y0).min(y0 - window.y_min).max(0.0);
        reach = reach.min(room / slope.abs());
    }
    [
        (z0 - reach, y0 - slope * reach),
        (z0 + reach, y0 + slope * reach),
    ]
}

//! The output heatmap's colours: one RGBA pixel per grid cell, from vermillion (output 0,
//! class 0) through the background (0.5, undecided) to blue (output 1, class 1). Pale, so
//! that the points drawn on top stand out. Painted into one `ImageData` by the caller.

use plotters::style::RGBColor;

use crate::theme::Palette;

/// How far the ends of the scale are mixed towards the class colours (the rest is background).
const STRENGTH: f64 = 0.55;

/// The colour for output `v` (clamped to `[0, 1]`).
pub fn heat_color(v: f64, palette: &Palette) -> RGBColor {
    let v = if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        0.5
    };
    let (end, amount) = if v < 0.5 {
        (palette.negative, (0.5 - v) * 2.0)
    } else {
        (palette.positive, (v - 0.5) * 2.0)
    };
    let t = STRENGTH * amount;
    let mix = |a: u8, b: u8| (f64::from(a) * (1.0 - t) + f64::from(b) * t).round() as u8;
    let bg = palette.background;
    RGBColor(mix(bg.0, end.0), mix(bg.1, end.1), mix(bg.2, end.2))
}

/// RGBA bytes for a row-major grid of outputs.
pub fn heatmap_rgba(grid: &[f32], palette: &Palette) -> Vec<u8> {
    // 64 levels are indistinguishable from continuous here and save work per pixel.
    let levels: Vec<RGBColor> = (0..=64)
        .map(|i| heat_color(i as f64 / 64.0, palette))
        .collect();
    let mut out = Vec::with_capacity(grid.len() * 4);
    for v in grid {
        let v = if v.is_finite() {
            v.clamp(0.0, 1.0)
        } else {
            0.5
        };
        let c = levels[(v * 64.0).round() as usize];
        out.extend_from_slice(&[c.0, c.1, c.2, 255]);
    }
    out
}

/// A value in `[−1, 1]` (regression) at full strength: vermillion at −1, the background at 0,
/// blue at +1.
pub fn value_color(v: f64, palette: &Palette) -> RGBColor {
    let v = if v.is_finite() {
        v.clamp(-1.0, 1.0)
    } else {
        0.0
    };
    let (end, t) = if v < 0.0 {
        (palette.negative, -v)
    } else {
        (palette.positive, v)
    };
    let mix = |a: u8, b: u8| (f64::from(a) * (1.0 - t) + f64::from(b) * t).round() as u8;
    let bg = palette.background;
    RGBColor(mix(bg.0, end.0), mix(bg.1, end.1), mix(bg.2, end.2))
}

/// The output of one sigmoid unit as two tones: each cell its side of 0.5 ("discretise").
pub fn discrete_rgba(grid: &[f32], palette: &Palette) -> Vec<u8> {
    let two: Vec<f32> = grid
        .iter()
        .map(|v| if *v >= 0.5 { 1.0 } else { 0.0 })
        .collect();
    heatmap_rgba(&two, palette)
}

/// A regression's predicted values (`[−1, 1]`) on the heatmap's scale: vermillion low, blue
/// high; `discrete` paints only each cell's sign.
pub fn value_rgba(grid: &[f32], palette: &Palette, discrete: bool) -> Vec<u8> {
    let as_unit: Vec<f32> = grid
        .iter()
        .map(|v| {
            let v = if v.is_finite() {
                v.clamp(-1.0, 1.0)
            } else {
                0.0
            };
            let v = if discrete { v.signum() } else { v };
            (v + 1.0) / 2.0
        })
        .collect();
    heatmap_rgba(&as_unit, palette)
}

/// A softmax's probabilities (`classes` per cell, cell by cell): each cell the winning class's
/// colour, as strong as the network is sure of it (from even odds, the background, to
/// certain); `discrete` paints the winner at full heatmap strength.
pub fn classes_rgba(probs: &[f32], classes: usize, palette: &Palette, discrete: bool) -> Vec<u8> {
    let classes = classes.max(1);
    let bg = palette.background;
    let even = 1.0 / classes as f32;
    let mut out = Vec::with_capacity(probs.len() / classes * 4);
    for cell in probs.chunks(classes) {
        let (best, p) = cell
            .iter()
            .copied()
            .enumerate()
            .fold((0, f32::NEG_INFINITY), |a, b| if b.1 > a.1 { b } else { a });
        let sure = if discrete || !p.is_finite() {
            1.0
        } else {
            ((p - even) / (1.0 - even)).clamp(0.0, 1.0)
        };
        let (end, _) = super::plane::class_style(best, palette);
        let t = f64::from(sure) * STRENGTH;
        let mix = |a: u8, b: u8| (f64::from(a) * (1.0 - t) + f64::from(b) * t).round() as u8;
        out.extend_from_slice(&[mix(bg.0, end.0), mix(bg.1, end.1), mix(bg.2, end.2), 255]);
    }
    out
}

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

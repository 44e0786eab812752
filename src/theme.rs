//! The palette: Okabe & Ito's colour-blind-safe colours, each with one meaning across every
//! widget. The page's CSS (`style/main.css`) uses the same colours as custom properties; canvases
//! need them as numbers, which this module gives, for light and dark backgrounds.
//!
//! | meaning | colour |
//! |---|---|
//! | positive weight, excitatory | blue `#0072B2` (sky blue `#56B4E9` on dark) |
//! | negative weight, inhibitory | vermillion `#D55E00` (lighter `#F07F3C` on dark) |
//! | the activation curve | ink (near-black / near-white) |
//! | slope, derivative | bluish green `#009E73` |
//! | the operating point, the current value | orange `#E69F00` |
//! | bias | reddish purple `#CC79A7` |
//!
//! On a canvas every colour is drawn as a line, a dot or a label on the plot's background, so
//! each must stand out from it as text does (WCAG 1.4.3, 4.5:1), not only as a shape (3:1): on
//! white, Okabe & Ito's vermillion, bluish green, orange and reddish purple are darkened along
//! their own hue until they do (`LIGHT`); on the dark background the lightened ones already
//! pass. The test below measures every pair.

use plotters::style::RGBColor;

/// The colours a canvas draws with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub ink: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub positive: RGBColor,
    pub negative: RGBColor,
    pub slope: RGBColor,
    pub point: RGBColor,
    pub bias: RGBColor,
}

/// On a light background.
pub const LIGHT: Palette = Palette {
    background: RGBColor(0xff, 0xff, 0xff),
    ink: RGBColor(0x1b, 0x1f, 0x24),
    muted: RGBColor(0x5b, 0x63, 0x6e),
    grid: RGBColor(0xe3, 0xe6, 0xea),
    positive: RGBColor(0x00, 0x72, 0xb2),
    negative: RGBColor(0xbe, 0x54, 0x00),
    slope: RGBColor(0x00, 0x84, 0x60),
    point: RGBColor(0x9c, 0x6c, 0x00),
    bias: RGBColor(0xbb, 0x4d, 0x8a),
};

/// On a dark background: the same hues, lightened where the originals lack contrast.
pub const DARK: Palette = Palette {
    background: RGBColor(0x1a, 0x1d, 0x21),
    ink: RGBColor(0xe8, 0xea, 0xed),
    muted: RGBColor(0xa4, 0xab, 0xb4),
    grid: RGBColor(0x33, 0x38, 0x3f),
    positive: RGBColor(0x56, 0xb4, 0xe9),
    negative: RGBColor(0xf0, 0x7f, 0x3c),
    slope: RGBColor(0x2e, 0xc4, 0x9a),
    point: RGBColor(0xf0, 0xc0, 0x40),
    bias: RGBColor(0xe0, 0x9f, 0xc4),
};

impl Palette {
    /// The palette for a light or dark colour scheme.
    pub fn for_scheme(dark: bool) -> Palette {
        if dark { DARK } else { LIGHT }
    }
}

/// The contrast ratio of two colours (WCAG 2.x: relative luminances, plus 0.05, divided).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    fn luminance(c: RGBColor) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_is_measured_as_wcag_says() {
        let white = RGBColor(0xff, 0xff, 0xff);
        assert!((contrast(RGBColor(0, 0, 0), white) - 21.0).abs() < 1e-9);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        // Okabe & Ito's orange on white: the 2.3:1 the light canvases used to draw with.
        assert!((contrast(RGBColor(0xe6, 0x9f, 0x00), white) - 2.25).abs() < 0.01);
    }

    #[test]
    fn every_canvas_colour_reads_on_its_background() {
        for (scheme, p) in [("light", LIGHT), ("dark", DARK)] {
            for (name, colour) in [
                ("ink", p.ink),
                ("muted", p.muted),
                ("positive", p.positive),
                ("negative", p.negative),
                ("slope", p.slope),
                ("point", p.point),
                ("bias", p.bias),
            ] {
                let ratio = contrast(colour, p.background);
                assert!(ratio >= 4.5, "{scheme} {name}: {ratio:.2}:1");
            }
        }
    }
}

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
    negative: RGBColor(0xd5, 0x5e, 0x00),
    slope: RGBColor(0x00, 0x9e, 0x73),
    point: RGBColor(0xe6, 0x9f, 0x00),
    bias: RGBColor(0xcc, 0x79, 0xa7),
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

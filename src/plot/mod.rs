//! Drawing functions: they map the core's plain data to pixels and nothing else. Each is
//! generic over plotters' `DrawingBackend`, so the same code draws on a canvas in the browser
//! and into an SVG string in native tests.

mod activation_curve;
mod fi_curve;
mod heatmap;
mod loss_curve;
mod plane;
mod raster;
mod stdp_window;
mod trace;

pub use activation_curve::draw_activation_curve;
pub use fi_curve::draw_fi_curve;
pub use heatmap::{heat_color, heatmap_rgba};
pub use loss_curve::{Curve, draw_curves, draw_loss_curve};
pub use plane::{Overlay, PixelRect, draw_network_plane, draw_plane};
pub use raster::{RASTER_ROWS, Train, draw_raster, draw_spike_trains};
pub use stdp_window::{draw_stdp_window, draw_weight_trajectories};
pub use trace::{
    TimeSeries, draw_gates, draw_ionic_currents, draw_time_series, draw_voltage_trace,
};

use plotters::chart::{ChartContext, MeshStyle, SeriesLabelPosition};
use plotters::coord::CoordTranslate;
use plotters::coord::ranged1d::{Ranged, ValueFormatter};
use plotters::prelude::{Color, DrawingAreaErrorKind, DrawingBackend, PathElement};
use plotters::style::{FontDesc, IntoFont, RGBColor, TextStyle};

use crate::theme::Palette;

/// The font every plot uses, scaled for the screen's pixel density.
pub(crate) fn label_font(size: f64, scale: f64, color: RGBColor) -> TextStyle<'static> {
    let font: FontDesc<'static> = ("sans-serif", size * scale).into_font();
    font.color(&color)
}

/// The house style of a plot's axes: muted labels of `size`, ink axis titles, grid lines only at
/// the labelled values.
pub(crate) fn themed_mesh<'m, 'a, 'b, X, Y, DB>(
    mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
    palette: &Palette,
    scale: f64,
    size: f64,
) -> &'m mut MeshStyle<'a, 'b, X, Y, DB>
where
    X: Ranged + ValueFormatter<X::ValueType>,
    Y: Ranged + ValueFormatter<Y::ValueType>,
    DB: DrawingBackend,
{
    mesh.label_style(label_font(size, scale, palette.muted))
        .axis_desc_style(label_font(size + 1.0, scale, palette.ink))
        .axis_style(palette.muted)
        .bold_line_style(palette.grid)
        .light_line_style(palette.background)
}

/// The house style of a legend, drawn at `position`.
pub(crate) fn draw_legend<'a, DB, CT>(
    chart: &mut ChartContext<'a, DB, CT>,
    position: SeriesLabelPosition,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>>
where
    DB: DrawingBackend + 'a,
    CT: CoordTranslate,
{
    chart
        .configure_series_labels()
        .position(position)
        .background_style(palette.background.mix(0.85))
        .border_style(palette.grid)
        .label_font(label_font(11.5, scale, palette.ink))
        .draw()
}

/// A legend's short line in `color`, `width` pixels thick.
pub(crate) fn legend_line(
    color: RGBColor,
    width: u32,
    scale: f64,
) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
    let length = (20.0 * scale).round() as i32;
    move |(x, y)| PathElement::new([(x, y), (x + length, y)], color.stroke_width(width))
}

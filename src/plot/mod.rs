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

use plotters::style::{FontDesc, IntoFont, RGBColor, TextStyle};

/// The font every plot uses, scaled for the screen's pixel density.
pub(crate) fn label_font(size: f64, scale: f64, color: RGBColor) -> TextStyle<'static> {
    let font: FontDesc<'static> = ("sans-serif", size * scale).into_font();
    font.color(&color)
}

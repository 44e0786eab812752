//! Drawing functions: they map the core's plain data to pixels and nothing else. Each is
//! generic over plotters' `DrawingBackend`, so the same code draws on a canvas in the browser
//! and into an SVG string in native tests.

mod activation_curve;
mod angle;
mod dendrite;
mod fi_curve;
mod heatmap;
mod loss_curve;
mod plane;
mod plane_overlay;
mod raster;
mod stdp_window;
mod trace;

pub use activation_curve::draw_activation_curve;
pub use angle::draw_angle;
pub use dendrite::{CurveMarks, draw_dendrite_curve, draw_dendrite_run};
pub use fi_curve::draw_fi_curve;
pub use heatmap::{classes_rgba, discrete_rgba, heat_color, heatmap_rgba, value_color, value_rgba};
pub use loss_curve::{Curve, draw_curves, draw_loss_curve};
pub use plane::{
    MarkShape, Marker, Overlay, PixelRect, class_style, draw_network_plane, draw_plane,
    draw_plane_frame, point_markers, sample_markers,
};
pub use plane_overlay::{Ink, Moving, Shape, overlay_shapes};
pub use raster::{RASTER_ROWS, Train, draw_raster, draw_spike_trains};
pub use stdp_window::{draw_stdp_window, draw_weight_trajectories};
pub use trace::{
    TimeSeries, draw_gates, draw_ionic_currents, draw_time_series, draw_voltage_trace,
};

use plotters::chart::MeshStyle;
use plotters::coord::Shift;
use plotters::coord::ranged1d::{Ranged, ValueFormatter};
use plotters::prelude::{
    Circle, Color, DrawingArea, DrawingAreaErrorKind, DrawingBackend, PathElement, Rectangle,
};
use plotters::style::text_anchor::{HPos, Pos, VPos};
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

/// How a legend shows a series: a short line or a dot, in the series' colour.
#[derive(Clone, Copy)]
pub(crate) enum Mark {
    Line { color: RGBColor, width: u32 },
    Dot { color: RGBColor, radius: u32 },
}

impl Mark {
    /// A short line `width` pixels thick.
    pub(crate) fn line(color: RGBColor, width: u32) -> Self {
        Mark::Line { color, width }
    }
}

/// Where a legend sits in the plotting area.
#[derive(Clone, Copy)]
pub(crate) enum Corner {
    UpperLeft,
    UpperRight,
}

/// The house style of a legend: one row per `(label, mark)` in a box in `corner` of `area`
/// (a chart's plotting area: `chart.plotting_area().strip_coord_spec()`).
///
/// Drawn here rather than by plotters' series labels, which measure each label by adding a
/// `<span>` to the page and reading its size (a forced layout per label per redraw); this
/// measures through the backend (`widgets::Canvas` asks the canvas), so a redraw never
/// touches the page's layout.
pub(crate) fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    corner: Corner,
    entries: &[(String, Mark)],
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let font = label_font(11.5, scale, palette.ink);
    let mut text_width = 0;
    let mut text_height = 0;
    for (label, _) in entries {
        let (w, h) = area.estimate_text_size(label, &font)?;
        text_width = text_width.max(w as i32);
        text_height = text_height.max(h as i32);
    }
    let s = |v: f64| (v * scale).round() as i32;
    let (pad, mark, gap) = (s(6.0), s(20.0), s(6.0));
    let row = text_height + s(4.0);
    let width = pad + mark + gap + text_width + pad;
    let height = pad * 2 + row * entries.len() as i32 - s(4.0);
    let (area_width, _) = area.dim_in_pixel();
    let x0 = match corner {
        Corner::UpperLeft => s(10.0),
        Corner::UpperRight => area_width as i32 - s(10.0) - width,
    };
    let y0 = s(10.0);
    area.draw(&Rectangle::new(
        [(x0, y0), (x0 + width, y0 + height)],
        palette.background.mix(0.85).filled(),
    ))?;
    area.draw(&Rectangle::new(
        [(x0, y0), (x0 + width, y0 + height)],
        palette.grid,
    ))?;
    let text_style = font.pos(Pos::new(HPos::Left, VPos::Center));
    for (k, (label, m)) in entries.iter().enumerate() {
        let y = y0 + pad + row * k as i32 + text_height / 2;
        let x = x0 + pad;
        match *m {
            Mark::Line { color, width } => area.draw(&PathElement::new(
                [(x, y), (x + mark, y)],
                color.stroke_width(width),
            ))?,
            Mark::Dot { color, radius } => {
                area.draw(&Circle::new((x + mark / 2, y), radius, color.filled()))?
            }
        }
        area.draw_text(label, &text_style, (x + mark + gap, y))?;
    }
    Ok(())
}

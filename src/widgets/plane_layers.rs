//! The live layers of a plane (the decision boundary's, the network's): the heatmap painted on
//! the small canvas under the plot whenever the model changes, at a coarser resolution while
//! anything animates, and the moving shapes (line, arrow, a stepped example) on the canvas over
//! it. Both only while the plane is seen; see [`super::PlotLayers`].

use leptos::html;
use leptos::prelude::*;

use super::{DrawFn, PlotLayers, paint_backdrop, paint_overlay, prefers_dark};
use crate::plot::{Moving, PixelRect, overlay_shapes};
use crate::runtime::{pace, visibility};
use crate::theme::Palette;

/// What a plane's live layers need from the component that draws the plane.
#[derive(Clone, Copy)]
pub struct PlaneLayers {
    /// The plotting area of the plot's last frame (device pixels) and the device pixel ratio.
    pub rect: RwSignal<Option<(PixelRect, f64)>>,
    /// The plot's own canvas (give it as the plot's `node_ref`).
    pub canvas: NodeRef<html::Canvas>,
    backdrop: NodeRef<html::Canvas>,
    overlay: NodeRef<html::Canvas>,
}

impl PlaneLayers {
    /// Records where the plot's last frame put its plotting area (a no-op if unchanged).
    pub fn place(&self, rect: PixelRect, scale: f64) {
        if self.rect.get_untracked() != Some((rect, scale)) {
            self.rect.set(Some((rect, scale)));
        }
    }

    /// The layers for the plot, with `export` to draw the whole picture for "Save PNG".
    pub fn layers(&self, export: DrawFn) -> PlotLayers {
        PlotLayers {
            backdrop: self.backdrop,
            overlay: self.overlay,
            export,
        }
    }
}

/// Sets up a plane's live layers. `paint(cells, palette)` is the model's output over the plane
/// as RGBA pixels, `cells` a side, read reactively; `cells(animating)` chooses that side (fewer
/// while anything animates); `moving()` is what moves over the plane, read reactively. Call it
/// in the component's body (it looks up the widget's visibility).
pub fn plane_layers(
    paint: Box<dyn Fn(usize, &Palette) -> Vec<u8>>,
    cells: Box<dyn Fn(bool) -> usize>,
    moving: Box<dyn Fn() -> Moving>,
) -> PlaneLayers {
    let seen = visibility::seen();
    let dark = prefers_dark();
    let live = PlaneLayers {
        rect: RwSignal::new(None),
        canvas: NodeRef::new(),
        backdrop: NodeRef::new(),
        overlay: NodeRef::new(),
    };
    let placed = StoredValue::new(None);
    // The heatmap: one `putImageData` on the small canvas beneath, scaled by the compositor.
    crate::runtime::effect(Box::new(move || {
        if !seen.get() {
            return;
        }
        let (Some((r, scale)), Some(under)) = (live.rect.get(), live.backdrop.get()) else {
            return;
        };
        let palette = Palette::for_scheme(dark.get());
        let cells = cells(pace::moving());
        paint_backdrop(&under, &paint(cells, &palette), cells, r, scale, placed);
    }));
    // What moves, on the transparent canvas over the plot.
    crate::runtime::effect(Box::new(move || {
        if !seen.get() {
            return;
        }
        let (Some((r, scale)), Some(over), Some(under)) =
            (live.rect.get(), live.overlay.get(), live.canvas.get())
        else {
            return;
        };
        let palette = Palette::for_scheme(dark.get());
        paint_overlay(
            &over,
            &under,
            &overlay_shapes(&moving(), r, scale),
            &palette,
            scale,
        );
    }));
    live
}

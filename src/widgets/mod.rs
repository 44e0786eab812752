//! Pieces every widget shares, so that every widget has the same slider, plot and notices.

mod announcer;
mod canvas_backend;
mod contract;
mod copy_button;
mod heatmap;
mod ids;
mod locks;
mod loss_sound;
mod media;
mod more_settings;
mod notices;
mod overlay;
mod plane_layers;
mod play_button;
mod plot_canvas;
mod slider;
mod sound;
mod url_part;

pub use announcer::{Announcer, still_outcome};
pub use canvas_backend::Canvas;
pub use contract::{Group, LessonPart, WidgetPage};
pub use copy_button::CopyButton;
pub use heatmap::{Offscreen, clear_rect, offscreen, paint_backdrop, paint_heatmap};
pub use ids::unique_id;
pub use locks::{hidden, hold_locked, locked, set_hidden, set_locks, usable};
pub use loss_sound::LossSound;
pub use media::prefers_dark;
pub use more_settings::{OpenSettings, more_settings};
pub use notices::Notices;
pub use overlay::paint_overlay;
pub use plane_layers::{PlaneLayers, plane_layers};
pub use play_button::{PlayButton, StepButton};
pub use plot_canvas::{DrawFn, LayeredPlot, PacedPlot, PlotCanvas, PlotLayers, backend};
pub use slider::ParamSlider;
pub use sound::Clicker;
pub use url_part::{Link, UrlPart};

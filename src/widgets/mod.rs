//! Pieces every widget shares, so that every widget has the same slider, plot and notices.

mod heatmap;
mod ids;
mod loss_sound;
mod media;
mod notices;
mod play_button;
mod plot_canvas;
mod slider;
mod sound;

pub use heatmap::{Offscreen, offscreen, paint_heatmap};
pub use ids::unique_id;
pub use loss_sound::LossSound;
pub use media::prefers_dark;
pub use notices::Notices;
pub use play_button::{PlayButton, StepButton};
pub use plot_canvas::{PlotCanvas, backend};
pub use slider::ParamSlider;
pub use sound::Clicker;

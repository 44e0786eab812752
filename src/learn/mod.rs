//! The lesson's own learning parts, around the widgets: the progress panel, the concept check
//! before and after the lesson, and the part for teachers.

mod class_chart;
mod class_view;
mod panel;
mod quiz;
mod quiz_items;
mod teachers;

pub use panel::ProgressPanel;
pub use quiz::ConceptCheck;
pub use teachers::Teachers;

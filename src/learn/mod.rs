//! The lesson's own learning parts, around the widgets: the progress panel, the concept check
//! before and after the lesson, and the teachers' page.

mod class_chart;
mod class_view;
mod panel;
mod progress_code;
mod quiz;
mod quiz_items;
mod teachers;
mod worksheet;

pub use panel::ProgressPanel;
pub use progress_code::ProgressCode;
pub use quiz::ConceptCheck;
pub use teachers::TeachersPage;

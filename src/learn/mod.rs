//! Learning by doing: predictions before every reveal, challenges the page checks itself, the
//! learner's progress, a concept check, and a part for teachers.

mod card;
mod challenges;
pub mod experiments;
pub mod options;
mod panel;
mod predict;
pub mod progress;
mod quiz;
mod quiz_items;
mod teachers;

pub use card::{ChallengeCard, challenge_list};
pub use panel::ProgressPanel;
pub use predict::{Choices, Outcome, Prediction};
pub use progress::Progress;
pub use quiz::ConceptCheck;
pub use teachers::Teachers;

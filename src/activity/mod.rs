//! Learning by doing, inside the widgets: predictions before a reveal, challenges the page
//! checks itself, and the learner's record of them. Below the widget folders (which show their
//! own predictions and challenge cards) and above the shared widget parts.

mod card;
mod challenges;
pub mod options;
mod predict;
pub mod progress;

pub use card::{ChallengeCard, challenge_list};
pub use challenges::{Words, words};
pub use predict::{Choices, Outcome, Prediction};
pub use progress::Progress;

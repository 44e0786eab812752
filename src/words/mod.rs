//! The core's results in words. [`neuron_core`] returns names, notices and descriptions as
//! data (enums, numbers, counts); these functions word them through the message catalogue,
//! one file per concept.

mod activation;
mod boundary;
mod dataset;
mod dendrite;
mod equation;
mod network;
mod neuron;
mod notices;
mod scale;
mod sweep;

pub use activation::{activation_biology_note, activation_name, curve_description, formula};
pub use boundary::{plane_description, rule_name, stop_report};
pub use dataset::{csv_error, preset_name};
pub use dendrite::{dendrite_kind_name, gate_name};
pub use equation::equation_spoken;
pub use network::{learning_rule_name, loss_name};
pub use neuron::{neuron_error, param_error, quantity};
pub use notices::{boundary_notice, explorer_notice, network_notice, protocol_notice};
pub use scale::{
    energy_event, energy_source, entry_source, large_count, quantity_name, system_name,
};
pub use sweep::{coincidence_description, sweep_description};

/// The numbers of a list joined in the language's way (a comma in English; where the decimal
/// sign is a comma, something else).
pub fn number_list(items: &[String]) -> String {
    items.join(&crate::t!("core-list-separator"))
}

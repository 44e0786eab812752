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
pub use boundary::{Remedies, correct_spoken, plane_description, rule_name, stop_report};
pub use dataset::{csv_error, net_data_name, preset_name};
pub use dendrite::{dendrite_kind_name, gate_name};
pub use equation::equation_spoken;
pub use network::{
    learning_rule_name, loss_name, plane_regions as network_plane_regions, region_names,
    regulariser_name,
};
pub use neuron::{neuron_error, param_error, quantity};
pub use notices::{boundary_notice, explorer_notice, network_notice, protocol_notice};
pub use scale::{
    energy_event, energy_source, entry_source, large_count, large_count_of, quantity_name,
    system_name,
};
pub use sweep::{
    coincidence_description, model_name, stimulus_name, sweep_description, sweep_outcome,
};

/// A number as a person reads it aloud: with `decimals` places up to a million, then in the
/// language's words ("1.8 billion"), and past a trillion as a power of ten ("1.8 × 10¹⁸"), so
/// that a blown-up loss is not read out digit by digit.
pub fn spoken_number(x: f64, decimals: usize) -> String {
    let size = x.abs();
    if !x.is_finite() || size < 1e6 {
        crate::i18n::fixed(x, decimals)
    } else if size < 1e15 {
        let digits = 10f64.powi(size.log10().floor() as i32 - 2);
        crate::i18n::large_number((x / digits).round() * digits)
    } else {
        crate::i18n::localize(&neuron_core::format::scientific(x, 1))
    }
}

/// A curve's trend as the selector its description messages take: "falling", "flat",
/// "rising" or "none".
pub fn trend_id(trend: neuron_core::trend::Trend) -> &'static str {
    use neuron_core::trend::Trend;
    match trend {
        Trend::Falling => "falling",
        Trend::Flat => "flat",
        Trend::Rising => "rising",
        Trend::Unknown => "none",
    }
}

/// The numbers of a list joined in the language's way (a comma in English; where the decimal
/// sign is a comma, something else).
pub fn number_list(items: &[String]) -> String {
    items.join(&crate::t!("core-list-separator"))
}

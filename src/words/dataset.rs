//! Data sets: their names, and why CSV text could not be read.

use neuron_core::dataset::{CsvError, CsvProblem, MAX_POINTS, PLANE_MAX, PLANE_MIN, Preset};

use crate::i18n::trimmed;

/// A data set's name: "AND", "Two Gaussian blobs".
pub fn preset_name(p: Preset) -> String {
    match p {
        Preset::And => crate::t!("dataset-and"),
        Preset::Or => crate::t!("dataset-or"),
        Preset::Nand => crate::t!("dataset-nand"),
        Preset::Xor => crate::t!("dataset-xor"),
        Preset::Blobs => crate::t!("dataset-blobs"),
        Preset::Separable => crate::t!("dataset-separable"),
        Preset::Circle => crate::t!("dataset-circle"),
        Preset::Spiral => crate::t!("dataset-spiral"),
    }
}

/// A network data set's name: the two-class sets as [`preset_name`], then "Three blobs"...
pub fn net_data_name(d: neuron_core::network_data::NetData) -> String {
    use neuron_core::network_data::NetData;
    match d {
        NetData::Binary(p) => preset_name(p),
        NetData::Blobs3 => crate::t!("dataset-blobs3"),
        NetData::Spiral3 => crate::t!("dataset-spiral3"),
        NetData::Quadrants4 => crate::t!("dataset-quadrants4"),
        NetData::Plane => crate::t!("dataset-plane"),
        NetData::Gaussians => crate::t!("dataset-gaussians"),
    }
}

/// Why CSV text could not be read: "Line 2: x2 is not a number".
pub fn csv_error(e: &CsvError) -> String {
    let line = e.line;
    match e.problem {
        CsvProblem::ValueCount(found) => {
            crate::t!("dataset-csv-value-count", line = line, found = found)
        }
        CsvProblem::NotANumber(name) => {
            crate::t!("dataset-csv-not-a-number", line = line, name = name)
        }
        CsvProblem::OutsidePlane(name) => crate::t!(
            "dataset-csv-outside",
            line = line,
            name = name,
            min = trimmed(PLANE_MIN, 2),
            max = trimmed(PLANE_MAX, 2),
        ),
        CsvProblem::Label => crate::t!("dataset-csv-label", line = line),
        CsvProblem::ClassOrValue => crate::t!("dataset-csv-class-or-value", line = line),
        CsvProblem::TooMany => crate::t!("dataset-csv-too-many", line = line, max = MAX_POINTS),
        CsvProblem::NoPoints => crate::t!("dataset-csv-no-points"),
    }
}

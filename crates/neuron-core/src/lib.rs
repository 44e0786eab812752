//! # neuron-core
//!
//! The pure model behind Neuron Lab. It knows nothing of the web: no browser, no drawing. The
//! app wires its functions to controls and plots; everything here is tested natively.
//!
//! ## The artificial neuron
//!
//! A neuron with inputs `x_1 … x_n`, weights `w_1 … w_n`, bias `b` and activation `f` computes
//!
//! ```text
//! z = w_1 x_1 + … + w_n x_n + b      (the pre-activation, or weighted sum)
//! y = f(z)                           (the output)
//! ```
//!
//! The worked example of the lesson, inputs (0.5, 0.3, 0.8), weights (0.4, −0.2, 0.9), bias 0.1
//! and the sigmoid `σ(z) = 1 / (1 + e^−z)`, gives `z = 0.96` and `y = σ(0.96) ≈ 0.7231`:
//!
//! ```
//! use neuron_core::{Activation, Neuron};
//! let neuron = Neuron::new(vec![0.4, -0.2, 0.9], 0.1, Activation::Sigmoid).unwrap();
//! let y = neuron.output(&[0.5, 0.3, 0.8]).unwrap();
//! assert!((y - 0.7231).abs() < 5e-5);
//! ```
//!
//! ## Modules
//!
//! - [`activation`]: the activation functions, each with value, derivative and formula;
//! - [`neuron`]: the neuron and its forward pass;
//! - [`params`]: the named ranges of inputs, weights and bias;
//! - [`curve`]: the samples the activation plot draws;
//! - [`equation`]: the equation with live numbers;
//! - [`explorer`]: the explorer's editable state and its URL form;
//! - [`format`], [`query`]: number and URL text;
//! - [`sonify`]: the training loss as a pitch;
//! - [`history`], [`envelope`]: a training run's bounded record, and thinning it for drawing;
//! - [`challenge`]: the challenges of the widgets, each detected from a widget's state;
//! - [`concept_check`]: the concept check's answer key and score;
//! - [`progress_code`]: the short code that records which were solved, and the concept check's
//!   answers, for a teacher;
//! - [`class_report`]: a class's codes read from a pasted list or a gradebook, and summarised;
//! - [`widget`]: the page's widgets by name, as challenges and links refer to them;
//! - [`verdict`]: which answer of each prediction the experiment bears out, with named thresholds.

pub mod activation;
pub mod bio;
pub mod boundary;
pub mod challenge;
pub mod class_report;
pub mod concept_check;
pub mod course;
pub mod curve;
pub mod dale;
pub mod dataset;
pub mod envelope;
pub mod equation;
pub mod explorer;
pub mod features;
pub mod format;
pub mod history;
pub mod milestone;
pub mod network;
pub mod network_data;
pub mod network_state;
pub mod neuron;
pub mod params;
pub mod progress_code;
pub mod query;
pub mod regions;
pub mod rng;
pub mod scale;
pub mod sonify;
pub mod training;
pub mod trend;
pub mod verdict;
pub mod widget;

pub use activation::Activation;
pub use curve::ActivationCurve;
pub use equation::Equation;
pub use explorer::ExplorerState;
pub use neuron::{Evaluation, Neuron, NeuronError};
pub use params::{ParamError, ParamSpec};

//! Neuron Lab's entry point: everything lives in the library crate.

fn main() {
    neuron_lab::start();
}

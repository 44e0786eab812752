//! Orders of magnitude: the systems compared, what is counted, large counts in words, and each
//! figure's source.

use neuron_core::scale::{Entry, Event, LargeCount, Quantity, System};

/// What is counted: "neurons", "synapses", "parameters".
pub fn quantity_name(q: Quantity) -> String {
    match q {
        Quantity::Neurons => crate::t!("core-scale-neurons"),
        Quantity::Synapses => crate::t!("core-scale-synapses"),
        Quantity::Parameters => crate::t!("core-scale-parameters"),
    }
}

/// A brain's or a network's name: "Human brain", "GPT-3 (2020)".
pub fn system_name(s: System) -> String {
    match s {
        System::LayersWidget => crate::t!("core-system-layers"),
        System::CElegans => crate::t!("core-system-c-elegans"),
        System::LeNet5 => crate::t!("core-system-lenet"),
        System::FruitFly => crate::t!("core-system-fruit-fly"),
        System::Honeybee => crate::t!("core-system-honeybee"),
        System::ResNet50 => crate::t!("core-system-resnet"),
        System::Mouse => crate::t!("core-system-mouse"),
        System::Human => crate::t!("core-system-human"),
        System::Gpt3 => crate::t!("core-system-gpt3"),
    }
}

/// Where an entry's count comes from.
pub fn entry_source(e: &Entry) -> String {
    match (e.system, e.quantity) {
        (System::LayersWidget, _) => crate::t!("core-source-layers"),
        (System::CElegans, Quantity::Synapses) => crate::t!("core-source-c-elegans-synapses"),
        (System::CElegans, _) => crate::t!("core-source-c-elegans-neurons"),
        (System::LeNet5, _) => crate::t!("core-source-lenet"),
        (System::FruitFly, _) => crate::t!("core-source-fruit-fly"),
        (System::Honeybee, _) => crate::t!("core-source-honeybee"),
        (System::ResNet50, _) => crate::t!("core-source-resnet"),
        (System::Mouse, _) => crate::t!("core-source-mouse"),
        (System::Human, Quantity::Synapses) => crate::t!("core-source-human-synapses"),
        (System::Human, _) => crate::t!("core-source-human-neurons"),
        (System::Gpt3, _) => crate::t!("core-source-gpt3"),
    }
}

/// An event whose energy is compared: "One 32-bit read from DRAM".
pub fn energy_event(e: Event) -> String {
    match e {
        Event::SynapticEvent => crate::t!("core-event-synaptic"),
        Event::MultiplyAdd => crate::t!("core-event-multiply-add"),
        Event::ActionPotential => crate::t!("core-event-spike"),
        Event::DramRead => crate::t!("core-event-dram"),
    }
}

/// Where an event's energy comes from.
pub fn energy_source(e: Event) -> String {
    match e {
        Event::SynapticEvent => crate::t!("core-source-synaptic"),
        Event::ActionPotential => crate::t!("core-source-spike"),
        Event::MultiplyAdd | Event::DramRead => crate::t!("core-source-horowitz"),
    }
}

/// A count as it is read, to two significant figures (three from a hundred on), in the
/// language's own words: "86 billion", "86 mil millones", "86 Milliarden", "860亿".
pub fn large_count(c: LargeCount) -> String {
    crate::i18n::large_number(c.rounded())
}

/// The same, written before the name of what it counts: Spanish joins millions and more to
/// it with "de" ("86 mil millones de neuronas", but "302 neuronas").
pub fn large_count_of(c: LargeCount) -> String {
    crate::t!(
        "core-count-of",
        count = large_count(c),
        large = if c.is_large() { "yes" } else { "no" }
    )
}

//! The concept check's ten questions. Together they test the lesson's arc: how the parts of a
//! biological neuron map onto y = f(w · x + b); all-or-nothing spikes against continuous
//! activations; why stacked linear layers collapse into one; what changes when brains and networks
//! learn (and that STDP is local and timing-based); why backpropagation has no known biological
//! counterpart (weight transport, feedback alignment); timing; one neuron and XOR (Gidon et al.
//! 2020); scale and energy; the refractory period; and how to judge a claim that an AI system
//! "works like the brain".
//!
//! Every distractor is a misconception that learners bring to this material, not a random wrong
//! answer: a stronger stimulus makes a bigger spike; more layers always help, even linear ones;
//! one neuron can learn any pattern if trained long enough; the brain learns by backpropagation;
//! artificial neurons fire spikes (or real ones send a smooth value); a spent neuron has "used up"
//! its sodium or must wait for the pump; "brain-like" means "works like a brain". No published
//! misconception inventory for this topic was consulted: the distractors come from the lesson's
//! own claims (the "Where it breaks down" list in `lesson.rs` and "Claims the lesson makes, with
//! their sources" in `docs/model.md`), which name the misreadings they correct, and from the
//! product brief's list of them. They are plausible wrong answers, not measured frequencies.
//!
//! Where an answer depends on a model, the prompt says "on this page", so that no careful expert
//! can fault it with an exception (not every neuron spikes; whether brains approximate
//! backpropagation some other way is open).

/// One multiple-choice question.
pub struct Question {
    /// A stable id (kebab-case), used in the progress record and tests.
    pub id: &'static str,
    pub prompt: &'static str,
    /// Three or four options; exactly one is right.
    pub options: &'static [&'static str],
    /// The index of the right option.
    pub answer: usize,
    /// Why the right answer is right and what is wrong with the tempting wrong ones (2-4
    /// sentences, with a source in parentheses where it is a fact about biology).
    pub explanation: &'static str,
    /// Where the page shows it: (element id to jump to, link text).
    pub see: (&'static str, &'static str),
}

pub const QUESTIONS: [Question; 10] = [
    // (1) The mapping of parts.
    Question {
        id: "parts-mapping",
        prompt: "An artificial neuron computes y = f(w · x + b). Which pairing with the biological neuron does the analogy make?",
        options: &[
            "The weights w ↔ the axon, which carries signals between cells",
            "The weighted sum plus bias ↔ the cell body adding up its inputs",
            "The activation function f ↔ the synapses, which let signals through or not",
            "The output y ↔ the dendrites, where the signal leaves the cell",
        ],
        answer: 1,
        explanation: "The inputs x stand for the signals arriving at the dendrites, the weights w for the strengths of the synapses, w · x + b for the cell body adding up its inputs, the activation f for the decision to fire at the axon hillock, and y for the signal sent along the axon (Purves et al., Neuroscience). The weights belong to the synapses, not to the axon, which carries the neuron's one output on to other cells. The activation is the firing decision, not the synapse, and dendrites receive signals rather than send them.",
        see: ("explorer-title", "Build an artificial neuron"),
    },
    // (2) All-or-nothing spikes vs continuous activations.
    Question {
        id: "spike-all-or-nothing",
        prompt: "A steady current makes the Hodgkin-Huxley neuron on this page fire. You raise the current a little. What changes?",
        options: &[
            "Each spike grows taller, in step with the current",
            "Nothing: once a neuron fires, a stronger input adds nothing",
            "The output becomes a smooth voltage that rises with the current, like a sigmoid",
            "Spikes come sooner and more often; each stays about the same size",
        ],
        answer: 3,
        explanation: "Once threshold is crossed, a spike's size is set by the membrane's sodium and potassium channels, not by the stimulus: the spike that starts at the axon's initial segment is all-or-nothing (Hodgkin & Huxley 1952, J Physiol 117:500). A stronger input shows as spikes that come sooner and more often, so intensity is carried by rate and timing, not by height. The neuron's output stays a train of spikes; the smooth, continuous number is the artificial neuron's way, which the page's firing-rate curve only approximates by averaging.",
        see: ("biolab-title", "Record a biological neuron"),
    },
    // (3) Linear collapse.
    Question {
        id: "linear-collapse",
        prompt: "Every hidden layer of a network uses the linear activation f(z) = z. What happens to its decision boundary as you add layers?",
        options: &[
            "It stays one straight line: the layers multiply out into one linear map",
            "It bends more with each added layer, since depth adds power",
            "It stays straight at first, but bends if you train long enough",
            "It bends once each layer has enough units",
        ],
        answer: 0,
        explanation: "With f(z) = z each layer computes W·a + b, and a chain of such maps multiplies out into a single map of the same form, so any number of linear layers, of any width, equals one layer and draws one straight boundary. No setting of the weights gives a curve, so training longer cannot help either. A nonlinearity between the layers (tanh, ReLU, a threshold) is what lets the boundary bend and makes depth worth having.",
        see: ("layers-title", "Stack neurons in layers"),
    },
    // (4) What learns: synaptic strengths and weights; STDP is local and timing-based.
    Question {
        id: "what-learns",
        prompt: "Brains and networks both learn by changing connection strengths. In the STDP rule on this page, what decides whether a synapse strengthens or weakens?",
        options: &[
            "The network's output error, sent back to the synapse",
            "The height of the presynaptic spikes: bigger spikes strengthen it",
            "Whether the input spike came just before or just after the output spike",
            "Nothing: a synapse's strength is fixed; only whole neurons learn",
        ],
        answer: 2,
        explanation: "In pair-based spike-timing-dependent plasticity, an input spike shortly before the neuron's own spike strengthens the synapse and one shortly after weakens it, within a window of a few tens of milliseconds (Bi & Poo 1998, J Neurosci 18:10464). The rule needs only the two spike times at that one synapse: no error from the output reaches it, which is the contrast with gradient descent on a network's weights. The rule uses no spike heights at all, and synapses are exactly where the learning happens.",
        see: ("bridge-title", "Rates, and how synapses learn"),
    },
    // (5) Backpropagation's missing counterpart.
    Question {
        id: "backprop-weight-transport",
        prompt: "Why is backpropagation hard to match to anything known in the brain?",
        options: &[
            "It isn't: the brain is known to learn by backpropagation",
            "It sends errors back through the forward weights; no known mechanism copies them into a backward path",
            "The brain has no connections running backwards, from later areas to earlier ones",
            "Feedback alignment proved that brains learn with fixed random feedback instead",
        ],
        answer: 1,
        explanation: "Backpropagation sends each layer's error back through the transposes of the forward weights, so a synapse would need the exact strengths of synapses downstream: the weight-transport problem (Grossberg 1987, Cognitive Science 11:23). The cortex has plenty of feedback connections, but no known mechanism copies the forward weights into them, and whether brains approximate backpropagation some other way is an open question (Lillicrap et al. 2020, Nat Rev Neurosci 21:335). Feedback alignment learns with fixed random feedback weights instead (Lillicrap et al. 2016, Nat Commun 7:13276), which is more plausible, but it still needs a separate path carrying a precise error, so it is not shown to be how brains learn.",
        see: ("layers-title", "Learning without backpropagation"),
    },
    // (6) Timing.
    Question {
        id: "timing",
        prompt: "On this page, two inputs reach each kind of neuron 5 ms apart, then 40 ms apart. Whose answer changes?",
        options: &[
            "Both: the artificial neuron also weighs its inputs by when they arrive",
            "Neither: a neuron just adds up its inputs, whenever they come",
            "Only the biological one: the first input's effect leaks away before the second arrives",
            "Only the artificial one: its weights fade between the two inputs",
        ],
        answer: 2,
        explanation: "The integrate-and-fire neuron's membrane leaks back to rest (time constant 10 ms in this model), so two inputs 5 ms apart add up and cross threshold, while 40 ms apart the first has faded before the second arrives and neither alone is enough. The artificial neuron computes f(w · x + b), which has no time in it: the same two inputs give the same answer whenever they arrive, and its weights do not fade. That is why spike timing can carry information in a neuron but not in a standard artificial unit.",
        see: ("timing-title", "Spikes happen in time"),
    },
    // (7) One neuron and XOR.
    Question {
        id: "xor-one-neuron",
        prompt: "One artificial neuron on this page gets inputs x₁ and x₂. Can it learn XOR? Could a single human cortical neuron compute it?",
        options: &[
            "The artificial one can, if trained long enough; no single biological neuron can",
            "Neither: XOR always needs a network of several cells",
            "Both can, because a threshold can be set to fire for exactly one input",
            "The artificial one cannot; a cortical neuron with dendritic calcium spikes can, in a model built on recordings",
        ],
        answer: 3,
        explanation: "With x₁ and x₂ as inputs, one artificial neuron's output crosses its class threshold along a single straight line (with every activation on this page, since each passes the threshold only once), and no line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other; training longer only stalls, with at most three of the four points right. Human cortical layer 2/3 neurons have dendritic calcium action potentials that are largest just above threshold and weaker for stronger input, and in a model built on that measured curve one neuron computes XOR (Gidon et al. 2020, Science 367:83). XOR was shown in that model, not recorded as a computation in a living brain.",
        see: ("dendrite-title", "One neuron that computes XOR"),
    },
    // (8) Scale and energy.
    Question {
        id: "scale-energy",
        prompt: "Which comparison of a human brain with a large AI model is about right?",
        options: &[
            "About 86 billion neurons and 10¹⁴ synapses run on about 20 W; training a large model draws megawatts",
            "A large model has more parameters than a brain has synapses",
            "A brain and a chip spend about the same energy per elementary operation",
            "A brain draws about as much power as a large model's training cluster",
        ],
        answer: 0,
        explanation: "A human brain has about 86 billion neurons (Azevedo et al. 2009, J Comp Neurol 513:532) and on the order of 10¹⁴ synapses, and it runs on about 20 W, while training a large model draws megawatts. Even the largest models have far fewer parameters (hundreds of billions to trillions) than the brain has synapses. One synaptic event costs roughly 0.01 pJ against about 5 pJ for a 32-bit multiply-add on a 45 nm chip (Attwell & Laughlin 2001, J Cereb Blood Flow Metab 21:1133; Horowitz 2014, ISSCC), though the two are not the same kind of operation.",
        see: ("scale-title", "Scale: brains and networks"),
    },
    // (9) The refractory period.
    Question {
        id: "refractory-period",
        prompt: "In the biological lab, a second pulse of the same size, 2 ms after the first, gives no spike. Why?",
        options: &[
            "The first spike used up the neuron's sodium, which must be replaced",
            "The sodium-potassium pump must first put back the ions the spike moved",
            "Its sodium channels are still inactivated and its potassium channels are open",
        ],
        answer: 2,
        explanation: "Just after a spike the sodium channels' inactivation gates are closed and the potassium channels are open, so a second pulse cannot start the sodium influx that makes a spike: this is the refractory period (Hodgkin & Huxley 1952, J Physiol 117:500). A little later, as the channels recover, a bigger pulse can fire the neuron again (the relative refractory period). One spike moves only a small fraction of the cell's sodium and potassium, so nothing has run out, and the sodium-potassium pump restores the gradients slowly, over many spikes; it is not what ends the refractory period.",
        see: ("biolab-title", "Record a biological neuron"),
    },
    // (10) Judging "works like the brain".
    Question {
        id: "works-like-the-brain",
        prompt: "An advert says a new AI system \"works like the brain\". Which response does the lesson support?",
        options: &[
            "Accept it: a network is built of neurons, so it thinks the way brains do",
            "Ask which parts it shares (usually weighted sums and nonlinearity, not spikes or timing), then test it",
            "Dismiss it: artificial networks have nothing in common with brains",
            "Accept it if the network is bigger than a brain, since size makes it brain-like",
        ],
        answer: 1,
        explanation: "The analogy keeps the outline: weighted inputs, a threshold-like nonlinearity, and learning by changing connection strengths. Most networks drop spikes, timing, local learning rules, dendrites that compute and the brain's energy budget, so \"works like the brain\" is true of a few parts at most, though not of none. Neither the name nor the size says how well a system works: that has to be judged by testing it.",
        see: ("s5", "Why the name persists"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The element ids a question may link to.
    const ALLOWED_SEE: [&str; 14] = [
        "s1",
        "s2",
        "s3",
        "s4",
        "s5",
        "s6",
        "biolab-title",
        "explorer-title",
        "boundary-title",
        "layers-title",
        "bridge-title",
        "dendrite-title",
        "timing-title",
        "scale-title",
    ];

    fn words(s: &str) -> usize {
        s.split_whitespace().count()
    }

    #[test]
    fn every_answer_index_is_in_range() {
        for q in &QUESTIONS {
            assert!(
                q.answer < q.options.len(),
                "{}: answer {} out of range",
                q.id,
                q.answer
            );
        }
    }

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut seen = HashSet::new();
        for q in &QUESTIONS {
            assert!(seen.insert(q.id), "duplicate id {}", q.id);
            assert!(!q.id.is_empty() && !q.id.starts_with('-') && !q.id.ends_with('-'));
            assert!(
                q.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                q.id
            );
        }
    }

    #[test]
    fn three_or_four_distinct_options_each() {
        for q in &QUESTIONS {
            assert!(
                (3..=4).contains(&q.options.len()),
                "{}: {} options",
                q.id,
                q.options.len()
            );
            let distinct: HashSet<_> = q.options.iter().collect();
            assert_eq!(distinct.len(), q.options.len(), "{}: repeated option", q.id);
        }
    }

    #[test]
    fn every_see_id_is_allowed() {
        for q in &QUESTIONS {
            assert!(
                ALLOWED_SEE.contains(&q.see.0),
                "{}: unknown target {}",
                q.id,
                q.see.0
            );
            assert!(!q.see.1.trim().is_empty(), "{}: empty link text", q.id);
        }
    }

    #[test]
    fn prompts_and_options_are_short() {
        for q in &QUESTIONS {
            assert!(words(q.prompt) < 30, "{}: prompt too long", q.id);
            for o in q.options {
                assert!(words(o) < 20, "{}: option too long: {o}", q.id);
                assert!(!o.to_lowercase().contains("all of the above"), "{}", q.id);
            }
            assert!(!q.explanation.trim().is_empty(), "{}: no explanation", q.id);
        }
    }

    #[test]
    fn the_right_answer_moves_around() {
        let positions: HashSet<_> = QUESTIONS.iter().map(|q| q.answer).collect();
        assert!(positions.len() >= 3, "answers sit in only {positions:?}");
    }
}

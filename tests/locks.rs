//! A shared link's locks, natively: each group's URL keys are complete (a state applied with
//! a group's keys held leaves every value of that group as it was, whatever the state says), and
//! every widget's page says what each of its challenges needs.

use neuron_core::ExplorerState;
use neuron_core::bio::dendrite::DendriteParams;
use neuron_core::bio::sweep::Protocol;
use neuron_core::boundary::BoundaryState;
use neuron_core::challenge::Challenge;
use neuron_core::network_state::NetworkState;
use neuron_core::query::{build_query, hold, parse_query};
use neuron_lab::widget_list::PAGES;
use neuron_lab::widgets::Group;

/// The group named `key`.
fn group(key: &str) -> &'static Group {
    PAGES
        .iter()
        .flat_map(|p| p.groups.iter())
        .find(|g| g.key == key)
        .unwrap_or_else(|| panic!("no group {key}"))
}

/// The page at its defaults, as its URL says it.
fn current() -> Vec<(String, String)> {
    let mut pairs = ExplorerState::example().query_pairs();
    pairs.extend(BoundaryState::default().query_pairs());
    pairs.extend(NetworkState::default().query_pairs());
    pairs.extend(Protocol::default().query_pairs());
    pairs.extend(DendriteParams::default().query_pairs());
    pairs
}

/// A link that changes every value of every widget (the boundary to its own points).
const OTHER: &str = "v=1&x=0.25,0.3&w=1,2&b=-0.45&f=tanh\
    &bd-w=1.5,-0.75,0.5&bd-b=0.25&bd-r=squared&bd-f=linear&bd-lr=3&bd-n=0.5&bd-s=7&bd-p=1\
    &bd-d=custom&bd-pts=0.1,0.2,1,0.9,0.8,0\
    &nn-f=x1,x2,x1sq&nn-h=3&nn-fh=relu&nn-fo=linear&nn-loss=se&nn-rule=fa&nn-lr=0.3&nn-reg=l1\
    &nn-l2=0.001&nn-bs=5&nn-d=own&nn-pts=0.1,0.2,1,0.9,0.8,0,0.5,0.4,1&nn-n=0.4&nn-s=5&nn-tr=50\
    &nn-st=0&nn-dc=1&nn-dale=0.3\
    &bl-m=lif&bl-st=train&bl-a=2.5&bl-w=2&bl-i=12&bl-n=0.5&bl-s=9\
    &dd-k=sigmoid&dd-th=1.5&dd-tau=3&dd-s=2.5";

/// `OTHER` applied with the keys of the groups named held.
fn applied(groups: &[&str]) -> Vec<(String, String)> {
    let keys: Vec<&str> = groups
        .iter()
        .flat_map(|g| group(g).keys.iter().copied())
        .collect();
    hold(&parse_query(OTHER), &current(), &keys).0
}

fn explorer(pairs: &[(String, String)]) -> ExplorerState {
    let query = build_query(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())));
    ExplorerState::from_query(&query).state
}

#[test]
fn the_other_link_changes_every_value() {
    let (a, b) = (current(), parse_query(OTHER));
    let (ea, eb) = (explorer(&a), explorer(&b));
    assert_ne!(ea.inputs(), eb.inputs());
    assert_ne!(ea.weights(), eb.weights());
    assert_ne!(ea.bias(), eb.bias());
    assert_ne!(ea.activation(), eb.activation());
    let (ba, bb) = (
        BoundaryState::from_pairs(&a).0,
        BoundaryState::from_pairs(&b).0,
    );
    assert!(
        BoundaryState::from_pairs(&b).1.is_empty(),
        "the link reads cleanly"
    );
    assert_ne!(ba.params(), bb.params());
    assert_ne!(ba.product(), bb.product());
    assert_ne!(ba.rule(), bb.rule());
    assert_ne!(ba.activation(), bb.activation());
    assert_ne!(ba.learning_rate(), bb.learning_rate());
    assert_ne!(ba.data(), bb.data());
    assert_ne!(ba.noise(), bb.noise());
    assert_ne!(ba.seed(), bb.seed());
    let (na, nb) = (
        NetworkState::from_pairs(&a).0,
        NetworkState::from_pairs(&b).0,
    );
    assert!(
        NetworkState::from_pairs(&b).1.is_empty(),
        "the link reads cleanly"
    );
    assert_ne!(na.hidden, nb.hidden);
    assert_ne!(na.hidden_activation(), nb.hidden_activation());
    assert_ne!(na.output_activation(), nb.output_activation());
    assert_ne!(na.loss, nb.loss);
    assert_ne!(na.rule, nb.rule);
    assert_ne!(na.learning_rate, nb.learning_rate);
    assert_ne!(na.regularisation, nb.regularisation);
    assert_ne!(na.batch, nb.batch);
    assert_ne!(na.data, nb.data);
    assert_ne!(na.noise, nb.noise);
    assert_ne!(na.seed, nb.seed);
    assert_ne!(na.features(), nb.features());
    assert_ne!(na.train_share, nb.train_share);
    assert_ne!(na.show_test, nb.show_test);
    assert_ne!(na.discrete, nb.discrete);
    assert_ne!(na.dale, nb.dale);
    assert_ne!(Protocol::from_pairs(&a).0, Protocol::from_pairs(&b).0);
    let (da, db) = (
        DendriteParams::from_pairs(&a).0,
        DendriteParams::from_pairs(&b).0,
    );
    assert_ne!(da.kind, db.kind);
    assert_ne!(da.theta, db.theta);
    assert_ne!(da.tau, db.tau);
    assert_ne!(da.strength, db.strength);
}

#[test]
fn every_groups_keys_are_keys_of_its_widgets_state() {
    let written: Vec<String> = current()
        .into_iter()
        .chain(parse_query(OTHER))
        .map(|(k, _)| k)
        .collect();
    for page in PAGES {
        for g in page.groups {
            for k in g.keys {
                assert!(written.iter().any(|w| w == k), "{}: {k}", g.key);
            }
        }
    }
}

#[test]
fn the_explorers_locked_values_hold() {
    let (a, other) = (explorer(&current()), explorer(&parse_query(OTHER)));
    let inputs = explorer(&applied(&["ex-inputs"]));
    assert_eq!(inputs.inputs(), a.inputs());
    assert_eq!(inputs.weights(), a.weights());
    assert_eq!(inputs.bias(), a.bias());
    assert_eq!(
        inputs.activation(),
        other.activation(),
        "not locked: the link's"
    );
    let toolbar = explorer(&applied(&["ex-toolbar"]));
    assert_eq!(toolbar.activation(), a.activation());
    assert_eq!(toolbar.weights(), other.weights());
}

#[test]
fn the_boundarys_locked_values_hold() {
    let a = BoundaryState::from_pairs(&current()).0;
    let other = BoundaryState::from_pairs(&parse_query(OTHER)).0;
    let read = |groups: &[&str]| {
        let (state, problems) = BoundaryState::from_pairs(&applied(groups));
        // With the data held, the product feature stays off and the link's three weights do
        // not fit (the boundary says so and starts from its default weights).
        let expected = usize::from(groups == ["bd-data"]);
        assert_eq!(problems.len(), expected, "{groups:?}: {problems:?}");
        state
    };
    let weights = read(&["bd-weights"]);
    assert_eq!(weights.params(), a.params());
    assert_eq!(weights.product(), a.product());
    assert_eq!(weights.rule(), other.rule());
    let learning = read(&["bd-learning"]);
    assert_eq!(learning.rule(), a.rule());
    assert_eq!(learning.activation(), a.activation());
    assert_eq!(learning.learning_rate(), a.learning_rate());
    assert_eq!(learning.params(), other.params());
    let data = read(&["bd-data"]);
    assert_eq!(data.data(), a.data());
    assert_eq!(data.noise(), a.noise());
    assert_eq!(data.seed(), a.seed());
    assert_eq!(data.product(), a.product());
    assert_eq!(data.points(), a.points());
    // Training changes the weights (it is locked with them) and has no values of its own.
    let training = group("bd-training");
    assert!(training.keys.is_empty());
    assert!(training.changes.iter().any(|g| g.key == "bd-weights"));
}

#[test]
fn the_networks_locked_values_hold() {
    let a = NetworkState::from_pairs(&current()).0;
    let other = NetworkState::from_pairs(&parse_query(OTHER)).0;
    let settings = NetworkState::from_pairs(&applied(&["nn-settings"])).0;
    assert_eq!(settings.hidden, a.hidden);
    assert_eq!(settings.hidden_activation(), a.hidden_activation());
    assert_eq!(settings.output_activation(), a.output_activation());
    assert_eq!(settings.loss, a.loss);
    assert_eq!(settings.rule, a.rule);
    assert_eq!(settings.learning_rate, a.learning_rate);
    assert_eq!(settings.regularisation, a.regularisation);
    assert_eq!(settings.batch, a.batch);
    assert_eq!(settings.data, a.data);
    assert_eq!(settings.noise, a.noise);
    assert_eq!(settings.seed, a.seed);
    assert_eq!(settings.train_share, a.train_share);
    assert_eq!(settings.dale, a.dale);
    assert_eq!(
        (settings.show_test, settings.discrete),
        (a.show_test, a.discrete)
    );
    let units = NetworkState::from_pairs(&applied(&["nn-units"])).0;
    assert_eq!(units.hidden, a.hidden);
    assert_eq!(units.features(), a.features());
    assert_eq!(units.data, other.data);
    // The weights are set by hand too (a unit's sliders): no group holds them.
    assert!(group("nn-training").keys.is_empty());
}

#[test]
fn the_labs_and_the_dendrites_locked_values_hold() {
    let a = current();
    assert_eq!(
        Protocol::from_pairs(&applied(&["bl-stimulus"])).0,
        Protocol::from_pairs(&a).0
    );
    let (da, other) = (
        DendriteParams::from_pairs(&a).0,
        DendriteParams::from_pairs(&parse_query(OTHER)).0,
    );
    let kind = DendriteParams::from_pairs(&applied(&["dd-kind"])).0;
    assert_eq!(kind.kind, da.kind);
    assert_eq!(kind.strength, other.strength);
    let sliders = DendriteParams::from_pairs(&applied(&["dd-sliders"])).0;
    assert_eq!(
        (sliders.theta, sliders.tau, sliders.strength),
        (da.theta, da.tau, da.strength)
    );
    assert_eq!(sliders.kind, other.kind);
}

#[test]
fn every_widget_says_what_each_of_its_challenges_needs() {
    for page in PAGES {
        let own: Vec<Challenge> = Challenge::ALL
            .into_iter()
            .filter(|c| c.widget() == page.widget)
            .collect();
        let listed: Vec<Challenge> = page.needs.iter().map(|(c, _)| *c).collect();
        assert_eq!(listed, own, "{:?}", page.widget);
        for (c, groups) in page.needs {
            for g in *groups {
                assert!(
                    page.groups.iter().any(|own| own.key == g.key),
                    "{c:?} needs {}, not a group of its widget",
                    g.key
                );
            }
        }
    }
    // Nothing hidden or locked outside the page: every challenge is offered.
    for c in Challenge::ALL {
        assert!(neuron_lab::widget_list::page(c.widget()).offers(c));
    }
}

#[test]
fn a_challenge_is_left_out_while_a_group_it_needs_is_hidden_or_locked() {
    let boundary = neuron_lab::widget_list::page(neuron_core::widget::Widget::Boundary);
    neuron_lab::widgets::set_hidden(vec![group("bd-training")]);
    assert!(
        !boundary.offers(Challenge::BlowUp),
        "Blow it up needs Train"
    );
    assert!(boundary.offers(Challenge::AndByHand));
    assert!(boundary.offers(Challenge::XorOneNeuron), "by hand");
    neuron_lab::widgets::set_hidden(vec![]);
    neuron_lab::widgets::set_locks(vec![group("bd-learning")]);
    assert!(!boundary.offers(Challenge::BlowUp));
    assert!(boundary.offers(Challenge::AndByHand));
    neuron_lab::widgets::set_locks(vec![group("bd-data")]);
    assert!(!boundary.offers(Challenge::AndByHand));
    assert!(!boundary.offers(Challenge::XorOneNeuron));
    assert!(boundary.offers(Challenge::BlowUp));
    assert!(boundary.offers_any());
    neuron_lab::widgets::set_locks(vec![group("bd-data"), group("bd-training")]);
    assert!(!boundary.offers_any(), "no list at all");
    neuron_lab::widgets::set_locks(vec![]);
}

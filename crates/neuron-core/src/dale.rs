//! Dale's law in the network: each hidden unit is either excitatory or inhibitory, as a real
//! neuron releases the same transmitter at all its synapses, so all its outgoing weights keep
//! one sign (positive or negative). Cortex has about 80% excitatory and 20% inhibitory neurons.
//!
//! Here a hidden layer's last `round(share × units)` units are the inhibitory ones. The
//! constraint is kept by projection: after every update, an outgoing weight that crossed to the
//! wrong sign is set to 0 (projected gradient descent, the simplest of the sign-constrained
//! networks Cornford et al. 2021 compare, "Learning to live with Dale's principle: ANNs with
//! separate excitatory and inhibitory units", ICLR). Weights from the input features are not
//! constrained: the features are not neurons of the network.

use crate::network::Network;

/// How many of a layer's `units` are inhibitory for a share `share` in `[0, 1]`.
pub fn inhibitory_count(units: usize, share: f64) -> usize {
    let share = if share.is_finite() {
        share.clamp(0.0, 1.0)
    } else {
        0.0
    };
    ((units as f64) * share).round() as usize
}

/// Whether unit `unit` of a hidden layer of `units` is inhibitory.
pub fn is_inhibitory(unit: usize, units: usize, share: f64) -> bool {
    unit >= units - inhibitory_count(units, share).min(units)
}

/// `+1` for an excitatory unit, `−1` for an inhibitory one.
fn sign(unit: usize, units: usize, share: f64) -> f64 {
    if is_inhibitory(unit, units, share) {
        -1.0
    } else {
        1.0
    }
}

/// Applies `f(weight, sign of its source unit)` to every outgoing weight of a hidden unit.
fn each_outgoing(net: &mut Network, share: f64, f: impl Fn(&mut f64, f64)) {
    let n = net.layers.len();
    for l in 1..n {
        let units = net.layers[l - 1].units();
        for row in &mut net.layers[l].weights {
            for (i, w) in row.iter_mut().enumerate() {
                f(w, sign(i, units, share));
            }
        }
    }
}

/// Sets every outgoing weight of the wrong sign to 0 (run after each update).
pub fn project(net: &mut Network, share: f64) {
    each_outgoing(net, share, |w, s| {
        if *w * s < 0.0 {
            *w = 0.0;
        }
    });
}

/// Gives every outgoing weight its unit's sign, keeping its size: how a network starts under
/// Dale's law (setting the wrong-signed half of random weights to 0 would waste them).
pub fn impose(net: &mut Network, share: f64) {
    each_outgoing(net, share, |w, s| *w = w.abs() * s);
}

/// Whether every hidden unit's outgoing weights have its sign (0 allowed).
pub fn holds(net: &Network, share: f64) -> bool {
    let n = net.layers.len();
    (1..n).all(|l| {
        let units = net.layers[l - 1].units();
        net.layers[l].weights.iter().all(|row| {
            row.iter()
                .enumerate()
                .all(|(i, w)| *w * sign(i, units, share) >= 0.0)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_a_fifth_of_a_layer_is_inhibitory_and_the_last_units() {
        assert_eq!(inhibitory_count(8, 0.2), 2);
        assert_eq!(inhibitory_count(4, 0.2), 1);
        assert_eq!(inhibitory_count(2, 0.2), 0);
        assert_eq!(inhibitory_count(5, f64::NAN), 0);
        assert_eq!(inhibitory_count(3, 7.0), 3);
        assert!(is_inhibitory(7, 8, 0.2) && is_inhibitory(6, 8, 0.2));
        assert!(!is_inhibitory(5, 8, 0.2));
    }
}

//! A training run's per-epoch record, bounded however long the run lasts.
//!
//! A network left training for an hour runs a couple of million epochs; keeping (and copying for
//! every drawing) one entry per epoch would grow without end. A [`History`] keeps every epoch
//! until it holds `capacity` entries, then keeps every other one and from then on records every
//! second epoch, then every fourth, and so on: entry `i` is always epoch `i × stride`, and the
//! latest value is always at hand for the readouts.

/// Entries kept before thinning, by default: far more than a plot has pixel columns.
pub const DEFAULT_CAPACITY: usize = 8192;

#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    entries: Vec<T>,
    latest: Option<T>,
    /// Epochs per entry.
    stride: usize,
    /// Values pushed so far (epoch 0 is the first).
    pushed: usize,
    capacity: usize,
}

impl<T: Clone> History<T> {
    /// An empty history that thins itself beyond `capacity` entries (at least 2).
    pub fn with_capacity(capacity: usize) -> Self {
        History {
            entries: Vec::new(),
            latest: None,
            stride: 1,
            pushed: 0,
            capacity: capacity.max(2),
        }
    }

    /// An empty history with [`DEFAULT_CAPACITY`].
    pub fn new() -> Self {
        Self::with_capacity(DEFAULT_CAPACITY)
    }

    /// Records the value of the next epoch (the first push is epoch 0, before training).
    pub fn push(&mut self, value: T) {
        let epoch = self.pushed;
        self.pushed += 1;
        if epoch.is_multiple_of(self.stride) {
            self.entries.push(value.clone());
            if self.entries.len() > self.capacity {
                // Keep epochs 0, 2s, 4s, …: entry i is again epoch i × (2s).
                let mut i = 0;
                self.entries.retain(|_| {
                    i += 1;
                    (i - 1) % 2 == 0
                });
                self.stride *= 2;
            }
        }
        self.latest = Some(value);
    }

    /// The kept entries; entry `i` is epoch `i × stride()`.
    pub fn entries(&self) -> &[T] {
        &self.entries
    }

    /// Epochs between kept entries.
    pub fn stride(&self) -> usize {
        self.stride
    }

    /// The value of the latest epoch, kept or not.
    pub fn latest(&self) -> Option<&T> {
        self.latest.as_ref()
    }

    /// Values pushed so far.
    pub fn len(&self) -> usize {
        self.pushed
    }

    pub fn is_empty(&self) -> bool {
        self.pushed == 0
    }
}

impl<T: Clone> Default for History<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Clone> FromIterator<T> for History<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut h = History::new();
        for v in iter {
            h.push(v);
        }
        h
    }
}

impl<T: Clone> Extend<T> for History<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for v in iter {
            self.push(v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_run_keeps_every_epoch() {
        let h: History<usize> = (0..100).collect();
        assert_eq!(h.entries(), (0..100).collect::<Vec<_>>());
        assert_eq!((h.stride(), h.len(), h.latest()), (1, 100, Some(&99)));
    }

    #[test]
    fn a_long_run_stays_bounded_and_every_entry_is_its_epoch() {
        for capacity in [2, 3, 10, 64, 1000] {
            let mut h = History::with_capacity(capacity);
            for epoch in 0..100_000usize {
                h.push(epoch);
                assert!(h.entries().len() <= capacity, "capacity {capacity}");
                assert_eq!(h.latest(), Some(&epoch));
            }
            assert!(
                h.entries().len() > capacity / 2,
                "still detailed: {}",
                h.entries().len()
            );
            for (i, e) in h.entries().iter().enumerate() {
                assert_eq!(*e, i * h.stride(), "capacity {capacity}, entry {i}");
            }
            assert_eq!(h.len(), 100_000);
        }
    }

    #[test]
    fn the_default_capacity_is_used() {
        let mut h = History::new();
        h.extend(0..3 * DEFAULT_CAPACITY);
        assert!(h.entries().len() <= DEFAULT_CAPACITY);
        assert_eq!(h.stride(), 4);
        assert!(History::<u8>::new().is_empty());
    }
}

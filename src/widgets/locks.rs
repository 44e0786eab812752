//! The groups of controls a shared link hides (`?hide=`) or locks (`?lock=`). The share module
//! reads them once, styles the hidden ones away and makes the locked ones inert; a locked value
//! must not change by any other path either, so the widgets ask here:
//!
//! - before a change that goes around a group's elements (a click on the boundary's plane that
//!   would add a point, a drag of its line that would move the weights, a button of another group
//!   that would rewrite a locked value): [`locked`];
//! - before offering a prediction whose run would change a locked value, or a challenge whose
//!   controls are hidden or locked (`WidgetPage::offers`);
//! - for words that name a control, which change when it is hidden: [`hidden`];
//! - and the page, before applying a state (an edited link, a settings file, a course's saved
//!   state): [`hold_locked`] keeps the locked groups' values.

use std::cell::RefCell;

use neuron_core::query::{build_query, hold, parse_query};

use super::{Group, Link};

thread_local! {
    /// The locked groups, set once by the page (a link's locks hold for the page's life).
    static LOCKED: RefCell<Vec<&'static Group>> = const { RefCell::new(Vec::new()) };
    /// The hidden groups' keys, likewise.
    static HIDDEN: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Sets the page's locked groups (once, before the widgets are built), each group locked with
/// the groups it changes included (see [`Group::changes`]).
pub fn set_locks(groups: Vec<&'static Group>) {
    LOCKED.with(|l| *l.borrow_mut() = groups);
}

/// Sets the page's hidden groups (once, before the widgets are built).
pub fn set_hidden(groups: Vec<&'static Group>) {
    HIDDEN.with(|h| *h.borrow_mut() = groups.iter().map(|g| g.key).collect());
}

/// Whether `group` is locked (outside the page, in a component test, nothing is).
pub fn locked(group: &Group) -> bool {
    LOCKED.with(|l| l.borrow().iter().any(|g| g.key == group.key))
}

/// Whether `group` is hidden (outside the page, nothing is).
pub fn hidden(group: &Group) -> bool {
    HIDDEN.with(|h| h.borrow().contains(&group.key))
}

/// Whether a learner can use `group`'s controls: neither hidden nor locked.
pub fn usable(group: &Group) -> bool {
    !hidden(group) && !locked(group)
}

/// The URL keys whose values the locked groups keep.
fn held_keys() -> Vec<&'static str> {
    LOCKED.with(|l| {
        l.borrow()
            .iter()
            .flat_map(|g| g.keys.iter().copied())
            .collect()
    })
}

/// `link` with the locked groups' values taken from `current` (the page's state, as in its
/// URL), so that applying it changes no locked value; a notice says so when the link would
/// have changed one.
pub fn hold_locked(link: Link, current: &str, notices: &mut Vec<String>) -> Link {
    let held = held_keys();
    if held.is_empty() {
        return link;
    }
    let (pairs, changed) = hold(&link.pairs, &parse_query(current), &held);
    if changed {
        notices.push(crate::t!("notice-locked-kept"));
    }
    Link::new(&build_query(
        pairs.iter().map(|(k, v)| (k.as_str(), v.clone())),
    ))
}

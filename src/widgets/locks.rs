//! The groups of controls a shared link locks (`?lock=`). The share module makes the group's
//! elements inert; a widget asks here before a change that goes around them (a click on its
//! plane that would add a point, a drag of its line that would move the weights).

use std::cell::RefCell;

use super::Group;

thread_local! {
    /// The locked groups' keys, set once by the page (a link's locks hold for the page's life).
    static LOCKED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Sets the page's locked groups (once, before the widgets are built).
pub fn set_locks(keys: Vec<&'static str>) {
    LOCKED.with(|l| *l.borrow_mut() = keys);
}

/// Whether `group` is locked (outside the page, in a component test, nothing is).
pub fn locked(group: &Group) -> bool {
    LOCKED.with(|l| l.borrow().contains(&group.key))
}

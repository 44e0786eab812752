# Neuron Lab's messages in English: the reference every other language follows.
# How to add a language or check one: docs/translating.md.
#
# Markup allowed inside a message: <strong>, <em>, <code>, <sub>, <sup>, and
# <a href="#id">…</a> (a place in the page) or <a href="https://…">…</a>. Nothing else.
# Variables ({ $name }) are filled in by the page; numbers arrive already in the
# language's form. Keep each message on one line unless it has a selector.

## The page

# Shown while the page loads (also read by the page's inline script: keep it on one line).
page-loading = Loading Neuron Lab…
page-brand = Neuron Lab
page-tagline = Biological neurons and artificial ones: what the analogy gets right, and where it breaks.
page-skip = Skip to the content
page-precheck = Check what you know first (optional, 10 questions)
page-open-whole = Open the whole lesson in Neuron Lab
page-footer = Everything runs in your browser; nothing is sent anywhere. The settings live in the address bar, so any view can be shared.
language-menu = Language
notice-language-unavailable = The page is not available in “{ $lang }”, so it is shown in English.

## Shown by the page's inline script if the app cannot start or stops (one line each).

crash-start-title = Neuron Lab could not start
crash-start-text = The page failed while loading, so it will not finish. Reload to try again; if this keeps happening, your browser may not support WebAssembly.
crash-stopped-title = Neuron Lab stopped working
crash-stopped-text = The simulation hit an error it cannot recover from, so the page no longer responds. Your settings are in the address bar: reload to carry on where you were.
crash-reload = Reload the page

## Notices about a link's settings

notice-dendrite-pattern = The link's input pattern for the dendrite could not be read, so the first active pattern is shown.
# $field is one of: kind, theta, tau, strength
notice-dendrite-unreadable = The link's { $field ->
        [kind] dendrite type
        [theta] dendritic threshold
        [tau] dCaAP decay
       *[strength] input strength
    } for the dendrite could not be read, so the default is used.
notice-dendrite-clamped = The link's { $field ->
        [kind] dendrite type
        [theta] dendritic threshold
        [tau] dCaAP decay
       *[strength] input strength
    } for the dendrite was out of range, so the nearest allowed value is used.

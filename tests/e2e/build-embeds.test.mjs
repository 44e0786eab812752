// The cuts scripts/build-embeds.mjs makes for a widget's own binary (issue 29): its messages and
// its style, from what the binary names. The built pages are tested in embed.test.mjs and
// size.test.mjs; these pin the rules on small inputs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cutCatalogue, cutStylesheet, widgets } from '../../scripts/build-embeds.mjs';

test('a widget keeps the messages it names, those they refer to, and every term', () => {
  const ftl = [
    '-brand = Neuron Lab',
    'kept = Hello from { -brand }',
    '    and a second line',
    'refers = See { other }',
    'other = the other',
    'dropped = Not named',
    'kept-too = { $n ->',
    '    [one] one',
    '   *[other] many',
    '    }',
    'unrelated = { kept }',
  ].join('\n');
  const cut = cutCatalogue(ftl, (id) => ['kept', 'refers', 'kept-too'].includes(id));
  assert.equal(cut, [
    '-brand = Neuron Lab',
    'kept = Hello from { -brand }',
    '    and a second line',
    'refers = See { other }',
    'other = the other',
    'kept-too = { $n ->',
    '    [one] one',
    '   *[other] many',
    '    }',
    '',
  ].join('\n'));
  assert.throws(() => cutCatalogue('id = a\n# a comment\n', () => true), /neither an entry/);
});

test('a widget keeps the style rules whose classes it names, and every rule without a class', () => {
  const css = ':root{--x:1}body{margin:0}.alpha{color:red}.beta .gamma,.alpha .delta{color:blue}' +
    '.eps:not(.gone){x:1}.zeta:has(.gone){x:2}:is(.gone,.alpha){x:3}' +
    '@media (max-width:40rem){.alpha{x:4}.gone{x:5}}@media print{.gone{x:6}}@keyframes spin{from{x:0}to{x:1}}';
  assert.equal(cutStylesheet(css, 'class="alpha delta eps zeta" and "beta"'),
    ':root{--x:1}body{margin:0}.alpha{color:red}.alpha .delta{color:blue}.eps:not(.gone){x:1}' +
    ':is(.gone,.alpha){x:3}@media (max-width:40rem){.alpha{x:4}}@keyframes spin{from{x:0}to{x:1}}');
  assert.throws(() => cutStylesheet('.a{color:red', ''), /without its end/);
});

test('every widget of the lesson has a binary of its own', () => {
  const ids = [...readFileSync(new URL('../../crates/neuron-core/src/widget.rs', import.meta.url), 'utf8')
    .matchAll(/Widget::\w+ => "([a-z]+)",/g)].map((m) => m[1]);
  assert.deepEqual(widgets(readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8')), ids);
});

// Which binary this page starts (put by scripts/build-embeds.mjs where the stylesheet link was,
// before the page's other scripts): the lesson's, or, for an embed link (?embed=<id>), that
// widget's own, about half the size, with its own messages and style. Links the style (blocking
// the first paint, as the stylesheet link did) and starts fetching the code and the wasm at once,
// as Trunk's preloads did.
(function () {
  var list = JSON.parse(document.getElementById('bundles').textContent);
  var widget = new URLSearchParams(location.search).get('embed');
  var own = !!widget && Object.prototype.hasOwnProperty.call(list.embeds, widget);
  var chosen = own ? list.embeds[widget] : list.lesson;
  var bundle = {
    js: './' + chosen.code + '.js',
    wasm: './' + chosen.code + '_bg.wasm',
    locales: own ? './locales/' + widget + '/' : './locales/'
  };
  window.neuronLabBundle = bundle;
  function link(rel, href, more) {
    var l = document.createElement('link');
    l.rel = rel;
    l.href = href;
    for (var k in more) l.setAttribute(k, more[k]);
    document.head.appendChild(l);
  }
  link('stylesheet', './' + chosen.style, { blocking: 'render' });
  link('modulepreload', bundle.js, {});
  link('preload', bundle.wasm, { as: 'fetch', type: 'application/wasm', crossorigin: 'anonymous' });
})();

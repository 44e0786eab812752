// Starts the binary scripts/bundle-chooser.js chose, as Trunk's loader starts its one. Its code
// not arriving (a sandboxed frame's host that refuses an opaque origin, a lost connection) is
// reported as a failed <script src> would be: to the page's last resort (index.html), which
// says what went wrong, not as an uncaught error.
const bundle = window.neuronLabBundle;
import(bundle.js).then(
  async (bindings) => {
    const wasm = await bindings.default({ module_or_path: bundle.wasm });
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  },
  (error) => dispatchEvent(new ErrorEvent('error', { error, message: String(error) })),
);

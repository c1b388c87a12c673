// A Web Worker that hosts the engine, so the page thread never trains.
// The runtime comes from the query string: ?runtime=wasm (WebAssembly GC) or ?runtime=js (JavaScript).
// Messages in: {id, fn, args}; messages out: {id, ok, result, ms} or {id, ok: false, error}.
"use strict";
const runtime = new URL(self.location.href).searchParams.get("runtime") === "wasm" ? "wasm" : "js";

const ready = (async () => {
  if (runtime === "wasm") {
    importScripts("/teavm/wasm/classes.wasm-runtime.js");
    const teavm = await TeaVM.wasmGC.load("/teavm/wasm/engine.wasm");
    teavm.exports.main([]);
    return teavm.exports;
  }
  importScripts("/teavm/js/engine.js"); // a UMD module: its exports become properties of the worker's global scope
  self.main([]);
  return self;
})();

self.onmessage = async (event) => {
  const { id, fn, args } = event.data;
  try {
    const engine = await ready;
    if (typeof engine[fn] !== "function") {
      throw new Error("the engine has no function '" + fn + "'");
    }
    const start = performance.now();
    const result = engine[fn](...(args || []));
    self.postMessage({ id, ok: true, result, ms: performance.now() - start });
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e && e.message ? e.message : e) });
  }
};

ready.then(
  () => self.postMessage({ ready: true, runtime }),
  (e) => self.postMessage({ ready: false, runtime, error: String(e && e.message ? e.message : e) }));

// A Web Worker that hosts the engine, so the page thread never trains.
// The runtime comes from the query string: ?runtime=wasm (WebAssembly GC) or ?runtime=js (JavaScript).
// Messages in:  {id, fn, args}           → one call:  {id, ok, result, ms} or {id, ok: false, error}
//               {train: true}            → epochs until finished or paused: {progress} after each epoch, then {paused}
//               {pause: true}            → stops the training loop after the current epoch
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

let training = false;

async function trainLoop(engine) {
  training = true;
  while (training) {
    const start = performance.now();
    const progress = JSON.parse(engine.step("epoch"));
    self.postMessage({ progress, ms: performance.now() - start });
    if (progress.error || progress.finished) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 0)); // let a pause message in between epochs
  }
  training = false;
  self.postMessage({ paused: true });
}

self.onmessage = async (event) => {
  const m = event.data;
  const engine = await ready;
  if (m.train) {
    if (!training) {
      trainLoop(engine);
    }
    return;
  }
  if (m.pause) {
    training = false;
    return;
  }
  const { id, fn, args } = m;
  try {
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

// Starts the engine worker: the WebAssembly GC build (?runtime=wasm) or the JavaScript one. The message loop and
// the training loop are Java (playground.web.worker.WorkerMain); this only loads a build and keeps the messages
// that arrive meanwhile. A build that cannot load is the one message written here.
"use strict";
self.__pending = [];
self.onmessage = (e) => self.__pending.push(e.data);
const runtime = new URL(self.location.href).searchParams.get("runtime") === "wasm" ? "wasm" : "js";
const failed = (e) => self.postMessage(JSON.stringify({ event: "failed", runtime, error: String((e && e.message) || e) }));
try {
  if (runtime === "wasm") {
    importScripts("/teavm/wasm/classes.wasm-runtime.js");
    TeaVM.wasmGC.load("/teavm/wasm/engine.wasm").then((teavm) => teavm.exports.main(["wasm"]), failed);
  } else {
    importScripts("/teavm/js/engine.js"); // a UMD module: main becomes a global of the worker
    main(["js"]);
  }
} catch (e) {
  failed(e);
}

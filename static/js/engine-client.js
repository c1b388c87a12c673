// The page's side of the engine worker: a promise per call.
"use strict";
const WASM_GC_SUPPORTED = (() => {
  // A module with one GC struct type: compiles only where WebAssembly GC is implemented.
  try {
    return WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 127, 0]));
  } catch (e) {
    return false;
  }
})();

class EngineClient {
  constructor(runtime) {
    this.runtime = runtime;
    this.worker = new Worker("/js/engine-worker.js?runtime=" + runtime);
    this.next = 1;
    this.pending = new Map();
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener("message", (event) => {
        const m = event.data;
        if (m.progress || m.paused) {
          if (this.onTraining) this.onTraining(m);
          return;
        }
        if ("ready" in m) {
          m.ready ? resolve(this) : reject(new Error(m.error));
          return;
        }
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        m.ok ? p.resolve(m) : p.reject(new Error(m.error));
      });
      this.worker.addEventListener("error", (e) => reject(new Error(e.message || "the engine worker failed to load")));
    });
  }

  /** Starts (or resumes) training in the worker; progress arrives through onTraining({progress}|{paused}). */
  train() {
    this.worker.postMessage({ train: true });
  }

  pause() {
    this.worker.postMessage({ pause: true });
  }

  /** Calls a function that returns JSON and parses it; rejects with the engine's message on {"error"}. */
  async json(fn, ...args) {
    const { result } = await this.call(fn, ...args);
    const value = JSON.parse(result);
    if (value && value.error) {
      throw new Error(value.error);
    }
    return value;
  }

  /** Calls an exported engine function in the worker; resolves to {result, ms}. */
  call(fn, ...args) {
    return this.ready.then(() => new Promise((resolve, reject) => {
      const id = this.next++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, fn, args });
    }));
  }
}

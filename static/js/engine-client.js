// The page's side of the engine worker: a promise per request. Requests and replies are the JSON messages of
// playground.web.protocol (Kind declares each request's fields); this file only sends and matches them.
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
        const m = JSON.parse(event.data);
        if (m.event === "progress" || m.event === "paused") {
          if (this.onTraining) this.onTraining(m.event === "paused" ? { paused: true } : m);
          return;
        }
        if (m.event === "ready") return resolve(this);
        if (m.event === "failed") return reject(new Error(m.error));
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
    this.worker.postMessage(JSON.stringify({ type: "train" }));
  }

  pause() {
    this.worker.postMessage(JSON.stringify({ type: "pause" }));
  }

  /** A request whose result is JSON; rejects with the engine's message on {"error"}. */
  async json(type, fields = {}) {
    const { result } = await this.call(type, fields);
    if (result && result.error) {
      throw new Error(result.error);
    }
    return result;
  }

  /** Sends a request ({type, ...fields}); resolves to {result, ms}. */
  call(type, fields = {}) {
    return this.ready.then(() => new Promise((resolve, reject) => {
      const id = this.next++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(JSON.stringify({ id, type, ...fields }));
    }));
  }
}

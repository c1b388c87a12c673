// Placeholder page logic: run the same seeded training in the JavaScript and the WebAssembly build of the engine,
// each in its own worker, and show whether they produced the same bits.
"use strict";
const EPOCHS = 20;
const NUMBER_PROBE = 1000; // random doubles (and as many of everyday sizes) besides the awkward ones

/**
 * The engine's number formatter in this runtime: every text must read back to its bits, and match what JavaScript
 * itself writes (String(x)), except that -0 keeps its sign.
 */
async function numbersCheck(engine) {
  const { result } = await engine.call("numbers", { count: NUMBER_PROBE });
  const problems = [];
  const lines = result.trim().split("\n");
  for (const line of lines) {
    const [bits, text, back] = line.split(" ");
    const native = String(hexToDouble(bits));
    const expected = native === "0" && bits === "8000000000000000" ? "-0" : native;
    if (back !== bits) problems.push(`${text} reads back as the bits ${back}, not ${bits}`);
    if (text !== expected) problems.push(`the engine writes ${text} where JavaScript writes ${expected}`);
  }
  return { result, count: lines.length, problems };
}

/** One golden run's record in a runtime (the end-to-end test compares it with the committed file). */
const goldenEngines = {};
window.goldenRecord = async (runtime, query, csvUrl) => {
  goldenEngines[runtime] = goldenEngines[runtime] || new EngineClient(runtime);
  const csv = csvUrl ? await (await fetch(csvUrl)).text() : "";
  return (await goldenEngines[runtime].call("golden", { query, csv })).result;
};

function cell(runtime, name) {
  return document.querySelector(`[data-runtime="${runtime}"] [data-field="${name}"]`);
}

async function check(runtime) {
  cell(runtime, "status").textContent = "training…";
  if (runtime === "wasm" && !WASM_GC_SUPPORTED) {
    cell(runtime, "status").textContent = "not supported by this browser";
    return null;
  }
  try {
    const engine = new EngineClient(runtime);
    const { result, ms } = await engine.call("fingerprint", { epochs: EPOCHS });
    const numbers = await numbersCheck(engine);
    engine.worker.terminate();
    document.body.dataset[runtime + "Numbers"] = numbers.result;
    document.body.dataset[runtime + "NumberProblems"] = numbers.problems.join("\n");
    cell(runtime, "numbers").textContent = numbers.problems.length === 0
      ? `${numbers.count.toLocaleString("en-US")} read back exactly, as JavaScript writes them` : `${numbers.problems.length} problems: ${numbers.problems[0]}`;
    // The first run's losses (one hex double per epoch) come first, before its "params:" hash.
    const losses = result.split("\n")[0].split(" ").filter((t) => /^[0-9a-f]{16}$/.test(t));
    cell(runtime, "status").textContent = "done";
    cell(runtime, "time").textContent = ms.toFixed(1) + " ms";
    cell(runtime, "loss").textContent = hexToDouble(losses[losses.length - 1]).toPrecision(8);
    cell(runtime, "fingerprint").textContent = digest(result);
    return result;
  } catch (e) {
    cell(runtime, "status").textContent = "failed: " + e.message;
    return null;
  }
}

/** FNV-1a of the whole fingerprint: eight hex digits that differ if any bit of any run differs. */
function digest(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

function hexToDouble(hex) {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

async function runAll() {
  const button = document.getElementById("rerun");
  button.disabled = true;
  const verdict = document.getElementById("verdict");
  verdict.textContent = "Training in the JavaScript and WebAssembly workers…";
  const [js, wasm] = await Promise.all([check("js"), check("wasm")]);
  document.body.dataset.js = js || "";
  document.body.dataset.wasm = wasm || "";
  if (js && wasm) {
    verdict.textContent = js === wasm
      ? `Bit-identical: ${EPOCHS} epochs gave the same losses and weights in both runtimes.`
      : "The two runtimes disagree: this is a bug, please report it.";
  } else {
    verdict.textContent = js || wasm ? "Only one runtime could run here." : "Neither runtime could run.";
  }
  document.body.dataset.done = "true";
  button.disabled = false;
}

document.getElementById("rerun").addEventListener("click", runAll);
runAll();

// The benchmark page: samples/s per runtime and model, then (with ?grid=1) the 192-run grid's wall time.
"use strict";
const params = new URLSearchParams(location.search);
const results = { throughput: [], grid: null };

async function throughput(runtime, model) {
  const engine = new EngineClient(runtime);
  await engine.ready;
  const setup = await engine.json("benchPrepare", { model });
  for (let i = 0; i < 2; i++) await engine.call("benchEpoch"); // warm-up: JIT, buffers
  let epochs = 0;
  let ms = 0;
  while (ms < 3000 || epochs < 3) {
    ms += (await engine.call("benchEpoch")).ms; // timed inside the worker, around the engine call only
    epochs++;
  }
  engine.worker.terminate();
  return { runtime, model, batch: setup.batch, samplesPerSecond: Math.round((setup.rows * epochs) / (ms / 1000)) };
}

async function grid(runtime, workers) {
  const csv = await (await fetch("/api/datasets/insurance/csv")).text();
  const planner = new EngineClient(runtime);
  const preset = await planner.json("preset", { name: "insurance-blog-grid" });
  const plan = await planner.json("grid", { query: preset.query, grid: preset.grid });
  planner.worker.terminate();
  const queue = plan.queries.slice();
  const start = performance.now();
  let done = 0;
  const one = async () => {
    const w = new EngineClient(runtime);
    await w.ready;
    await w.json("loadCsv", { name: "insurance", text: csv });
    while (queue.length) {
      await w.json("run", { query: queue.shift() });
      done++;
      document.getElementById("grid").textContent = `grid: ${done} / ${plan.queries.length} runs, ${((performance.now() - start) / 1000).toFixed(0)} s`;
    }
    w.worker.terminate();
  };
  await Promise.all(Array.from({ length: workers }, one));
  return { runtime, workers, runs: plan.queries.length, seconds: Math.round((performance.now() - start) / 100) / 10 };
}

(async () => {
  const runtimes = WASM_GC_SUPPORTED ? ["wasm", "js"] : ["js"];
  for (const runtime of runtimes) {
    for (const model of ["insurance-blog", "mlp-3x512"]) {
      const r = await throughput(runtime, model);
      results.throughput.push(r);
      const tr = document.createElement("tr");
      for (const v of [r.runtime, r.model, r.batch, r.samplesPerSecond.toLocaleString("en-US")]) {
        const td = document.createElement("td");
        td.textContent = v;
        tr.append(td);
      }
      document.getElementById("rows").append(tr);
    }
  }
  if (params.get("grid")) {
    const workers = Number(params.get("workers")) || Math.max(1, (navigator.hardwareConcurrency || 2) - 1);
    results.grid = await grid(runtimes[0], workers);
    document.getElementById("grid").textContent = `The 192-run grid: ${results.grid.seconds} s on ${workers} ${runtimes[0]} worker(s).`;
  }
  document.getElementById("status").textContent = "Done.";
  document.body.dataset.results = JSON.stringify(results);
})().catch((e) => {
  document.getElementById("status").textContent = "Failed: " + e.message;
  document.body.dataset.results = JSON.stringify({ error: e.message });
});

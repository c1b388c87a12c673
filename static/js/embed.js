// The compact view for iframes: a saved experiment's recorded chart and metrics (/embed/{id}), or a spec from the
// query string (/embed?v=1&…), with a button that trains it here, in a worker, and a link to the full playground.
"use strict";

const $ = (sel) => document.querySelector(sel);
const embed = { engine: null, chart: null, history: [], events: [], saved: null, query: "", running: false };

function redraw() {
  // The chart takes what the rest of the view leaves of the iframe's height (at least 150 px; the page scrolls then).
  const box = $("#loss-chart");
  const rest = document.body.scrollHeight - box.offsetHeight;
  const legend = box.querySelector(".u-legend");
  const height = Math.max(150, Math.min(360, window.innerHeight - rest - (legend ? legend.offsetHeight : 40) - 12));
  if (embed.chart && Math.abs(embed.chart.height - height) > 4) {
    embed.chart.destroy();
    embed.chart = null;
  }
  embed.chart = drawLossChart(box, embed.chart, embed.history, embed.events, height);
  $("#events").textContent = embed.events.filter((e) => e.kind !== "best").map((e) => `epoch ${e.epoch}: ${e.message}`).join(" · ");
}

function describe(query) {
  const p = new URLSearchParams(query);
  const parts = ["data " + (p.get("data") || "circle")];
  if (p.get("layers")) parts.push("layers " + p.get("layers"));
  if (p.get("opt")) parts.push(p.get("opt"));
  if (p.get("lr")) parts.push("lr " + p.get("lr"));
  if (p.get("epochs")) parts.push(p.get("epochs") + " epochs");
  return parts.join(" · ");
}

async function loadData(engine) {
  const id = new URLSearchParams(embed.query).get("data") || "circle";
  if (id === "upload") {
    if (!embed.saved || !embed.saved.dataset) throw new Error("this experiment used its author's own CSV, which was not saved with it");
    await engine.json("loadCsv", { name: "upload", text: embed.saved.dataset.csv });
    return;
  }
  await loadCatalogDataset(engine, await fetchCatalog(), id);
}

async function run() {
  if (embed.running) {
    embed.engine.pause();
    return;
  }
  try {
    $("#run").disabled = true;
    if (!embed.engine) {
      status("Starting the engine…");
      const engine = new EngineClient(WASM_GC_SUPPORTED ? "wasm" : "js");
      try {
        await engine.ready;
        await loadData(engine);
      } catch (e) {
        engine.worker.terminate(); // the next Run starts over, data included
        throw e;
      }
      engine.onTraining = onTraining;
      embed.engine = engine;
    }
    const prep = await embed.engine.json("prepare", { query: embed.query });
    embed.epochs = prep.epochs;
    embed.history = [];
    embed.events = [];
    redraw();
    embed.running = true;
    $("#run").textContent = "Pause";
    status("Training…");
    embed.engine.train();
  } catch (e) {
    status("Cannot run: " + e.message);
  } finally {
    $("#run").disabled = false;
  }
}

function onTraining(m) {
  if (m.paused) {
    embed.running = false;
    $("#run").textContent = "Run again";
    status("Paused.");
    return;
  }
  const p = m.progress;
  if (!p) return;
  if (p.error) {
    status(p.error);
    return;
  }
  if (p.log && (embed.history.length === 0 || embed.history[embed.history.length - 1].epoch !== p.log.epoch)) embed.history.push(p.log);
  embed.events.push(...p.events);
  $("#progress").value = p.epochs ? p.epoch / p.epochs : 0;
  $("#epoch-text").textContent = `epoch ${p.epoch} / ${p.epochs}`;
  redraw();
  if (p.finished) finish(p);
}

async function finish(p) {
  embed.running = false;
  $("#run").textContent = "Run again";
  if (p.diverged) {
    status(p.message);
    return;
  }
  const r = await embed.engine.json("evaluate");
  renderTiles($("#tiles"), r);
  let text = "Done" + (p.message ? ": " + p.message : "") + ".";
  if (embed.saved && embed.saved.results.history) {
    const rec = embed.saved.results.history;
    const same = rec.length === embed.history.length && rec.every((h, i) => h.loss === embed.history[i].loss);
    text += same ? " Same numbers as the recorded run." : " The numbers differ from the recorded run.";
  }
  document.body.dataset.trained = "true";
  status(text);
}

async function main() {
  const meta = document.querySelector('meta[name="experiment-id"]');
  if (meta) {
    const r = await fetch("/api/experiments/" + encodeURIComponent(meta.content));
    if (!r.ok) throw new Error((await r.json()).error);
    embed.saved = await r.json();
    embed.query = embed.saved.spec;
    $("#embed-title").textContent = embed.saved.title;
    $("#open-full").href = "/x/" + embed.saved.id;
    embed.history = embed.saved.results.history || [];
    embed.events = embed.saved.results.events || [];
    if (embed.saved.results.evaluation) renderTiles($("#tiles"), embed.saved.results.evaluation);
    $("#run").textContent = "Re-run";
    status(embed.history.length ? `Recorded: ${embed.history.length} epochs. Re-run trains it again here, with the same seed.` : "Not trained yet: press Run.");
  } else {
    embed.query = location.search.replace(/^\?/, "") || "v=1";
    $("#open-full").href = "/?" + embed.query;
    status("Press Run to train this network here, in your browser.");
  }
  $("#embed-spec").textContent = describe(embed.query);
  redraw();
  $("#run").addEventListener("click", run);
  window.addEventListener("resize", redraw);
  document.body.dataset.ready = "true";
}

main().catch((e) => status("The embed could not start: " + e.message));

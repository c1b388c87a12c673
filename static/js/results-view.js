// What the playground and its embeds both draw: the loss chart with callback marks, the metric tiles, number
// formats, and where datasets come from (the server's API, or plain files on a static copy of the site).
"use strict";

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") e.textContent = v; else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

/** The one-line status (an ARIA live region). */
function status(text) {
  document.querySelector("#status").textContent = text;
}

/** Messages that need attention (an alert region), one paragraph each; an empty list hides the box. */
function notices(list) {
  const box = document.querySelector("#notices");
  box.textContent = "";
  for (const text of list) box.append(el("p", { text }));
  box.hidden = list.length === 0;
}

/** Axis labels: 3e+8 rather than 300,000,000; 0.001 as is. */
function compact(v) {
  if (v === null || v === undefined) return "";
  const a = Math.abs(v);
  return a !== 0 && (a >= 1e4 || a < 1e-3) ? v.toExponential(0) : String(+v.toPrecision(3));
}

function fmt(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  if (Number.isInteger(v)) return v.toLocaleString("en-US");
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString("en-US");
  if (a >= 1) return v.toFixed(3);
  return v.toPrecision(4);
}

/** Train / test / validation tiles with RMSE, MAE, R² (regression) or accuracy, F1, log loss (classification). */
function renderTiles(box, r) {
  box.textContent = "";
  const keys = r.test && "accuracy" in r.test ? ["accuracy", "f1", "log_loss"] : ["rmse", "mae", "r2"];
  for (const part of ["train", "test", "val"]) {
    if (!r[part]) continue;
    const tile = el("div", { class: "tile" });
    tile.append(el("h3", { text: { train: "Train", test: "Test", val: "Validation" }[part] }));
    const dl = el("dl");
    for (const k of keys) dl.append(el("dt", { text: k.toUpperCase().replace("_", " ") }), el("dd", { text: fmt(r[part][k]) }));
    tile.append(dl);
    box.append(tile);
  }
}

/**
 * Loss and validation loss (log scale) and the learning rate per epoch, with callback events marked. Returns the
 * chart, to be passed back in on the next call (it is rebuilt only when the box's width changes).
 */
function drawLossChart(box, chart, history, events, height = 260) {
  const epochs = history.map((h) => h.epoch);
  const loss = history.map((h) => h.loss);
  const val = history.map((h) => (h.val_loss === undefined ? null : h.val_loss));
  const lr = history.map((h) => (h.lr === undefined ? null : h.lr));
  const width = Math.max(260, box.clientWidth || 600);
  if (!chart || chart.width !== width) {
    if (chart) chart.destroy();
    box.textContent = "";
    chart = new uPlot({
      width, height,
      scales: { x: { time: false }, y: { distr: 3 }, lr: { distr: 3 } },
      axes: [{ label: "epoch", incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] },
        { label: "loss (log)", size: 64, values: (u, vals) => vals.map(compact) },
        { scale: "lr", side: 1, label: "learning rate", grid: { show: false }, size: 64, values: (u, vals) => vals.map(compact) }],
      series: [{ label: "epoch" },
        { label: "loss", stroke: "#0072b2", width: 2 },
        { label: "val_loss", stroke: "#d55e00", width: 2, dash: [6, 3] },
        { label: "lr", stroke: "#999999", scale: "lr", width: 1, dash: [2, 2] }],
      hooks: { draw: [(u) => drawEventMarks(u, u.events || [])] },
    }, [[], [], [], []], box);
  }
  chart.events = events;
  chart.setData([epochs, loss, val, lr]);
  return chart;
}

/** Callback events as vertical lines on the loss chart, labelled so colour is not the only cue. */
function drawEventMarks(u, events) {
  const ctx = u.ctx;
  for (const e of events) {
    if (e.kind === "best") continue;
    const x = u.valToPos(e.epoch, "x", true);
    if (!Number.isFinite(x)) continue;
    ctx.save();
    ctx.strokeStyle = e.kind === "lr_reduced" ? "#009e73" : "#cc79a7";
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.fillStyle = ctx.strokeStyle;
    ctx.font = `${12 * devicePixelRatio}px sans-serif`;
    ctx.fillText({ lr_reduced: "LR↓", early_stop: "stop", restored: "best", diverged: "NaN" }[e.kind] || e.kind, x + 3, u.bbox.top + 14);
    ctx.restore();
  }
}

/** A copy made with export-site has no server: datasets are plain files and nothing can be saved. */
const STATIC_SITE = !!document.querySelector('meta[name="playground-static"]');

async function fetchCatalog() {
  const r = await fetch(STATIC_SITE ? "/datasets/site-catalog.json" : "/api/datasets");
  return r.json();
}

/** A file dataset's CSV text, for the worker to parse. */
async function fetchDatasetCsv(entry) {
  const r = await fetch(STATIC_SITE ? "/datasets/" + entry.file : "/api/datasets/" + encodeURIComponent(entry.id) + "/csv");
  if (!r.ok) throw new Error(STATIC_SITE ? "cannot read " + entry.file : (await r.json()).error);
  return r.text();
}

/**
 * Makes the catalog's dataset `id` the engine worker's table: a file dataset is fetched and parsed there (its
 * profile returned); a synthetic one is generated by the engine from the spec later (null). Unknown or
 * unavailable datasets are errors that say why.
 */
async function loadCatalogDataset(engine, catalog, id) {
  const entry = catalog.find((d) => d.id === id);
  if (!entry) throw new Error("unknown dataset '" + id + "'");
  if (isSynthetic(entry)) return null;
  if (!entry.available) throw new Error(entry.message);
  status("Loading " + entry.name + "…");
  const text = await fetchDatasetCsv(entry);
  return { text, profile: await engine.json("loadCsv", { name: id, text }) };
}

/** Whether a catalog entry is generated by the engine rather than read from a file. */
function isSynthetic(entry) {
  return entry.name.includes("synthetic");
}

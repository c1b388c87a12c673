// The Learn views. Every number comes from the engine in a worker (Learn.view: the same activations, losses,
// optimizers and layers that train the real networks); this file lays them out as text, tables and plots.
// A view's settings live in the URL (/learn/{view}?…), and /embed/learn/{view}?… shows it compact for iframes.
"use strict";

const $ = (sel) => document.querySelector(sel);
const learn = { engine: null, view: null, params: new URLSearchParams(), data: null, embedded: false, timer: null };


// ---------- formulas (MathML Core, rendered by the browser; the strings are constants of this file) ----------

const mi = (s) => `<mi>${s}</mi>`;
const mo = (s) => `<mo>${s}</mo>`;
const mn = (s) => `<mn>${s}</mn>`;
const frac = (a, b) => `<mfrac><mrow>${a}</mrow><mrow>${b}</mrow></mfrac>`;
const d = (a, b) => frac(mo("∂") + mi(a), mo("∂") + mi(b));
const sup = (a, b) => `<msup><mrow>${a}</mrow><mrow>${b}</mrow></msup>`;
const sqrt = (a) => `<msqrt>${a}</msqrt>`;
const FORMULAS = {
  forward: mi("z") + mo("=") + mi("w") + mo("·") + mi("x") + mo("+") + mi("b") + mo(",") + mi("h") + mo("=") + mi("f") + mo("(") + mi("z") + mo(")")
    + mo(",") + mi("L") + mo("=") + mi("L") + mo("(") + mi("h") + mo(",") + mi("t") + mo(")"),
  chainW: d("L", "w") + mo("=") + d("L", "h") + mo("·") + d("h", "z") + mo("·") + d("z", "w") + mo(",") + d("z", "w") + mo("=") + mi("x"),
  chainB: d("L", "b") + mo("=") + d("L", "h") + mo("·") + d("h", "z") + mo("·") + d("z", "b") + mo(",") + d("z", "b") + mo("=") + mn("1"),
  update: mi("w") + mo("←") + mi("w") + mo("−") + mi("η") + d("L", "w") + mo(",") + mi("b") + mo("←") + mi("b") + mo("−") + mi("η") + d("L", "b"),
  halfSe: mi("L") + mo("=") + frac(mn("1"), mn("2")) + sup(mo("(") + mi("t") + mo("−") + mi("h") + mo(")"), mn("2")),
  delta: sup(mi("δ"), mi("o")) + mo("=") + mo("(") + mi("o") + mo("−") + mi("t") + mo(")") + mi("o") + mo("(") + mn("1") + mo("−") + mi("o") + mo(")") + mo(",")
    + sup(mi("δ"), mi("j")) + mo("=") + sup(mi("δ"), mi("o")) + `<msub>${mi("v")}${mi("j")}</msub>` + `<msub>${mi("h")}${mi("j")}</msub>` + mo("(") + mn("1") + mo("−") + `<msub>${mi("h")}${mi("j")}</msub>` + mo(")"),
  huber: [`<msub>${mi("L")}${mi("δ")}</msub>` + mo("(") + mi("e") + mo(")") + mo("=") + frac(mn("1"), mn("2")) + sup(mi("e"), mn("2")) + `<mtext> if |e| ≤ δ</mtext>`,
    `<msub>${mi("L")}${mi("δ")}</msub>` + mo("(") + mi("e") + mo(")") + mo("=") + mi("δ") + mo("(") + mo("|") + mi("e") + mo("|") + mo("−") + frac(mi("δ"), mn("2")) + mo(")") + `<mtext> otherwise</mtext>`],
  xavier: mi("a") + mo("=") + sqrt(frac(mn("6"), `<msub>${mi("n")}${mi("in")}</msub>` + mo("+") + `<msub>${mi("n")}${mi("out")}</msub>`)),
  adam: [mi("m") + mo("←") + `<msub>${mi("β")}${mn("1")}</msub>` + mi("m") + mo("+") + mo("(") + mn("1") + mo("−") + `<msub>${mi("β")}${mn("1")}</msub>` + mo(")") + mi("g"),
    mi("v") + mo("←") + `<msub>${mi("β")}${mn("2")}</msub>` + mi("v") + mo("+") + mo("(") + mn("1") + mo("−") + `<msub>${mi("β")}${mn("2")}</msub>` + mo(")") + sup(mi("g"), mn("2")),
    mi("w") + mo("←") + mi("w") + mo("−") + mi("η") + frac(mover("m"), sqrt(mover("v")) + mo("+") + mi("ε")),
    mover("m") + mo("=") + frac(mi("m"), mn("1") + mo("−") + sup(`<msub>${mi("β")}${mn("1")}</msub>`, mi("t"))) + mo(",") + mover("v") + mo("=") + frac(mi("v"), mn("1") + mo("−") + sup(`<msub>${mi("β")}${mn("2")}</msub>`, mi("t")))],
};
function mover(s) {
  return `<mover>${mi(s)}${mo("^")}</mover>`;
}

function formula(key, label) {
  const box = el("div", { class: "formula", role: "math", "aria-label": label });
  const lines = [].concat(FORMULAS[key]);
  box.innerHTML = lines.map((m) => `<math display="block">${m}</math>`).join(""); // constants of this file, never user text
  return box;
}

// ---------- controls ----------

/** A labelled control bound to one setting: number, select or range; the engine checks every value. */
function control(key, label, type, options = {}) {
  let input;
  if (type === "select") {
    input = el("select", { "data-learn": key });
    for (const [value, text] of options.choices) input.append(el("option", { value, text }));
  } else {
    input = el("input", { type, "data-learn": key, step: options.step || "any" });
    if (options.min !== undefined) input.setAttribute("min", options.min);
    if (options.max !== undefined) input.setAttribute("max", options.max);
  }
  input.addEventListener(type === "range" ? "input" : "change", () => change({ [key]: input.value }));
  return el("label", {}, label, input);
}

function syncControls() {
  for (const input of document.querySelectorAll("[data-learn]")) {
    const v = learn.params.get(input.dataset.learn);
    if (v !== null && document.activeElement !== input) input.value = v;
  }
}

function table(headers, rows, caption) {
  const t = el("table", { class: "numbers" });
  if (caption) t.append(el("caption", { text: caption }));
  const head = el("tr");
  headers.forEach((h, i) => head.append(el("th", { scope: "col", class: i ? "num" : "", text: h })));
  t.append(el("thead", {}, head));
  const body = el("tbody");
  for (const r of rows) {
    const tr = el("tr");
    r.forEach((v, i) => tr.append(el(i ? "td" : "th", i ? { class: "num", text: typeof v === "number" ? num(v) : v } : { scope: "row", text: v })));
    body.append(tr);
  }
  t.append(body);
  return t;
}

/** Six significant digits: enough to check a hand computation. */
function num(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
  if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4)) return v.toExponential(3);
  return String(+v.toPrecision(6));
}

function panel(title, ...children) {
  return el("section", { class: "panel" }, el("h3", { text: title }), ...children);
}

/** A plot that has nothing to show before its training run. */
function hiddenUntilRun(c) {
  c.hidden = true;
  return c;
}

function wide(section) {
  section.classList.add("wide");
  return section;
}

function canvas(label, width = 520, height = 280) {
  const c = el("canvas", { class: "plot", role: "img", "aria-label": label });
  c.dataset.w = width;
  c.dataset.h = height;
  return c;
}

function plotWidth(c) {
  return Math.min(Number(c.dataset.w), Math.max(260, (c.parentElement && c.parentElement.clientWidth - 4) || Number(c.dataset.w)));
}

// Activations and initializers, with their labels, come from the engine's grammar (learn.grammar); a view only
// chooses which of them it offers and with which parameters.
function label(family, id) {
  const c = learn.grammar.families[family].find((x) => x.id === id.split(":")[0]);
  return c ? c.label : id;
}

/** The scalar activations (softmax needs a vector), leaky ReLU with the given slope when one is given. */
function activationChoices(leakySlope) {
  return learn.grammar.families.activations.filter((c) => c.id !== "softmax").map((c) =>
    c.id === "leaky_relu" && leakySlope ? [c.id + ":" + leakySlope, `${c.label} (${leakySlope})`] : [c.id, c.label]);
}

/** The schemes the initialization view compares: random normal at two σ, then the fan-scaled families. */
function schemeChoices() {
  const fanScaled = learn.grammar.families.initializers.filter((c) => /^(lecun|glorot|he)_/.test(c.id));
  return [["random_normal", label("initializers", "random_normal") + " (σ = 1)"],
    ["random_normal:0.01", label("initializers", "random_normal") + " (σ = 0.01)"], ...fanScaled.map((c) => [c.id, c.label])];
}
const SYNTHETIC = [["circle", "circle"], ["xor", "XOR"], ["clusters", "Gaussian clusters"], ["spiral", "spiral"]];
const SURFACES = [["bowl", "ill-conditioned bowl"], ["rosenbrock", "Rosenbrock valley"], ["saddle", "saddle point"],
  ["two-minima", "local and global minimum"], ["plateau", "plateau"]];

// ---------- the views, in the primer's order ----------

const VIEWS = [];

VIEWS.push({
  id: "neuron",
  title: "One neuron, step by step",
  intro: "A neuron multiplies its input by a weight, adds a bias and passes the sum through an activation. "
    + "Back-propagation is the chain rule: the loss's slope with respect to w is the product of three local slopes. "
    + "Gradient descent moves w against that slope, scaled by the learning rate η.",
  tryThis: "Load the primer's poor start (w = 0.1) and press Step a few times, then compare with the Xavier start: "
    + "the loss is already lower and the steps are smaller.",
  build(root) {
    root.append(el("div", { class: "row" },
      el("button", { type: "button", id: "preset-poor", class: "secondary", text: "Primer: poor start (w = 0.1)" }),
      el("button", { type: "button", id: "preset-xavier", class: "secondary", text: "Primer: Xavier start (w = 0.5)" })));
    root.append(el("div", { class: "row" },
      control("x", "input x", "number"), control("w", "weight w", "number"), control("b", "bias b", "number"),
      control("t", "target t", "number"), control("lr", "learning rate η", "number"),
      control("act", "activation f", "select", { choices: activationChoices("0.1") }),
      control("loss", "loss L", "select", { choices: [["half_se", "½(t − h)²"], ["mse", "(t − h)²"], ["mae", "|t − h|"], ["huber:1", "Huber (δ = 1)"], ["bce", "binary cross-entropy"]] })));
    root.append(el("div", { class: "row" },
      el("button", { type: "button", id: "step", text: "Step" }),
      el("button", { type: "button", id: "reset-steps", class: "secondary", text: "Reset" })));
    root.append(el("div", { class: "panels" },
      panel("Forward and backward, as formulas and numbers", formula("forward", "z equals w x plus b, h equals f of z, L is the loss of h and t"),
        formula("chainW", "dL/dw = dL/dh times dh/dz times dz/dw, with dz/dw = x"), formula("chainB", "dL/db = dL/dh times dh/dz times 1"),
        formula("update", "w becomes w minus eta dL/dw; b becomes b minus eta dL/db"), el("div", { id: "neuron-numbers" })),
      panel("The loss against w, with the tangent at the current w", canvas("Loss as a function of the weight, with the tangent line"), el("div", { id: "neuron-legend" }))));
    root.append(el("div", { id: "neuron-slip", class: "slip", hidden: "" }));
    root.append(panel("Steps taken", el("div", { id: "neuron-history", class: "scroll" })));
    $("#preset-poor").addEventListener("click", () => change({ x: "1", w: "0.1", b: "0.1", t: "1", lr: "0.1", act: "sigmoid", loss: "half_se", steps: "0" }, true));
    $("#preset-xavier").addEventListener("click", () => change({ x: "1", w: "0.5", b: "0.1", t: "1", lr: "0.1", act: "sigmoid", loss: "half_se", steps: "0" }, true));
    $("#step").addEventListener("click", () => change({ steps: String(Number(learn.params.get("steps") || 0) + 1) }));
    $("#reset-steps").addEventListener("click", () => change({ steps: "0" }));
  },
  update(data) {
    const r = data.rows[data.rows.length - 1];
    const box = $("#neuron-numbers");
    box.textContent = "";
    box.append(table(["quantity", "value"], [
      ["z = w·x + b", r.z], ["h = f(z)", r.h], ["L", r.loss], ["∂L/∂h", r.dLdh], ["∂h/∂z", r.dhdz], ["∂z/∂w = x", r.dzdw],
      ["∂z/∂b", r.dzdb], ["∂L/∂w", r.dLdw], ["∂L/∂b", r.dLdb], ["w after the step", r.wNext], ["b after the step", r.bNext]],
    `Step ${r.step}: w = ${num(r.w)}, b = ${num(r.b)}`));
    const c = document.querySelector("canvas.plot");
    const [ws, ls] = data.curve;
    const tangent = ws.map((w) => r.loss + data.slope * (w - r.w));
    const lo = Math.min(...ls);
    const hi = Math.max(...ls);
    const series = [{ xs: ws, ys: ls, label: "loss L(w)" }, { xs: ws, ys: tangent, label: `tangent, slope ∂L/∂w = ${num(data.slope)}` },
      { xs: [r.w], ys: [r.loss], label: "current w", points: true, radius: 6 }];
    linePlot(c, series, { xLabel: "w", yLabel: "loss", width: plotWidth(c), yRange: [lo - 0.1 * (hi - lo), hi + 0.1 * (hi - lo)] });
    $("#neuron-legend").replaceChildren(legend(series));
    $("#neuron-history").replaceChildren(table(["step", "w", "b", "h", "loss", "∂L/∂w", "∂L/∂b"],
      data.rows.map((s) => [String(s.step), s.w, s.b, s.h, s.loss, s.dLdw, s.dLdb])));
    const p = learn.params;
    const primer = p.get("x") === "1" && p.get("b") === "0.1" && p.get("t") === "1" && p.get("lr") === "0.1"
      && p.get("act") === "sigmoid" && p.get("loss") === "half_se";
    const slip = $("#neuron-slip");
    slip.hidden = !(primer && (p.get("w") === "0.1" || p.get("w") === "0.5"));
    const first = data.rows[0];
    slip.textContent = p.get("w") === "0.1"
      ? `Where the primer's arithmetic slips: after one step w is 0.1 − 0.1 × (${num(first.dLdw)}) = ${num(first.wNext)}, `
        + "not the 0.001115 it prints; and its loss is written without the square — ½(1 − h)² is "
        + `${num(first.loss)}, while ½(1 − h) would be ${num(0.5 * (1 - first.h))}.`
      : `Where the primer's arithmetic slips: with w = 0.5, h = σ(0.6) = ${num(first.h)} and the loss ½(1 − h)² is `
        + `${num(first.loss)} (≈ 0.0628), not the 0.0978 it prints.`;
  },
});

VIEWS.push({
  id: "network",
  title: "A small network, step by step",
  intro: "Two inputs, two hidden sigmoid units, one sigmoid output, one example and the loss ½(o − t)². The forward "
    + "pass computes every unit's output; the backward pass computes each unit's δ = ∂L/∂z, from the output back; "
    + "the update moves each weight by η times δ times the value flowing into it.",
  tryThis: "Step through Forward, Backward and Update, then change the target: every δ changes sign when the output "
    + "overshoots it.",
  build(root) {
    root.append(el("div", { class: "row" }, control("x1", "input x₁", "number"), control("x2", "input x₂", "number"),
      control("t", "target t", "number"), control("lr", "learning rate η", "number")));
    root.append(el("div", { class: "row", role: "group", "aria-label": "Stage" },
      ...["forward", "backward", "update"].map((s) => {
        const b = el("button", { type: "button", class: "secondary", "data-stage": s, text: { forward: "1. Forward", backward: "2. Backward", update: "3. Update" }[s] });
        b.addEventListener("click", () => change({ stage: s }));
        return b;
      })));
    root.append(el("div", { class: "panels" },
      panel("The network", el("div", { id: "network-svg" })),
      panel("The numbers", formula("halfSe", "L equals one half of t minus h, squared"), formula("delta", "delta at the output and at hidden unit j"),
        el("div", { id: "network-numbers" }))));
  },
  update(data) {
    const stage = learn.params.get("stage") || "forward";
    for (const b of document.querySelectorAll("[data-stage]")) b.setAttribute("aria-pressed", String(b.dataset.stage === stage));
    $("#network-svg").replaceChildren(networkSvg(data, stage));
    const rows = [["input x₁", data.x[0]], ["input x₂", data.x[1]], ["target t", data.target],
      ["h₁ = σ(w₁₁x₁ + w₁₂x₂ + b₁)", data.hidden[0]], ["h₂", data.hidden[1]], ["output o", data.output], ["loss ½(o − t)²", data.loss]];
    if (stage !== "forward") {
      rows.push(["δ at the output", data.deltaOutput], ["δ₁ (hidden)", data.deltaHidden[0]], ["δ₂ (hidden)", data.deltaHidden[1]],
        ["∂L/∂v₁ = δ·h₁", data.gradW2[0]], ["∂L/∂v₂ = δ·h₂", data.gradW2[1]],
        ["∂L/∂w₁₁ = δ₁·x₁", data.gradW1[0]], ["∂L/∂w₁₂ = δ₁·x₂", data.gradW1[1]], ["∂L/∂w₂₁ = δ₂·x₁", data.gradW1[2]], ["∂L/∂w₂₂ = δ₂·x₂", data.gradW1[3]]);
    }
    if (stage === "update") {
      rows.push(["v₁ after", data.w2After[0]], ["v₂ after", data.w2After[1]], ["output bias after", data.b2After[0]],
        ["w₁₁ after", data.w1After[0]], ["w₁₂ after", data.w1After[1]], ["w₂₁ after", data.w1After[2]], ["w₂₂ after", data.w1After[3]],
        ["b₁ after", data.b1After[0]], ["b₂ after", data.b1After[1]]);
    }
    $("#network-numbers").replaceChildren(table(["quantity", "value"], rows, "Stage: " + stage));
  },
});

/** The 2-2-1 network as SVG: values in the nodes, weights on the links, δ under the nodes after the backward pass. */
function networkSvg(data, stage) {
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 560 300");
  svg.setAttribute("class", "network-diagram");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "The 2-2-1 network with its values; the table beside it has the same numbers");
  const node = (x, y, label, value, delta) => {
    const c = document.createElementNS(NS, "circle");
    c.setAttribute("cx", x); c.setAttribute("cy", y); c.setAttribute("r", 30);
    svg.append(c);
    for (const [text, dy, cls] of [[label, -4, ""], [num(value), 12, ""], ...(delta !== null ? [[`δ ${num(delta)}`, 46, "delta"]] : [])]) {
      const t = document.createElementNS(NS, "text");
      t.setAttribute("x", x); t.setAttribute("y", y + dy); t.setAttribute("text-anchor", "middle");
      if (cls) t.setAttribute("class", cls);
      t.textContent = text;
      svg.append(t);
    }
  };
  const link = (x1, y1, x2, y2, w, after) => {
    const l = document.createElementNS(NS, "line");
    l.setAttribute("x1", x1 + 30); l.setAttribute("y1", y1); l.setAttribute("x2", x2 - 30); l.setAttribute("y2", y2);
    svg.append(l);
    const t = document.createElementNS(NS, "text");
    t.setAttribute("x", (x1 + x2) / 2); t.setAttribute("y", (y1 * 0.6 + y2 * 0.4) - 6); t.setAttribute("text-anchor", "middle");
    t.setAttribute("class", "weight");
    t.textContent = stage === "update" ? `${num(w)} → ${num(after)}` : num(w);
    svg.append(t);
  };
  const back = stage !== "forward";
  const ys = [80, 220];
  for (let j = 0; j < 2; j++) {
    for (let i = 0; i < 2; i++) link(70, ys[i], 280, ys[j], data.w1[j * 2 + i], data.w1After[j * 2 + i]);
    link(280, ys[j], 490, 150, data.w2[j], data.w2After[j]);
  }
  node(70, 80, "x₁", data.x[0], null);
  node(70, 220, "x₂", data.x[1], null);
  node(280, 80, "h₁", data.hidden[0], back ? data.deltaHidden[0] : null);
  node(280, 220, "h₂", data.hidden[1], back ? data.deltaHidden[1] : null);
  node(490, 150, "o", data.output, back ? data.deltaOutput : null);
  return svg;
}

VIEWS.push({
  id: "init",
  title: "Initialization",
  intro: "Before any training, the scale of the random weights decides whether signals survive a deep stack. Too "
    + "small and every layer shrinks them until nothing reaches the output and no gradient reaches the input; too "
    + "large and tanh or sigmoid units saturate. LeCun, Xavier/Glorot and He choose the scale from the layer's fan-in "
    + "(and fan-out) so that the variance stays put.",
  tryThis: "Set 20 layers of tanh with random normal (σ = 1): most units saturate. Switch to Glorot, then try ReLU "
    + "with Glorot and with He: He keeps ReLU's signal alive over all 20 layers.",
  build(root) {
    root.append(el("div", { class: "row" },
      control("scheme", "scheme", "select", { choices: schemeChoices() }),
      control("act", "activation", "select", { choices: activationChoices("0.1") }),
      control("depth", "depth (layers)", "number", { min: 1, max: 20, step: 1 }), control("width", "width (units)", "number", { min: 1, max: 512, step: 1 }),
      control("seed", "seed", "number", { min: 0, step: 1 })));
    root.append(el("div", { class: "panels" },
      panel("Per layer, on 256 standard-normal inputs", el("div", { id: "init-table", class: "scroll" })),
      panel("Gradient norm per layer after one backward pass (log scale)", canvas("Weight-gradient norm of each layer, log scale", 520, 240)),
      panel("Activations of each layer (histograms)", el("div", { id: "init-hists", class: "small-multiples" })),
      panel("Weights of each layer (histograms)", el("div", { id: "init-weights", class: "small-multiples" })),
      panel("The schemes, for fan_in = fan_out = width", formula("xavier", "Xavier uniform limit a equals the square root of 6 over fan in plus fan out"),
        el("div", { id: "init-schemes", class: "scroll" }))));
    root.append(panel("Train both: this scheme against another, on a dataset (loss and validation loss)",
      el("div", { class: "row" }, control("other", "compare with", "select", { choices: schemeChoices() }), datasetControl("data", true)),
      el("p", { class: "note", text: "The networks use this view's activation, at most 8 layers of at most 64 units. Each frame trains in its own worker when you press Run." }),
      el("div", { id: "init-frames", class: "frames" })));
  },
  pageKeys: { other: "he_normal", data: "spiral" },
  update(data) {
    const layers = data.layers;
    $("#init-table").replaceChildren(table(["layer", "weight σ", "activation mean", "activation σ", "saturated (tanh, σ) / dead units (ReLU)", "‖∂L/∂W‖"],
      layers.map((l, i) => [String(i + 1), l.weightStd, l.activationMean, l.activationStd, (100 * l.stuckShare).toFixed(1) + " %", l.gradientNorm])));
    const c = document.querySelector("canvas.plot");
    linePlot(c, [{ xs: layers.map((l, i) => i + 1), ys: layers.map((l) => l.gradientNorm), label: "‖∂L/∂W‖" }],
      { xLabel: "layer", yLabel: "gradient norm", yLog: true, width: plotWidth(c), height: 240 });
    const hists = $("#init-hists");
    hists.textContent = "";
    layers.forEach((l, i) => {
      const cv = el("canvas", { role: "img", "aria-label": `Layer ${i + 1} activations from ${num(l.activationRange[0])} to ${num(l.activationRange[1])}` });
      hists.append(el("figure", {}, cv, el("figcaption", { text: `layer ${i + 1}: ${num(l.activationRange[0])} … ${num(l.activationRange[1])}` })));
      histogramPlot(cv, l.activationHistogram);
    });
    const weights = $("#init-weights");
    weights.textContent = "";
    layers.forEach((l, i) => {
      const cv = el("canvas", { role: "img", "aria-label": `Layer ${i + 1} weights from ${num(l.weightRange[0])} to ${num(l.weightRange[1])}, σ ${num(l.weightStd)}` });
      weights.append(el("figure", {}, cv, el("figcaption", { text: `layer ${i + 1}: σ ${num(l.weightStd)}` })));
      histogramPlot(cv, l.weightHistogram, "#009e73");
    });
    $("#init-schemes").replaceChildren(table(["scheme", "formula", "limit a", "σ"], data.schemes.map((s) => [s.id, s.formula, s.limit === null ? "–" : s.limit, s.stddev])));
    const p = learn.params;
    const layersText = (scheme) => Array.from({ length: Math.min(8, Number(p.get("depth"))) },
      () => `dense:${Math.min(64, Number(p.get("width")))}:${p.get("act")}:${scheme}`).join(",");
    const spec = (scheme) => specQuery({ data: p.get("data"), layers: layersText(scheme), opt: "sgd", lr: "0.1", epochs: "40" });
    setFrames($("#init-frames"), [["this scheme: " + p.get("scheme"), spec(p.get("scheme"))], ["compared with: " + p.get("other"), spec(p.get("other"))]]);
  },
});

/** Embeds (the same /embed view bloggers use) side by side; each trains in its own worker. */
function setFrames(box, specs) {
  const key = JSON.stringify(specs);
  if (box.dataset.key === key) return;
  box.dataset.key = key;
  box.textContent = "";
  for (const [title, query] of specs) {
    box.append(el("iframe", { title, src: (STATIC_SITE ? "/embed.html?" : "/embed?") + query, loading: "lazy" }));
  }
}

VIEWS.push({
  id: "activations",
  title: "Activations",
  intro: "An activation bends the sum a neuron computes; back-propagation multiplies by its derivative. Sigmoid and "
    + "tanh flatten out at both ends, so their derivative — and the gradient through them — fades there. ReLU passes "
    + "positive values unchanged and blocks negative ones; leaky ReLU lets a small slope through, so no unit is ever "
    + "completely dead.",
  tryThis: "Compare the derivatives' peaks: sigmoid's is only 0.25, so a stack of sigmoids shrinks the gradient "
    + "at least fourfold per layer. Then raise leaky ReLU's slope.",
  build(root) {
    root.append(el("div", { class: "row" },
      control("act", "show", "select", { choices: activationChoices() }),
      control("slope", "leaky slope", "number", { min: 0, max: 0.99, step: 0.01 })));
    root.append(el("div", { class: "panels" },
      panel("The function and its derivative", canvas("The chosen activation and its derivative"), el("div", { id: "act-legend" })),
      panel("Values", el("div", { id: "act-table" }))));
    root.append(panel("Dead ReLUs while training",
      el("p", { class: "note", text: "A ReLU unit is dead when its output is 0 for every training row: no gradient reaches its "
        + "weights, so it never comes back. Too large a learning rate kills many; leaky ReLU or a smaller rate keeps them alive." }),
      el("div", { class: "row" }, datasetControl("dr_data", true), control("dr_layers", "hidden layers", "text"),
        control("dr_opt", "optimizer", "select", { choices: [["sgd", "SGD"], ["adam", "Adam"]] }), control("dr_lr", "learning rate", "number"),
        control("dr_epochs", "epochs", "number", { min: 1, max: 200, step: 1 }),
        el("button", { type: "button", id: "run-dead", text: "Train and count" })),
      hiddenUntilRun(canvas("Share of dead units per ReLU layer after each epoch")), el("div", { id: "dead-legend" }), el("div", { id: "dead-table", class: "scroll" })));
    $("#run-dead").addEventListener("click", runDeadRelus);
  },
  pageKeys: { dr_data: "spiral", dr_layers: "dense:32:relu,dense:32:relu,dense:32:relu", dr_opt: "sgd", dr_lr: "1", dr_epochs: "20" },
  update(data) {
    const key = learn.params.get("act").split(":")[0];
    const [zs, f, df] = data.curves[key];
    const series = [{ xs: zs, ys: f, label: key + "(z)" }, { xs: zs, ys: df, label: key + "′(z)" }];
    const c = document.querySelector("canvas.plot");
    linePlot(c, series, { xLabel: "z", width: plotWidth(c) });
    $("#act-legend").replaceChildren(legend(series));
    const at = [-4, -2, -1, 0, 1, 2, 4].map((z) => Math.round((z + 5) * 20));
    $("#act-table").replaceChildren(table(["z", key + "(z)", "derivative"], at.map((i) => [num(zs[i]), f[i], df[i]])));
  },
});

VIEWS.push({
  id: "losses",
  title: "Losses",
  intro: "A loss turns the error into one number to minimise. The squared error punishes big errors quadratically, "
    + "so one outlier can drag a whole fit; the absolute error grows linearly and ignores how far an outlier is; "
    + "Huber is quadratic up to δ and linear beyond. Cross-entropy is −log of the probability given to the right "
    + "class, steep when a confident prediction is wrong.",
  tryThis: "Drag the outlier (or use the slider) far from the line and watch the three fits: the squared-error line "
    + "follows it, the absolute-error line hardly moves. Then make δ small or large.",
  build(root) {
    root.append(el("div", { class: "row" }, control("delta", "Huber δ", "number", { min: 0.05, max: 5, step: 0.05 }),
      control("outlier", "outlier y", "range", { min: -10, max: 15, step: 0.5 })));
    root.append(el("div", { class: "panels" },
      panel("Regression losses against the error", formula("huber", "Huber loss"), canvas("MSE, MAE and Huber against the error"), el("div", { id: "loss-legend" })),
      panel("Cross-entropy against the probability of the true class", canvas("Binary and categorical cross-entropy against p"), el("div", { id: "ce-legend" })),
      panel("A line fitted with each loss, and one outlier (drag it)", canvas("Points, the outlier and the fitted lines"), el("div", { id: "fit-legend" }), el("div", { id: "fit-table" }))));
    const fit = document.querySelectorAll("canvas.plot")[2];
    const dragTo = (e) => {
      if (!learn.fitScale) return;
      const r = fit.getBoundingClientRect();
      const y = learn.fitScale.y0 + (learn.fitScale.height - learn.fitScale.m.b - (e.clientY - r.top) * (learn.fitScale.height / r.height))
        / (learn.fitScale.height - learn.fitScale.m.t - learn.fitScale.m.b) * (learn.fitScale.y1 - learn.fitScale.y0);
      change({ outlier: String(Math.max(-10, Math.min(15, Math.round(y * 2) / 2))) });
    };
    fit.addEventListener("pointerdown", (e) => { fit.setPointerCapture(e.pointerId); learn.dragging = true; dragTo(e); });
    fit.addEventListener("pointermove", (e) => learn.dragging && dragTo(e));
    fit.addEventListener("pointerup", () => { learn.dragging = false; });
  },
  update(data) {
    const [c1, c2, c3] = document.querySelectorAll("canvas.plot");
    const reg = ["mse", "mae", "huber"].map((k) => ({ xs: data.regression[k][0], ys: data.regression[k][1], label: k === "huber" ? `Huber (δ = ${learn.params.get("delta")})` : k.toUpperCase() }));
    linePlot(c1, reg, { xLabel: "error e = prediction − target", yLabel: "loss", width: plotWidth(c1), yRange: [0, 5] });
    $("#loss-legend").replaceChildren(legend(reg));
    const ce = [{ xs: data.crossEntropy[0], ys: data.crossEntropy[1], label: "binary (sigmoid output)" },
      { xs: data.crossEntropy[0], ys: data.crossEntropy[2], label: "categorical (softmax, 2 classes)" }];
    linePlot(c2, ce, { xLabel: "probability of the true class", yLabel: "loss", width: plotWidth(c2), yRange: [0, 7] });
    $("#ce-legend").replaceChildren(legend(ce));
    const [xs, ys] = data.points;
    const lines = ["mse", "mae", "huber"].map((k, i) => ({ xs: [0, 1], ys: [data.fits[k][1], data.fits[k][0] + data.fits[k][1]], label: reg[i].label + " fit" }));
    const pts = [{ xs: xs.slice(0, -1), ys: ys.slice(0, -1), label: "points", points: true, color: "#000" },
      { xs: xs.slice(-1), ys: ys.slice(-1), label: "outlier", points: true, hollow: true, radius: 7, color: "#000" }];
    learn.fitScale = linePlot(c3, [...lines, ...pts], { xLabel: "x", yLabel: "y", width: plotWidth(c3), xRange: [0, 1], yRange: [-10, 15] });
    $("#fit-legend").replaceChildren(legend([...lines, ...pts]));
    $("#fit-table").replaceChildren(table(["loss", "slope a", "intercept c"], ["mse", "mae", "huber"].map((k, i) => [reg[i].label, data.fits[k][0], data.fits[k][1]]),
      "True line: y = 2x + 1"));
  },
});

VIEWS.push({
  id: "optimizers",
  title: "Optimizers",
  intro: "Each optimizer turns the same gradient into a different step. Momentum averages past gradients and rolls "
    + "through narrow valleys; Adagrad shrinks the step of each coordinate by its gradient history; RMSprop uses a "
    + "moving average instead, so it does not stall; Adam combines momentum with RMSprop's scaling and corrects the "
    + "bias of its first steps.",
  tryThis: "On the ill-conditioned bowl, plain SGD zig-zags across the valley; momentum and Adam go along it. On the "
    + "saddle, start almost on the ridge (y = 0.02) and see who escapes. Click the map to move the start.",
  build(root) {
    root.append(el("div", { class: "row" }, control("surface", "surface", "select", { choices: SURFACES }),
      control("x0", "start x", "number"), control("y0", "start y", "number"), control("steps", "steps", "number", { min: 1, max: 2000, step: 1 }),
      control("beta", "momentum β", "number", { min: 0, max: 0.99, step: 0.01 }), control("rho", "RMSprop β", "number", { min: 0, max: 0.999, step: 0.01 }),
      control("b1", "Adam β₁", "number", { min: 0, max: 0.999, step: 0.01 }), control("b2", "Adam β₂", "number", { min: 0, max: 0.9999, step: 0.001 })));
    root.append(el("div", { class: "racers" }, ...["sgd", "momentum", "adagrad", "rmsprop", "adam"].map((o) => control("lr_" + o, "η " + o, "number"))));
    root.append(el("div", { class: "row" }, el("button", { type: "button", id: "race-play", text: "Play" }),
      el("button", { type: "button", id: "race-step", class: "secondary", text: "Step" }),
      el("button", { type: "button", id: "race-reset", class: "secondary", text: "Reset" }),
      el("output", { id: "race-shown", "aria-live": "polite" })));
    root.append(el("div", { class: "panels" },
      panel("The surface (lighter is lower) and the paths", el("canvas", { id: "contour", class: "plot", role: "img", "aria-label": "Contour map with each optimizer's path; click to move the start" }), el("div", { id: "race-legend" })),
      panel("Loss against steps (log scale, above the map's lowest value)", canvas("Loss of each optimizer against the step"), el("div", { id: "race-table", class: "scroll" })),
      panel("Adam's update", formula("adam", "Adam's update rule"))));
    raceControls();
    dragStart($("#contour"));
  },
  update(data) {
    drawRace(data, data.races.map((r) => ({ ...r, label: r.optimizer + " (η " + num(r.rate) + ")" })));
  },
});

VIEWS.push({
  id: "lr",
  title: "The learning rate",
  intro: "The learning rate scales every step. Too small and training crawls; too large and each step overshoots the "
    + "minimum by more than it corrects, so the loss grows without bound — on the bowl, plain gradient descent "
    + "diverges once η exceeds 2 divided by the steepest curvature (here 2/20 = 0.1). Decay schedules start large and shrink the rate as training goes on.",
  tryThis: "Raise the large rate from 0.105 to 0.099 and back: the line between converging and diverging is sharp. "
    + "Then change the schedules' parameters.",
  build(root) {
    root.append(el("div", { class: "row" }, control("surface", "surface", "select", { choices: SURFACES }),
      control("lr_small", "small η", "number"), control("lr_good", "good η", "number"), control("lr_large", "large η", "number"),
      control("steps", "steps", "number", { min: 1, max: 2000, step: 1 })));
    root.append(el("div", { class: "row" }, el("button", { type: "button", id: "race-play", text: "Play" }),
      el("button", { type: "button", id: "race-step", class: "secondary", text: "Step" }),
      el("button", { type: "button", id: "race-reset", class: "secondary", text: "Reset" }),
      el("output", { id: "race-shown", "aria-live": "polite" })));
    root.append(el("div", { class: "panels" },
      ...["small", "good", "large"].map((k) => panel(k + " rate (lighter is lower)",
        el("canvas", { id: "contour-" + k, class: "map", role: "img", "aria-label": "Contour map with the path of the " + k + " rate" }),
        el("p", { id: "verdict-" + k, class: "note" }))),
      wide(panel("Loss against steps (log scale)", canvas("Loss against the step for the three rates"), el("div", { id: "race-legend" }), el("div", { id: "race-table", class: "scroll" })))));
    root.append(el("div", { class: "row" }, control("base", "base rate", "number"), control("time", "time decay d", "number"),
      control("step", "step decay factor:period", "text"), control("exp", "exponential factor:period", "text")));
    root.append(panel("Decay schedules over 100 steps", canvas("The learning rate of each schedule against the step"), el("div", { id: "schedule-legend" })));
    root.append(panel("A learning-rate range test on a real dataset",
      el("p", { class: "note", text: "One mini-batch step per rate, the rate growing exponentially; the loss is smoothed. "
        + "The suggested rate is where the loss falls fastest, before it blows up." }),
      el("div", { class: "row" }, datasetControl("rt_data"), control("rt_opt", "optimizer", "select", { choices: [["sgd", "SGD"], ["momentum", "momentum"], ["adam", "Adam"]] }),
        control("rt_min", "from η", "number"), control("rt_max", "to η", "number"), control("rt_steps", "steps", "number", { min: 10, max: 5000, step: 10 }),
        el("button", { type: "button", id: "run-range", text: "Run the range test" })),
      hiddenUntilRun(canvas("Smoothed loss against the learning rate, log-log")), el("div", { id: "range-legend" }), el("p", { id: "range-result", "aria-live": "polite" })));
    $("#run-range").addEventListener("click", runRangeTest);
    raceControls();
  },
  pageKeys: { rt_data: "iris", rt_opt: "sgd", rt_min: "0.0001", rt_max: "10", rt_steps: "300" },
  update(data) {
    drawRace(data, data.races.map((r) => ({ ...r, label: `${r.label} η = ${num(r.rate)}` })));
    data.races.forEach((r, k) => {
      const cv = $("#contour-" + r.label);
      contourPlot(cv, data, [{ xs: r.xs, ys: r.ys, shown: learn.shown, color: PALETTE[k], dash: DASHES[k] }], 240, [r.xs[0], r.ys[0]]);
      $("#verdict-" + r.label).textContent = `η = ${num(r.rate)}: ` + (r.divergedAt > 0 ? `diverged at step ${r.divergedAt}.`
        : `loss ${num(r.losses[r.losses.length - 1])} after ${r.losses.length - 1} steps.`);
    });
    const c = document.querySelectorAll("canvas.plot")[1];
    const series = data.schedules.map((s) => ({ xs: s.rates.map((_, i) => i), ys: s.rates, label: s.id }));
    linePlot(c, series, { xLabel: "step", yLabel: "learning rate", width: plotWidth(c) });
    $("#schedule-legend").replaceChildren(legend(series));
  },
});

VIEWS.push({
  id: "regularization",
  title: "Regularization and normalization",
  intro: "A big network on little data memorises it: the training loss keeps falling while the validation loss turns "
    + "up. Dropout switches random units off during training, so no unit can rely on another; batch and layer "
    + "normalization keep each layer's inputs at a steady scale, which often lets training go faster and further.",
  tryThis: "Run both frames: without regularization the validation loss (dashed) climbs after a while; with dropout "
    + "it stays closer to the training loss. Then try batch norm or layer norm instead.",
  build(root) {
    root.append(el("div", { class: "row" },
      control("reg", "regularize with", "select", { choices: [["dropout", "dropout"], ["bn", "batch norm"], ["ln", "layer norm"]] }),
      control("rate", "dropout rate", "number", { min: 0.05, max: 0.9, step: 0.05 }),
      control("n", "training set size", "number", { min: 50, max: 2000, step: 10 })));
    root.append(el("div", { id: "reg-frames", class: "frames" }));
  },
  local: true, // no engine call: the frames are playgrounds of their own
  update() {
    const p = learn.params;
    const reg = p.get("reg");
    const unit = (extra) => ["dense:64:relu", extra, "dense:64:relu", extra, "dense:64:relu"].filter(Boolean).join(",");
    const extra = reg === "dropout" ? "dropout:" + p.get("rate") : reg;
    const spec = (layers) => specQuery({ data: "spiral", n: p.get("n"), noise: "0.25", val: "0.3", epochs: "150", lr: "0.01", layers });
    setFrames($("#reg-frames"), [["without regularization", spec(unit(null))], ["with " + reg, spec(unit(extra))]]);
  },
});

// The primer's order: the neuron and back-propagation, initialization, the learning rate, optimizers,
// activations, losses, then regularization and normalization.
const ORDER = ["neuron", "network", "init", "lr", "optimizers", "activations", "losses", "regularization"];
VIEWS.sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));

const LOCAL_DEFAULTS = { regularization: "reg=dropout&rate=0.3&n=150" };

/** Click or drag on the map to move the start; the race is recomputed as the pointer moves. */
function dragStart(cv) {
  let busy = false;
  const moveTo = async (e) => {
    if (busy) return;
    busy = true;
    const r = cv.getBoundingClientRect();
    const [x, y] = learn.contour.toData((e.clientX - r.left) * (360 / r.width), (e.clientY - r.top) * (360 / r.height));
    await change({ x0: x.toFixed(2), y0: y.toFixed(2) });
    busy = false;
  };
  cv.addEventListener("pointerdown", (e) => { cv.setPointerCapture(e.pointerId); learn.dragging = true; moveTo(e); });
  cv.addEventListener("pointermove", (e) => learn.dragging && moveTo(e));
  cv.addEventListener("pointerup", (e) => { learn.dragging = false; moveTo(e); });
}

function raceControls() {
  $("#race-play").addEventListener("click", () => {
    if (learn.timer) return stopRace();
    $("#race-play").textContent = "Pause";
    learn.timer = setInterval(() => {
      if (learn.shown >= learn.maxSteps) return stopRace();
      learn.shown = Math.min(learn.maxSteps, learn.shown + Math.max(1, Math.round(learn.maxSteps / 100)));
      drawRace(learn.data, learn.racers);
    }, 30);
  });
  $("#race-step").addEventListener("click", () => {
    learn.shown = Math.min(learn.maxSteps, learn.shown + 1);
    drawRace(learn.data, learn.racers);
  });
  $("#race-reset").addEventListener("click", () => {
    stopRace();
    learn.shown = 0;
    drawRace(learn.data, learn.racers);
  });
}

function stopRace() {
  clearInterval(learn.timer);
  learn.timer = null;
  const b = $("#race-play");
  if (b) b.textContent = "Play";
}

function drawRace(data, racers) {
  learn.racers = racers;
  learn.maxSteps = Math.max(...racers.map((r) => r.xs.length - 1));
  if (learn.shown === undefined || learn.shown > learn.maxSteps) learn.shown = learn.maxSteps;
  const shown = learn.shown;
  const cv = $("#contour");
  if (cv) {
    const size = Math.min(360, Math.max(240, (cv.parentElement.clientWidth || 360) - 4));
    learn.contour = contourPlot(cv, data, racers.map((r) => ({ xs: r.xs, ys: r.ys, shown })), 360, [racers[0].xs[0], racers[0].ys[0]]);
    cv.style.width = size + "px";
  } else {
    for (const [k, r] of racers.entries()) {
      contourPlot($("#contour-" + r.label.split(" ")[0]), data, [{ xs: r.xs, ys: r.ys, shown, color: PALETTE[k], dash: DASHES[k] }], 240, [r.xs[0], r.ys[0]]);
    }
  }
  $("#race-legend").replaceChildren(legend(racers));
  const c = document.querySelector("#race-table").parentElement.querySelector("canvas.plot");
  // Relative to the lowest value on the map, so a surface that dips below zero (the saddle) still fits a log axis.
  const low = Math.min(...data.grid);
  const above = (v) => Math.max(v - low, 1e-12);
  linePlot(c, racers.map((r) => ({ xs: r.losses.slice(0, shown + 1).map((_, i) => i), ys: r.losses.slice(0, shown + 1).map(above), label: r.label })),
    { xLabel: "step", yLabel: "loss − lowest on the map", yLog: true, width: plotWidth(c), xRange: [0, Math.max(1, learn.maxSteps)] });
  $("#race-shown").textContent = `step ${shown} of ${learn.maxSteps}`;
  $("#race-table").replaceChildren(table(["optimizer", "loss at step " + shown, "position", "diverged"], racers.map((r) => {
    const i = Math.min(shown, r.xs.length - 1);
    return [r.label, r.losses[i], `(${num(r.xs[i])}, ${num(r.ys[i])})`, r.divergedAt > 0 ? "at step " + r.divergedAt : "no"];
  })));
}

/** A spec query from settings, every value encoded (a value holding "&" cannot add settings of its own). */
function specQuery(values) {
  const q = new URLSearchParams({ v: "1" });
  for (const [k, v] of Object.entries(values)) q.set(k, v);
  return q.toString();
}

/** A dataset choice: the synthetic sets, or (unless synthetic only) the server's catalog of files. */
function datasetControl(key, syntheticOnly = false) {
  const choices = [...SYNTHETIC];
  if (!syntheticOnly) {
    for (const d of learn.catalog || []) if (!isSynthetic(d) && d.available) choices.push([d.id, d.name]);
  }
  return control(key, "dataset", "select", { choices });
}

/** Makes a file dataset available to the engine worker (synthetic sets are generated from the spec). */
async function ensureData(id) {
  if (SYNTHETIC.some(([s]) => s === id)) {
    learn.loadedData = null; // the worker generates it in place of whatever file it held
    return;
  }
  if (learn.loadedData === id) return;
  await loadCatalogDataset(learn.engine, learn.catalog || [], id);
  learn.loadedData = id;
}

async function trainView(button, work) {
  button.disabled = true;
  const label = button.textContent;
  button.textContent = "Training…";
  try {
    await work();
    notices([]);
  } catch (e) {
    notices([e.message]);
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

async function runDeadRelus() {
  const p = learn.params;
  await trainView($("#run-dead"), async () => {
    await ensureData(p.get("dr_data"));
    const query = specQuery({ data: p.get("dr_data"), layers: p.get("dr_layers"), opt: p.get("dr_opt"), lr: p.get("dr_lr"), epochs: p.get("dr_epochs") });
    const r = await learn.engine.json("learnTrain", { kind: "dead-relu", query, extra: "" });
    const c = $("#run-dead").closest(".panel").querySelector("canvas.plot");
    c.hidden = false;
    const series = r.layers.map((name, k) => ({ xs: r.epochs.map((e) => e.epoch), ys: r.epochs.map((e) => 100 * e.dead[k]), label: name }));
    linePlot(c, series, { xLabel: "epoch (0 = at initialization)", yLabel: "dead units (%)", width: plotWidth(c), yRange: [0, 100] });
    $("#dead-legend").replaceChildren(legend(series));
    $("#dead-table").replaceChildren(table(["epoch", "loss", ...r.layers], r.epochs.map((e) =>
      [String(e.epoch), e.loss === null ? "–" : e.loss, ...e.dead.map((v) => (100 * v).toFixed(1) + " %")])));
    document.body.dataset.dead = "done";
    if (r.diverged) notices([r.message + " The dead-unit counts stop at the last finite epoch."]);
    status(r.message ? "Trained: " + r.message : `Trained ${r.epochs.length - 1} epochs.`);
  });
}

async function runRangeTest() {
  const p = learn.params;
  await trainView($("#run-range"), async () => {
    await ensureData(p.get("rt_data"));
    const query = specQuery({ data: p.get("rt_data"), layers: "dense:32:relu,dense:32:relu", opt: p.get("rt_opt"), batch: "32" });
    const r = await learn.engine.json("learnTrain", { kind: "range-test", query,
      extra: `${p.get("rt_min")}:${p.get("rt_max")}:${p.get("rt_steps")}` });
    const c = $("#run-range").closest(".panel").querySelector("canvas.plot");
    c.hidden = false;
    const xs = r.rates.map(Math.log10);
    const series = [{ xs, ys: r.losses, label: "loss of each step", color: "#bbbbbb", dash: [] }, { xs, ys: r.smoothed, label: "smoothed loss" }];
    if (r.suggested) series.push({ xs: [Math.log10(r.suggested)], ys: [r.smoothed[r.rates.indexOf(r.suggested)] ?? Math.min(...r.smoothed)], label: "suggested rate", points: true, radius: 6, color: "#d55e00" });
    linePlot(c, series, { xLabel: "log₁₀ learning rate", yLabel: "loss", yLog: true, width: plotWidth(c) });
    $("#range-legend").replaceChildren(legend(series));
    $("#range-result").textContent = `Suggested learning rate: ${num(r.suggested)} (the smoothed loss is lowest at ${num(r.minimumAt)}`
      + (r.stoppedEarly ? `; stopped after ${r.steps} steps when the loss blew up).` : ").");
    document.body.dataset.range = "done";
    status("Range test done.");
  });
}

// ---------- the page ----------

function viewId() {
  const parts = location.pathname.split("/").filter(Boolean);
  const fromPath = parts[parts.length - 1];
  if (VIEWS.some((v) => v.id === fromPath)) return fromPath;
  return new URLSearchParams(location.search).get("view") || "neuron";
}

function viewUrl(id, query) {
  const prefix = STATIC_SITE ? "/learn.html?view=" + id + "&" : (learn.embedded ? "/embed/learn/" : "/learn/") + id + "?";
  return prefix + query;
}

async function compute() {
  const view = learn.view;
  if (view.local) {
    const merged = new URLSearchParams(LOCAL_DEFAULTS[view.id]);
    for (const [k, v] of learn.params) merged.set(k, v);
    learn.params = merged;
    return {};
  }
  const query = new URLSearchParams(learn.params);
  query.delete("view");
  query.delete("stage");
  const page = {};
  for (const [k, fallback] of Object.entries(view.pageKeys || {})) {
    page[k] = learn.params.get(k) || fallback;
    query.delete(k);
  }
  const data = await learn.engine.json("learn", { view: view.id, query: query.toString() });
  const stage = learn.params.get("stage");
  learn.params = new URLSearchParams(data.query);
  if (stage) learn.params.set("stage", stage);
  for (const [k, v] of Object.entries(page)) learn.params.set(k, v); // the page's own settings (datasets, training runs)
  return data;
}

async function change(updates, push = false) {
  const before = learn.params.toString();
  for (const [k, v] of Object.entries(updates)) learn.params.set(k, v);
  try {
    learn.data = await compute();
    notices([]);
  } catch (e) {
    learn.params = new URLSearchParams(before);
    notices([e.message]);
    syncControls();
    return;
  }
  const url = viewUrl(learn.view.id, learn.params.toString());
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  syncControls();
  learn.view.update(learn.data);
  document.body.dataset.query = learn.params.toString();
  status(learn.view.title + ": updated.");
}

async function show(id) {
  stopRace();
  learn.shown = undefined;
  learn.view = VIEWS.find((v) => v.id === id);
  const root = $("#view");
  root.textContent = "";
  document.title = learn.view.title + " — Learn — Backprop Playground";
  root.append(el("h2", { text: learn.view.title }), el("p", { class: "intro", text: learn.view.intro }),
    el("p", { class: "try", text: "Try this: " + learn.view.tryThis }));
  learn.view.build(root);
  for (const a of document.querySelectorAll("#learn-menu a")) {
    if (a.dataset.view === id) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  learn.params = new URLSearchParams(location.search);
  learn.params.delete("view");
  await change({});
  $("#open-full").href = "/learn/" + id + "?" + learn.params.toString();
}

async function main() {
  learn.embedded = location.pathname.startsWith("/embed/");
  document.body.classList.toggle("embedded", learn.embedded);
  $("#open-full").hidden = !learn.embedded;
  const menu = $("#learn-menu");
  VIEWS.forEach((v, i) => {
    const a = el("a", { href: viewUrl(v.id, ""), "data-view": v.id, text: `${i + 1}. ${v.title}` });
    a.addEventListener("click", async (e) => {
      e.preventDefault();
      history.pushState(null, "", viewUrl(v.id, ""));
      await show(v.id);
    });
    menu.append(a);
  });
  status("Starting the engine…");
  learn.catalog = await fetchCatalog();
  learn.engine = new EngineClient(WASM_GC_SUPPORTED ? "wasm" : "js");
  await learn.engine.ready;
  learn.grammar = await learn.engine.json("settings");
  window.addEventListener("popstate", () => show(viewId()));
  window.addEventListener("resize", () => learn.data && learn.view.update(learn.data));
  await show(viewId());
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  notices(["The page could not start: " + e.message]);
  status("The page could not start: " + e.message);
});

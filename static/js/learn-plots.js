// Small canvas plots for the Learn views: line charts (with dashes, points and a log axis), contour maps with
// paths, and histograms. Colours are Okabe–Ito and every series also differs by dash, so colour is not the only cue.
"use strict";

const PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"];
const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2], [12, 6]];

/** "Nice" tick values between lo and hi. */
function ticks(lo, hi, n = 5) {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const span = hi - lo || 1;
  const step0 = span / n;
  const mag = Math.pow(10, Math.floor(Math.log10(step0)));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => span / s <= n) || 10 * mag;
  const out = [];
  const first = Math.ceil(lo / step) * step;
  if (first + step === first) return [lo]; // the step is lost in rounding at this magnitude
  for (let k = 0, v = first; v <= hi + step * 1e-9 && k < 50; k++, v = first + k * step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

function setupCanvas(canvas, width, height) {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/**
 * series: [{xs, ys, label, dash?, color?, points?}], opts: {xLabel, yLabel, yLog, xRange, yRange, width, height}.
 * Non-finite values break the line.
 */
function linePlot(canvas, series, opts = {}) {
  const width = opts.width || 520;
  const height = opts.height || 280;
  const ctx = setupCanvas(canvas, width, height);
  const m = { l: 58, r: 12, t: 10, b: 40 };
  const fy = opts.yLog ? (v) => (v > 0 ? Math.log10(v) : NaN) : (v) => v;
  let [x0, x1] = opts.xRange || [Infinity, -Infinity];
  let [y0, y1] = opts.yRange || [Infinity, -Infinity];
  if (!opts.xRange || !opts.yRange) {
    for (const s of series) {
      s.xs.forEach((x, i) => {
        const y = fy(s.ys[i]);
        if (!Number.isFinite(x) || !Number.isFinite(y)) return;
        if (!opts.xRange) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); }
        if (!opts.yRange) { y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
      });
    }
  } else if (opts.yLog) {
    y0 = fy(y0); y1 = fy(y1);
  }
  const widen = (v) => Math.max(1, Math.abs(v) * 1e-6); // a flat series still gets a visible range, at any magnitude
  if (!(x1 > x0)) { const w = widen(x0); x0 -= w; x1 += w; }
  if (!(y1 > y0)) { const w = widen(y0); y0 -= w; y1 += w; }
  if (!Number.isFinite(x0 + x1 + y0 + y1)) { x0 = 0; x1 = 1; y0 = 0; y1 = 1; }
  const pad = (y1 - y0) * 0.05;
  y0 -= pad; y1 += pad;
  const px = (x) => m.l + ((x - x0) / (x1 - x0)) * (width - m.l - m.r);
  const py = (y) => height - m.b - ((y - y0) / (y1 - y0)) * (height - m.t - m.b);
  ctx.font = "11px system-ui, sans-serif";
  ctx.fillStyle = "#5f6368";
  ctx.strokeStyle = "#e4e4e4";
  ctx.lineWidth = 1;
  for (const t of ticks(x0, x1)) {
    ctx.beginPath(); ctx.moveTo(px(t), m.t); ctx.lineTo(px(t), height - m.b); ctx.stroke();
    ctx.textAlign = "center"; ctx.fillText(compact(t), px(t), height - m.b + 14);
  }
  let yt = opts.yLog ? ticks(Math.floor(y0), Math.ceil(y1)).filter((t) => Number.isInteger(t) && t >= y0 && t <= y1) : ticks(y0, y1);
  if (opts.yLog && yt.length < 2) yt = ticks(y0, y1, 4); // less than two decades: ticks between powers of ten
  for (const t of yt) {
    if (t < y0 || t > y1) continue;
    ctx.beginPath(); ctx.moveTo(m.l, py(t)); ctx.lineTo(width - m.r, py(t)); ctx.stroke();
    ctx.textAlign = "right"; ctx.fillText(opts.yLog ? compact(Math.pow(10, t)) : compact(t), m.l - 4, py(t) + 4);
  }
  ctx.strokeStyle = "#888";
  ctx.beginPath(); ctx.moveTo(m.l, m.t); ctx.lineTo(m.l, height - m.b); ctx.lineTo(width - m.r, height - m.b); ctx.stroke();
  if (x0 < 0 && x1 > 0) { ctx.strokeStyle = "#bbb"; ctx.beginPath(); ctx.moveTo(px(0), m.t); ctx.lineTo(px(0), height - m.b); ctx.stroke(); }
  ctx.fillStyle = "#1d1d1f";
  ctx.textAlign = "center";
  if (opts.xLabel) ctx.fillText(opts.xLabel, (m.l + width - m.r) / 2, height - 6);
  if (opts.yLabel) {
    ctx.save(); ctx.translate(12, (m.t + height - m.b) / 2); ctx.rotate(-Math.PI / 2); ctx.fillText(opts.yLabel, 0, 0); ctx.restore();
  }
  ctx.save();
  ctx.beginPath(); ctx.rect(m.l, m.t, width - m.l - m.r, height - m.t - m.b); ctx.clip();
  series.forEach((s, k) => {
    ctx.strokeStyle = s.color || PALETTE[k % PALETTE.length];
    ctx.fillStyle = ctx.strokeStyle;
    ctx.lineWidth = s.width || 2;
    ctx.setLineDash(s.dash || DASHES[k % DASHES.length]);
    if (!s.points) {
      ctx.beginPath();
      let pen = false;
      s.xs.forEach((x, i) => {
        const y = fy(s.ys[i]);
        if (!Number.isFinite(y) || !Number.isFinite(x)) { pen = false; return; }
        if (pen) ctx.lineTo(px(x), py(y)); else ctx.moveTo(px(x), py(y));
        pen = true;
      });
      ctx.stroke();
    } else {
      ctx.setLineDash([]);
      s.xs.forEach((x, i) => {
        const y = fy(s.ys[i]);
        if (!Number.isFinite(y)) return;
        ctx.beginPath(); ctx.arc(px(x), py(y), s.radius || 4, 0, 2 * Math.PI);
        if (s.hollow) ctx.stroke(); else ctx.fill();
      });
    }
  });
  ctx.restore();
  return { px, py, x0, x1, y0, y1, m, width, height };
}

/** The HTML legend for a plot: colour and dash as in the canvas, and the label as text. */
function legend(series) {
  const box = el("div", { class: "legend" });
  series.forEach((s, k) => {
    const dash = s.dash || DASHES[k % DASHES.length];
    const span = el("span", { class: s.points ? (s.hollow ? "point hollow" : "point") : dash.length === 0 ? "" : dash[0] <= 2 ? "dot" : "dash", text: s.label });
    span.style.setProperty("--c", s.color || PALETTE[k % PALETTE.length]);
    box.append(span);
  });
  return box;
}

/** A surface as a filled contour map (log-spaced levels) with optimizer paths on top. */
function contourPlot(canvas, data, paths, size = 360, start = null) {
  const ctx = setupCanvas(canvas, size, size);
  const n = data.size;
  const [xMin, xMax, yMin, yMax] = data.box;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of data.grid) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  const shift = lo < 0 ? -lo : 0;
  const level = (v) => Math.log1p((v + shift) / ((hi + shift) / 50 || 1));
  const top = level(hi);
  const cell = size / n;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const t = Math.min(1, level(data.grid[j * n + i]) / top);
      const band = Math.floor(t * 12) / 12; // banded, so the levels read as contours
      const c = Math.round(255 - band * 150);
      ctx.fillStyle = `rgb(${c}, ${Math.round(c * 0.98)}, ${Math.min(255, c + 20)})`;
      ctx.fillRect(i * cell, j * cell, cell + 0.5, cell + 0.5);
    }
  }
  const px = (x) => ((x - xMin) / (xMax - xMin)) * size;
  const py = (y) => ((yMax - y) / (yMax - yMin)) * size;
  paths.forEach((p, k) => {
    ctx.strokeStyle = p.color || PALETTE[k % PALETTE.length];
    ctx.fillStyle = ctx.strokeStyle;
    ctx.lineWidth = 2;
    ctx.setLineDash(p.dash || DASHES[k % DASHES.length]);
    ctx.beginPath();
    const upto = Math.min(p.xs.length, p.shown === undefined ? p.xs.length : p.shown + 1);
    for (let i = 0; i < upto; i++) {
      const x = Math.max(-1e4, Math.min(1e4, px(p.xs[i])));
      const y = Math.max(-1e4, Math.min(1e4, py(p.ys[i])));
      if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    const last = upto - 1;
    ctx.beginPath(); ctx.arc(px(p.xs[last]), py(p.ys[last]), 4, 0, 2 * Math.PI); ctx.fill();
  });
  if (start) {
    ctx.strokeStyle = "#000"; ctx.lineWidth = 2; ctx.setLineDash([]);
    ctx.beginPath(); ctx.arc(px(start[0]), py(start[1]), 7, 0, 2 * Math.PI); ctx.stroke();
  }
  return { toData: (cx, cy) => [xMin + (cx / size) * (xMax - xMin), yMax - (cy / size) * (yMax - yMin)] };
}

/** A histogram from counts over [lo, hi]. */
function histogramPlot(canvas, counts, color = "#0072b2", width = 120, height = 50) {
  const ctx = setupCanvas(canvas, width, height);
  const max = Math.max(1, ...counts);
  const w = width / counts.length;
  ctx.fillStyle = color;
  counts.forEach((c, i) => {
    const h = (c / max) * (height - 2);
    ctx.fillRect(i * w + 0.5, height - h, Math.max(1, w - 1), h);
  });
}

// Sharing: the plain link (the spec), "Save & get short link" (spec + recorded results, optionally the model and
// the user's CSV) and the embed snippet; and the other side, a short link /x/{id} opened: its settings, its
// recorded charts, and a re-run shown side by side with the recording.
"use strict";

const share = { savedId: null, saved: null };

function embedSrc() {
  if (share.savedId) return location.origin + "/embed/" + share.savedId;
  return location.origin + (STATIC_SITE ? "/embed.html?" : "/embed?") + (state.prepared ? state.prepared.query : "v=1");
}

function embedSize() {
  const [w, h] = $("#embed-size").value.split("x");
  return { w, h };
}

function updateShare() {
  const query = state.prepared ? state.prepared.query : "v=1";
  $("#share-url").value = location.origin + "/?" + query;
  const { w, h } = embedSize();
  const title = $("#save-title").value.trim() || "Backprop Playground experiment";
  $("#embed-code").value = `<iframe src="${escapeAttr(embedSrc())}" width="${w}" height="${h}" title="${escapeAttr(title)}"`
    + ` loading="lazy" style="border:0;max-width:100%"></iframe>`;
  $("#save-dataset").disabled = !(state.loaded && state.loaded.id === "upload");
}

function escapeAttr(s) {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    status(what + " copied.");
  } catch (e) {
    status("Select the text and copy it: the browser did not allow copying (" + e.message + ").");
  }
}

async function save() {
  const out = $("#save-result");
  if (!state.prepared) return;
  $("#save").disabled = true;
  out.textContent = "Saving…";
  try {
    const body = {
      spec: state.prepared.query,
      title: $("#save-title").value.trim() || undefined,
      results: { history: state.history, events: state.events, runtime: document.body.dataset.runtime },
    };
    if (state.evaluation) body.results.evaluation = state.evaluation;
    if ($("#save-model").checked) {
      if (!state.history.length || state.showingRecorded) throw new Error("train (or re-run) first to include a model");
      body.model = await modelObject();
    }
    if ($("#save-dataset").checked && state.loaded && state.loaded.id === "upload") {
      body.dataset = { name: state.loaded.name || "upload.csv", csv: state.loaded.text };
    }
    const r = await fetch("/api/experiments", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const answer = await r.json().catch(() => ({ error: "the server answered " + r.status }));
    if (r.status === 429) throw new Error(answer.error + " (wait " + r.headers.get("Retry-After") + " s)");
    if (r.status === 413) throw new Error("too large to save: " + answer.error);
    if (!r.ok) throw new Error(answer.error);
    localStorage.setItem("owner:" + answer.id, answer.ownerToken);
    share.savedId = answer.id;
    out.textContent = "Saved: ";
    const link = el("a", { href: answer.url, id: "short-link", text: answer.url });
    out.append(link, " ");
    const copyButton = el("button", { type: "button", class: "secondary", text: "Copy short link" });
    copyButton.addEventListener("click", () => copy(answer.url, "Short link"));
    out.append(copyButton);
    updateShare();
    status("Saved as " + answer.url + ".");
  } catch (e) {
    out.textContent = "Not saved: " + e.message;
    status("Not saved: " + e.message);
  } finally {
    $("#save").disabled = false;
  }
}

function previewEmbed() {
  const box = $("#embed-preview-box");
  const { w, h } = embedSize();
  box.textContent = "";
  const frame = el("iframe", { src: embedSrc(), title: "Embed preview", width: w === "100%" ? "100%" : w, height: h });
  box.append(frame);
  box.hidden = false;
}

/** A short link opened: the saved settings (and CSV), the recorded history and metrics, and the re-run button. */
async function openSaved(id) {
  const r = await fetch("/api/experiments/" + encodeURIComponent(id));
  if (!r.ok) throw new Error((await r.json()).error);
  const saved = await r.json();
  share.saved = saved;
  share.savedId = saved.id;
  if (saved.dataset) {
    const profile = await state.engine.json("loadCsv", { name: "upload", text: saved.dataset.csv });
    state.loaded = { id: "upload", profile, text: saved.dataset.csv, name: saved.dataset.name };
    renderProfile(profile);
    $("#dataset-note").textContent = saved.dataset.name + " (saved with the experiment): " + profile.rows + " rows.";
  }
  const ok = await applyQuery(saved.spec, "keep");
  $("#saved").hidden = false;
  $("#saved-name").textContent = saved.title;
  $("#saved-when").textContent = "saved " + new Date(saved.created).toLocaleString() + (saved.results.runtime ? " · trained on " + saved.results.runtime : "");
  $("#save-title").value = saved.title;
  $("#delete-saved").hidden = !localStorage.getItem("owner:" + saved.id);
  if (!ok) return;
  drawRecorded();
  status(saved.results.history && saved.results.history.length
    ? `Saved experiment: ${saved.results.history.length} recorded epochs. Re-run trains it again with the same seed.`
    : "Saved experiment (settings only): press Re-run or Train.");
}

function drawRecorded() {
  const rec = share.saved.results;
  state.history = (rec.history || []).slice();
  state.events = (rec.events || []).slice();
  $("#epoch").textContent = state.history.length ? state.history[state.history.length - 1].epoch : 0;
  drawChart();
  $("#events").textContent = state.events.filter((e) => e.kind !== "best").map((e) => `epoch ${e.epoch}: ${e.message}`).join(" · ");
  if (rec.evaluation) drawEvaluation(rec.evaluation);
  state.showingRecorded = true; // Train or Step starts a fresh run instead of appending to the recording
}

async function rerun() {
  if (!share.saved) return;
  $("#rerun-compare").hidden = true;
  await applyQuery(share.saved.spec, "keep");
  play();
}

/** Recorded against re-run: the last epoch's losses and every final metric, with whether they are identical. */
function compare(evaluation) {
  const rec = share.saved.results;
  const rows = [];
  const last = (h) => (h && h.length ? h[h.length - 1] : {});
  const a = last(rec.history);
  const b = last(state.history);
  rows.push(["epochs", rec.history ? rec.history.length : 0, state.history.length]);
  for (const k of ["loss", "val_loss"]) if (k in a || k in b) rows.push(["final " + k, a[k], b[k]]);
  for (const part of ["train", "test", "val"]) {
    const x = rec.evaluation && rec.evaluation[part];
    const y = evaluation[part];
    if (!x || !y) continue;
    for (const k of Object.keys(y)) rows.push([part + " " + k, x[k], y[k]]);
  }
  const body = $("#rerun-compare tbody");
  body.textContent = "";
  for (const [name, x, y] of rows) {
    const same = x === y;
    body.append(el("tr", {}, el("td", { text: name }), el("td", { class: "num", text: fmt(x) }), el("td", { class: "num", text: fmt(y) }),
      el("td", { text: same ? "✓ identical" : "✗ differs" })));
  }
  $("#rerun-compare").hidden = false;
  const identical = rows.every(([, x, y]) => x === y);
  document.body.dataset.rerun = identical ? "identical" : "different";
  status(identical ? "Re-run finished: every number is identical to the recorded run." : "Re-run finished: some numbers differ from the recorded run (see the table).");
}

async function deleteSaved() {
  const id = share.savedId;
  const token = localStorage.getItem("owner:" + id);
  if (!token || !confirm("Delete this saved experiment for everyone? The short link will stop working.")) return;
  const r = await fetch("/api/experiments/" + encodeURIComponent(id), { method: "DELETE", headers: { Authorization: "Bearer " + token } });
  if (r.status === 204) {
    localStorage.removeItem("owner:" + id);
    location.href = "/?" + share.saved.spec;
  } else {
    status("Not deleted: " + (await r.json()).error);
  }
}

document.addEventListener("spec-applied", (e) => {
  // Once the settings differ from the saved experiment's, this page is no longer that experiment.
  if (share.saved && e.detail.query !== share.saved.spec) share.savedId = null;
  updateShare();
});
document.addEventListener("trained", (e) => {
  if (share.saved && share.savedId && e.detail.evaluation) compare(e.detail.evaluation);
});
if (STATIC_SITE) $("#save-controls").hidden = true;
$("#copy-url").addEventListener("click", () => copy($("#share-url").value, "Link"));
$("#copy-embed").addEventListener("click", () => copy($("#embed-code").value, "Embed code"));
$("#save").addEventListener("click", save);
$("#embed-size").addEventListener("change", updateShare);
$("#save-title").addEventListener("input", updateShare);
$("#preview-embed").addEventListener("click", previewEmbed);
$("#rerun").addEventListener("click", rerun);
$("#delete-saved").addEventListener("click", deleteSaved);

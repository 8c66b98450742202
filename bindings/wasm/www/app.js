// The demo page: parse pasted or opened minutes with the WebAssembly package, show the
// meeting, attendance and items, and highlight a clicked item's span in the text.
// Plain DOM, no framework; user text only ever goes into textContent, never into HTML.

import { init, parse, SpanIndex, version } from "../pkg/web.js";

const $ = (id) => document.getElementById(id);
const textBox = $("text");
const source = $("source");
const status = $("status");

/** The last parse: the text, its document, a span converter, and a file name for download. */
let current = null;
let fileName = "minutes.txt";

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle("error", isError);
}

function showEditor() {
  source.hidden = true;
  textBox.hidden = false;
  $("edit").hidden = true;
  textBox.focus();
}

function showSource(text) {
  source.replaceChildren(text);
  textBox.hidden = true;
  source.hidden = false;
  $("edit").hidden = false;
}

/** Highlights `span` (UTF-8 bytes) in the source view and scrolls to it. */
function highlight(span) {
  if (!current) return;
  const [start, end] = current.index.toUtf16(span);
  const text = current.text;
  const mark = el("mark", { textContent: text.slice(start, end) });
  source.replaceChildren(text.slice(0, start), mark, text.slice(end));
  textBox.hidden = true;
  source.hidden = false;
  $("edit").hidden = false;
  mark.scrollIntoView({ block: "center", behavior: "instant" });
}

function select(node, span) {
  for (const old of document.querySelectorAll(".selected")) old.classList.remove("selected");
  node.classList.add("selected");
  highlight(span);
}

function fact(list, term, value) {
  list.append(el("dt", { textContent: term }));
  list.append(
    value === null || value === undefined || value === ""
      ? el("dd", { className: "none", textContent: "not stated" })
      : el("dd", { textContent: value }),
  );
}

function personText(person) {
  const name = [person.title, person.name].filter(Boolean).join(" ");
  const extra = [person.role, person.note].filter(Boolean).join("; ");
  return extra ? `${name} (${extra})` : name;
}

function people(list) {
  return list.length ? list.map(personText).join(", ") : null;
}

function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

function renderMeeting(doc) {
  const meeting = $("meeting");
  meeting.replaceChildren();
  fact(meeting, "Committee", doc.committee);
  fact(meeting, "Date", doc.date);
  fact(meeting, "Time", doc.time);
  fact(meeting, "Venue", doc.venue);
  fact(meeting, "Status", doc.status);
  fact(meeting, "Layout", doc.format.replaceAll("_", " "));
  if (doc.next_meeting) {
    fact(meeting, "Next meeting", [doc.next_meeting.date, doc.next_meeting.time].filter(Boolean).join(" "));
  }

  const attendance = $("attendance");
  attendance.replaceChildren();
  const a = doc.attendance;
  fact(attendance, "Chair", a.chair ? personText(a.chair) : null);
  fact(attendance, `Present (${a.present.length})`, people(a.present));
  fact(attendance, `Apologies (${a.apologies.length})`, people(a.apologies));
  fact(attendance, `In attendance (${a.in_attendance.length})`, people(a.in_attendance));
  if (doc.declarations.length) {
    fact(
      attendance,
      `Declarations (${doc.declarations.length})`,
      doc.declarations
        .map((d) => [d.person, d.kind, d.concerns && `item ${d.concerns}`].filter(Boolean).join(", "))
        .join("; "),
    );
  }
  if (a.substitutes.length) {
    fact(
      attendance,
      "Substitutes",
      a.substitutes
        .map((s) => (s.replacing ? `${personText(s.substitute)} for ${personText(s.replacing)}` : personText(s.substitute)))
        .join(", "),
    );
  }
}

function motionText(motion) {
  const parts = [];
  if (motion.moved_by) parts.push(`moved by ${motion.moved_by}`);
  if (motion.seconded_by) parts.push(`seconded by ${motion.seconded_by}`);
  if (motion.votes) {
    const v = motion.votes;
    parts.push(`${v.for} for, ${v.against} against${v.abstained === null ? "" : `, ${v.abstained} abstained`}`);
  }
  if (motion.outcome) parts.push(motion.outcome.replaceAll("_", " "));
  return parts.join("; ");
}

function renderItems(doc) {
  const items = $("items");
  items.replaceChildren();
  $("item-count").textContent = `(${doc.items.length})`;
  if (!doc.items.length) {
    items.append(el("p", { className: "none", textContent: "No items found." }));
  }
  doc.items.forEach((item, i) => {
    const summary = el(
      "summary",
      {},
      el("span", { className: "number", textContent: item.number ?? "–" }),
      el("span", { className: "title", textContent: item.title || "(untitled)" }),
      el("span", {
        className: "badge",
        textContent: plural(item.resolutions.length, "resolution") + (item.truncated ? " · truncated" : ""),
      }),
    );
    const details = el("details", { className: "item" }, summary);
    details.dataset.index = String(i);
    const body = el("div", { className: "body" });
    if (item.kind !== "other") body.append(el("div", { className: "kind", textContent: item.kind.replaceAll("_", " ") }));
    if (item.resolutions.length) {
      const list = el("ol", { className: "resolutions" });
      for (const resolution of item.resolutions) {
        const li = el(
          "li",
          { className: "resolution" },
          resolution.keyword ? el("span", { className: "keyword", textContent: `${resolution.keyword}: ` }) : null,
          resolution.text,
        );
        if (resolution.motion) li.append(el("div", { className: "motion", textContent: motionText(resolution.motion) }));
        li.addEventListener("click", (event) => {
          event.stopPropagation();
          select(li, resolution.span);
        });
        list.append(li);
      }
      body.append(list);
    } else {
      body.append(el("p", { className: "none", textContent: "No resolution recorded." }));
    }
    details.append(body);
    // The summary toggles the details (the browser's default) and highlights the item.
    summary.addEventListener("click", () => select(details, item.span));
    items.append(details);
  });

  $("diagnostic-count").textContent = `(${doc.diagnostics.length})`;
  $("diagnostic-list").replaceChildren(
    ...doc.diagnostics.map((d) => {
      const li = el("li", { className: d.severity, textContent: `${d.severity}: ${d.message}` });
      li.addEventListener("click", () => select(li, d.span));
      return li;
    }),
  );
}

function run() {
  const text = textBox.value;
  const started = performance.now();
  let doc;
  try {
    doc = parse(text);
  } catch (error) {
    setStatus(error.message, true);
    return;
  }
  const ms = performance.now() - started;
  current = { text, doc, index: new SpanIndex(text) };
  renderMeeting(doc);
  renderItems(doc);
  $("result").hidden = false;
  $("download").disabled = false;
  showSource(text);
  const kb = (current.index.byteLength / 1024).toFixed(1);
  setStatus(
    `${plural(doc.items.length, "item")}, ${plural([...doc.items].reduce((n, i) => n + i.resolutions.length, 0), "resolution")}` +
      ` from ${kb} KB in ${ms.toFixed(1)} ms.`,
  );
}

function download() {
  if (!current) return;
  // Exactly what `minutes parse FILE` prints.
  const json = `${JSON.stringify(current.doc, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const a = el("a", { href: url, download: fileName.replace(/\.txt$/i, "") + ".json" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function openFile(file) {
  if (!file) return;
  fileName = file.name;
  // TextDecoder replaces invalid UTF-8 with U+FFFD, as the CLI's --lossy does.
  textBox.value = new TextDecoder().decode(await file.arrayBuffer());
  showEditor();
  run();
}

function wire() {
  $("parse").addEventListener("click", run);
  $("edit").addEventListener("click", showEditor);
  $("download").addEventListener("click", download);
  $("file").addEventListener("change", (event) => openFile(event.target.files[0]));
  $("example").addEventListener("click", async () => {
    const response = await fetch("example.txt");
    textBox.value = await response.text();
    fileName = "example.txt";
    showEditor();
    run();
  });
  const pane = $("input-pane");
  pane.addEventListener("dragover", (event) => {
    event.preventDefault();
    textBox.classList.add("dragging");
  });
  pane.addEventListener("dragleave", () => textBox.classList.remove("dragging"));
  pane.addEventListener("drop", (event) => {
    event.preventDefault();
    textBox.classList.remove("dragging");
    openFile(event.dataTransfer.files[0]);
  });
  textBox.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run();
  });
}

wire();
try {
  await init();
  $("version").textContent = `v${version()}`;
  $("parse").disabled = false;
  setStatus("Ready: paste minutes or open a file, then Parse.");
  document.body.dataset.ready = "true";
} catch (error) {
  setStatus(`Could not load the parser: ${error.message}`, true);
}

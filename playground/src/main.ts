// The playground page: the editor compiled as one types (diagnostics and the summary table), the examples, the data
// sets, training in worker.ts with its curves and progress, and the setup kept in the URL's hash.

import { compile, exportPyTorch, decodeIdx, idxPair, csvSplit, type CompileResult } from "../../browser.js";
import type { FromWorker, ToWorker, SplitData } from "./protocol.js";
import { drawCurves, renderLegend, type Point } from "./curves.js";
import { renderOverlay } from "./editor-overlay.js";
import { drawRegions } from "./regions.js";
import { drawingInput, drawingPad } from "./drawing.js";
import { drawingSize } from "./shrink.js";
import { decodeSetup, encodeSetup } from "./hash.js";
import { droppedFiles, imageSplit, type ImageFile } from "./image-folder.js";
import { imageInput, labelPaths } from "./image-pixels.js";

const examples = import.meta.glob("../../examples/*.nn", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const editor = $<HTMLTextAreaElement>("editor");
const exampleSelect = $<HTMLSelectElement>("example");
const dataSelect = $<HTMLSelectElement>("data");
const seedInput = $<HTMLInputElement>("seed");
const epochsInput = $<HTMLInputElement>("epochs");
const gpuInput = $<HTMLInputElement>("use-gpu");
const notice = $("notice");
let last: CompileResult | undefined;
let dropped: { name: string; text: string } | undefined;
let images: ImageFile[] | undefined;

for (const path of Object.keys(examples).sort()) {
  const name = path.split("/").pop()!;
  exampleSelect.append(new Option(name, path, false, name === "spiral.nn"));
}

/** Compiles the editor's text and shows its diagnostics and the first model's summary rows. */
function check(): void {
  const t0 = performance.now();
  last = compile(editor.value, { filename: "playground.nn" });
  const list = $("diagnostics");
  list.replaceChildren(
    ...last.diagnostics.map((d) => {
      const li = document.createElement("li");
      const pos = d.span && d.span.file.position(d.span.start);
      li.className = d.severity;
      li.dataset["code"] = d.code;
      li.dataset["line"] = String(pos?.line ?? 0);
      li.textContent = `${d.code} ${pos ? `${pos.line}:${pos.column}` : ""} ${d.message}`;
      return li;
    }),
  );
  renderOverlay($("highlight"), editor.value, last.diagnostics, "playground.nn");
  const m = last.program?.models[0];
  $("drawing").hidden = !(m && m.target.kind === "class" && drawingSize(m.input.shape));
  const table = $<HTMLTableElement>("summary");
  table.replaceChildren();
  if (m) {
    table.insertRow().append(...["stage", "layer", "shape", "parameters"].map(th));
    for (const r of m.rows) {
      const row = table.insertRow();
      for (const v of [r.name, r.layer, `[N, ${r.shape.join(", ")}]`, r.params.toLocaleString("en")])
        row.insertCell().textContent = v;
    }
  }
  $("download-source").setAttribute(
    "href",
    URL.createObjectURL(new Blob([editor.value], { type: "text/plain" })),
  );
  const py = $("download-pytorch");
  try {
    const files = m ? exportPyTorch(m) : undefined;
    const model = files?.get("model.py");
    py.hidden = !model;
    if (model) py.setAttribute("href", URL.createObjectURL(new Blob([model], { type: "text/x-python" })));
  } catch {
    py.hidden = true;
  }
  saveHash();
  document.body.dataset["checkMs"] = (performance.now() - t0).toFixed(1);
}

function th(text: string): HTMLTableCellElement {
  const c = document.createElement("th");
  c.textContent = text;
  return c;
}

let timer: ReturnType<typeof setTimeout> | undefined;
editor.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(check, 150);
  // The colours follow each key at once; the diagnostics and summary follow a pause in the typing.
  renderOverlay($("highlight"), editor.value, [], "playground.nn");
});
editor.addEventListener("scroll", () => {
  $("highlight").scrollTop = editor.scrollTop;
  $("highlight").scrollLeft = editor.scrollLeft;
});
// The textarea lies over the underlines: the one under the mouse lends it its message.
editor.addEventListener("mousemove", (e) => {
  const under = document
    .elementsFromPoint(e.clientX, e.clientY)
    .find((el) => el.classList.contains("squiggle"));
  editor.title = under?.getAttribute("title") ?? "";
});
exampleSelect.addEventListener("change", () => {
  editor.value = examples[exampleSelect.value] ?? "";
  check();
});
for (const input of [seedInput, dataSelect, epochsInput, gpuInput])
  input.addEventListener("change", saveHash);

// The setup in the URL (hash.ts): source, seed, data choice, epochs and backend, so a link reproduces it. Written in
// order: a slow compression finishing after a newer one must not overwrite it.
let hashWrites = 0;
function saveHash(): void {
  const n = ++hashWrites;
  void encodeSetup({
    source: editor.value,
    seed: Number(seedInput.value),
    data: dataSelect.value,
    epochs: epochsOverride(),
    gpu: gpuInput.checked,
  }).then((hash) => {
    if (n === hashWrites) history.replaceState(null, "", `#${hash}`);
  });
}
async function loadHash(): Promise<boolean> {
  const setup = await decodeSetup(location.hash.slice(1));
  if (!setup) return false;
  editor.value = setup.source;
  seedInput.value = String(setup.seed);
  dataSelect.value = setup.data;
  epochsInput.value = setup.epochs === undefined ? "" : String(setup.epochs);
  gpuInput.checked = setup.gpu !== false;
  return true;
}
/** The `#epochs` field: a positive whole number overrides the file's epochs; empty, the file's. */
function epochsOverride(): number | undefined {
  const n = Number(epochsInput.value);
  return epochsInput.value.trim() !== "" && Number.isInteger(n) && n > 0 ? n : undefined;
}

// Data sets the page loads: IDX files from this site (gzip inflated by the browser), or a dropped CSV.
async function fetchIdx(set: string, name: string): Promise<ReturnType<typeof decodeIdx>> {
  const url = `data/${set}/${name}.gz`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} is not on this site (${res.status}): put the ${set} IDX files there`);
  const inflated = res.body!.pipeThrough(new DecompressionStream("gzip"));
  return decodeIdx(new Uint8Array(await new Response(inflated).arrayBuffer()), name);
}
async function loadData(): Promise<{ train: SplitData; test?: SplitData } | undefined> {
  const set = dataSelect.value;
  const classes = last?.program?.models[0]?.target.kind === "class" ? 10 : undefined;
  if (set === "model") return undefined;
  if (set === "csv") {
    if (!dropped)
      throw new Error("drop a CSV file (with a header row and a `label` column) onto the page first");
    return { train: csvSplit(dropped.text, dropped.name, "label", classes, undefined).data };
  }
  if (set === "images") {
    const m = last?.program?.models[0];
    const input = m && imageInput(m.input.shape);
    if (!images) throw new Error("drop a folder of images (a sub-folder per class) onto the page first");
    if (!m || m.target.kind !== "class" || !input)
      throw new Error(
        "a folder of images trains a class model whose input is [1, H, W], [3, H, W] or [H, W]",
      );
    return { train: await imageSplit(images, input, m.target.classes) };
  }
  const pair = async (images: string, labels: string): Promise<SplitData> =>
    idxPair(await fetchIdx(set, images), await fetchIdx(set, labels), classes, { images, labels });
  return {
    train: await pair("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    test: await pair("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
  };
}
document.addEventListener("dragover", (e) => e.preventDefault());
document.addEventListener("drop", async (e) => {
  e.preventDefault();
  const items = e.dataTransfer?.items;
  // A folder: its sub-folders' images (the entries are taken before any await, while the drop's data lasts).
  if (items && [...items].some((i) => i.webkitGetAsEntry()?.isDirectory)) {
    useImages(await droppedFiles(items));
    return;
  }
  const file = e.dataTransfer?.files[0];
  if (!file) return;
  dropped = { name: file.name, text: await file.text() };
  dataSelect.value = "csv";
  $("data-message").textContent = `${file.name}: ${file.size.toLocaleString("en")} bytes, used for training`;
  saveHash();
});
$<HTMLInputElement>("image-folder").addEventListener("change", (e) => {
  const files = [...((e.target as HTMLInputElement).files ?? [])];
  useImages(files.map((file) => ({ path: file.webkitRelativePath || file.name, file })));
});
function useImages(files: ImageFile[]): void {
  images = files;
  dataSelect.value = "images";
  const { classes } = labelPaths(files.map((f) => f.path));
  $("data-message").textContent =
    `${files.length} files, ${classes.length} classes (${classes.join(", ")}), used for training`;
  saveHash();
}

// Training, in the worker.
let worker: Worker | undefined;
let points: Point[] = [];
const trainButton = $<HTMLButtonElement>("train");
const pauseButton = $<HTMLButtonElement>("pause");
trainButton.addEventListener("click", async () => {
  worker?.terminate();
  points = [];
  $("legend").replaceChildren();
  $("regions").hidden = true;
  $("data-message").textContent = "";
  let data;
  try {
    data = await loadData();
  } catch (err) {
    $("data-message").textContent = (err as Error).message;
    return;
  }
  worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (e: MessageEvent<FromWorker>) => onWorker(e.data);
  const msg: ToWorker = {
    type: "train",
    source: editor.value,
    seed: Number(seedInput.value),
    epochs: epochsOverride(),
    data,
    gpu: gpuInput.checked,
  };
  worker.postMessage(msg);
  pauseButton.disabled = false;
  pauseButton.textContent = "Pause";
});
pauseButton.addEventListener("click", () => {
  const resume = pauseButton.textContent === "Resume";
  worker?.postMessage({ type: resume ? "resume" : "pause" } satisfies ToWorker);
  if (resume) pauseButton.textContent = "Pause";
});

// The drawing of an image model, predicted after each stroke and each epoch once training has begun.
const drawCanvas = $<HTMLCanvasElement>("draw");
function predictDrawing(): void {
  const size = drawingSize(last?.program?.models[0]?.input.shape ?? []);
  if (!worker || !size || $("drawing").hidden) return;
  worker.postMessage({ type: "predict", x: drawingInput(drawCanvas, size.h, size.w) } satisfies ToWorker);
}
drawingPad(drawCanvas, $("clear-drawing"), predictDrawing);

function onWorker(m: FromWorker): void {
  switch (m.type) {
    case "backend":
      $("backend").textContent = m.backend;
      notice.hidden = !m.notice;
      notice.textContent = m.notice ?? "";
      break;
    case "compiled":
      $("compile-ms").textContent = m.ms.toFixed(0);
      break;
    case "step":
      $<HTMLProgressElement>("progress").value = m.done / m.total;
      if (m.samplesPerSecond !== null) $("samples-per-second").textContent = m.samplesPerSecond.toFixed(0);
      break;
    case "epoch":
      $("epoch").textContent = `${m.epoch}/${m.epochs}`;
      if (m.trainAccuracy !== null) $("accuracy").textContent = (100 * m.trainAccuracy).toFixed(1);
      if (m.samplesPerSecond !== null) $("samples-per-second").textContent = m.samplesPerSecond.toFixed(0);
      points.push(m);
      renderLegend($("legend"), drawCurves($<HTMLCanvasElement>("curves"), points));
      predictDrawing();
      break;
    case "top5":
      $("top5").replaceChildren(
        ...m.top.map((t) => {
          const li = document.createElement("li");
          li.dataset["class"] = String(t.class);
          li.textContent = `class ${t.class}: ${(100 * t.probability).toFixed(1)}%`;
          return li;
        }),
      );
      break;
    case "weights": {
      const link = $("download-weights");
      link.setAttribute(
        "href",
        URL.createObjectURL(
          new Blob([m.bytes as Uint8Array<ArrayBuffer>], { type: "application/octet-stream" }),
        ),
      );
      link.setAttribute("download", `${m.model}.safetensors`);
      link.hidden = false;
      break;
    }
    case "regions": {
      const canvas = $<HTMLCanvasElement>("regions");
      canvas.hidden = false;
      drawRegions(canvas, m);
      break;
    }
    case "paused":
      pauseButton.textContent = "Resume";
      break;
    case "done":
      pauseButton.disabled = true;
      break;
    case "error":
      $("data-message").textContent = m.message;
      pauseButton.disabled = true;
      break;
  }
}

const ready = (async () => {
  if (!(await loadHash())) editor.value = examples[exampleSelect.value] ?? "";
  check();
})();
(window as unknown as { nncPlayground: { ready: Promise<void> } }).nncPlayground = { ready };

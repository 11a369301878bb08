// What the end-to-end tests do on the playground page, through the element ids that playground/README.md documents:
// wait until it is ready, edit the source as a person types, read the diagnostics and the numbers it shows, pick an
// option, train to a given epoch and download the weights. The functions passed to the page run in the browser, so
// they reach its globals through `globalThis` (the tests are compiled without the DOM's types).

import type { Page } from "playwright-core";

/** Waits for `window.nncPlayground.ready`: the compiler loaded and the first summary shown. */
export async function pageReady(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => (globalThis as any).nncPlayground?.ready !== undefined, undefined, {
    timeout,
  });
  await page.evaluate(() => (globalThis as any).nncPlayground.ready.then(() => true));
}

/** The editor's text. */
export function editorText(page: Page): Promise<string> {
  return page.inputValue("#editor");
}

/** Replaces the editor's text (one input event, as a paste). */
export async function setSource(page: Page, source: string): Promise<void> {
  await page.fill("#editor", source);
}

/** Selects `from`'s first occurrence in the editor and types `text` over it, a key at a time. */
export async function typeOver(page: Page, from: string, text: string): Promise<void> {
  const source = await editorText(page);
  const start = source.indexOf(from);
  if (start < 0) throw new Error(`the editor holds no ${JSON.stringify(from)}`);
  await page.focus("#editor");
  await page.evaluate(
    ([s, e]) => (globalThis as any).document.getElementById("editor").setSelectionRange(s, e),
    [start, start + from.length] as const,
  );
  await page.keyboard.type(text, { delay: 20 });
}

export interface ShownDiagnostic {
  code: string;
  line: number;
  text: string;
}

/** The items of #diagnostics with their `data-code` and `data-line`. */
export function diagnostics(page: Page): Promise<ShownDiagnostic[]> {
  return page.$$eval("#diagnostics [data-code]", (items) =>
    items.map((d: any) => ({
      code: d.dataset.code,
      line: Number(d.dataset.line),
      text: d.textContent.trim(),
    })),
  );
}

/** The rows of #summary, each its cells' text (the first row the headings). */
export function summaryRows(page: Page): Promise<string[][]> {
  return page.$$eval("#summary tr", (rows) =>
    rows.map((r: any) => [...r.querySelectorAll("th, td")].map((c: any) => c.textContent.trim())),
  );
}

/** The first number in an element's text (commas between thousands dropped), or NaN. */
export async function numberIn(page: Page, selector: string): Promise<number> {
  const text = (await page.textContent(selector)) ?? "";
  const m = text.replace(/(\d),(\d)/g, "$1$2").match(/-?\d+(\.\d+)?/);
  return m ? Number(m[0]) : NaN;
}

/** Picks the option of a <select> whose value or label matches. */
export async function choose(page: Page, selector: string, pattern: RegExp): Promise<string> {
  const options = await page.$$eval(`${selector} option`, (os) =>
    os.map((o: any) => ({ value: o.value as string, label: o.textContent as string })),
  );
  const found = options.find((o) => pattern.test(o.value) || pattern.test(o.label));
  if (!found) throw new Error(`${selector} offers no ${pattern}: ${JSON.stringify(options)}`);
  await page.selectOption(selector, found.value);
  return found.value;
}

/** Presses Train and waits until #epoch shows `epochs` (SwiftShader is slow: minutes are allowed). */
export async function trainTo(page: Page, epochs: number, timeout = 240_000): Promise<void> {
  await page.click("#train");
  await page.waitForFunction(
    (n) => {
      const text: string = (globalThis as any).document.getElementById("epoch")?.textContent ?? "";
      const m = text.match(/\d+/);
      return m !== null && Number(m[0]) >= n;
    },
    epochs,
    { timeout, polling: 250 },
  );
}

/** Clicks #download-weights and saves what the page offers to `path`. */
export async function downloadWeights(page: Page, path: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-weights")]);
  await download.saveAs(path);
  return download.suggestedFilename();
}

export interface Underline {
  code: string;
  severity: string;
  text: string;
  title: string;
}

/** The wavy underlines of the editor's overlay (#highlight .squiggle): their code, severity, text and title. */
export function underlines(page: Page): Promise<Underline[]> {
  return page.$$eval("#highlight .squiggle", (items) =>
    items.map((d: any) => ({
      code: d.dataset.code,
      severity: d.classList.contains("error") ? "error" : "warning",
      text: d.textContent,
      title: d.title,
    })),
  );
}

/** The overlay's coloured stretches of one kind (`keyword`, `layer`, `number`, `string`, `comment`), their text. */
export function coloured(page: Page, kind: string): Promise<string[]> {
  return page.$$eval(`#highlight .hl-${kind}`, (items) => items.map((d: any) => d.textContent));
}

/** The distinct colours of a canvas's painted pixels (alpha > 0) covering at least `share` of it, as `r,g,b`. */
export function canvasColours(page: Page, selector: string, share = 0): Promise<string[]> {
  return page.$eval(
    selector,
    (canvas: any, share: number) => {
      const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] === 0) continue;
        const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const least = share * canvas.width * canvas.height;
      return [...counts.entries()].filter(([, n]) => n >= least).map(([k]) => k);
    },
    share,
  );
}

/** Drops a file with `text` onto the page, as a person drags one from their desktop. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([n, t]) => {
      const g = globalThis as any;
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([t], n, { type: "text/csv" }));
      g.document.dispatchEvent(
        new g.DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
    },
    [name, text] as const,
  );
}

/** Draws a stroke on a canvas through `points` (fractions of its width and height), with the mouse. */
export async function stroke(
  page: Page,
  selector: string,
  points: readonly [number, number][],
): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  const to = ([fx, fy]: readonly [number, number]) =>
    [box.x + fx * box.width, box.y + fy * box.height] as const;
  await page.mouse.move(...to(points[0]!));
  await page.mouse.down();
  for (const p of points.slice(1)) await page.mouse.move(...to(p), { steps: 4 });
  await page.mouse.up();
}

/** The items of #top5: class and probability in %. */
export function top5(page: Page): Promise<{ class: number; percent: number }[]> {
  return page.$$eval("#top5 li", (items) =>
    items.map((li: any) => ({
      class: Number(li.dataset.class),
      percent: Number(li.textContent.match(/([\d.]+)%/)[1]),
    })),
  );
}

/** The curves' legend: each line's `data-line` id (`train-loss`, `val-accuracy`, …) and its text. */
export async function legend(page: Page): Promise<{ line: string; text: string }[]> {
  return page.$$eval("#legend li", (items) =>
    items.map((li: any) => ({ line: li.dataset.line as string, text: (li.textContent as string).trim() })),
  );
}

// `nnc lsp` driven over stdio as an editor drives it (needs `npm run build`): a file with an error gets the
// diagnostic with its code and range, a stage's hover shows its shape, `lin` completes to `linear`, a user layer's
// use goes to its declaration, and formatting is `nnc fmt`'s.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient } from "./lsp-client.js";

const ROOT = join(import.meta.dirname, "..");
const uriOf = (name: string) => pathToFileURL(join(ROOT, "examples", name)).href;

let client: LspClient;
let version = 1;

function open(uri: string, text: string): void {
  client.notify("textDocument/didOpen", {
    textDocument: { uri, languageId: "nn", version: version++, text },
  });
}

beforeAll(async () => {
  client = new LspClient();
  await client.request("initialize", {
    processId: null,
    rootUri: pathToFileURL(ROOT).href,
    capabilities: {},
  });
  client.notify("initialized", {});
});

afterAll(async () => {
  expect(await client.close()).toBe(0);
});

interface Diag {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

describe("nnc lsp", () => {
  it("publishes a diagnostic with its code and range for a file with an error", async () => {
    const uri = uriOf("typo-lsp.nn");
    const text =
      "model M {\n  input x: [4]\n  target y: class(2)\n  network { lienar(2) }\n  loss cross_entropy\n  optimizer sgd(lr=0.1)\n}\n";
    const published = client.diagnostics(uri);
    open(uri, text);
    const diags = ((await published).params as { diagnostics: Diag[] }).diagnostics;
    expect(diags).toHaveLength(1);
    expect(diags[0]!.code).toBe("E2001");
    expect(diags[0]!.range).toEqual({ start: { line: 3, character: 12 }, end: { line: 3, character: 18 } });
    expect(diags[0]!.message).toMatch(/linear/);
  });

  it("publishes new diagnostics after an edit, and none once it is fixed", async () => {
    const uri = uriOf("edit-lsp.nn");
    const text = readFileSync(join(ROOT, "examples", "spiral.nn"), "utf8");
    const first = client.diagnostics(uri);
    open(uri, text);
    expect(((await first).params as { diagnostics: Diag[] }).diagnostics).toEqual([]);
    const broken = client.diagnostics(uri);
    const at = text.indexOf("linear(100)");
    const line = text.slice(0, at).split("\n").length - 1;
    const character = at - text.lastIndexOf("\n", at) - 1;
    client.notify("textDocument/didChange", {
      textDocument: { uri, version: version++ },
      contentChanges: [
        { range: { start: { line, character }, end: { line, character: character + 6 } }, text: "lineer" },
      ],
    });
    const diags = ((await broken).params as { diagnostics: Diag[] }).diagnostics;
    expect(diags.map((d) => d.code)).toEqual(["E2001"]);
  });

  it("shows a stage's output shape and parameters on hover", async () => {
    const uri = uriOf("alexnet.nn");
    const text = readFileSync(join(ROOT, "examples", "alexnet.nn"), "utf8");
    open(uri, text);
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes("conv2d(96, 11, stride=4)"));
    const hover = (await client.request("textDocument/hover", {
      textDocument: { uri },
      position: { line, character: lines[line]!.indexOf("conv2d") + 2 },
    })) as { contents: { value: string } };
    expect(hover.contents.value).toContain("[N, 96, 55, 55]");
    expect(hover.contents.value).toContain("34,944 parameters");
  });

  it("completes `lin` to `linear` in a network", async () => {
    const uri = uriOf("complete-lsp.nn");
    open(uri, "model M {\n  network {\n    lin\n  }\n}\n");
    const items = (await client.request("textDocument/completion", {
      textDocument: { uri },
      position: { line: 2, character: 7 },
    })) as { label: string; detail?: string }[];
    const linear = items.find((i) => i.label === "linear");
    expect(linear?.detail).toContain("linear(units");
    expect(items.map((i) => i.label)).not.toContain("cross_entropy");
  });

  it("completes losses after `loss`, initialisers after `init=` and a layer's arguments", async () => {
    const uri = uriOf("complete2-lsp.nn");
    open(uri, "model M {\n  loss \n  network {\n    linear(4, init=)\n    conv2d(\n  }\n}\n");
    const at = async (line: number, character: number) =>
      (
        (await client.request("textDocument/completion", {
          textDocument: { uri },
          position: { line, character },
        })) as {
          label: string;
        }[]
      ).map((i) => i.label);
    expect(await at(1, 7)).toContain("cross_entropy");
    expect(await at(3, 19)).toContain("he_normal");
    expect(await at(4, 11)).toContain("padding=");
  });

  it("goes from a user layer's use to its declaration", async () => {
    const uri = uriOf("residual.nn");
    const text = readFileSync(join(ROOT, "examples", "residual.nn"), "utf8");
    open(uri, text);
    const lines = text.split("\n");
    const use = lines.findIndex((l) => l.trim() === "residual(16)");
    const decl = lines.findIndex((l) => l.startsWith("layer residual"));
    const loc = (await client.request("textDocument/definition", {
      textDocument: { uri },
      position: { line: use, character: lines[use]!.indexOf("residual") + 1 },
    })) as { uri: string; range: { start: { line: number } } };
    expect(loc.uri).toBe(uri);
    expect(loc.range.start.line).toBe(decl);
  });

  it("goes from a constant's use to the const it means there: the model's own before the file's", async () => {
    const uri = uriOf("constants-lsp.nn");
    const text = [
      "const width = 8",
      "const classes = 3",
      "model M {",
      "  const width = 4",
      "  input x: [2]",
      "  target y: class(classes)",
      "  network { linear(width * 2); relu; linear(classes) }",
      "  loss cross_entropy",
      "  optimizer sgd(lr=0.1)",
      "}",
      "",
    ].join("\n");
    open(uri, text);
    const go = (line: number, character: number) =>
      client.request("textDocument/definition", {
        textDocument: { uri },
        position: { line, character },
      }) as Promise<{ uri: string; range: { start: { line: number } } }>;
    expect((await go(6, 20)).range.start.line).toBe(3); // `width` in the model: the model's constant
    expect((await go(5, 20)).range.start.line).toBe(1); // `classes`: the file's
  });

  it("goes from an import to its file and to a layer declared there, and hovers a layer's stage at each use", async () => {
    const uri = uriOf("import-lsp.nn");
    const text =
      'import "residual.nn"\nmodel M {\n  input x: [4, 8, 8]\n  target y: class(2)\n  network { residual(4); residual(4); flatten; linear(2) }\n  loss cross_entropy\n  optimizer sgd(lr=0.1)\n}\n';
    open(uri, text);
    const go = (line: number, character: number) =>
      client.request("textDocument/definition", {
        textDocument: { uri },
        position: { line, character },
      }) as Promise<{
        uri: string;
        range: { start: { line: number } };
      }>;
    expect((await go(0, 10)).uri).toBe(uriOf("residual.nn"));
    const layer = await go(4, 14);
    expect(layer.uri).toBe(uriOf("residual.nn"));
    expect(layer.range.start.line).toBe(2);
    const residual = readFileSync(join(ROOT, "examples", "residual.nn"), "utf8").split("\n");
    open(uriOf("residual.nn"), residual.join("\n"));
    const hover = (await client.request("textDocument/hover", {
      textDocument: { uri: uriOf("residual.nn") },
      position: { line: 3, character: residual[3]!.indexOf("conv2d") + 1 },
    })) as { contents: { value: string } };
    expect(hover.contents.value).toMatch(/residual1\.conv2d1.*\n\n.*residual2\.conv2d1/s);
  });

  it("formats a document as `nnc fmt` does", async () => {
    const uri = uriOf("format-lsp.nn");
    open(uri, "model M {\n    loss mse # the loss\n  optimizer    sgd\n}\n");
    const edits = (await client.request("textDocument/formatting", {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    })) as { newText: string }[];
    expect(edits.map((e) => e.newText)).toEqual([
      "model M {\n  loss      mse  # the loss\n  optimizer sgd\n}\n",
    ]);
  });
});

// The documentation that lives with the project (docs/): every fenced `nn` example in it compiles, or reports
// exactly the diagnostics its lines are marked with (`# ~ERROR E3002`, `# ~WARNING W0002`); every flag of every
// command is in docs/commands.md under its command, and nothing there names a flag the command lacks; the README
// links into docs/ and nothing outside the repository.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { compile } from "../index.js";

const ROOT = join(import.meta.dirname, "..");
const DOCS = join(ROOT, "docs");
const docs = readdirSync(DOCS)
  .filter((f) => f.endsWith(".md"))
  .sort();

interface Example {
  readonly doc: string;
  /** The line of the opening fence, from 1. */
  readonly line: number;
  readonly source: string;
}

/** The fenced blocks whose info string is `nn`. */
function examples(doc: string): Example[] {
  const lines = readFileSync(join(DOCS, doc), "utf8").split("\n");
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})nn\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && l.trim() === open[2]);
    expect(end, `${doc}:${i + 1}: an unclosed fence`).toBeGreaterThan(i);
    out.push({ doc, line: i + 1, source: lines.slice(i + 1, end).join("\n") + "\n" });
    i = end;
  }
  return out;
}

/** `CODE@line` of each marker: `# ~ERROR E3002` on the line the diagnostic points at. */
function markers(source: string): string[] {
  return source
    .split("\n")
    .flatMap((l, i) =>
      [...l.matchAll(/#\s*~(?:ERROR|WARNING)\s+([EW]\d{4})/g)].map((m) => `${m[1]}@${i + 1}`),
    )
    .sort();
}

// Constants (issue 13, item 1) are being added to the compiler beside this work: until it parses `const`, an example
// that uses one cannot compile, and waits (it runs, and must compile, from the day `const` parses).
const constantsParse = compile("const a = 1\n", { filename: "probe.nn" }).diagnostics.every(
  (d) => !d.code?.startsWith("E1"),
);
const usesConst = (s: string) => /^\s*const\s/m.test(s);

const all = docs.flatMap(examples);

describe("docs/", () => {
  it("has the language and command references, with examples", () => {
    expect(docs).toEqual(expect.arrayContaining(["commands.md", "language.md"]));
    expect(all.filter((e) => e.doc === "language.md").length).toBeGreaterThan(8);
    expect(all.some((e) => markers(e.source).length > 0)).toBe(true);
  });

  for (const e of all) {
    const where = `${e.doc}:${e.line}`;
    it.skipIf(usesConst(e.source) && !constantsParse)(`${where} compiles as marked`, () => {
      const r = compile(e.source, { filename: "example.nn" });
      const seen = r.diagnostics.map((d) => `${d.code}@${d.span?.file.position(d.span.start).line}`).sort();
      const rendered = r.diagnostics.map((d) => d.render()).join("\n");
      expect(seen, `${where}:\n${rendered}`).toEqual(markers(e.source));
    });
  }
});

async function help(...argv: string[]): Promise<string> {
  let out = "";
  await run([...argv, "--help"], { stdout: (t) => (out += t), stderr: () => {} });
  return out;
}

/** The long flags of a command's help: `--weights`, `--no-shuffle`, … (help and the version are everyone's). */
function flagsOf(helpText: string): string[] {
  const options = helpText.slice(helpText.indexOf("Options:"));
  return [...options.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)]
    .map((m) => m[1]!)
    .filter((f) => f !== "--help" && f !== "--version");
}

describe("docs/commands.md", () => {
  const text = readFileSync(join(DOCS, "commands.md"), "utf8");
  /** The text under `## nnc NAME`, to the next `## `. */
  const section = (name: string): string => {
    const start = text.indexOf(`\n## \`nnc ${name}`);
    expect(start, `a section \`## \`nnc ${name}\`\``).toBeGreaterThan(-1);
    const end = text.indexOf("\n## ", start + 1);
    return text.slice(start, end < 0 ? undefined : end);
  };

  it("documents every command, and each command's every flag in its section", async () => {
    const top = await help();
    const commands = [...top.slice(top.indexOf("Commands:")).matchAll(/^ {2}(\w+)/gm)]
      .map((m) => m[1]!)
      .filter((c) => c !== "help");
    expect(commands.length).toBeGreaterThan(8);
    for (const c of commands) {
      const s = section(c);
      for (const flag of flagsOf(await help(c))) {
        // the flag itself, not one it begins (`--top` is not documented by `--topk`)
        expect(s, `${flag} of nnc ${c}`).toMatch(new RegExp(`\`${flag}(?![\\w-])`));
      }
    }
  });

  it("names no flag a command lacks", async () => {
    for (const [, name] of text.matchAll(/\n## `nnc (\w+)/g)) {
      const flags = new Set(flagsOf(await help(name!)));
      const s = section(name!);
      const named = [...s.matchAll(/`(--[a-z][\w-]*)/g)].map((m) => m[1]!);
      const shared = ["--debug", "--help", "--version"];
      for (const f of named)
        expect(flags.has(f) || shared.includes(f), `${f} in nnc ${name}'s section`).toBe(true);
    }
  });

  it("states the exit codes CLI code uses", () => {
    const io = readFileSync(join(ROOT, "cli", "io.ts"), "utf8");
    const codes = /EXIT = \{([^}]*)\}/.exec(io)![1]!.match(/\d+/g)!;
    const exits = text.slice(text.indexOf("## Exit codes"));
    for (const c of codes) expect(exits).toMatch(new RegExp(`\`${c}\``));
  });
});

describe("links", () => {
  const links = (file: string) =>
    [...readFileSync(file, "utf8").matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

  it("the README links into docs/ and nothing outside the repository", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(links(join(ROOT, "README.md"))).toEqual(
      expect.arrayContaining(["docs/language.md", "docs/commands.md"]),
    );
    expect(readme).not.toMatch(/\.\.\//);
    // no address elsewhere either: a clone has what the README points at
    expect(links(join(ROOT, "README.md")).filter((l) => /^[a-z]+:/i.test(l))).toEqual([]);
  });

  it("every relative link of the README and docs/ names a file that exists", () => {
    for (const file of [join(ROOT, "README.md"), ...docs.map((d) => join(DOCS, d))]) {
      for (const link of links(file).filter((l) => !/^[a-z]+:/.test(l) && !l.startsWith("#"))) {
        const target = join(dirname(file), link.split("#")[0]!);
        expect(existsSync(target), `${link} in ${file}`).toBe(true);
        expect(target.startsWith(ROOT + "/"), `${link} in ${file} leaves the repository`).toBe(true);
      }
    }
  });
});

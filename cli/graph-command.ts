// `nnc graph FILE` (CLI.md): the computational graph as DOT on stdout, or as DOT, SVG or PNG in `-o`'s file. The
// graph and its DOT are the API's (`buildGraph`, `graphToDot`); Graphviz (WebAssembly) lays it out.

import { Command } from "commander";
import { buildGraph, dotToSvg, graphToDot, pickModel, svgToPng, UserError } from "../index.js";
import { compileFile, type CompileFlags } from "./compile-file.js";
import { figureFormat, writeFigure } from "./figure-output.js";
import { EXIT, type Io } from "./io.js";
import { setOption } from "./options.js";

interface GraphFlags extends CompileFlags {
  grad?: boolean;
  ops?: boolean;
  format?: string;
  output?: string;
}

const FORMATS = { ".dot": "dot", ".gv": "dot", ".svg": "svg", ".png": "png" } as const;

export function addGraphCommand(program: Command, io: Io): void {
  program
    .command("graph")
    .description("draw the computational graph: one node per layer, shapes on the edges, parameters as nodes")
    .argument("<file>", ".nn file")
    .option("--model <name>", "which model, when the file holds several")
    .option("--grad", "draw the backward pass too (in red), as autodiff wrote it")
    .option("--ops", "one node per IR instruction instead of one per layer")
    .option("--format <format>", "dot, svg or png (default: from -o's extension, else dot)")
    .option("-o, --output <file>", "where the figure goes (default: DOT on stdout)")
    .addOption(setOption())
    .action(async (file: string, flags: GraphFlags) => {
      const format = figureFormat(flags.output, flags.format, FORMATS, "dot");
      if (format === "png" && flags.output === undefined) {
        throw new UserError("a PNG goes to a file: add `-o graph.png`", { exitCode: EXIT.usage });
      }
      const result = compileFile(file, flags, io);
      const m = pickModel(result.program!, flags.model);
      const dot = graphToDot(buildGraph(m, { grad: flags.grad === true, ops: flags.ops === true }));
      const figure =
        format === "dot" ? dot : format === "svg" ? await dotToSvg(dot) : await svgToPng(await dotToSvg(dot));
      if (flags.output === undefined) io.stdout(typeof figure === "string" ? figure : "");
      else writeFigure(flags.output, figure);
    });
}

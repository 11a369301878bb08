#!/usr/bin/env node
// The `nnc` binary: runs the CLI on the process's arguments and exits with its code.

import { run } from "./run.js";

const code = await run(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTTY: process.stderr.isTTY === true,
});
process.exitCode = code;

// `npm run test:e2e`: the browser tests of tests/e2e/, one file at a time (each drives a Chromium that trains on
// SwiftShader, which wants the machine's cores to itself). `*.e2e.ts` files are left out of `npm test`'s run.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts", "tests/e2e/**/*.e2e.ts"],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});

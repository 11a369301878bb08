// The playground's build: a static page (index.html) whose code imports the compiler and runtime through
// browser.ts; forbidNodeOnly fails the build when that graph reaches a Node-only module.

import { defineConfig } from "vite";
import { forbidNodeOnly } from "./node-only.js";

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  plugins: [forbidNodeOnly()],
  worker: { format: "es", plugins: () => [forbidNodeOnly()] },
  server: { fs: { allow: [".."] } },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 2000 },
});

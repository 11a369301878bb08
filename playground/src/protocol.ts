// The messages between the page (main.ts) and the training worker (worker.ts).

import type { Point } from "./curves.js";
import type { Regions } from "./regions.js";

export interface SplitData {
  readonly x: Float32Array;
  readonly y: Int32Array | Float32Array;
  readonly count: number;
}

export type ToWorker =
  | {
      readonly type: "train";
      readonly source: string;
      readonly seed: number;
      readonly epochs: number | undefined;
      /** Training (and test) examples the page loaded; undefined: the model's own (spiral, generated here). */
      readonly data: { readonly train: SplitData; readonly test?: SplitData } | undefined;
      readonly gpu: boolean;
    }
  | { readonly type: "pause" }
  | { readonly type: "resume" }
  /** One example in the input's layout (the drawing): answered with its top 5 once there are weights. */
  | { readonly type: "predict"; readonly x: Float32Array };

export type FromWorker =
  | { readonly type: "backend"; readonly backend: "webgpu" | "cpu"; readonly notice: string | undefined }
  | { readonly type: "compiled"; readonly ms: number }
  | {
      readonly type: "step";
      readonly done: number;
      readonly total: number;
      /** Over the last window of at least 250 ms of training (throughput.ts); null before the first. */
      readonly samplesPerSecond: number | null;
    }
  | ({
      readonly type: "epoch";
      readonly epoch: number;
      readonly epochs: number;
      readonly samplesPerSecond: number | null;
    } & Point)
  | { readonly type: "weights"; readonly bytes: Uint8Array; readonly model: string }
  /** The decision regions of a model of 2-D points, after an epoch (at most a few a second) and at the end. */
  | ({ readonly type: "regions" } & Regions)
  | {
      readonly type: "top5";
      readonly top: readonly { readonly class: number; readonly probability: number }[];
    }
  | { readonly type: "paused" }
  | { readonly type: "done"; readonly reason: string }
  | { readonly type: "error"; readonly message: string };

// The data readers on small files written to a temp folder (IDX gzip and plain, CSV, CIFAR-10 batches), every
// bad-input case, the named-set lookup order, the download path against a local HTTP server, and the real
// Fashion-MNIST where Debian's dataset-fashion-mnist is installed.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  csv,
  DataError,
  findNamedSet,
  idx,
  loadData,
  loadNamed,
  readCifarBatch,
  readIdx,
  searchDirs,
  spiral,
  type Dataset,
} from "../runtime/data/index.js";

const root = mkdtempSync(join(tmpdir(), "nnc-data-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dirCount = 0;
/** A fresh empty folder under the temp root. */
function freshDir(): string {
  const dir = join(root, `d${dirCount++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

type IdxCode = 0x08 | 0x09 | 0x0b | 0x0c | 0x0d | 0x0e;
const WIDTH: Record<IdxCode, number> = { 0x08: 1, 0x09: 1, 0x0b: 2, 0x0c: 4, 0x0d: 4, 0x0e: 8 };

/** An IDX file: magic 00 00 TT NN, big-endian dims, big-endian values. */
function makeIdx(code: IdxCode, dims: number[], values: readonly number[]): Buffer {
  const head = 4 + 4 * dims.length;
  const buf = Buffer.alloc(head + values.length * WIDTH[code]);
  buf[2] = code;
  buf[3] = dims.length;
  dims.forEach((d, i) => buf.writeUInt32BE(d, 4 + 4 * i));
  values.forEach((v, i) => {
    const at = head + i * WIDTH[code];
    if (code === 0x08) buf.writeUInt8(v, at);
    else if (code === 0x09) buf.writeInt8(v, at);
    else if (code === 0x0b) buf.writeInt16BE(v, at);
    else if (code === 0x0c) buf.writeInt32BE(v, at);
    else if (code === 0x0d) buf.writeFloatBE(v, at);
    else buf.writeDoubleBE(v, at);
  });
  return buf;
}

/** The error a call throws, checked to be a one-line DataError. */
function dataError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    const message = (e as Error).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error("expected a DataError");
}

async function dataErrorAsync(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    expect((e as Error).message).not.toContain("\n");
    return (e as Error).message;
  }
  throw new Error("expected a DataError");
}

const range = (n: number, f: (i: number) => number = (i) => i): number[] =>
  Array.from({ length: n }, (_, i) => f(i));

describe("readIdx", () => {
  it("reads ubyte images, gzip or not, as raw bytes with their dims", () => {
    const raw = makeIdx(
      0x08,
      [2, 2, 3],
      range(12, (i) => i * 20),
    );
    for (const bytes of [raw, gzipSync(raw)]) {
      const f = readIdx(bytes, "images.idx");
      expect(f.dims).toEqual([2, 2, 3]);
      expect(f.type).toBe("ubyte");
      expect([...f.data]).toEqual(range(12, (i) => i * 20));
    }
  });

  it("reads every data type big-endian", () => {
    const cases: [IdxCode, string, number[]][] = [
      [0x09, "byte", [-128, -1, 0, 127]],
      [0x0b, "short", [-32768, -2, 300, 32767]],
      [0x0c, "int", [-2147483648, -5, 70000, 2147483647]],
      [0x0d, "float", [-1.5, 0, 0.25, 3e8]],
      [0x0e, "double", [-1e-300, 0, Math.PI, 1e300]],
    ];
    for (const [code, type, values] of cases) {
      const f = readIdx(makeIdx(code, [4], values), "v.idx");
      expect(f.type).toBe(type);
      expect([...f.data]).toEqual(values);
    }
  });

  it("rejects a wrong magic number, naming the file", () => {
    const bad = makeIdx(0x08, [1], [0]);
    bad[0] = 0x50;
    expect(dataError(() => readIdx(bad, "x.idx"))).toMatch(
      /^x\.idx: not an IDX file: magic number 0x50000801/,
    );
    const badType = makeIdx(0x08, [1], [0]);
    badType[2] = 0x0a;
    expect(dataError(() => readIdx(badType, "y.idx"))).toMatch(/^y\.idx: not an IDX file/);
    const noDims = Buffer.from([0, 0, 8, 0]);
    expect(dataError(() => readIdx(noDims, "z.idx"))).toMatch(/^z\.idx: not an IDX file/);
    expect(dataError(() => readIdx(Buffer.from([0, 0]), "w.idx"))).toMatch(/^w\.idx: too short/);
  });

  it("rejects truncated files and trailing bytes, in gzip too", () => {
    const full = makeIdx(0x08, [3, 4], range(12));
    expect(dataError(() => readIdx(full.subarray(0, full.length - 1), "t.idx"))).toBe(
      "t.idx: truncated: the header declares [3, 4] ubyte values (24 bytes with the header), the file has 23",
    );
    expect(dataError(() => readIdx(gzipSync(full.subarray(0, 10)), "t.gz"))).toMatch(
      /^t\.gz: truncated IDX header/,
    );
    expect(dataError(() => readIdx(Buffer.concat([full, Buffer.from([1, 2])]), "u.idx"))).toMatch(
      /^u\.idx: 2 unexpected bytes after the \[3, 4\] ubyte values/,
    );
    const gz = gzipSync(full);
    expect(dataError(() => readIdx(gz.subarray(0, gz.length - 6), "cut.gz"))).toMatch(
      /^cut\.gz: not a valid gzip file/,
    );
  });
});

describe("idx", () => {
  const dir = freshDir();
  const images = range(3 * 4, (i) => (i * 23) % 256);
  writeFileSync(join(dir, "img.gz"), gzipSync(makeIdx(0x08, [3, 2, 2], images)));
  writeFileSync(join(dir, "lab.idx"), makeIdx(0x08, [3], [2, 0, 1]));
  writeFileSync(join(dir, "timg"), makeIdx(0x08, [1, 2, 2], [255, 0, 51, 102]));
  writeFileSync(join(dir, "tlab.gz"), gzipSync(makeIdx(0x08, [1], [1])));
  writeFileSync(join(dir, "short-labels"), makeIdx(0x08, [2], [0, 1]));
  writeFileSync(join(dir, "big-labels"), makeIdx(0x08, [3], [0, 1, 7]));
  writeFileSync(join(dir, "real-targets"), makeIdx(0x0d, [3, 2], [0.5, 1, 1.5, 2, 2.5, 3]));

  it("pairs images and labels, scaling ubyte pixels to [0, 1]", () => {
    const { train, test } = idx({ images: "img.gz", labels: "lab.idx" }, dir, 3);
    expect(train.count).toBe(3);
    expect(train.exampleShape).toEqual([2, 2]);
    expect(train.classes).toBe(3);
    expect(train.y).toBeInstanceOf(Int32Array);
    expect([...train.y]).toEqual([2, 0, 1]);
    expect(train.x).toBeInstanceOf(Float32Array);
    expect([...train.x]).toEqual(images.map((v) => Math.fround(v / 255)));
    expect(test).toBeUndefined();
  });

  it("reads the optional test pair", () => {
    const { test } = idx(
      { images: "img.gz", labels: "lab.idx", test_images: "timg", test_labels: "tlab.gz" },
      dir,
      3,
    );
    expect(test?.count).toBe(1);
    expect([...test!.x]).toEqual([1, 0, 0.2, 0.4].map(Math.fround));
    expect([...test!.y]).toEqual([1]);
  });

  it("reads real targets as floats when no class count is given", () => {
    const { train } = idx({ images: "img.gz", labels: "real-targets" }, dir);
    expect(train.y).toBeInstanceOf(Float32Array);
    expect([...train.y]).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
    expect(train.classes).toBeUndefined();
  });

  it("rejects counts that disagree, labels out of range, missing files and half a test pair", () => {
    expect(dataError(() => idx({ images: "img.gz", labels: "short-labels" }, dir, 3))).toBe(
      "short-labels: 2 labels, but img.gz has 3 images; the counts must agree",
    );
    expect(dataError(() => idx({ images: "img.gz", labels: "big-labels" }, dir, 3))).toBe(
      "big-labels: label 7 at index 2 is not a class in 0..2 (the target has 3 classes)",
    );
    expect(dataError(() => idx({ images: "nope.gz", labels: "lab.idx" }, dir, 3))).toBe(
      `nope.gz: file not found (looked for ${join(dir, "nope.gz")})`,
    );
    expect(
      dataError(() => idx({ images: "img.gz", labels: "lab.idx", test_images: "timg" }, dir, 3)),
    ).toMatch(/^timg: `test_images` and `test_labels` go together/);
  });
});

describe("csv", () => {
  const dir = freshDir();
  const write = (name: string, text: string): void => writeFileSync(join(dir, name), text);
  write("train.csv", 'a,"b",label\n1,2,0\n3.5,-4e-1,2\r\n\n5,6,1\n');
  write("test.csv", "label,b,a\n1,20,10\n");
  write("no-label.csv", "a,b,kind\n1,2,0\n");
  write("missing.csv", "a,b,label\n1,2,0\n3,,1\n");
  write("short-row.csv", "a,b,label\n1,2,0\n3,4\n");
  write("text.csv", "a,b,label\n1,2,0\n3,x4,1\n");
  write("range.csv", "a,b,label\n1,2,0\n3,4,3\n");
  write("fraction.csv", "a,b,label\n1,2,0.5\n");
  write("no-header.csv", "1,2,0\n3,4,1\n");
  write("other-cols.csv", "a,c,label\n1,2,0\n");

  it("takes the label column by name and every other column as a feature", () => {
    const { train, test } = csv({ path: "train.csv", label: "label" }, dir, 3);
    expect(train.count).toBe(3);
    expect(train.exampleShape).toEqual([2]);
    expect([...train.x]).toEqual([1, 2, 3.5, -0.4, 5, 6].map(Math.fround));
    expect(train.y).toBeInstanceOf(Int32Array);
    expect([...train.y]).toEqual([0, 2, 1]);
    expect(test).toBeUndefined();
  });

  it("reads a test file whose columns come in another order, by name", () => {
    const { test } = csv({ path: "train.csv", label: "label", test: "test.csv" }, dir, 3);
    expect([...test!.x]).toEqual([10, 20]);
    expect([...test!.y]).toEqual([1]);
  });

  it("reads real targets when no class count is given", () => {
    const { train } = csv({ path: "fraction.csv", label: "label" }, dir);
    expect(train.y).toBeInstanceOf(Float32Array);
    expect([...train.y]).toEqual([0.5]);
  });

  it("names the file, line and column of a bad cell", () => {
    const read = (path: string, test?: string) => () => csv({ path, label: "label", test }, dir, 3);
    expect(dataError(read("no-label.csv"))).toBe(
      "no-label.csv: no column `label` for the label; the columns are `a`, `b`, `kind`",
    );
    expect(dataError(read("missing.csv"))).toBe("missing.csv:3: missing value in column `b`");
    expect(dataError(read("short-row.csv"))).toBe("short-row.csv:3: missing value in column `label`");
    expect(dataError(read("text.csv"))).toBe("text.csv:3: `x4` in column `b` is not a number");
    expect(dataError(read("range.csv"))).toBe(
      "range.csv:3: label 3 in column `label` is not a class in 0..2 (the target has 3 classes)",
    );
    expect(dataError(read("fraction.csv"))).toMatch(
      /^fraction\.csv:2: label 0\.5 in column `label` is not a class/,
    );
    expect(dataError(read("no-header.csv"))).toMatch(/^no-header\.csv:1: the first row is all numbers/);
    expect(dataError(read("train.csv", "other-cols.csv"))).toBe(
      "other-cols.csv: the columns differ from the training file's: lacks `b` and has extra `c`",
    );
    expect(dataError(read("absent.csv"))).toMatch(/^absent\.csv: file not found/);
  });
});

/** CIFAR-10 records: 1 label byte, then 3072 pixel bytes (channels first). */
function cifarBatch(labels: readonly number[], pixel: (n: number, i: number) => number): Buffer {
  const buf = Buffer.alloc(labels.length * 3073);
  labels.forEach((label, n) => {
    buf[n * 3073] = label;
    for (let i = 0; i < 3072; i++) buf[n * 3073 + 1 + i] = pixel(n, i);
  });
  return buf;
}

const CIFAR_FILES = [
  "data_batch_1.bin",
  "data_batch_2.bin",
  "data_batch_3.bin",
  "data_batch_4.bin",
  "data_batch_5.bin",
];

describe("cifar10", () => {
  it("reads the five training batches and the test batch from cifar-10-batches-bin/", async () => {
    const dataDir = freshDir();
    const dir = join(dataDir, "cifar10", "cifar-10-batches-bin");
    mkdirSync(dir, { recursive: true });
    CIFAR_FILES.forEach((f, b) =>
      writeFileSync(
        join(dir, f),
        cifarBatch([b, 9], (n, i) => (b + n + i) % 256),
      ),
    );
    writeFileSync(
      join(dir, "test_batch.bin"),
      cifarBatch([3], () => 255),
    );
    const { train, test } = await loadNamed("cifar10", { dataDir, home: freshDir(), download: false });
    expect(train.count).toBe(10);
    expect(train.exampleShape).toEqual([3, 32, 32]);
    expect(train.classes).toBe(10);
    expect([...train.y]).toEqual([0, 9, 1, 9, 2, 9, 3, 9, 4, 9]);
    // the third example is batch 2's first record: pixel i holds (1 + 0 + i) % 256
    expect(train.x[2 * 3072 + 5]).toBe(Math.fround(6 / 255));
    expect(test!.count).toBe(1);
    expect(test!.x.every((v) => v === 1)).toBe(true);
  });

  it("rejects a partial record and a label above 9", () => {
    expect(dataError(() => readCifarBatch(new Uint8Array(3074), "b.bin"))).toBe(
      "b.bin: 3074 bytes is not a whole number of CIFAR-10 records (3073 bytes each: 1 label byte and 3072 pixel bytes)",
    );
    expect(
      dataError(() =>
        readCifarBatch(
          cifarBatch([1, 10], () => 0),
          "c.bin",
        ),
      ),
    ).toBe("c.bin: record 1 has label 10; CIFAR-10 labels are 0..9");
  });
});

describe("spiral", () => {
  it("makes `points` points on each of `classes` arms, deterministic for a seed", () => {
    const a = spiral({ classes: 3, points: 100, noise: 0.2, seed: 7 }).train;
    expect(a.count).toBe(300);
    expect(a.exampleShape).toEqual([2]);
    expect(a.classes).toBe(3);
    expect([...a.y.subarray(95, 105)]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(spiral({ classes: 3, points: 100, noise: 0.2, seed: 7 }).train.x).toEqual(a.x);
    expect(spiral({ classes: 3, points: 100, noise: 0.2, seed: 8 }).train.x).not.toEqual(a.x);
  });

  it("follows the CS231n formula when there is no noise", () => {
    const { train } = spiral({ classes: 2, points: 5, noise: 0 });
    // class 1, i = 2: r = 0.5, t = 4 + 4 * 0.5 = 6
    expect(train.x[2 * 7]).toBeCloseTo(0.5 * Math.sin(6), 6);
    expect(train.x[2 * 7 + 1]).toBeCloseTo(0.5 * Math.cos(6), 6);
    // the last point of each arm is at radius 1
    expect(Math.hypot(train.x[2 * 9]!, train.x[2 * 9 + 1]!)).toBeCloseTo(1, 6);
  });

  it("draws standard normal noise", () => {
    // the noise on t at radius 1 is recovered exactly as the angle's deviation; its spread must be ~noise
    const points = 4000;
    const { train } = spiral({ classes: 1, points, noise: 1, seed: 3 });
    let sum = 0;
    let sq = 0;
    let n = 0;
    for (let i = 1; i < points; i++) {
      const r = i / (points - 1);
      const t = (4 * i) / (points - 1);
      const angle = Math.atan2(train.x[2 * i]! / r, train.x[2 * i + 1]! / r);
      const d = Math.atan2(Math.sin(angle - t), Math.cos(angle - t));
      if (Math.abs(d) < 2.5) {
        sum += d;
        sq += d * d;
        n++;
      }
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.1);
    expect(Math.sqrt(sq / n)).toBeGreaterThan(0.8);
  });
});

/** A tiny MNIST-like set: `n` 28×28 images whose labels all equal `tag`, so a test can tell which copy loaded. */
function writeMnistLike(dir: string, tag: number, gz: boolean, n = 2): Record<string, Buffer> {
  mkdirSync(dir, { recursive: true });
  const files: Record<string, Buffer> = {};
  const put = (name: string, raw: Buffer): void => {
    const bytes = gz ? gzipSync(raw) : raw;
    files[name] = bytes;
    writeFileSync(join(dir, gz ? name : name.replace(/\.gz$/, "")), bytes);
  };
  put(
    "train-images-idx3-ubyte.gz",
    makeIdx(
      0x08,
      [n, 28, 28],
      range(n * 784, (i) => i % 256),
    ),
  );
  put(
    "train-labels-idx1-ubyte.gz",
    makeIdx(
      0x08,
      [n],
      range(n, () => tag),
    ),
  );
  put(
    "t10k-images-idx3-ubyte.gz",
    makeIdx(
      0x08,
      [1, 28, 28],
      range(784, () => 255),
    ),
  );
  put("t10k-labels-idx1-ubyte.gz", makeIdx(0x08, [1], [tag]));
  return files;
}

describe("named data sets", () => {
  it("look in --data-dir, $NNC_DATA, ~/.cache/nnc/NAME, /usr/share/datasets/NAME in that order", async () => {
    const dataDir = freshDir();
    const nncData = freshDir();
    const home = freshDir();
    const systemDir = freshDir();
    writeMnistLike(join(systemDir, "fashion-mnist"), 4, true);
    const options = { dataDir, env: { NNC_DATA: nncData }, home, systemDir, download: false };
    const tag = async (): Promise<number> => (await loadNamed("fashion_mnist", options)).train.y[0]!;
    expect(await tag()).toBe(4);
    writeMnistLike(join(home, ".cache", "nnc", "fashion_mnist"), 3, false);
    expect(await tag()).toBe(3);
    writeMnistLike(join(nncData, "fashion-mnist"), 2, true);
    expect(await tag()).toBe(2);
    writeMnistLike(dataDir, 1, false);
    expect(await tag()).toBe(1);
    expect(searchDirs("fashion_mnist", options)).toEqual([
      join(dataDir, "fashion_mnist"),
      join(dataDir, "fashion-mnist"),
      dataDir,
      join(nncData, "fashion_mnist"),
      join(nncData, "fashion-mnist"),
      nncData,
      join(home, ".cache", "nnc", "fashion_mnist"),
      join(systemDir, "fashion-mnist"),
    ]);
  });

  it("give examples of shape [1, 28, 28] with 10 classes", async () => {
    const dataDir = freshDir();
    writeMnistLike(join(dataDir, "mnist"), 7, true, 3);
    const { train, test } = await loadNamed("mnist", { dataDir, home: freshDir(), download: false });
    expect(train.count).toBe(3);
    expect(train.exampleShape).toEqual([1, 28, 28]);
    expect(train.classes).toBe(10);
    expect(train.x.length).toBe(3 * 784);
    expect(test!.count).toBe(1);
    expect(test!.x[100]).toBe(1);
  });

  it("skip a folder that holds only part of a set", () => {
    const dataDir = freshDir();
    writeMnistLike(dataDir, 1, true);
    rmSync(join(dataDir, "t10k-labels-idx1-ubyte.gz"));
    expect(findNamedSet("mnist", { dataDir, home: freshDir(), systemDir: freshDir() })).toBeUndefined();
  });

  it("say where they looked and where to put the files when offline", async () => {
    const home = freshDir();
    const systemDir = freshDir();
    const message = await dataErrorAsync(loadNamed("fashion_mnist", { home, systemDir, download: false }));
    expect(message).toBe(
      `data set \`fashion_mnist\` is in none of ${join(home, ".cache", "nnc", "fashion_mnist")}, ` +
        `${join(systemDir, "fashion-mnist")}, and downloading it failed: downloads are turned off; put ` +
        "train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, " +
        `t10k-labels-idx1-ubyte.gz into ${join(home, ".cache", "nnc", "fashion_mnist")} (or a folder given by ` +
        "--data-dir or $NNC_DATA), or on Debian or Ubuntu, `apt-get install dataset-fashion-mnist`",
    );
  });

  it("go through loadData like the other sources", async () => {
    const dataDir = freshDir();
    writeMnistLike(join(dataDir, "fashion_mnist"), 5, true);
    const named = await loadData({ kind: "fashion_mnist" }, { baseDir: root, dataDir, home: freshDir() });
    expect(named.train.y[0]).toBe(5);
    const sp = await loadData(
      { kind: "spiral", classes: 2, points: 3, noise: 0 },
      { baseDir: root, seed: 1 },
    );
    expect(sp.train.count).toBe(6);
  });
});

/** A ustar archive of regular files, for the CIFAR-10 download. */
function makeTar(files: Record<string, Buffer>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, data] of Object.entries(files)) {
    const h = Buffer.alloc(512);
    h.write(name, 0, "utf8");
    h.write("0000644\0", 100);
    h.write("0000000\0", 108);
    h.write("0000000\0", 116);
    h.write(`${data.length.toString(8).padStart(11, "0")}\0`, 124);
    h.write("00000000000\0", 136);
    h.write("        ", 148);
    h.write("0", 156);
    h.write("ustar\0" + "00", 257);
    const sum = h.reduce((s, b) => s + b, 0);
    h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

describe("downloads", () => {
  const served = new Map<string, Buffer>();
  const requests: string[] = [];
  let server: Server;
  let baseUrl = "";
  const sha = (b: Buffer): string => createHash("sha256").update(b).digest("hex");

  beforeAll(async () => {
    server = createServer((req, res) => {
      const name = (req.url ?? "").replace(/^\/data\//, "");
      requests.push(name);
      const body = served.get(name);
      if (body === undefined) {
        res.writeHead(404).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": "application/octet-stream" }).end(body);
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const source = writeMnistLike(freshDir(), 6, true);
  for (const [name, bytes] of Object.entries(source)) served.set(name, bytes);
  const goodSums = Object.fromEntries(Object.entries(source).map(([name, bytes]) => [name, sha(bytes)]));

  it("fetch a missing set into ~/.cache/nnc/NAME, checksums verified", async () => {
    const home = freshDir();
    const lines: string[] = [];
    const options = {
      home,
      systemDir: freshDir(),
      baseUrl,
      checksums: goodSums,
      log: (l: string) => lines.push(l),
    };
    const { train } = await loadNamed("mnist", options);
    expect(train.y[0]).toBe(6);
    const cache = join(home, ".cache", "nnc", "mnist");
    expect(readdirSync(cache).sort()).toEqual(Object.keys(source).sort());
    expect(lines).toContain(`downloading ${baseUrl}train-images-idx3-ubyte.gz`);
    // a second load finds the cache and downloads nothing
    const before = requests.length;
    await loadNamed("mnist", options);
    expect(requests.length).toBe(before);
  });

  it("fetch only the files the cache lacks", async () => {
    const home = freshDir();
    const cache = join(home, ".cache", "nnc", "mnist");
    writeMnistLike(cache, 6, true);
    rmSync(join(cache, "t10k-labels-idx1-ubyte.gz"));
    const before = requests.length;
    await loadNamed("mnist", { home, systemDir: freshDir(), baseUrl, checksums: goodSums });
    expect(requests.slice(before)).toEqual(["t10k-labels-idx1-ubyte.gz"]);
  });

  it("keep nothing when a checksum is wrong", async () => {
    const home = freshDir();
    const checksums = { ...goodSums, "t10k-images-idx3-ubyte.gz": "0".repeat(64) };
    const message = await dataErrorAsync(
      loadNamed("mnist", { home, systemDir: freshDir(), baseUrl, checksums }),
    );
    expect(message).toContain(
      `${baseUrl}t10k-images-idx3-ubyte.gz: checksum mismatch: the download has sha256 ` +
        `${goodSums["t10k-images-idx3-ubyte.gz"]}, expected ${"0".repeat(64)}; it was not saved`,
    );
    expect(message).toMatch(/^data set `mnist` is in none of /);
    const cache = join(home, ".cache", "nnc", "mnist");
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  });

  it("check the published checksums by default", async () => {
    const home = freshDir();
    const message = await dataErrorAsync(
      loadNamed("fashion_mnist", { home, systemDir: freshDir(), baseUrl }),
    );
    expect(message).toContain("checksum mismatch");
    expect(message).toContain("expected 3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84");
    expect(existsSync(join(home, ".cache", "nnc", "fashion_mnist"))).toBe(false);
  });

  it("report an HTTP error or an unreachable server with the paths searched", async () => {
    const home = freshDir();
    const missing = await dataErrorAsync(
      loadNamed("mnist", { home, systemDir: freshDir(), baseUrl: `${baseUrl}nowhere/`, checksums: goodSums }),
    );
    expect(missing).toContain(
      `${baseUrl}nowhere/train-images-idx3-ubyte.gz: download failed (HTTP 404 Not Found)`,
    );
    expect(missing).toContain(`put train-images-idx3-ubyte.gz`);
    // a port that was just free: nothing listens there
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const offline = await dataErrorAsync(
      loadNamed("mnist", {
        home,
        systemDir: freshDir(),
        baseUrl: `http://127.0.0.1:${port}/`,
        checksums: goodSums,
      }),
    );
    expect(offline).toContain(
      `http://127.0.0.1:${port}/train-images-idx3-ubyte.gz: download failed (ECONNREFUSED)`,
    );
  });

  it("unpack the CIFAR-10 archive into cifar-10-batches-bin/", async () => {
    const members: Record<string, Buffer> = {
      "cifar-10-batches-bin/batches.meta.txt": Buffer.from("airplane\n"),
    };
    for (const f of [...CIFAR_FILES, "test_batch.bin"]) {
      members[`cifar-10-batches-bin/${f}`] = cifarBatch([f.length % 10], () => 0);
    }
    const archive = gzipSync(makeTar(members));
    served.set("cifar-10-binary.tar.gz", archive);
    const home = freshDir();
    const checksums = { "cifar-10-binary.tar.gz": sha(archive) };
    const { train, test } = await loadNamed("cifar10", { home, systemDir: freshDir(), baseUrl, checksums });
    expect(train.count).toBe(5);
    expect(test!.count).toBe(1);
    expect(readdirSync(join(home, ".cache", "nnc", "cifar10", "cifar-10-batches-bin")).sort()).toEqual(
      [...CIFAR_FILES, "test_batch.bin"].sort(),
    );
  });
});

describe("Fashion-MNIST from Debian's dataset-fashion-mnist", () => {
  const systemDir = "/usr/share/datasets";
  it("loads 60000 + 10000 examples of 784 values in [0, 1] with labels 0..9", async (ctx) => {
    ctx.skip(
      !existsSync(join(systemDir, "fashion-mnist")),
      "/usr/share/datasets/fashion-mnist is absent: `apt-get install dataset-fashion-mnist` to run this test",
    );
    const { train, test } = await loadNamed("fashion_mnist", {
      home: freshDir(),
      systemDir,
      download: false,
    });
    const check = (d: Dataset, count: number): void => {
      expect(d.count).toBe(count);
      expect(d.exampleShape).toEqual([1, 28, 28]);
      expect(d.x.length).toBe(count * 784);
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of d.x) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      expect([lo, hi]).toEqual([0, 1]);
      const seen = new Set(d.y);
      expect([...seen].sort((a, b) => a - b)).toEqual(range(10));
    };
    check(train, 60000);
    check(test!, 10000);
    // the first training example is an ankle boot (9), the first test example too
    expect([train.y[0], test!.y[0]]).toEqual([9, 9]);
  });
});

// The setup in the URL's hash, so a link reproduces it: `#z` then base64url of the deflate-raw'd JSON (a source of a
// few kilobytes stays a link one can paste). Hashes written before compression (plain base64url of the JSON) still read.

export interface Setup {
  readonly source: string;
  readonly seed: number;
  /** The `#data` choice: `model`, `fashion_mnist`, `mnist`, `csv`. */
  readonly data: string;
  /** Overrides the file's epochs; undefined: the file's. */
  readonly epochs?: number | undefined;
  /** WebGPU on (false: the CPU backend). */
  readonly gpu?: boolean | undefined;
}

const COMPRESSED = "z";

function toBase64url(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array {
  return Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
}

async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The hash (without `#`) for a setup. */
export async function encodeSetup(setup: Setup): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(setup));
  return COMPRESSED + toBase64url(await through(json, new CompressionStream("deflate-raw")));
}

/** The setup a hash (without `#`) holds, compressed or plain; undefined when it holds none. */
export async function decodeSetup(hash: string): Promise<Setup | undefined> {
  try {
    // base64url of JSON starts `ey` (`{"`), never `z`.
    const bytes = hash.startsWith(COMPRESSED)
      ? await through(fromBase64url(hash.slice(1)), new DecompressionStream("deflate-raw"))
      : fromBase64url(hash);
    const o = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Setup>;
    if (typeof o.source !== "string") return undefined;
    return {
      source: o.source,
      seed: Number.isInteger(o.seed) ? o.seed! : 0,
      data: typeof o.data === "string" ? o.data : "model",
      epochs: Number.isInteger(o.epochs) && o.epochs! > 0 ? o.epochs : undefined,
      gpu: o.gpu !== false,
    };
  } catch {
    return undefined;
  }
}

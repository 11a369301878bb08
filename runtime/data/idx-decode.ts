// IDX bytes (the MNIST format, already inflated) in, typed arrays out, with every size checked against the header;
// and an image file with a label file as a split. No file system and no zlib here: idx.ts reads files (gzip or
// not), the playground fetches them.

import { DataError, sizeOf, type Dataset } from "./dataset.js";

/** The IDX element types, by their code in the third byte of the magic number. */
export const IDX_TYPES = {
  0x08: { name: "ubyte", bytes: 1 },
  0x09: { name: "byte", bytes: 1 },
  0x0b: { name: "short", bytes: 2 },
  0x0c: { name: "int", bytes: 4 },
  0x0d: { name: "float", bytes: 4 },
  0x0e: { name: "double", bytes: 8 },
} as const;

export type IdxType = (typeof IDX_TYPES)[keyof typeof IDX_TYPES]["name"];
export type IdxData = Uint8Array | Int8Array | Int16Array | Int32Array | Float32Array | Float64Array;

export interface IdxFile {
  readonly dims: readonly number[];
  readonly type: IdxType;
  /** The values in file order, converted from big-endian; `ubyte` data is returned raw (0..255). */
  readonly data: IdxData;
}

export function isIdxCode(code: number): code is keyof typeof IDX_TYPES {
  return code in IDX_TYPES;
}

const hex = (n: number): string => `0x${n.toString(16).padStart(8, "0")}`;

/** Decodes an inflated IDX file: magic 00 00 TT NN (TT the element type, NN the number of dimensions), NN big-endian
 * u32 sizes, then exactly the product of the sizes in big-endian elements. */
export function decodeIdx(bytes: Uint8Array, fileName: string): IdxFile {
  if (bytes.length < 4)
    throw new DataError(`${fileName}: too short to be an IDX file (${bytes.length} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, false);
  const code = bytes[2]!;
  const ndims = bytes[3]!;
  if (bytes[0] !== 0 || bytes[1] !== 0 || !isIdxCode(code) || ndims === 0) {
    throw new DataError(
      `${fileName}: not an IDX file: magic number ${hex(magic)} ` +
        `(expected 0x00000803 for images, 0x00000801 for labels, or another 0x0000TTNN IDX header)`,
    );
  }
  const type = IDX_TYPES[code];
  const headerBytes = 4 + 4 * ndims;
  if (bytes.length < headerBytes) {
    throw new DataError(
      `${fileName}: truncated IDX header: ${ndims} dimensions need ${headerBytes} bytes, the file has ${bytes.length}`,
    );
  }
  const dims: number[] = [];
  for (let i = 0; i < ndims; i++) dims.push(view.getUint32(4 + 4 * i, false));
  const count = sizeOf(dims);
  const expected = headerBytes + count * type.bytes;
  const described = `[${dims.join(", ")}] ${type.name} values (${expected} bytes with the header)`;
  if (bytes.length < expected) {
    throw new DataError(
      `${fileName}: truncated: the header declares ${described}, the file has ${bytes.length}`,
    );
  }
  if (bytes.length > expected) {
    throw new DataError(
      `${fileName}: ${bytes.length - expected} unexpected bytes after the ${described} the header declares`,
    );
  }
  return { dims, type: type.name, data: decode(view, headerBytes, count, type.name) };
}

function decode(view: DataView, offset: number, n: number, type: IdxType): IdxData {
  switch (type) {
    case "ubyte":
      return new Uint8Array(view.buffer, view.byteOffset + offset, n);
    case "byte":
      return new Int8Array(view.buffer, view.byteOffset + offset, n);
    case "short": {
      const out = new Int16Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getInt16(offset + 2 * i, false);
      return out;
    }
    case "int": {
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getInt32(offset + 4 * i, false);
      return out;
    }
    case "float": {
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getFloat32(offset + 4 * i, false);
      return out;
    }
    case "double": {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getFloat64(offset + 8 * i, false);
      return out;
    }
  }
}

/** An IDX image file's values as examples: ubyte pixels scaled to [0, 1] by /255, other types as they are. */
export function idxExamples(file: IdxFile): Float32Array {
  if (file.type === "ubyte") {
    const out = new Float32Array(file.data.length);
    for (let i = 0; i < out.length; i++) out[i] = file.data[i]! / 255;
    return out;
  }
  return file.data instanceof Float32Array ? file.data : Float32Array.from(file.data);
}

/**
 * Class labels (one integer in 0..classes-1 per example) when `classes` is given, else real targets as they
 * are. `n` is the number of examples the image file declares.
 */
export function idxTargets(
  labels: IdxFile,
  n: number,
  classes: number | undefined,
  names: { images: string; labels: string },
): Int32Array | Float32Array {
  const count = labels.dims[0]!;
  if (count !== n) {
    throw new DataError(
      `${names.labels}: ${count} labels, but ${names.images} has ${n} images; the counts must agree`,
    );
  }
  if (classes === undefined) {
    return labels.data instanceof Float32Array ? labels.data : Float32Array.from(labels.data);
  }
  if (labels.dims.length !== 1) {
    throw new DataError(
      `${names.labels}: class labels must be one number per example, found shape [${labels.dims.join(", ")}]`,
    );
  }
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const v = labels.data[i]!;
    if (!Number.isInteger(v) || v < 0 || v >= classes) {
      throw new DataError(
        `${names.labels}: label ${v} at index ${i} is not a class in 0..${classes - 1} (the target has ${classes} classes)`,
      );
    }
    out[i] = v;
  }
  return out;
}

/** One split from an image file and a label file. */
export function idxPair(
  images: IdxFile,
  labels: IdxFile,
  classes: number | undefined,
  names: { images: string; labels: string },
): Dataset {
  const count = images.dims[0]!;
  const y = idxTargets(labels, count, classes, names);
  const exampleShape = images.dims.slice(1);
  const x = idxExamples(images);
  return classes === undefined ? { x, y, count, exampleShape } : { x, y, count, exampleShape, classes };
}

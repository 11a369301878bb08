// A folder of images as a training set, processed in the page: the files of a dropped folder (its entries walked),
// each decoded and resized to the input by createImageBitmap, classed by sub-folder (image-pixels.ts).

import { labelPaths, rgbaToInput, type ImageInput } from "./image-pixels.js";

export interface ImageFile {
  /** Relative to the dropped or chosen folder's parent: `root/class/name.png`. */
  readonly path: string;
  readonly file: File;
}

/** The files under the folders dropped on the page (directory entries walked), with their relative paths. */
export async function droppedFiles(items: DataTransferItemList): Promise<ImageFile[]> {
  const out: ImageFile[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail));
      out.push({ path: entry.fullPath.replace(/^\//, ""), file });
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries answers in batches until an empty one.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const e of batch) await walk(e);
    }
  };
  const entries = [...items].map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  for (const e of entries) await walk(e);
  return out;
}

/** The images decoded and resized to the input (createImageBitmap), with their classes; errors name the file. */
export async function imageSplit(
  files: readonly ImageFile[],
  input: ImageInput,
  classes: number,
): Promise<{ x: Float32Array; y: Int32Array; count: number; names: string[] }> {
  const images = files.filter((f) => /\.(png|jpe?g|gif|bmp|webp)$/i.test(f.path));
  const named = labelPaths(images.map((f) => f.path));
  if (named.classes.length === 0)
    throw new Error("no images in sub-folders: drop a folder holding one sub-folder of images per class");
  if (named.classes.length > classes)
    throw new Error(
      `the folder holds ${named.classes.length} classes (${named.classes.join(", ")}), but the model's target has ${classes}`,
    );
  const kept = images.flatMap((f, i) =>
    named.labels[i] === undefined ? [] : [{ ...f, label: named.labels[i]! }],
  );
  const size = input.channels * input.h * input.w;
  const x = new Float32Array(kept.length * size);
  const y = new Int32Array(kept.length);
  const canvas = new OffscreenCanvas(input.w, input.h);
  const g = canvas.getContext("2d", { willReadFrequently: true })!;
  for (const [i, f] of kept.entries()) {
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(f.file, {
        resizeWidth: input.w,
        resizeHeight: input.h,
        resizeQuality: "high",
      });
    } catch {
      throw new Error(`${f.path} is not an image the browser can decode`);
    }
    g.clearRect(0, 0, input.w, input.h);
    g.drawImage(bitmap, 0, 0);
    bitmap.close();
    x.set(rgbaToInput(g.getImageData(0, 0, input.w, input.h).data, input), i * size);
    y[i] = f.label;
  }
  return { x, y, count: kept.length, names: named.classes };
}

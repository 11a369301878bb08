// The named data sets of LANGUAGE §9.1: which files make each one, what its examples look like, and where and
// with which checksums it is downloaded. Data only; `named.ts` finds, fetches and reads them.

import type { Checksum } from "./download.js";

export type NamedSetName = "fashion_mnist" | "mnist" | "cifar10";

export interface NamedSet {
  readonly name: NamedSetName;
  readonly format: "idx" | "cifar10";
  readonly exampleShape: readonly number[];
  readonly classes: number;
  /** What each class is, by label (`nnc predict` prints them). */
  readonly classNames: readonly string[];
  /** The files that make the set, relative to its folder (an IDX `.gz` may also be stored gunzipped). */
  readonly files: readonly string[];
  /** Download addresses, tried in order; each download's name is appended. */
  readonly mirrors: readonly string[];
  /** What is downloaded: the files themselves (IDX) or one archive that holds them (CIFAR-10). */
  readonly downloads: readonly ({ readonly file: string } & Checksum)[];
  /** A hint for the "not found" message, where a system package provides the set. */
  readonly packageHint?: string;
}

const IDX_FILES = [
  "train-images-idx3-ubyte.gz",
  "train-labels-idx1-ubyte.gz",
  "t10k-images-idx3-ubyte.gz",
  "t10k-labels-idx1-ubyte.gz",
] as const;

export const CIFAR_DIR = "cifar-10-batches-bin";
const CIFAR_FILES = [
  "data_batch_1.bin",
  "data_batch_2.bin",
  "data_batch_3.bin",
  "data_batch_4.bin",
  "data_batch_5.bin",
  "test_batch.bin",
] as const;

export const NAMED_SETS: Readonly<Record<NamedSetName, NamedSet>> = {
  fashion_mnist: {
    name: "fashion_mnist",
    format: "idx",
    exampleShape: [1, 28, 28],
    classes: 10,
    // as zalandoresearch/fashion-mnist's README names the labels 0..9
    classNames: [
      "T-shirt/top",
      "Trouser",
      "Pullover",
      "Dress",
      "Coat",
      "Sandal",
      "Shirt",
      "Sneaker",
      "Bag",
      "Ankle boot",
    ],
    files: IDX_FILES,
    // the address zalandoresearch/fashion-mnist's README links to (plain http: the checksum is what is trusted)
    mirrors: ["http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"],
    // sha256 of the published files. Checked here without network access: Debian's dataset-fashion-mnist holds
    // the same deflate streams with the gzip header's name and mtime stripped; restoring them (name, mtime
    // 1504176606 / 1504176627, i.e. 2017-08-31) gives files with exactly these sha256 values and the MD5s in
    // upstream's README (8d4fb7e6…, 25c81989…, bef4ecab…, bb300cfd…). `contentSha256` is the sha256 of the
    // gunzipped IDX data, computed from the Debian files, so a regzipped mirror is accepted too.
    downloads: [
      {
        file: "train-images-idx3-ubyte.gz",
        sha256: "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
        contentSha256: "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
      },
      {
        file: "train-labels-idx1-ubyte.gz",
        sha256: "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
        contentSha256: "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
      },
      {
        file: "t10k-images-idx3-ubyte.gz",
        sha256: "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
        contentSha256: "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
      },
      {
        file: "t10k-labels-idx1-ubyte.gz",
        sha256: "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5",
        contentSha256: "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
      },
    ],
    packageHint: "on Debian or Ubuntu, `apt-get install dataset-fashion-mnist`",
  },
  mnist: {
    name: "mnist",
    format: "idx",
    exampleShape: [1, 28, 28],
    classes: 10,
    classNames: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    files: IDX_FILES,
    // yann.lecun.com often refuses downloads now; torchvision's mirror comes first. The sha256 values are the
    // published files' (as TensorFlow Datasets and torchvision pin them; not re-checked here, no network).
    mirrors: ["https://ossci-datasets.s3.amazonaws.com/mnist/", "http://yann.lecun.com/exdb/mnist/"],
    downloads: [
      {
        file: "train-images-idx3-ubyte.gz",
        sha256: "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
      },
      {
        file: "train-labels-idx1-ubyte.gz",
        sha256: "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
      },
      {
        file: "t10k-images-idx3-ubyte.gz",
        sha256: "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
      },
      {
        file: "t10k-labels-idx1-ubyte.gz",
        sha256: "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
      },
    ],
  },
  cifar10: {
    name: "cifar10",
    format: "cifar10",
    exampleShape: [3, 32, 32],
    classes: 10,
    // batches.meta.txt's order
    classNames: ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"],
    files: CIFAR_FILES,
    mirrors: ["https://www.cs.toronto.edu/~kriz/"],
    // the binary version's archive (md5 c32a1d4ab5d03f1284b67883e8d87530 on the CIFAR page); the sha256 is the
    // one torchvision ports and TensorFlow Datasets pin, not re-checked here (no network)
    downloads: [
      {
        file: "cifar-10-binary.tar.gz",
        sha256: "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd",
      },
    ],
  },
};

export function isNamedSet(name: string): name is NamedSetName {
  return Object.hasOwn(NAMED_SETS, name);
}

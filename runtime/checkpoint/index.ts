// Checkpoints: named float32 tensors to and from safetensors files (LANGUAGE §10).

export {
  CheckpointError,
  checkAgainst,
  decodeSafetensors,
  encodeSafetensors,
  readSafetensors,
  writeSafetensors,
  type LoadedCheckpoint,
  type LoadedTensor,
  type NamedTensor,
} from "./safetensors.js";

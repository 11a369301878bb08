// A path's last part, as the export's headers name the source (`spiral.nn`), without node:path: the compiler runs
// in the browser too. Either separator counts, so a Windows path gives its file name on any platform.

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** How a workspace file is shown: relative to the workspace, never the runner's absolute path. */
import path from 'node:path'

/** `file` relative to `root` when it lies inside; otherwise as the user wrote it (`given`). */
export function shownPath(file: string, root: string, given: string): string {
  const relative = path.relative(root, file)
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  return inside ? relative.split(path.sep).join('/') : given
}

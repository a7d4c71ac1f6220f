/** Reading, writing and removing the freeze file in the workspace. */
import fs from 'node:fs'
import { formatFreezeFile, type FreezeDetails, type FreezeNotice } from '../engine/freeze.js'

const MAX_SHOWN_CHARS = 2000

export function readFreezeFile(file: string): FreezeNotice | undefined {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    // Unreadable but present (a directory, no permission): still a freeze, fail closed.
    return { file, text: `(present but unreadable: ${(error as NodeJS.ErrnoException).code})` }
  }
  const trimmed = text.trim()
  return {
    file,
    text: trimmed.length > MAX_SHOWN_CHARS ? `${trimmed.slice(0, MAX_SHOWN_CHARS)}…` : trimmed
  }
}

export function writeFreezeFile(file: string, details: FreezeDetails): void {
  fs.writeFileSync(file, formatFreezeFile(details))
}

/** Removes the freeze file; false when there was none. */
export function removeFreezeFile(file: string): boolean {
  try {
    fs.unlinkSync(file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

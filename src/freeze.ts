/** The freeze file: a manual deploy freeze that anyone can set with `error-budget freeze`. */
import fs from 'node:fs'

export interface FreezeNotice {
  file: string
  /** The file's text (reason, who, when), capped so a huge file cannot flood the report. */
  text: string
}

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

export interface FreezeDetails {
  reason: string
  by: string
  at: Date
}

export function formatFreezeFile(details: FreezeDetails): string {
  return `reason: ${details.reason}\nby: ${details.by}\nat: ${details.at.toISOString()}\n`
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

/** Reading, writing and removing the freeze file in the workspace. */
import fs from 'node:fs'
import { formatFreezeFile, type FreezeDetails, type FreezeNotice } from '../engine/freeze.js'
import { oneLine } from '../text/escape.js'
import { readRepositoryFile } from './read.js'

/** The file holds three short lines; anything bigger is not a freeze file we wrote. */
const MAX_FREEZE_BYTES = 16 * 1024
const MAX_FIELD_CHARS = 300
/** The fields of the freeze format (formatFreezeFile); nothing else in the file is ever shown. */
const FIELDS = ['reason', 'by', 'at'] as const

/** Only the format's fields, one line each and capped: the file comes from the repository. */
function shownFields(text: string): string {
  const lines: string[] = []
  for (const field of FIELDS) {
    const value = new RegExp(`^${field}:[ \\t]*(.*)$`, 'm').exec(text)?.[1]
    if (value === undefined) continue
    const flat = oneLine(value).trim()
    lines.push(
      `${field}: ${flat.length > MAX_FIELD_CHARS ? `${flat.slice(0, MAX_FIELD_CHARS)}…` : flat}`
    )
  }
  if (lines.length === 0 || !lines[0].startsWith('reason:'))
    lines.unshift('reason: (none given; the file has no "reason:" line)')
  return lines.join('\n')
}

/**
 * The freeze notice, or undefined when there is no file. A file that is present but refused (a
 * symlink, a directory, too big) is still a freeze: it only makes the gate stricter.
 */
export function readFreezeFile(file: string, workspace?: string): FreezeNotice | undefined {
  const read = readRepositoryFile(file, { maxBytes: MAX_FREEZE_BYTES, workspace })
  if (read.kind === 'missing') return undefined
  if (read.kind === 'refused')
    return { file, text: `reason: (present but not read: it ${read.why})` }
  return { file, text: shownFields(read.text) }
}

/** Writes the freeze file, never through a link (a planted `.deploy-freeze -> ~/.profile`). */
export function writeFreezeFile(file: string, details: FreezeDetails): void {
  const { O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW = 0 } = fs.constants
  try {
    const fd = fs.openSync(file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o644)
    try {
      fs.writeSync(fd, formatFreezeFile(details))
    } finally {
      fs.closeSync(fd)
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error
    throw new Error(
      `${oneLine(file)} is a symbolic link; the freeze file is not written through it`
    )
  }
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

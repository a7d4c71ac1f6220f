/**
 * Reading a file that comes from the repository, i.e. from any pull request. A symlink can point
 * at /proc/self/environ, a FIFO blocks a read forever, a huge file floods every channel: only a
 * regular file, reached without any symbolic link inside the workspace, and not too big, is read.
 */
import fs from 'node:fs'
import path from 'node:path'
import { oneLine } from '../text/escape.js'

export type RepositoryRead =
  | { kind: 'text'; text: string }
  | { kind: 'missing' }
  /** Present but not read; `why` says what it is (a symlink, a directory, too big). */
  | { kind: 'refused'; why: string }

export interface ReadOptions {
  maxBytes: number
  /** The workspace root: directories between it and the file must not be symbolic links. */
  workspace?: string
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a named pipe'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

/** The first directory between the workspace and the file that is a symbolic link, if any. */
function linkedDirectory(file: string, workspace: string): string | undefined {
  const relative = path.relative(path.resolve(workspace), path.dirname(path.resolve(file)))
  // A path outside the workspace was chosen by the workflow's author, not by the repository.
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  let current = path.resolve(workspace)
  for (const part of relative.split(path.sep).filter(Boolean)) {
    current = path.join(current, part)
    if (fs.lstatSync(current, { throwIfNoEntry: false })?.isSymbolicLink())
      return path.relative(workspace, current)
  }
  return undefined
}

const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0
const NON_BLOCKING = fs.constants.O_NONBLOCK ?? 0

export function readRepositoryFile(file: string, options: ReadOptions): RepositoryRead {
  const refused = (why: string): RepositoryRead => ({ kind: 'refused', why })
  let stat: fs.Stats
  try {
    stat = fs.lstatSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { kind: 'missing' }
      : refused(`cannot be read (${code})`)
  }
  if (stat.isSymbolicLink()) {
    let target = ''
    try {
      target = ` to ${JSON.stringify(oneLine(fs.readlinkSync(file)))}`
    } catch {
      // The target is only shown to help; the refusal stands without it.
    }
    return refused(`is a symbolic link${target}; only regular files are read, never through links`)
  }
  if (!stat.isFile()) return refused(`is ${kindOf(stat)}, not a regular file`)
  const linked = options.workspace && linkedDirectory(file, options.workspace)
  if (linked)
    return refused(
      `lies under ${JSON.stringify(oneLine(linked))}, a symbolic link; only files reached without links are read`
    )
  if (stat.size > options.maxBytes)
    return refused(`is ${stat.size} bytes; the limit is ${options.maxBytes}`)
  let fd: number
  try {
    // NOFOLLOW and NONBLOCK: a file swapped for a link or a pipe since lstat is not followed or waited on.
    fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW | NON_BLOCKING)
  } catch (error) {
    return refused(`cannot be read (${(error as NodeJS.ErrnoException).code})`)
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return refused('is not a regular file')
    const buffer = Buffer.alloc(options.maxBytes + 1)
    let length = 0
    for (let n = -1; n !== 0 && length < buffer.length; length += n)
      n = fs.readSync(fd, buffer, length, buffer.length - length, null)
    if (length > options.maxBytes) return refused(`is over the limit of ${options.maxBytes} bytes`)
    return { kind: 'text', text: buffer.subarray(0, length).toString('utf8') }
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Appends to a file in the repository without writing through a link: a pull request could point
 * `audit/overrides.jsonl` at `~/.bashrc`. Throws, saying why, when the file is not a plain file.
 */
export function appendRepositoryFile(file: string, text: string, workspace?: string): void {
  const linked = workspace && linkedDirectory(file, workspace)
  if (linked)
    throw new Error(`${oneLine(linked)} is a symbolic link; nothing is written through it`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  let fd: number
  try {
    const flags = fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT
    fd = fs.openSync(file, flags | NO_FOLLOW | NON_BLOCKING, 0o644)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(
      code === 'ELOOP' ? 'it is a symbolic link; nothing is written through it' : `${code}`
    )
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new Error('it is not a regular file')
    fs.writeSync(fd, text)
  } finally {
    fs.closeSync(fd)
  }
}

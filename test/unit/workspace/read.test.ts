import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readRepositoryFile } from '../../../src/workspace/read.js'
import { readFreezeFile } from '../../../src/workspace/freeze-file.js'

let ws: string
beforeEach(() => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-read-'))
})
const at = (name: string): string => path.join(ws, name)

describe('readRepositoryFile', () => {
  it('reads a regular file and tells a missing one', () => {
    fs.writeFileSync(at('f'), 'hello')
    expect(readRepositoryFile(at('f'), { maxBytes: 10, workspace: ws })).toEqual({
      kind: 'text',
      text: 'hello'
    })
    expect(readRepositoryFile(at('nope'), { maxBytes: 10, workspace: ws })).toEqual({
      kind: 'missing'
    })
  })

  it.each([
    [
      'a symlink',
      () => fs.symlinkSync('/etc/hostname', at('f')),
      /symbolic link to "\/etc\/hostname"/
    ],
    [
      'a symlink to a file inside',
      () => {
        fs.writeFileSync(at('real'), 'x')
        fs.symlinkSync('real', at('f'))
      },
      /symbolic link to "real"/
    ],
    ['a directory', () => fs.mkdirSync(at('f')), /is a directory, not a regular file/],
    ['a FIFO', () => execFileSync('mkfifo', [at('f')]), /is a named pipe/],
    ['too big', () => fs.writeFileSync(at('f'), 'x'.repeat(11)), /is 11 bytes; the limit is 10/]
  ])('refuses %s', (_, prepare, why) => {
    prepare()
    const read = readRepositoryFile(at('f'), { maxBytes: 10, workspace: ws })
    expect(read.kind).toBe('refused')
    expect(read.kind === 'refused' && read.why).toMatch(why)
  })

  it('refuses a file under a symlinked directory inside the workspace, naming it', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-out-'))
    fs.writeFileSync(path.join(outside, 'f'), 'x')
    fs.mkdirSync(at('a'))
    fs.symlinkSync(outside, at('a/b'))
    const read = readRepositoryFile(at('a/b/f'), { maxBytes: 10, workspace: ws })
    expect(read).toEqual({
      kind: 'refused',
      why: `lies under "${path.join('a', 'b')}", a symbolic link; only files reached without links are read`
    })
  })
})

describe('readFreezeFile', () => {
  it('shows only the reason, by and at fields, one line each', () => {
    fs.writeFileSync(at('.deploy-freeze'), 'SECRET=1\nreason: a\u0007b\nby: alice\nextra: no\n')
    expect(readFreezeFile(at('.deploy-freeze'), ws)?.text).toBe('reason: a?b\nby: alice')
  })

  it('a file without a reason line still freezes, and says so', () => {
    fs.writeFileSync(at('.deploy-freeze'), 'incident\n')
    expect(readFreezeFile(at('.deploy-freeze'), ws)?.text).toMatch(/^reason: \(none given/)
  })
})

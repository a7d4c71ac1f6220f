/**
 * package.json's `engines` tells the truth: exactly the Node versions that the run-time
 * dependencies in package-lock.json (bundled into dist/) declare they run on, checked over a grid
 * of versions; and the Node of the action, CI and the image is one the dev tools declare too.
 */
import fs from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'

type Version = [number, number, number]

const parse = (text: string): { version: Version; given: number } => {
  const parts = text.replace(/^v/, '').split('.')
  const given = parts.findIndex(p => p === '' || p === 'x' || p === 'X' || p === '*')
  const count = given < 0 ? parts.length : given
  const nums = parts.slice(0, count).map(Number)
  return { version: [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0], given: count }
}
const compare = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
const bump = (v: Version, at: number): Version =>
  at === 0 ? [v[0] + 1, 0, 0] : at === 1 ? [v[0], v[1] + 1, 0] : [v[0], v[1], v[2] + 1]

/** One comparator of a range (`>=20.19.0`, `^22.13.0`, `~14.17`, `20`, `6.*`) as a test. */
function comparator(text: string): (v: Version) => boolean {
  const [, op, rest] = /^(>=|<=|>|<|\^|~|=)?\s*(.*)$/.exec(text)!
  if (rest === '*' || rest === '') return () => true
  const { version, given } = parse(rest)
  const upper = (v: Version, bound: Version): boolean => compare(v, bound) < 0
  switch (op) {
    case '>=':
      return v => compare(v, version) >= 0
    case '>':
      return given < 3
        ? v => compare(v, bump(version, given - 1)) >= 0
        : v => compare(v, version) > 0
    case '<=':
      return given < 3 ? v => upper(v, bump(version, given - 1)) : v => compare(v, version) <= 0
    case '<':
      return v => compare(v, version) < 0
    case '^': {
      const at = version[0] > 0 || given === 1 ? 0 : version[1] > 0 || given === 2 ? 1 : 2
      return v => compare(v, version) >= 0 && upper(v, bump(version, at))
    }
    case '~':
      return v => compare(v, version) >= 0 && upper(v, bump(version, given > 1 ? 1 : 0))
    default:
      // A bare or partial version: every version it names (`20` is 20.x.x).
      return v => compare(v, version) >= 0 && upper(v, bump(version, Math.min(given, 3) - 1))
  }
}

/** A node-semver range of the forms package-lock.json holds: `a b || c` (and, or). */
function satisfies(range: string, v: Version): boolean {
  return range.split('||').some(alternative =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
      .split(/\s+/)
      .every(part => comparator(part)(v))
  )
}

const GRID: Version[] = []
for (let major = 16; major <= 30; major++)
  for (let minor = 0; minor <= 40; minor++)
    for (const patch of [0, 1, 99]) GRID.push([major, minor, patch])

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'))

describe('the range reader', () => {
  it.each([
    ['^20.19.0 || ^22.13.0 || >=24', [20, 19, 0], true],
    ['^20.19.0 || ^22.13.0 || >=24', [21, 0, 0], false],
    ['^20.19.0 || ^22.13.0 || >=24', [22, 12, 9], false],
    ['18 || 20 || >=22', [20, 99, 0], true],
    ['18 || 20 || >=22', [21, 1, 0], false],
    ['>= 20', [20, 0, 0], true],
    ['>=22', [20, 20, 2], false],
    ['6.* || 8.* || >= 10.*', [9, 0, 0], false],
    ['>=0.6.11 <=0.7.0 || >=0.7.3', [0, 7, 1], false],
    ['^14.15.0 || ^16.10.0 || ^18.0.0 || >=20.0.0', [19, 0, 0], false],
    ['*', [1, 2, 3], true]
  ] as [string, Version, boolean][])('%s holds %j: %s', (range, version, expected) => {
    expect(satisfies(range, version)).toBe(expected)
  })
})

describe('engines.node', () => {
  const declared: string = read('package.json').engines.node
  const lock = read('package-lock.json') as {
    packages: Record<string, { engines?: { node?: string }; optional?: boolean; dev?: boolean }>
  }
  // Optional packages (fsevents, esbuild's per-platform builds) are skipped where they do not fit.
  const needs = Object.entries(lock.packages).filter(
    ([name, entry]) => name !== '' && !entry.optional && entry.engines?.node
  )
  const runTime = needs.filter(([, entry]) => !entry.dev)
  const everyOf = (entries: typeof needs) => (v: Version) =>
    entries.every(([, entry]) => satisfies(entry.engines!.node!, v))

  it('is what the run-time dependencies (bundled in dist/) declare, no wider and no narrower', () => {
    expect(runTime.length).toBeGreaterThan(10)
    const wrong = GRID.filter(v => satisfies(declared, v) !== everyOf(runTime)(v))
    expect(wrong.map(v => v.join('.')).slice(0, 5)).toEqual([])
  })

  it('holds the Node of the action (action.yml), of CI and of the image, where the dev tools run too', () => {
    const majorOf = (file: string, pattern: RegExp): number[] =>
      [...fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').matchAll(pattern)].map(m =>
        Number(m[1])
      )
    const nodes = [
      ...majorOf('action.yml', /using: '?node(\d+)'?/g),
      ...majorOf('.github/workflows/ci.yml', /node-version: '?(\d+)'?/g),
      ...majorOf('Dockerfile', /^FROM node:(\d+)/gm)
    ]
    expect(nodes.length).toBeGreaterThanOrEqual(3)
    const everyDependency = everyOf(needs)
    for (const major of nodes) {
      expect([major, satisfies(declared, [major, 0, 0])]).toEqual([major, true])
      // The dev tools (jest, jsdom, eslint, local-action) declare later minors: the newest of the 40.
      expect([major, everyDependency([major, 40, 0])]).toEqual([major, true])
    }
  })
})

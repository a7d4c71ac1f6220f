/**
 * What the release workflow (.github/workflows/release.yml) needs beyond npm and gh:
 *   tsx scripts/release.ts notes vX.Y.Z   checks the tag against package.json and prints the
 *                                         CHANGELOG.md section of that version (the release notes)
 *   tsx scripts/release.ts pack DIR       writes the npm package's tarball into DIR, prints its path
 * The package holds only what runs: dist/ (bundled with every dependency), action.yml, README.md
 * and LICENSE, and its manifest lists no dependencies, so `npx error-budget-gate` fetches one
 * tarball. test/e2e/package.test.ts installs that tarball and runs it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface Manifest {
  name: string
  version: string
  files?: string[]
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  scripts?: Record<string, string>
  [field: string]: unknown
}

export const readManifest = (root = ROOT): Manifest =>
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest

/** The version a release tag names: `v1.4.2` → `1.4.2`; anything else is refused. */
export function versionOfTag(tag: string): string {
  const match = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag)
  if (!match) throw new Error(`release tag "${tag}" is not vX.Y.Z`)
  return `${match[1]}.${match[2]}.${match[3]}`
}

/** The major tag a release moves: `1.4.2` → `v1`. */
export const majorTagOf = (version: string): string => `v${version.split('.')[0]}`

/** The body of CHANGELOG.md's `## [X.Y.Z]` section, without its heading. */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split('\n')
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`)
  const start = lines.findIndex(line => heading.test(line))
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}]" section`)
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line))
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
  if (!body) throw new Error(`CHANGELOG.md's section for ${version} is empty`)
  return body
}

/** The manifest as published: the same package, without what only this repository uses. */
export function publishedManifest(manifest: Manifest): Manifest {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { dependencies, devDependencies, scripts, ...published } = manifest
  return published
}

/**
 * Stages the package (its `files`, README.md, LICENSE and the published manifest) in a temporary
 * directory and packs it into `outDir`; returns the tarball's path.
 */
export function packRelease(outDir: string, root = ROOT): string {
  const manifest = readManifest(root)
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-package-'))
  try {
    for (const entry of [...(manifest.files ?? []), 'README.md', 'LICENSE']) {
      fs.cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true })
    }
    fs.writeFileSync(
      path.join(stage, 'package.json'),
      `${JSON.stringify(publishedManifest(manifest), null, 2)}\n`
    )
    fs.mkdirSync(outDir, { recursive: true })
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', path.resolve(outDir)], {
        cwd: stage,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit']
      })
    ) as { filename: string }[]
    return path.join(path.resolve(outDir), packed[0].filename)
  } finally {
    fs.rmSync(stage, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, argument] = process.argv.slice(2)
  try {
    if (command === 'notes' && argument) {
      const version = versionOfTag(argument)
      const { version: packaged } = readManifest()
      if (version !== packaged)
        throw new Error(`tag ${argument} but package.json says version ${packaged}`)
      console.log(releaseNotes(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), version))
    } else if (command === 'pack' && argument) {
      console.log(packRelease(argument))
    } else {
      throw new Error('usage: tsx scripts/release.ts notes vX.Y.Z | pack DIR')
    }
  } catch (error) {
    console.error(`release: ${(error as Error).message}`)
    process.exit(1)
  }
}

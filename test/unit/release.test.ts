/**
 * The release as far as this machine can run it without GitHub, npm or a Docker engine: the
 * release workflow's steps and permissions, the release script's checks, the Dockerfile's sources
 * and paths, and the image's entrypoint run with node (its dispatch, its health check).
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../helpers/run-action.js'
import {
  majorTagOf,
  publishedManifest,
  readManifest,
  releaseNotes,
  versionOfTag
} from '../../scripts/release.js'

const read = (file: string): string => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')

interface Step {
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface ReleaseWorkflow {
  on: { push: { tags: string[]; branches?: string[] } }
  permissions: Record<string, string>
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>
}

describe('.github/workflows/release.yml', () => {
  const workflow = parse(read('.github/workflows/release.yml')) as ReleaseWorkflow
  const [job] = Object.values(workflow.jobs)
  const steps = job.steps
  const runs = steps.map(step => step.run ?? '')
  const indexOf = (pattern: RegExp): number => runs.findIndex(run => pattern.test(run))

  it('runs on vX.Y.Z tags only', () => {
    expect(Object.keys(workflow.on)).toEqual(['push'])
    expect(workflow.on.push).toEqual({ tags: ['v[0-9]+.[0-9]+.[0-9]+'] })
  })

  it('reads by default and writes only what the release needs', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write', packages: 'write' })
  })

  it('pins every action by commit SHA', () => {
    const uses = steps.map(step => step.uses).filter(Boolean)
    expect(uses.length).toBeGreaterThan(0)
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
    expect(read('.github/workflows/release.yml')).toMatch(/@[0-9a-f]{40} # v\d/)
  })

  it('tests and checks dist/, then checks the tag, packs, builds, publishes, releases, moves vX', () => {
    const order = [
      /\.ci\/run/,
      /scripts\/release\.ts notes "\$TAG"/,
      /scripts\/release\.ts pack /,
      /docker build /,
      /npm publish "\$TARBALL" --provenance/,
      /docker push "\$IMAGE:\$VERSION"/,
      /gh release create "\$TAG" "\$TARBALL" --verify-tag/,
      /git push -f origin "refs\/tags\/\$MAJOR"/
    ].map(indexOf)
    expect(order.every(i => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // .ci/run is the CI entry point: the type check, lint, the dist/ check and the tests.
    const ci = read('.ci/run')
    for (const part of ['npm run -s build', 'npm run -s lint', 'npm run -s bundle', 'npm test'])
      expect(ci).toContain(part)
    expect(ci).toMatch(/git status --porcelain -- dist/)
  })

  it('publishes with the npm token, the image and the release with the job token', () => {
    const publish = steps.find(step => /npm publish/.test(step.run ?? ''))!
    expect(publish.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' })
    const setupNode = steps.find(step => step.uses?.startsWith('actions/setup-node@'))!
    expect(setupNode.with?.['registry-url']).toBe('https://registry.npmjs.org')
    for (const pattern of [/docker login ghcr\.io/, /gh release create/]) {
      const step = steps.find(s => pattern.test(s.run ?? ''))!
      expect(step.env).toEqual({ GH_TOKEN: '${{ github.token }}' })
    }
    // The image is the repository's, tagged with the version and the major.
    const env = runs[indexOf(/scripts\/release\.ts notes/)]
    expect(env).toContain('IMAGE=ghcr.io/${GITHUB_REPOSITORY,,}')
    expect(runs[indexOf(/docker build/)]).toMatch(
      /-t "\$IMAGE:\$VERSION" -t "\$IMAGE:\$\{MAJOR#v\}"/
    )
  })

  it('smoke-tests the image before anything is published', () => {
    const build = runs[indexOf(/docker build/)]
    expect(build).toMatch(/docker run --rm "\$IMAGE:\$VERSION" --help/)
    expect(build).toMatch(/docker run --rm "\$IMAGE:\$VERSION" serve/)
    expect(build).toMatch(/grep -q APP_ID/)
  })
})

describe('scripts/release.ts', () => {
  it('takes a version from a vX.Y.Z tag and nothing else', () => {
    expect(versionOfTag('v1.4.2')).toBe('1.4.2')
    expect(majorTagOf('1.4.2')).toBe('v1')
    for (const tag of ['1.4.2', 'v1.4', 'v1.4.2-rc.1', 'v1.4.2 ', 'release-1.4.2'])
      expect(() => versionOfTag(tag)).toThrow(/is not vX\.Y\.Z/)
  })

  it("reads the version's CHANGELOG section as the release notes", () => {
    const changelog = [
      '# Changelog',
      '## [Unreleased]',
      '- next',
      '## [1.10.0] - 2027-01-02',
      '### Fixed',
      '- ten',
      '## [1.1.0] - 2026-12-24',
      '- one'
    ].join('\n')
    expect(releaseNotes(changelog, '1.10.0')).toBe('### Fixed\n- ten')
    expect(releaseNotes(changelog, '1.1.0')).toBe('- one')
    expect(() => releaseNotes(changelog, '1.0.0')).toThrow(/no "## \[1\.0\.0\]" section/)
    expect(() => releaseNotes('## [2.0.0]\n\n## [1.0.0]\n- x', '2.0.0')).toThrow(/is empty/)
  })

  it('refuses a tag that is not the package version', async () => {
    const { version } = readManifest()
    const [major, minor, patch] = version.split('.').map(Number)
    const other = `v${major}.${minor}.${patch + 1}`
    const run = await runNode(
      [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/release.ts', 'notes', other],
      {
        cwd: REPO_ROOT
      }
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`release: tag ${other} but package.json says version ${version}`)
  })

  it('publishes a manifest without dependencies, with the bin, the files and the license', () => {
    const manifest = readManifest()
    const published = publishedManifest(manifest)
    expect(published).not.toHaveProperty('dependencies')
    expect(published).not.toHaveProperty('devDependencies')
    expect(published).not.toHaveProperty('scripts')
    expect(published).not.toHaveProperty('private')
    expect(published.bin).toEqual({ 'error-budget': 'dist/cli/index.js' })
    expect(published.files).toEqual(['dist/', 'action.yml'])
    expect(published.license).toBe('MIT')
    expect(read('LICENSE')).toMatch(/^MIT License/)
    expect(published.engines).toEqual(manifest.engines)
  })
})

/** A .dockerignore's verdict on a path: the last pattern that matches it (or a parent) wins. */
function dockerIgnores(patterns: string[], file: string): boolean {
  const regexOf = (pattern: string): RegExp =>
    new RegExp(
      `^${pattern
        .split('**')
        .map(part =>
          part
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]')
        )
        .join('.*')}$`
    )
  const parts = file.split('/')
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'))
  let ignored = false
  for (const raw of patterns) {
    const negated = raw.startsWith('!')
    const pattern = path.posix.normalize(raw.slice(negated ? 1 : 0)).replace(/\/$/, '')
    if (prefixes.some(prefix => regexOf(pattern).test(prefix))) ignored = !negated
  }
  return ignored
}

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile')
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter(line => line.trim() && !line.trim().startsWith('#'))
    .map(line => /^(\w+)\s+(.*)$/.exec(line.trim())!.slice(1))
  const ignore = read('.dockerignore')
    .split('\n')
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'))

  /** Where each COPY puts its sources in the image, following WORKDIR. */
  const copies: { source: string; target: string }[] = []
  let workdir = '/'
  for (const [op, args] of instructions) {
    if (op === 'WORKDIR') workdir = path.posix.resolve(workdir, args)
    if (op === 'COPY') {
      expect(args).not.toMatch(/--from/)
      const [source, destination] = args.split(/\s+/)
      const into = path.posix.resolve(workdir, destination)
      copies.push({
        source: source.replace(/\/$/, ''),
        target:
          destination.endsWith('/') && !source.endsWith('/')
            ? `${into}/${path.basename(source)}`
            : into
      })
    }
  }
  const inImage = (file: string): boolean =>
    copies.some(({ source, target }) => {
      const rest = path.posix.relative(target, file)
      return !rest.startsWith('..') && fs.existsSync(path.join(REPO_ROOT, source, rest))
    })
  const json = (op: string): string[] =>
    JSON.parse(instructions.find(([name]) => name === op)![1].replace(/^--\S+\s+/g, '')) as string[]

  it('copies sources that exist and that .dockerignore lets into the build context', () => {
    expect(copies.map(c => c.source)).toEqual(['dist', 'deploy/docker-entrypoint.mjs'])
    for (const { source } of copies) {
      const files = fs.statSync(path.join(REPO_ROOT, source)).isDirectory()
        ? fs
            .readdirSync(path.join(REPO_ROOT, source), { recursive: true, encoding: 'utf8' })
            .map(file => `${source}/${file}`)
        : [source]
      expect(files.length).toBeGreaterThan(0)
      for (const file of files) expect([file, dockerIgnores(ignore, file)]).toEqual([file, false])
    }
    // ... and keeps the rest of the repository out of it.
    for (const file of [
      'src/cli/index.ts',
      'node_modules/yaml/package.json',
      '.git/HEAD',
      'test/e2e/app.test.ts'
    ])
      expect(dockerIgnores(ignore, file)).toBe(true)
  })

  it('runs its entrypoint with node, serve by default, as the node user', () => {
    const entrypoint = json('ENTRYPOINT')
    expect(entrypoint[0]).toBe('node')
    expect(inImage(entrypoint[1])).toBe(true)
    expect(entrypoint[1]).toMatch(/docker-entrypoint\.mjs$/)
    expect(json('CMD')).toEqual(['serve'])
    const healthcheck = /HEALTHCHECK .*CMD (\[.*\])/.exec(dockerfile)![1]
    expect(JSON.parse(healthcheck)).toEqual([...entrypoint, 'healthcheck'])
    expect(instructions.filter(([op]) => op === 'USER').map(([, user]) => user)).toEqual(['node'])
    expect(instructions.find(([op]) => op === 'FROM')![1]).toMatch(/^node:24-slim$/)
  })

  it('puts the bundles where the entrypoint and the PATH link look for them', () => {
    const entrypoint = json('ENTRYPOINT')[1]
    const dist = path.posix.resolve(path.posix.dirname(entrypoint), '..', 'dist')
    for (const bundle of ['app/index.js', 'cli/index.js'])
      expect(inImage(`${dist}/${bundle}`)).toBe(true)
    const link = /ln -s (\S+) \/usr\/local\/bin\/error-budget/.exec(dockerfile)![1]
    expect(inImage(link)).toBe(true)
    expect(read('deploy/docker-entrypoint.mjs')).toContain(
      "path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')"
    )
  })
})

interface NodeRun {
  code: number | null
  stdout: string
  stderr: string
}

function runNode(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: options.env ?? { PATH: process.env.PATH ?? '' }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

describe('the image entrypoint (deploy/docker-entrypoint.mjs)', () => {
  // A copy beside stand-in bundles that say which one ran and with what arguments.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-entrypoint-'))
  const entrypoint = path.join(root, 'deploy/docker-entrypoint.mjs')
  fs.mkdirSync(path.dirname(entrypoint), { recursive: true })
  fs.copyFileSync(path.join(REPO_ROOT, 'deploy/docker-entrypoint.mjs'), entrypoint)
  for (const bundle of ['app', 'cli']) {
    fs.mkdirSync(path.join(root, 'dist', bundle), { recursive: true })
    fs.writeFileSync(
      path.join(root, 'dist', bundle, 'index.js'),
      `console.log(JSON.stringify({ bundle: '${bundle}', argv: process.argv.slice(2) }))\n`
    )
  }
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

  it.each([
    [['serve'], 'app'],
    [['serve', '--help'], 'cli'],
    [['check', '--json', '--config-file', 'slos.yaml'], 'cli'],
    [['status'], 'cli'],
    [['--help'], 'cli'],
    [[], 'cli']
  ])('%j runs the %s bundle with those arguments', async (args, bundle) => {
    const run = await runNode([entrypoint, ...args], { cwd: root })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ bundle, argv: args })
  })

  it('health check: /healthz when the main process serves, nothing to check otherwise', async () => {
    let healthy = true
    const server = http.createServer((req, res) => {
      res.writeHead(req.url === '/healthz' && healthy ? 200 : 503).end()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const port = String((server.address() as AddressInfo).port)
    // A process whose command line is the image's `serve` (it sleeps instead of serving).
    const serving = spawn(process.execPath, [
      '-e',
      'setTimeout(() => {}, 60000)',
      entrypoint,
      'serve'
    ])
    await once(serving, 'spawn')
    const check = (pid: number | undefined, env: Record<string, string> = {}) =>
      runNode([entrypoint, 'healthcheck'], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', PORT: port, HEALTHCHECK_PID: String(pid), ...env }
      }).then(run => run.code)
    try {
      expect(await check(serving.pid)).toBe(0)
      healthy = false
      expect(await check(serving.pid)).toBe(1)
      expect(await check(process.pid)).toBe(0) // jest is not the App: no health to check
      server.close()
      expect(await check(serving.pid)).toBe(1) // the App does not answer
    } finally {
      serving.kill()
      server.close()
    }
  })
})

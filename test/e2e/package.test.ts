/**
 * What a GitLab or Jenkins job gets: the npm package as the release workflow packs it
 * (scripts/release.ts), installed from its tarball with no registry, run by its bin and by npx
 * against the real test Prometheus; and the image's entrypoint run on the real bundles.
 */
import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceFlags, serviceQueries } from '../helpers/queries.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { packRelease, readManifest } from '../../scripts/release.js'

const prometheus = sharedPrometheus()
const manifest = readManifest()

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(
  file: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {}
): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: cwd,
        USER: 'tester',
        npm_config_cache: path.join(cwd, '.npm'),
        ...env
      },
      timeout: 60000
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    if (typeof failed.code !== 'number') throw error
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

const target = (service: string): string[] => serviceFlags(prometheus, serviceQueries(service))

describe('npm pack', () => {
  it('holds dist/, action.yml, README.md, LICENSE and package.json, and nothing else', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      })
    ) as { files: { path: string }[] }[]
    const files = packed.files.map(file => file.path)
    const outside = files.filter(
      file =>
        !file.startsWith('dist/') &&
        !['action.yml', 'README.md', 'LICENSE', 'package.json'].includes(file)
    )
    expect(outside).toEqual([])
    for (const file of [
      'dist/index.js',
      'dist/cli/index.js',
      'dist/app/index.js',
      'action.yml',
      'README.md',
      'LICENSE'
    ])
      expect(files).toContain(file)
    // Every chunk ncc wrote is in the package, since the bundles load them at run time.
    const dist = fs
      .readdirSync(path.join(REPO_ROOT, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter(file => fs.statSync(path.join(REPO_ROOT, 'dist', file)).isFile())
      .map(file => `dist/${file}`)
    expect(files.filter(file => file.startsWith('dist/')).sort()).toEqual(dist.sort())
  })
})

describe('the released package, installed from its tarball', () => {
  let dir: string
  let project: string
  let tarball: string

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-package-'))
    tarball = packRelease(path.join(dir, 'out'))
    project = path.join(dir, 'project')
    fs.mkdirSync(project)
    fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "ci-job", "private": true }\n')
    // --offline: the package must need nothing from a registry.
    const install = await run(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', tarball],
      project
    )
    expect(install).toMatchObject({ code: 0 })
  }, 60000)
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('is named after the package version, installs no dependencies and holds no sources', () => {
    expect(path.basename(tarball)).toBe(`${manifest.name}-${manifest.version}.tgz`)
    const installed = path.join(project, 'node_modules', manifest.name)
    const published = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'))
    expect(published.dependencies).toBeUndefined()
    expect(
      fs.readdirSync(path.join(project, 'node_modules')).filter(f => !f.startsWith('.'))
    ).toEqual([manifest.name])
    expect(fs.readdirSync(installed).sort()).toEqual([
      'LICENSE',
      'README.md',
      'action.yml',
      'dist',
      'package.json'
    ])
  })

  it('error-budget --help prints the usage', async () => {
    const help = await run(
      path.join(project, 'node_modules/.bin/error-budget'),
      ['--help'],
      project
    )
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^error-budget: the SLO error-budget deploy gate/)
  })

  it('npx error-budget-gate check exits with the decision against the real Prometheus', async () => {
    const healthy = await run(
      'npx',
      ['--offline', manifest.name, 'check', ...target('healthy')],
      project
    )
    expect(healthy.code).toBe(0)
    expect(healthy.stdout).toContain('Error budget: NORMAL')
    const frozen = await run(
      'npx',
      ['--offline', manifest.name, 'check', '--json', ...target('freeze')],
      project
    )
    expect(frozen.code).toBe(2)
    expect(JSON.parse(frozen.stdout)).toMatchObject({ status: 'FREEZE', can_deploy: false })
  })
})

describe('the image entrypoint on the real bundles', () => {
  const entrypoint = path.join(REPO_ROOT, 'deploy/docker-entrypoint.mjs')
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-image-'))
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }))

  it('runs check as the CLI, with its exit code', async () => {
    const warning = await run(process.execPath, [entrypoint, 'check', ...target('warning')], cwd)
    expect(warning.code).toBe(1)
    expect(warning.stdout).toContain('Error budget: WARNING')
  })

  it('runs serve as the App server, which refuses to start without its settings', async () => {
    const serve = await run(process.execPath, [entrypoint, 'serve'], cwd)
    expect(serve.code).toBe(1)
    expect(JSON.parse(serve.stderr.trim().split('\n').pop()!)).toMatchObject({
      level: 'error',
      msg: expect.stringMatching(/^APP_ID: /)
    })
  })
})

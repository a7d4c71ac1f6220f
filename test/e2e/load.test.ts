/**
 * Issue 11, "load only what a run uses": a run of the demo inputs needs nothing but the main
 * chunk; the spec loaders (and YAML) and the retry and throttling plugins of the GitHub client
 * are loaded only by the runs that need them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { startProxy } from '../helpers/proxy.js'
import { makeCertificates } from '../helpers/tls.js'
import { REPO_ROOT, runForService, type ActionRun } from '../helpers/run-action.js'

const prometheus = sharedPrometheus()
const DIST = path.join(REPO_ROOT, 'dist')

/** The healthy service's run from a copy of dist/ with the main chunk only: a lazy import fails. */
async function runMainChunkOnly(
  inputs: Record<string, string> = {},
  workspaceFiles: Record<string, string> = {}
): Promise<ActionRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-main-chunk-'))
  try {
    for (const file of ['index.js', 'package.json'])
      fs.copyFileSync(path.join(DIST, file), path.join(dir, file))
    const entry = path.join(dir, 'index.js')
    return await runForService(prometheus, 'healthy', inputs, { entry, workspaceFiles })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('the bundled action loads only what a run uses', () => {
  it('decides, writes its outputs and summary with no other chunk present', async () => {
    const run = await runMainChunkOnly()
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.budget_status).toBe('NORMAL')
    expect(run.summary).toContain('Error budget')
  })

  it('while a config file does need its chunk (so the check above can fail)', async () => {
    const run = await runMainChunkOnly({ config_file: 'slos.yaml' }, { 'slos.yaml': 'slos: []\n' })
    expect(run.exitCode).not.toBe(0)
    expect(run.stdout + run.stderr).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/)
  })

  it('loads TLS when the endpoint is https, and trusts prometheus_ca_cert there', async () => {
    const certificates = makeCertificates()
    const proxy = await startProxy({
      target: prometheus.url,
      tls: { key: certificates.serverKey, cert: certificates.serverCert }
    })
    try {
      const untrusted = await runForService(prometheus, 'healthy', {
        prometheus_url: proxy.url,
        prometheus_retries: '0'
      })
      expect(untrusted.outputs.budget_status).toBe('ERROR')
      expect(untrusted.stdout).toMatch(/self.signed|unable to verify|UNABLE_TO_VERIFY|SELF_SIGNED/i)
      const trusted = await runForService(prometheus, 'healthy', {
        prometheus_url: proxy.url,
        prometheus_ca_cert: certificates.caCert
      })
      expect(trusted.outputs.budget_status).toBe('NORMAL')
      expect(trusted.exitCode).toBe(0)
    } finally {
      await proxy.close()
    }
  })

  it.each([
    ['the YAML parser of the spec loaders', 'YAMLParseError'],
    ['the spec loaders', 'parseSloDocuments'],
    ["the GitHub client's retry and throttling plugins", 'onSecondaryRateLimit']
  ])('the main chunk does not carry %s', (_, marker) => {
    expect(fs.readFileSync(path.join(DIST, 'index.js'), 'utf8')).not.toContain(marker)
    // ... which some other chunk does: the marker names what it should.
    const chunks = fs.readdirSync(DIST).filter(file => /^\d+\.index\.js$/.test(file))
    expect(
      chunks.some(file => fs.readFileSync(path.join(DIST, file), 'utf8').includes(marker))
    ).toBe(true)
  })
})

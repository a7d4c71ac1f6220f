/**
 * `npm run screenshot [-- out.png]`: the job summary of a few test services, rendered
 * as a person sees it. The local test Prometheus answers, the Markdown becomes HTML (marked),
 * Mermaid draws the charts (both from node_modules, no network) and headless Chromium (Debian's
 * `chromium`) takes the screenshot. Used for docs/chart.png.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { marked } from 'marked'
import { sloFromInputs } from '../src/engine/slo.js'
import { renderSummary } from '../src/channels/report.js'
import { evaluateWith } from '../test/helpers/evaluate.js'
import { createTestPrometheus } from '../test/helpers/prometheus.js'
import { serviceQueries } from '../test/helpers/queries.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const SERVICES: [string, string][] = [
  ['checkout', 'oldincident'],
  ['search', 'warning']
]

/** The HTML page: GitHub-like styles, and each ```mermaid block handed to Mermaid. */
function page(markdown: string): string {
  const html = marked
    .parse(markdown, { async: false })
    .replace(
      /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
      (_, code: string) => `<pre class="mermaid">${code}</pre>`
    )
  const mermaid = path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js')
  return `<!doctype html><html><head><meta charset="utf-8">
<style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 880px; margin: 16px 24px; }
table { border-collapse: collapse; margin: 8px 0; } td, th { border: 1px solid #d1d9e0; padding: 4px 10px; }
h2, h3 { border-bottom: 1px solid #d1d9e0; padding-bottom: 4px; } sub { color: #59636e; }
</style>
<script src="file://${mermaid}"></script></head><body>${html}
<script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' })</script></body></html>`
}

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs/chart.png'))
  const prometheus = await createTestPrometheus()
  try {
    const inputs = { prometheus_url: prometheus.url, evaluation_time: String(prometheus.endTime) }
    const slos = SERVICES.map(([name, service]) => {
      const values: Record<string, string> = serviceQueries(service)
      return sloFromInputs(key => values[key] ?? '', name)
    })
    const result = await evaluateWith(inputs, slos)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-render-'))
    const html = path.join(dir, 'summary.html')
    fs.writeFileSync(html, page(renderSummary(result)))
    fs.mkdirSync(path.dirname(out), { recursive: true })
    await promisify(execFile)('chromium', [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--allow-file-access-from-files',
      '--virtual-time-budget=10000',
      '--hide-scrollbars',
      '--window-size=940,2400',
      `--screenshot=${out}`,
      `file://${html}`
    ])
    fs.rmSync(dir, { recursive: true, force: true })
    console.log(`wrote ${out}`)
  } finally {
    await prometheus.stop()
  }
}

main().catch(error => {
  console.error(error)
  process.exit(1)
})

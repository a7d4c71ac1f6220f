/**
 * `npm run screenshot [-- DIR]`: what the gate writes, rendered as a person sees it on GitHub:
 * the PR comment of a blocked deploy (DIR/pr-comment.png, the README's picture) and the job
 * summary of two test services (DIR/chart.png); DIR defaults to docs/. The local test Prometheus
 * answers, the Markdown becomes HTML (marked), Mermaid draws the charts (both from node_modules, no
 * network) and headless Chromium (Debian's `chromium`) takes the screenshots.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { marked } from 'marked'
import { sloFromInputs } from '../src/engine/slo.js'
import { renderSummary } from '../src/channels/report.js'
import { renderComment } from '../src/channels/pr-comment.js'
import { evaluateWith } from '../test/helpers/evaluate.js'
import { createTestPrometheus } from '../test/helpers/prometheus.js'
import { serviceQueries } from '../test/helpers/queries.js'

const ROOT = path.resolve(import.meta.dirname, '..')
/** The job summary: one SLO that had an incident, one that leaks steadily. */
const SUMMARY_SERVICES: [string, string][] = [
  ['checkout', 'oldincident'],
  ['search', 'warning']
]
/** The PR comment: one SLO whose steady leak blocks the deploy. */
const COMMENT_SERVICE: [string, string] = ['checkout', 'warning']

/** The HTML page: GitHub-like styles, and each ```mermaid block handed to Mermaid. */
function page(markdown: string, asComment = false): string {
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
blockquote { margin: 0; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; }
.comment header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.comment header b { color: #1f2328; } .comment .body { padding: 0 16px 8px; }
</style>
<script src="file://${mermaid}"></script></head><body>${
    asComment
      ? `<div class="comment"><header><b>github-actions</b> <span>bot</span> commented</header><div class="body">${html}</div></div>`
      : html
  }
<script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' })</script></body></html>`
}

async function screenshot(html: string, out: string, dir: string, height: number): Promise<void> {
  const file = path.join(dir, `${path.basename(out, '.png')}.html`)
  fs.writeFileSync(file, html)
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
    `--window-size=940,${height}`,
    `--screenshot=${out}`,
    `file://${file}`
  ])
  console.log(`wrote ${out}`)
}

const slosOf = (services: [string, string][]) =>
  services.map(([name, service]) => {
    const values: Record<string, string> = serviceQueries(service)
    return sloFromInputs(key => values[key] ?? '', name)
  })

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs'))
  const prometheus = await createTestPrometheus()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-render-'))
  try {
    const inputs = { prometheus_url: prometheus.url, evaluation_time: String(prometheus.endTime) }
    fs.mkdirSync(outDir, { recursive: true })
    const blocked = await evaluateWith(inputs, slosOf([COMMENT_SERVICE]))
    const comment = renderComment(blocked, {
      tag: 'error-budget-gate',
      canDeploy: false,
      runUrl: 'https://github.com/acme/shop/actions/runs/4242',
      dashboardUrl: 'https://grafana.example.com/d/slo'
    })
    await screenshot(page(comment, true), path.join(outDir, 'pr-comment.png'), dir, 1170)
    const summary = await evaluateWith(inputs, slosOf(SUMMARY_SERVICES))
    await screenshot(page(renderSummary(summary)), path.join(outDir, 'chart.png'), dir, 2620)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    await prometheus.stop()
  }
}

main().catch(error => {
  console.error(error)
  process.exit(1)
})

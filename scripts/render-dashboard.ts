/**
 * `npm run screenshot:dashboard [-- DIR]`: what the error-budget dashboard's panels hold, drawn
 * without Grafana (none is installed here). The dashboard `error-budget dashboard` builds for two
 * SLOs of the test data is read panel by panel: each panel's own PromQL runs against the local test
 * Prometheus (raw series: the demo data has no recorded series), instant queries for the gauge,
 * the stat and the table, range queries over the last 7 days (hourly) for the time series, and
 * each is drawn as SVG at its grid position, in the panel's own thresholds and colours. Headless
 * Chromium (Debian's `chromium`) writes DIR/dashboard.png (DIR defaults to docs/).
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { buildDashboard } from '../src/channels/dashboard.js'
import { sloFromInputs, type SloSpec } from '../src/engine/slo.js'
import { loadSlosFromFile } from '../src/specs/index.js'
import { createTestPrometheus } from '../test/helpers/prometheus.js'
import { serviceQueries } from '../test/helpers/queries.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const ROOT = path.resolve(import.meta.dirname, '..')
const COL = 52
const ROW = 30
const HOUR = 3600

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

async function api(url: string, endpoint: string, form: Record<string, string>): Promise<Json[]> {
  const response = await fetch(`${url}/api/v1/${endpoint}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form)
  })
  const body = (await response.json()) as Json
  if (body.status !== 'success') throw new Error(`${body.error}: ${form.query}`)
  return body.data.result as Json[]
}

/** The colour of a value by a panel's threshold steps (the last step at or below it). */
const colourOf = (steps: Json[], value: number): string =>
  steps.filter(s => s.value === null || value >= s.value).at(-1)?.color ?? '#ccc'

/** A value mapping's text and colour for a value, if one matches. */
function mapped(mappings: Json[] = [], value: number): { text: string; color: string } | undefined {
  for (const m of mappings) {
    if (m.type === 'value' && m.options[String(value)]) return m.options[String(value)]
    if (
      m.type === 'range' &&
      value >= m.options.from &&
      (m.options.to === null || value <= m.options.to)
    )
      return m.options.result
    if (m.type === 'special' && Number.isNaN(value)) return m.options.result
  }
  return undefined
}

function frame(panel: Json, inner: string): string {
  const { x, y, w, h } = panel.gridPos
  return `<g transform="translate(${x * COL + 4},${y * ROW + 4})"><rect width="${w * COL - 8}" height="${h * ROW - 8}" rx="3" fill="#181b1f" stroke="#2c3235"/><text x="10" y="20" class="title">${esc(panel.title)}</text>${inner}</g>`
}

function gauge(panel: Json, value: number): string {
  const { w, h } = panel.gridPos
  const cx = (w * COL - 8) / 2
  const cy = h * ROW * 0.68
  const r = Math.min(cx - 20, h * ROW * 0.45)
  const steps = panel.fieldConfig.defaults.thresholds.steps as Json[]
  const { min, max } = panel.fieldConfig.defaults
  const angle = (v: number) => Math.PI * (1 - (Math.min(max, Math.max(min, v)) - min) / (max - min))
  const point = (a: number, radius: number) =>
    `${cx + radius * Math.cos(a)},${cy - radius * Math.sin(a)}`
  const arcs = steps.map((s, i) => {
    const from = angle(Math.max(min, s.value ?? min))
    const to = angle(steps[i + 1]?.value ?? max)
    return `<path d="M${point(from, r + 6)} A${r + 6},${r + 6} 0 0 1 ${point(to, r + 6)}" stroke="${s.color}" stroke-width="5" fill="none"/>`
  })
  const fill = colourOf(steps, value)
  return frame(
    panel,
    `${arcs.join('')}<path d="M${point(Math.PI, r - 10)} A${r - 10},${r - 10} 0 0 1 ${point(0, r - 10)}" stroke="#2c3235" stroke-width="18" fill="none"/><path d="M${point(Math.PI, r - 10)} A${r - 10},${r - 10} 0 0 1 ${point(angle(value), r - 10)}" stroke="${fill}" stroke-width="18" fill="none"/><text x="${cx}" y="${cy}" class="big" fill="${fill}" text-anchor="middle">${value.toFixed(2)}%</text>`
  )
}

function stat(panel: Json, value: number): string {
  const { w, h } = panel.gridPos
  const shown = mapped(panel.fieldConfig.defaults.mappings, value)
  const text = shown?.text ?? `${value.toFixed(1)} days`
  return frame(
    panel,
    `<text x="${(w * COL - 8) / 2}" y="${h * ROW * 0.6}" class="big" fill="${shown?.color ?? '#73bf69'}" text-anchor="middle">${esc(text)}</text>`
  )
}

const PALETTE = ['#73bf69', '#f2cc0c', '#8ab8ff', '#ff780a', '#f2495c', '#5794f2', '#b877d9']

/** The series a field override puts on the right axis (its own scale). */
const onRight = (panel: Json, name: string): boolean =>
  ((panel.fieldConfig.overrides ?? []) as Json[]).some(
    o =>
      o.matcher.options === name &&
      (o.properties as Json[]).some(p => p.id === 'custom.axisPlacement' && p.value === 'right')
  )

function timeseries(panel: Json, series: { name: string; points: [number, number][] }[]): string {
  const { w, h } = panel.gridPos
  const [left, top, width, height] = [46, 30, w * COL - 8 - 86, h * ROW - 8 - 66]
  const lines = ((panel.fieldConfig.defaults.thresholds?.steps ?? []) as Json[]).filter(
    s => s.value !== null
  )
  const scale = (right: boolean) => {
    const values = series
      .filter(s => onRight(panel, s.name) === right)
      .flatMap(s => s.points.map(p => p[1]))
      .filter(Number.isFinite)
    const refs = right ? [] : lines.map(l => l.value as number)
    // As Grafana does: the data's own range (and the threshold lines'), a little padded.
    const [min, max] = [Math.min(...values, ...refs), Math.max(...values, ...refs)]
    const pad = (max - min) * 0.05 || Math.abs(max) * 0.05 || 1
    const [low, high] = [min - pad, max + pad]
    return { low, high, y: (v: number) => top + height - ((v - low) / (high - low)) * height }
  }
  const [leftScale, rightScale] = [scale(false), scale(true)]
  const times = series.flatMap(s => s.points.map(p => p[0]))
  const [t1] = [Math.max(...times)]
  const t0 = t1 - 7 * 86400
  const px = (t: number) => left + ((t - t0) / (t1 - t0)) * width
  const py = leftScale.y
  const paths = series.map((s, i) => {
    const y = onRight(panel, s.name) ? rightScale.y : py
    const d = s.points
      .filter(p => Number.isFinite(p[1]))
      .map(p => `${px(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`)
    return `<polyline points="${d.join(' ')}" fill="none" stroke="${PALETTE[i % PALETTE.length]}" stroke-width="1.5"/>`
  })
  const dashed = lines.map(
    l =>
      `<line x1="${left}" x2="${left + width}" y1="${py(l.value)}" y2="${py(l.value)}" stroke="${l.color}" stroke-dasharray="6 4"/><text x="${left + width + 3}" y="${py(l.value) + 4}" class="axis" fill="${l.color}">${l.value}</text>`
  )
  const ticks = (sc: typeof leftScale, x: number, anchor: string) =>
    [sc.low, (sc.low + sc.high) / 2, sc.high].map(
      v =>
        `<text x="${x}" y="${sc.y(v) + 4}" class="axis" text-anchor="${anchor}">${v.toFixed(sc.high - sc.low < 10 ? 2 : 0)}</text>`
    )
  const axis = [
    ...ticks(leftScale, left - 4, 'end'),
    ...(series.some(s => onRight(panel, s.name))
      ? ticks(rightScale, left + width + 30, 'start')
      : [])
  ]
  const days = Array.from({ length: 8 }, (_, i) => t0 + i * 86400).map(
    t =>
      `<text x="${px(t)}" y="${top + height + 14}" class="axis" text-anchor="middle">${new Date(t * 1000).toISOString().slice(5, 10)}</text>`
  )
  const legend = series.map(
    (s, i) =>
      `<tspan fill="${PALETTE[i % PALETTE.length]}">━ </tspan><tspan>${esc(s.name)}${onRight(panel, s.name) ? ' (right)' : ''}   </tspan>`
  )
  return frame(
    panel,
    `<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="none" stroke="#2c3235"/>${dashed.join('')}${paths.join('')}${axis.join('')}${days.join('')}<text x="${left}" y="${h * ROW - 18}" class="axis">${legend.join('')}</text>`
  )
}

function table(panel: Json, rows: { slo: string; cells: number[] }[]): string {
  const status = (panel.fieldConfig.overrides as Json[])[1].properties[1].value as Json[]
  const header = ['SLO', 'Status', 'Budget left', 'Burn rate (burn_rate_window)']
  const xs = [10, 330, 560, 760]
  const head = header.map((t, i) => `<text x="${xs[i]}" y="46" class="head">${t}</text>`)
  const body = rows.map((row, r) => {
    const y = 56 + r * 26
    const shown = mapped(status, row.cells[0])!
    return `<text x="${xs[0]}" y="${y + 17}" class="cell">${esc(row.slo)}</text><rect x="${xs[1] - 8}" y="${y}" width="220" height="24" fill="${shown.color}"/><text x="${xs[1]}" y="${y + 17}" class="cell">${shown.text}</text><text x="${xs[2]}" y="${y + 17}" class="cell">${row.cells[1].toFixed(2)}%</text><text x="${xs[3]}" y="${y + 17}" class="cell">${row.cells[2].toFixed(2)}</text>`
  })
  return frame(panel, head.join('') + body.join(''))
}

async function draw(dashboard: Json, url: string, end: number): Promise<string> {
  const parts: string[] = []
  for (const panel of dashboard.panels as Json[]) {
    const targets = (panel.targets ?? []) as Json[]
    const one = async (expr: string) =>
      Number((await api(url, 'query', { query: expr, time: String(end) }))[0]?.value[1])
    if (panel.type === 'row') {
      parts.push(
        `<text x="8" y="${panel.gridPos.y * ROW + 22}" class="row">⌄ ${esc(panel.title)}</text>`
      )
    } else if (panel.type === 'gauge') parts.push(gauge(panel, await one(targets[0].expr)))
    else if (panel.type === 'stat') parts.push(stat(panel, await one(targets[0].expr)))
    else if (panel.type === 'table') {
      const answers = await Promise.all(
        targets.map(t => api(url, 'query', { query: t.expr, time: String(end) }))
      )
      const names = answers[0].map(s => s.metric.slo as string)
      const value = (i: number, slo: string) =>
        Number(answers[i].find(s => s.metric.slo === slo)?.value[1])
      parts.push(
        table(
          panel,
          names.sort().map(slo => ({ slo, cells: [0, 1, 2].map(i => value(i, slo)) }))
        )
      )
    } else if (panel.type === 'timeseries') {
      const series = await Promise.all(
        targets.map(async t => {
          const [result] = await api(url, 'query_range', {
            query: t.expr,
            start: String(end - 7 * 86400),
            end: String(end),
            step: String(HOUR)
          })
          return {
            name: t.legendFormat as string,
            points: ((result?.values ?? []) as [number, string][]).map(
              ([at, v]) => [at, Number(v)] as [number, number]
            )
          }
        })
      )
      parts.push(timeseries(panel, series))
    }
  }
  const height =
    Math.max(...(dashboard.panels as Json[]).map(p => (p.gridPos.y + p.gridPos.h) * ROW)) + 8
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #111217; font-family: Inter, "Noto Sans", Helvetica, Arial, sans-serif; }
.title { fill: #ccccdc; font-size: 13px; font-weight: 500 } .big { font-size: 30px; font-weight: 500 }
.axis { fill: #8e8e8e; font-size: 10px } .row { fill: #ccccdc; font-size: 15px; font-weight: 500 }
.head { fill: #6e9fff; font-size: 13px } .cell { fill: #ccccdc; font-size: 13px }
.note { fill: #8e8e8e; font-size: 12px }
</style></head><body><svg xmlns="http://www.w3.org/2000/svg" width="${24 * COL}" height="${height + 24}">
<text x="8" y="${height + 16}" class="note">${esc(`${dashboard.title} — each panel's own PromQL against the test data (raw series), drawn without Grafana; last 7 days, hourly (the 5m windows only where the data is dense: its last day).`)}</text>
<g>${parts.join('\n')}</g></svg></body></html>`
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs'))
  const prometheus = await createTestPrometheus()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-dashboard-'))
  try {
    const slo = (name: string, service: string): SloSpec => {
      const values: Record<string, string> = serviceQueries(service)
      return { ...sloFromInputs(key => values[key] ?? '', name), service: 'shop' }
    }
    const file = path.join(ROOT, 'examples/slos.yaml')
    const latency = loadSlosFromFile(file, () => '', 'examples/slos.yaml', ROOT)[1]
    const slos = [
      slo('checkout-availability', 'incident'),
      { ...latency, service: 'shop' },
      slo('search-availability', 'fastburn')
    ]
    const dashboard = JSON.parse(JSON.stringify(buildDashboard(slos, { source: 'raw' }))) as Json
    // The overview and the first two SLOs' rows: the third is in the table.
    const lastRow = (dashboard.panels as Json[]).findIndex(
      p => p.type === 'row' && p.title === 'search-availability'
    )
    dashboard.panels = (dashboard.panels as Json[]).slice(0, lastRow)
    const html = await draw(dashboard, prometheus.url, prometheus.endTime)
    const page = path.join(dir, 'dashboard.html')
    fs.writeFileSync(page, html)
    const height =
      Math.max(...(dashboard.panels as Json[]).map(p => (p.gridPos.y + p.gridPos.h) * ROW)) + 40
    const out = path.join(outDir, 'dashboard.png')
    await promisify(execFile)('chromium', [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--hide-scrollbars',
      `--window-size=${24 * COL},${height}`,
      `--screenshot=${out}`,
      `file://${page}`
    ])
    console.log(`wrote ${out}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    await prometheus.stop()
  }
}

main().catch(error => {
  console.error(error)
  process.exit(1)
})

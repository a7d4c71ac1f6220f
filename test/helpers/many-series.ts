/**
 * Production-shaped data sets: a service's traffic spread over many series (instances, methods,
 * routes, statuses), sampled densely for the whole window (recording rules need every rate), with
 * counters that restart, and stretches without samples where the target or Prometheus was down.
 * Used by the rules integration tests (small), `npm run bench` (hundreds of series) and
 * `npm run bench:scale` (thousands). Expected figures still come from the model: the series of a
 * service split each minute's events evenly.
 */
import fs from 'node:fs'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { QueryRange } from '../../src/prometheus/api.js'
import { REQUESTS_PER_SECOND, scenario, type Scenario } from './scenarios.js'

const run = promisify(execFile)
const COUNTER_OFFSET = 1e9

/** The series of one service and how they are sampled. */
export interface SeriesShape {
  service: string
  /** The model: the error ratio of each minute, and the requests per second. */
  model: Pick<Scenario, 'errorRatioAt' | 'requestsPerSecond'>
  /** The other labels of each set of series that shares the traffic evenly (`instance="i0"`). */
  shards: string[]
  /** Statuses counted as good and as bad; each kind's events split evenly among its statuses. */
  good: string[]
  bad: string[]
  stepSeconds: number
  /** Sample indices at which a shard's process restarted: its counters count again from 0. */
  restarts?: (shard: number, steps: number) => Set<number>
  /** Instants without a sample (the target or Prometheus down); the counters go on counting. */
  missing?: (unixSeconds: number) => boolean
}

/** The shapes writeManySeries used: a scenario over `instances` series per status 200 and 500. */
export function scenarioShape(
  service: string,
  instances: number,
  stepSeconds: number
): SeriesShape {
  return {
    service,
    model: scenario(service),
    shards: Array.from({ length: instances }, (_, i) => `instance="i${i}"`),
    good: ['200'],
    bad: ['500'],
    stepSeconds
  }
}

/** Events per step of a shape, per shard: the per-minute model integrated over each step. */
function eventsPerStep(shape: SeriesShape, steps: number[], endTime: number) {
  const rate = shape.model.requestsPerSecond ?? REQUESTS_PER_SECOND
  return steps.map((t, i) => {
    if (i === 0) return { errors: 0, total: 0 }
    let errors = 0
    for (let m = steps[i - 1]; m < t; m += 60)
      errors += rate * 60 * shape.model.errorRatioAt(endTime - m - 30)
    const total = rate * (t - steps[i - 1])
    // Whole micro-events: counts that are integers stay integers (short, exact lines).
    const share = (events: number): number => Math.round((events / shape.shards.length) * 1e6) / 1e6
    return { errors: share(errors), total: share(total) }
  })
}

/**
 * Writes the series of each shape as OpenMetrics, from `days` before `endTime` to it, to `file`
 * (or, for the shards of `part` of `parts`, to one of several files promtool can read at once).
 * Returns the number of series and samples written.
 */
export function writeSeries(
  file: string,
  shapes: SeriesShape[],
  options: { days: number; endTime: number; part?: number; parts?: number }
): { series: number; samples: number } {
  const { days, endTime } = options
  const start = endTime - days * 86400
  const fd = fs.openSync(file, 'w')
  fs.writeSync(fd, '# HELP http_requests Requests served.\n# TYPE http_requests counter\n')
  let samples = 0
  let series = 0
  for (const shape of shapes) {
    const steps: number[] = []
    for (let t = start; t <= endTime; t += shape.stepSeconds) steps.push(t)
    const events = eventsPerStep(shape, steps, endTime)
    const kept = steps.map(t => !shape.missing?.(t))
    shape.shards.forEach((shard, k) => {
      if (options.parts && k % options.parts !== options.part) return
      const restarts = shape.restarts?.(k, steps.length) ?? new Set<number>()
      for (const [statuses, bad] of [
        [shape.good, false],
        [shape.bad, true]
      ] as const) {
        for (const status of statuses) {
          const labels = `service="${shape.service}",${shard},status="${status}"`
          const lines: string[] = []
          // Restarted counters count from 0; the others start high, so that increase() never
          // meets its extrapolate-to-zero limit at the data's start.
          let value = COUNTER_OFFSET
          for (let i = 0; i < steps.length; i++) {
            const { errors, total } = events[i]
            const step = (bad ? errors : total - errors) / statuses.length
            value = restarts.has(i) ? step : value + step
            if (kept[i]) lines.push(`http_requests_total{${labels}} ${value} ${steps[i]}\n`)
          }
          fs.writeSync(fd, lines.join(''))
          samples += lines.length
          series++
        }
      }
    })
  }
  fs.writeSync(fd, '# EOF\n')
  fs.closeSync(fd)
  return { series, samples }
}

export interface ManySeriesOptions {
  services: string[]
  /** Series per service and status. */
  instances: number
  stepSeconds: number
  days: number
  /** Unix seconds of the last sample. */
  endTime: number
}

/** Every scenario of `services` over `instances` series per status; see writeSeries. */
export function writeManySeries(
  file: string,
  options: ManySeriesOptions
): { series: number; samples: number } {
  const { services, instances, stepSeconds } = options
  return writeSeries(
    file,
    services.map(service => scenarioShape(service, instances, stepSeconds)),
    options
  )
}

export async function backfillOpenMetrics(file: string, dataDir: string): Promise<void> {
  await run(
    'promtool',
    ['tsdb', 'create-blocks-from', 'openmetrics', '--max-block-duration=240h', file, dataDir],
    { maxBuffer: 64 * 1024 * 1024 }
  )
}

/** `promtool tsdb create-blocks-from rules`: the README's backfill, evaluated against `url`. */
export async function backfillRules(options: {
  url: string
  ruleFile: string
  outputDir: string
  start: number
  end: number
}): Promise<void> {
  await run(
    'promtool',
    [
      'tsdb',
      'create-blocks-from',
      'rules',
      `--url=${options.url}`,
      `--start=${options.start}`,
      `--end=${options.end}`,
      `--output-dir=${options.outputDir}`,
      '--quiet',
      options.ruleFile
    ],
    { maxBuffer: 64 * 1024 * 1024 }
  )
}

/** What Prometheus's `stats=all` says a query cost: samples touched and its own time. */
export interface QueryCost {
  samples: number
  /** Prometheus's evaluation time (`evalTotalTime`), in milliseconds. */
  evalMs: number
}

/**
 * What a query costs, from Prometheus's own counters (`stats=all` → `totalQueryableSamples` and
 * `timings.evalTotalTime`), for the same query at the same time or over the same range.
 */
export async function queryCost(
  url: string,
  query: string,
  at?: Date | QueryRange
): Promise<QueryCost> {
  const form = new URLSearchParams({ query, stats: 'all' })
  const seconds = (date: Date): string => String(date.getTime() / 1000)
  const range = at && !(at instanceof Date) ? at : undefined
  if (at instanceof Date) form.set('time', seconds(at))
  if (range) {
    form.set('start', seconds(range.start))
    form.set('end', seconds(range.end))
    form.set('step', String(range.stepSeconds))
  }
  const response = await fetch(`${url}/api/v1/${range ? 'query_range' : 'query'}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form
  })
  const body = (await response.json()) as {
    data?: {
      stats?: {
        samples?: { totalQueryableSamples?: number }
        timings?: { evalTotalTime?: number }
      }
    }
  }
  const samples = body.data?.stats?.samples?.totalQueryableSamples
  const evalSeconds = body.data?.stats?.timings?.evalTotalTime
  if (typeof samples !== 'number' || typeof evalSeconds !== 'number')
    throw new Error(`no stats for ${query}: HTTP ${response.status}`)
  return { samples, evalMs: evalSeconds * 1000 }
}

/**
 * What the requests of one evaluation cost Prometheus, split into the coverage probes (the
 * recorded-series range query, raw coverage checks at other instants) and the figures (instant
 * queries at the evaluation time, `endTime` in Unix seconds).
 */
export async function evaluationCost(
  url: string,
  sent: { query: string; at?: Date | QueryRange }[],
  endTime: number
): Promise<Record<'probe' | 'figures', QueryCost>> {
  const total = { probe: { samples: 0, evalMs: 0 }, figures: { samples: 0, evalMs: 0 } }
  for (const { query, at } of sent) {
    const cost = await queryCost(url, query, at)
    const into = at instanceof Date && at.getTime() === endTime * 1000 ? total.figures : total.probe
    into.samples += cost.samples
    into.evalMs += cost.evalMs
  }
  return total
}

/** Samples a query touches (see queryCost). */
export async function samplesTouched(
  url: string,
  query: string,
  at?: Date | QueryRange
): Promise<number> {
  return (await queryCost(url, query, at)).samples
}

/**
 * The series `error-budget rules` would record for SLOs over services of writeManySeries, written
 * straight from the model (promtool would take minutes for 100 rules over 31 days): the 5m rates
 * of bad and all events, every `stepSeconds`, labelled `slo`.
 */
export function appendRecordedSeries(
  file: string,
  options: {
    /** Each SLO with the fingerprint of its queries (the rules' ebg_queries label). */
    slos: { name: string; service: string; fingerprint: string }[]
    stepSeconds: number
    days: number
    endTime: number
  }
): number {
  const { slos, stepSeconds, days, endTime } = options
  const fd = fs.openSync(file, 'r+')
  // Drop the "# EOF" that writeManySeries ended with.
  const size = fs.fstatSync(fd).size
  fs.ftruncateSync(fd, size - '# EOF\n'.length)
  let position = size - '# EOF\n'.length
  const write = (text: string): void => {
    position += fs.writeSync(fd, text, position)
  }
  let samples = 0
  const start = endTime - days * 86400 + 300
  for (const [record, bad] of [
    ['ebg_slo:errors:rate5m', true],
    ['ebg_slo:total:rate5m', false]
  ] as const) {
    write(`# TYPE ${record} gauge\n`)
    for (const slo of slos) {
      const model = scenario(slo.service)
      const lines: string[] = []
      for (let t = start; t <= endTime; t += stepSeconds) {
        let errors = 0
        for (let m = t - 300; m < t; m += 60)
          errors += REQUESTS_PER_SECOND * 60 * model.errorRatioAt(endTime - m - 30)
        const rate = bad ? errors / 300 : REQUESTS_PER_SECOND
        lines.push(`${record}{slo="${slo.name}",ebg_queries="${slo.fingerprint}"} ${rate} ${t}\n`)
      }
      write(lines.join(''))
      samples += lines.length
    }
  }
  write('# EOF\n')
  fs.closeSync(fd)
  return samples
}

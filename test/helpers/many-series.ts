/**
 * A production-shaped data set: every scenario's traffic spread over many `instance` series,
 * sampled densely for the whole window (recording rules need every 5m rate). Used by the rules
 * integration test (small) and `npm run bench` (hundreds of series). Expected figures still come
 * from the scenario model: instances split each minute's traffic evenly.
 */
import fs from 'node:fs'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { REQUESTS_PER_SECOND, scenario } from './scenarios.js'

const run = promisify(execFile)
const COUNTER_OFFSET = 1e9

export interface ManySeriesOptions {
  services: string[]
  /** Series per service and status. */
  instances: number
  stepSeconds: number
  days: number
  /** Unix seconds of the last sample. */
  endTime: number
}

/** Writes the data as OpenMetrics; returns the number of series and samples. */
export function writeManySeries(
  file: string,
  options: ManySeriesOptions
): { series: number; samples: number } {
  const { services, instances, stepSeconds, days, endTime } = options
  const start = endTime - days * 86400
  const fd = fs.openSync(file, 'w')
  fs.writeSync(fd, '# HELP http_requests Requests served.\n# TYPE http_requests counter\n')
  let samples = 0
  for (const service of services) {
    const model = scenario(service)
    // Errors of each step, per instance: the per-minute model integrated over the step.
    const steps: number[] = []
    for (let t = start; t <= endTime; t += stepSeconds) steps.push(t)
    const errorsPerStep = steps.map((t, i) => {
      if (i === 0) return 0
      let errors = 0
      for (let m = steps[i - 1]; m < t; m += 60)
        errors += REQUESTS_PER_SECOND * 60 * model.errorRatioAt(endTime - m - 30)
      return errors / instances
    })
    const totalPerStep = (REQUESTS_PER_SECOND * stepSeconds) / instances
    for (let instance = 0; instance < instances; instance++) {
      const labels = `service="${service}",instance="i${instance}"`
      for (const status of ['200', '500']) {
        const lines: string[] = []
        let ok = COUNTER_OFFSET
        let bad = COUNTER_OFFSET
        for (let i = 0; i < steps.length; i++) {
          if (i > 0) {
            bad += errorsPerStep[i]
            ok += totalPerStep - errorsPerStep[i]
          }
          const value = status === '200' ? ok : bad
          lines.push(`http_requests_total{${labels},status="${status}"} ${value} ${steps[i]}\n`)
        }
        fs.writeSync(fd, lines.join(''))
        samples += lines.length
      }
    }
  }
  fs.writeSync(fd, '# EOF\n')
  fs.closeSync(fd)
  return { series: services.length * instances * 2, samples }
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

/**
 * Samples a query touches, from Prometheus's own counter (`stats=all` →
 * `totalQueryableSamples`), for the same query at the same time (or over the same range).
 */
export async function samplesTouched(
  url: string,
  query: string,
  time?: Date,
  range?: { start: Date; end: Date; stepSeconds: number }
): Promise<number> {
  const form = new URLSearchParams({ query, stats: 'all' })
  if (time) form.set('time', String(time.getTime() / 1000))
  if (range) {
    form.set('start', String(range.start.getTime() / 1000))
    form.set('end', String(range.end.getTime() / 1000))
    form.set('step', String(range.stepSeconds))
  }
  const response = await fetch(`${url}/api/v1/${range ? 'query_range' : 'query'}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form
  })
  const body = (await response.json()) as {
    data?: { stats?: { samples?: { totalQueryableSamples?: number } } }
  }
  const samples = body.data?.stats?.samples?.totalQueryableSamples
  if (typeof samples !== 'number') throw new Error(`no stats for ${query}: HTTP ${response.status}`)
  return samples
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

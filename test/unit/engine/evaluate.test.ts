/** The decision logic with a scripted query function: statuses, ERROR handling, freeze, dry run. */
import { batchQuery, isScalarForm } from '../../../src/engine/plan.js'
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { windowsFor } from '../../../src/engine/windows.js'
import { queriesFingerprint } from '../../../src/engine/rules.js'
import { readGateConfig, type GateConfig } from '../../../src/engine/config.js'
import { PrometheusError, type QueryClient } from '../../../src/prometheus/api.js'
import { renderSummary, gateOutputs, oneLineSummary } from '../../../src/channels/report.js'

/**
 * Answers `errors[window]` / `total[window]` from a table, alone or in the gate's batched form
 * (one label_replace per window joined by `or`). A string answer fails the whole request.
 */
function scriptedClient(
  answers: Record<string, number | string>
): QueryClient & { asked: string[]; queryRange: NonNullable<QueryClient['queryRange']> } {
  const asked: string[] = []
  const answer = (query: string): number | undefined => {
    const found = answers[query]
    if (typeof found === 'string') throw new PrometheusError(found, 'http', 503)
    return found
  }
  return {
    asked,
    async queryScalar(query: string) {
      asked.push(query)
      const value = answer(query)
      if (value === undefined)
        throw new PrometheusError('no data: the query matched no series', 'no-data')
      return { value, infos: [] }
    },
    async queryVector(query: string) {
      asked.push(query)
      return query.split(' or ').flatMap(term => {
        const [, inner, window] =
          /^label_replace\((.*)\n, "ebg_window", "([^"]+)", "", ""\)$/s.exec(term) ?? []
        const value = answer(inner)
        return value === undefined
          ? []
          : [{ metric: { ebg_window: window }, value: [0, String(value)] }]
      })
    },
    // The recorded-series probe: no recorded series here.
    async queryRange(query: string) {
      asked.push(query)
      return []
    }
  }
}

function config(extra: Record<string, string> = {}): GateConfig {
  const values: Record<string, string> = {
    prometheus_url: 'http://127.0.0.1:9090',
    error_query: 'errors[{{window}}]',
    total_query: 'total[{{window}}]',
    // The scripted servers answer raw queries; recorded series are tested in rules tests.
    query_source: 'raw',
    // No burn-down chart: its range queries are tested in daily and chart tests.
    chart: 'false',
    ...extra
  }
  return readGateConfig(name => values[name] ?? '')
}

/** Same ratio on every window unless overridden. */
function answers(
  ratio: number,
  perWindow: Record<string, number> = {},
  total = 1e6
): Record<string, number> {
  const table: Record<string, number> = {}
  for (const w of ['30d', '1h', '5m', '6h', '30m']) {
    table[`errors[${w}]`] = (perWindow[w] ?? ratio) * total
    table[`total[${w}]`] = total
  }
  return table
}

describe('evaluateGate', () => {
  it('asks each query once, with all five windows in one request, and checks coverage at one point', async () => {
    const client = scriptedClient(answers(0.0001))
    const result = await evaluateGate(config({ query_source: 'raw' }), { client })
    expect(windowsFor(config().slos[0])).toEqual(['30d', '1h', '5m', '6h', '30m'])
    expect(client.asked.slice(0, 2)).toEqual([
      batchQuery({
        template: 'errors[{{window}}]',
        windows: ['30d', '1h', '5m', '6h', '30m']
      }),
      batchQuery({
        template: 'total[{{window}}]',
        windows: ['30d', '1h', '5m', '6h', '30m']
      })
    ])
    expect(client.asked[0]).toBe(
      ['30d', '1h', '5m', '6h', '30m']
        .map(w => `label_replace(errors[${w}]\n, "ebg_window", "${w}", "", "")`)
        .join(' or ')
    )
    // The coverage check is the 1h query at the window's start, not a scan of the window.
    expect(client.asked[2]).toBe('total[1h]')
    expect(client.asked).toHaveLength(3)
    expect(result.requestCount).toBe(3)
    expect(result.worst.querySource).toBe('raw')
  })

  it('auto: one probe for recorded series; without any, raw queries and no warning', async () => {
    const client = scriptedClient(answers(0.0001))
    const result = await evaluateGate(config({ query_source: 'auto' }), { client })
    expect(client.asked[0]).toMatch(
      /^label_replace\(count_over_time\(ebg_slo:errors:rate5m\{slo=~"default"\}\[3599999ms\]\), "ebg_record"/
    )
    expect(result.status).toBe('NORMAL')
    expect(result.worst.querySource).toBe('raw')
    expect(result.warnings.join('\n')).not.toMatch(/recorded|coverage/)
    expect(result.requestCount).toBe(4)
  })

  it('rules: ERROR without recorded series, naming the command that makes them and the backfill', async () => {
    const client = scriptedClient(answers(0.0001))
    const result = await evaluateGate(config({ query_source: 'rules' }), { client })
    expect(result.status).toBe('ERROR')
    expect(result.canDeploy).toBe(false)
    expect(result.worst.querySource).toBe('rules')
    expect(result.worst.error).toMatch(/error-budget rules.*promtool tsdb create-blocks-from rules/)
    // Nothing but the probe was asked.
    expect(client.asked).toHaveLength(1)
  })

  it('a failed source probe is a warning in auto and an ERROR in rules', async () => {
    const failing = (): QueryClient => {
      const client = scriptedClient(answers(0.0001))
      client.queryRange = async () => {
        throw new PrometheusError('HTTP 500: boom', 'http', 500)
      }
      return client
    }
    const auto = await evaluateGate(config({ query_source: 'auto' }), { client: failing() })
    expect(auto.status).toBe('NORMAL')
    expect(auto.warnings.join('\n')).toMatch(
      /could not look for recorded series \(HTTP 500: boom\); raw queries used/
    )
    const rules = await evaluateGate(config({ query_source: 'rules' }), { client: failing() })
    expect(rules.status).toBe('ERROR')
    expect(rules.worst.error).toMatch(/recorded series could not be read: HTTP 500: boom/)
  })

  it("a failed coverage check is a warning, never the SLO's ERROR", async () => {
    const fine = scriptedClient(answers(0.0001))
    fine.queryScalar = async () => {
      throw new PrometheusError('HTTP 422: too many samples', 'http', 422)
    }
    const probed = await evaluateGate(config({ query_source: 'raw' }), { client: fine })
    expect(probed.status).toBe('NORMAL')
    expect(probed.warnings.join('\n')).toMatch(
      /coverage check of total_query failed \(HTTP 422: too many samples\); the figures stand/
    )
  })

  it('warns when a query selects a metric without a label matcher', async () => {
    const result = await evaluateGate(
      config({
        query_source: 'raw',
        error_query: 'sum(increase(http_requests_total{job="api",code=~"5.."}[{{window}}]))',
        total_query: 'sum(increase(http_requests_total[{{window}}]))'
      }),
      { client: scriptedClient({}) }
    )
    expect(result.warnings.join('\n')).toMatch(
      /default: total_query selects http_requests_total without a label matcher/
    )
    expect(result.warnings.join('\n')).not.toMatch(/error_query selects/)
  })

  it('compares windows as durations: 60m is the 1h window, queried once, and the fast burn sees it', async () => {
    const table = answers(0.02, { '30d': 0.0001 })
    table['errors[60m]'] = table['errors[1h]']
    table['total[60m]'] = table['total[1h]']
    const client = scriptedClient(table)
    const result = await evaluateGate(config({ burn_rate_window: '60m' }), { client })
    expect(windowsFor(config({ burn_rate_window: '60m' }).slos[0])).toEqual([
      '30d',
      '60m',
      '5m',
      '6h',
      '30m'
    ])
    expect(client.asked.join(' ')).not.toContain('"ebg_window", "1h"')
    expect(result.worst.burnRate).toBeCloseTo(20, 6)
    expect(result.status).toBe('FREEZE')
    expect(result.reasons.join('\n')).toMatch(/fast burn: burn rate 20\.0x over 1h/)
  })

  it('gives each window of a batched request its own verdict', async () => {
    const table = answers(0.0001)
    delete table['errors[5m]']
    const client = scriptedClient(table)
    const result = await evaluateGate(config(), { client })
    expect(result.status).toBe('ERROR')
    expect(result.worst.error).toMatch(/^error_query over 5m: no data/)
  })

  it.each([
    [0.0001, 'NORMAL', true],
    [0.0003, 'CAUTION', true],
    [0.0006, 'WARNING', false],
    [0.0009, 'FREEZE', false],
    [0.0015, 'EXHAUSTED', false]
  ])('ratio %d over the window is %s (can deploy: %s)', async (ratio, status, canDeploy) => {
    const result = await evaluateGate(
      config({ fast_burn_threshold: '0', slow_burn_threshold: '0' }),
      {
        client: scriptedClient(answers(ratio))
      }
    )
    expect(result.status).toBe(status)
    expect(result.canDeploy).toBe(canDeploy)
    expect(result.worst.budgetRemaining).toBeCloseTo((1 - ratio / 0.001) * 100, 6)
  })

  it('escalates on a fast burn and names it', async () => {
    const result = await evaluateGate(config(), {
      client: scriptedClient(answers(0.0001, { '1h': 0.02, '5m': 0.02 }))
    })
    expect(result.status).toBe('FREEZE')
    expect(result.reasons.join('\n')).toMatch(
      /fast burn: burn rate 20\.0x over 1h and 20\.0x over 5m/
    )
  })

  it('is ERROR, blocked by default, when a query fails, and names the query and window', async () => {
    const table: Record<string, number | string> = answers(0.0001)
    table['total[6h]'] = 'HTTP 503: query timed out'
    const result = await evaluateGate(config(), { client: scriptedClient(table) })
    expect(result.status).toBe('ERROR')
    expect(result.canDeploy).toBe(false)
    expect(result.worst.error).toMatch(/total_query over 30d: HTTP 503/)
    expect(gateOutputs(result).budget_remaining).toBe('')
  })

  it('lets on_error=allow open an ERROR', async () => {
    const result = await evaluateGate(config({ on_error: 'allow' }), { client: scriptedClient({}) })
    expect(result.status).toBe('ERROR')
    expect(result.canDeploy).toBe(true)
    expect(result.worst.error).toMatch(/no data/)
  })

  it('is ERROR when there was no traffic over the SLO window', async () => {
    const table = answers(0)
    table['total[30d]'] = 0
    const result = await evaluateGate(config(), { client: scriptedClient(table) })
    expect(result.status).toBe('ERROR')
    expect(result.worst.error).toMatch(/returned 0 over 30d: no traffic/)
  })

  it('skips burn checks over windows without traffic instead of failing', async () => {
    const table = answers(0.0001)
    table['errors[5m]'] = 0
    table['total[5m]'] = 0
    const result = await evaluateGate(config(), { client: scriptedClient(table) })
    expect(result.status).toBe('NORMAL')
    expect(result.reasons.join('\n')).toMatch(/no traffic over 5m/)
  })

  it('is ERROR when errors exceed the total (swapped queries)', async () => {
    const table = answers(0.0001)
    table['errors[30d]'] = 2e6
    const result = await evaluateGate(config(), { client: scriptedClient(table) })
    expect(result.worst.error).toMatch(/swapped/)
  })

  it('freezes on a freeze file, even when the budget is unknown, and shows its text', async () => {
    const freeze = { file: '.deploy-freeze', text: 'reason: incident 42\nby: alice' }
    const healthy = await evaluateGate(config(), {
      client: scriptedClient(answers(0.0001)),
      freeze
    })
    expect(healthy.status).toBe('FREEZE')
    expect(healthy.canDeploy).toBe(false)
    expect(healthy.reasons[0]).toMatch(/freeze file .deploy-freeze is present: reason: incident 42/)
    const unknown = await evaluateGate(config({ on_error: 'allow' }), {
      client: scriptedClient({}),
      freeze
    })
    expect(unknown.status).toBe('FREEZE')
    expect(unknown.canDeploy).toBe(false)
    const exhausted = await evaluateGate(config(), {
      client: scriptedClient(answers(0.002)),
      freeze
    })
    expect(exhausted.status).toBe('EXHAUSTED')
  })

  it('a freeze file never turns a blocking ERROR into FREEZE', async () => {
    const freeze = { file: '.deploy-freeze', text: 'reason: incident 42' }
    const unknown = await evaluateGate(config(), { client: scriptedClient({}), freeze })
    expect(unknown.status).toBe('ERROR')
    expect(unknown.blocked).toBe(true)
    // The ERROR set the status, so its reason comes first; the freeze is said after it.
    expect(unknown.reasons[0]).toMatch(/^default: cannot evaluate: /)
    expect(unknown.reasons[1]).toMatch(/freeze file .deploy-freeze is present/)
  })

  it('EXHAUSTED blocks whatever block_on says', async () => {
    const result = await evaluateGate(config({ block_on: 'WARNING' }), {
      client: scriptedClient(answers(0.002))
    })
    expect(result.status).toBe('EXHAUSTED')
    expect(result.worst.blocks).toBe(true)
    expect(result.canDeploy).toBe(false)
  })

  it('never blocks in a dry run but says it would', async () => {
    const result = await evaluateGate(config({ dry_run: 'true' }), {
      client: scriptedClient(answers(0.0015))
    })
    expect(result.status).toBe('EXHAUSTED')
    expect(result.blocked).toBe(true)
    expect(result.canDeploy).toBe(true)
    expect(gateOutputs(result).summary).toMatch(/would be blocked \(dry run\)/)
  })

  it('honours block_on', async () => {
    const result = await evaluateGate(config({ block_on: 'FREEZE,EXHAUSTED' }), {
      client: scriptedClient(answers(0.0006))
    })
    expect(result.status).toBe('WARNING')
    expect(result.canDeploy).toBe(true)
  })

  it('warns about queries that turn no data into zero', async () => {
    const result = await evaluateGate(config({ error_query: 'errors[{{window}}] or vector(0)' }), {
      client: scriptedClient({
        ...answers(0.0001),
        ...Object.fromEntries(
          ['30d', '1h', '5m', '6h', '30m'].map(w => [`errors[${w}] or vector(0)`, 100])
        )
      })
    })
    expect(result.warnings.join()).toMatch(/or vector\(0\)/)
  })

  it('escapes server and user text in the summary', async () => {
    const table: Record<string, number | string> = answers(0.0001)
    table['errors[30d]'] = '<img src=x onerror=alert(1)> @org/team'
    const result = await evaluateGate(config(), {
      client: scriptedClient(table),
      freeze: { file: '.deploy-freeze', text: 'reason: ``` <script>x</script>' }
    })
    const summary = renderSummary(result)
    expect(summary).not.toContain('<img')
    expect(summary).not.toContain('<script>')
    expect(summary).not.toMatch(/@org\/team/)
    expect(summary).toContain('&lt;img')
  })

  it('formats outputs: 2 decimals, inf forecast, one line per reason', async () => {
    const result = await evaluateGate(config(), {
      client: scriptedClient(answers(0.0004, { '1h': 0 }))
    })
    const outputs = gateOutputs(result)
    expect(outputs.budget_remaining).toBe('60.00')
    expect(outputs.budget_consumed).toBe('40.00')
    expect(outputs.error_ratio).toBe('0.0004000')
    expect(outputs.availability).toBe('99.9600')
    expect(outputs.burn_rate).toBe('0.00')
    expect(outputs.days_to_exhaustion).toBe('inf')
    expect(outputs.budget_status).toBe('CAUTION')
    expect(outputs.reasons.split('\n').length).toBe(result.reasons.length)
  })
})

describe('errors speak of the user query, not the batch', () => {
  it('a server that echoes the batched query (VictoriaMetrics) shows the user query instead', async () => {
    const echo: QueryClient = {
      queryScalar: async () => ({ value: 1, infos: [] }),
      queryVector: async promql => {
        const quoted = JSON.stringify(promql)
        throw new PrometheusError(
          `answered HTTP 422 (422): error when executing query=${quoted} for (time=1): cannot select more than 1000 series`,
          'http',
          422
        )
      }
    }
    const result = await evaluateGate(config(), { client: echo })
    expect(result.status).toBe('ERROR')
    expect(result.worst.error).toBe(
      'error_query over 30d: answered HTTP 422 (422): error when executing query="errors[{{window}}]" for (time=1): cannot select more than 1000 series'
    )
  })

  it('an execution error (422) is not retried query by query: it would cost the server again', async () => {
    const asked: string[] = []
    const failing: QueryClient = {
      queryScalar: async promql => (asked.push(promql), { value: 1, infos: [] }),
      queryVector: async promql => {
        asked.push(promql)
        throw new PrometheusError(
          'answered HTTP 422 (execution): query processing would load too many samples into memory',
          'http',
          422
        )
      }
    }
    const result = await evaluateGate(config(), { client: failing })
    expect(result.status).toBe('ERROR')
    // The two batches and the coverage check of the totals, each once.
    expect(asked).toHaveLength(3)
    expect(result.requestCount).toBe(3)
  })
})

describe('isScalarForm', () => {
  it.each([
    ['scalar(sum(increase(x[{{window}}])))', true],
    ['  scalar (sum(x[{{window}}])) # the total\n', true],
    ['# a comment\nscalar(sum(x[{{window}}]))', true],
    ['42', true],
    ['1e3', true],
    ['sum(x[{{window}}])', false],
    ['scalar(a[{{window}}]) * 1', false],
    ['scalar(a) + scalar(b)', false],
    ['sum(x{path="#scalar("}[{{window}}])', false],
    ['vector(1)', false]
  ])('%j: %s', (query, scalar) => {
    expect(isScalarForm(query)).toBe(scalar)
  })
})

describe('an unavailable endpoint', () => {
  /** Fails every request as the given error, counting them; never waits. */
  function failingClient(error: PrometheusError): QueryClient & { calls: number } {
    const client = {
      calls: 0,
      async queryScalar(): Promise<never> {
        client.calls++
        throw error
      },
      async queryVector(): Promise<never> {
        client.calls++
        throw error
      }
    }
    return client
  }
  const slos = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      ...config().slos[0],
      name: `slo-${i}`,
      errorQuery: `errors_${i}[{{window}}]`,
      totalQuery: `total_${i}[{{window}}]`
    }))

  it.each([
    [
      'a 5xx page after the retries',
      new PrometheusError('HTTP 504', 'response', 504, { retryable: true })
    ],
    [
      'a network error',
      new PrometheusError('ECONNREFUSED', 'network', undefined, { retryable: true })
    ]
  ])('%s: the batches not yet started are not sent', async (_, error) => {
    const client = failingClient(error)
    const result = await evaluateGate(
      { ...config(), slos: slos(10), maxConcurrency: 2 },
      { client }
    )
    expect(client.calls).toBe(2)
    expect(result.status).toBe('ERROR')
    expect(result.slos.map(s => s.error).join('\n')).toMatch(
      /not sent: an earlier query found the endpoint unavailable \(HTTP 504|ECONNREFUSED/
    )
  })

  it('says first, once, why the endpoint is unavailable', async () => {
    const refused = new PrometheusError(
      'cannot reach 127.0.0.1:9: connection refused, nothing listens on that port (ECONNREFUSED; request to http://127.0.0.1:9/api/v1/query)',
      'network',
      undefined,
      { retryable: true, unavailable: true }
    )
    const result = await evaluateGate(
      { ...config(), slos: slos(3), maxConcurrency: 1 },
      { client: failingClient(refused) }
    )
    expect(result.unavailable).toBe(refused.message)
    expect(result.reasons[0]).toBe(refused.message)
    expect(result.reasons.filter(r => r === refused.message)).toHaveLength(1)
    expect(result.reasons.slice(1).every(r => /^slo-\d: cannot evaluate: /.test(r))).toBe(true)
    expect(oneLineSummary(result)).toMatch(/^ERROR: budget unknown \(cannot reach 127\.0\.0\.1:9: /)
  })

  it("a server's own query timeout concerns that query: the others are still sent", async () => {
    const heavy = new PrometheusError('timeout', 'http', 503, {
      retryable: true,
      unavailable: false
    })
    const client = failingClient(heavy)
    await evaluateGate({ ...config(), slos: slos(10), maxConcurrency: 2 }, { client })
    // Every batch (2 per SLO) and every coverage check (1 per SLO) is still sent.
    expect(client.calls).toBe(30)
  })

  it('an aborted signal (Ctrl-C) sends nothing more', async () => {
    const client = scriptedClient(answers(0.0001))
    const controller = new AbortController()
    controller.abort(new Error('interrupted (Ctrl-C)'))
    const result = await evaluateGate(config(), { client, signal: controller.signal })
    expect(client.asked).toEqual([])
    expect(result.worst.error).toMatch(/not sent: interrupted \(Ctrl-C\)/)
  })
})

describe('low_traffic: allow exempts only a service that is quiet in every window', () => {
  /** Every window holds `total` events; the 30d window `total30d` (a quiet month). */
  function traffic(
    ratio: number,
    total30d: number,
    busy: number,
    perWindow: Record<string, number> = {}
  ): Record<string, number> {
    const table = answers(ratio, perWindow, busy)
    table['errors[30d]'] = ratio * total30d
    table['total[30d]'] = total30d
    return table
  }

  it('an overspent budget on a busy service blocks, however quiet the SLO window', async () => {
    // 5 minutes into a period: 750 events over the SLO window, 54,000 over the burn windows.
    const result = await evaluateGate(config({ low_traffic: 'allow' }), {
      client: scriptedClient(traffic(0.5, 750, 54_000))
    })
    expect(result.status).toBe('EXHAUSTED')
    expect(result.worst.lowTraffic).toBeUndefined()
    expect(result.canDeploy).toBe(false)
  })

  it('a level from few events is exempt, and the reason says so', async () => {
    // 0.07 % errors on 100 events: WARNING (30 % left), from noise alone.
    const result = await evaluateGate(config({ low_traffic: 'allow' }), {
      client: scriptedClient(answers(0.0007, {}, 100))
    })
    expect(result.status).toBe('WARNING')
    expect(result.worst.lowTraffic).toMatchObject({ allowed: true })
    expect(result.canDeploy).toBe(true)
    expect(result.reasons.join('\n')).toMatch(/does not block: low_traffic is allow/)
  })

  it('a busy burn window is enough traffic: the first minutes of a period are not "low traffic"', async () => {
    // The SLO window holds 750 events (5 minutes into a month), the burn windows 9,000 to 54,000.
    const result = await evaluateGate(config({ low_traffic: 'allow' }), {
      client: scriptedClient(traffic(0.0007, 750, 54_000))
    })
    expect(result.worst.lowTraffic).toBeUndefined()
    expect(result.status).toBe('WARNING')
    expect(result.canDeploy).toBe(false)
  })

  it.each([
    ['a busy service (1 request a second) blocks', 2_419_200, 'EXHAUSTED', false],
    ['a quiet one (500 events in 28 days) stays exempt', 500, 'EXHAUSTED', true]
  ])(
    'a calendar month without burn tiers, ten minutes in, at 50 %% errors: %s',
    async (_name, events28d, status, exempt) => {
      // The month's elapsed 600s and a 5m burn_rate_window hold 600 and 300 events whatever the
      // service's traffic; its last 28 days tell how busy it is.
      const table: Record<string, number> = {
        'errors[600s]': 300,
        'total[600s]': 600,
        'errors[5m]': 150,
        'total[5m]': 300,
        'errors[28d]': events28d * 0.0001,
        'total[28d]': events28d
      }
      const client = scriptedClient(table)
      const result = await evaluateGate(
        config({
          time_window: 'month',
          burn_tiers: 'none',
          burn_rate_window: '5m',
          low_traffic: 'allow',
          evaluation_time: '2026-12-01T00:10:00Z'
        }),
        { client }
      )
      expect(result.status).toBe(status)
      expect(result.canDeploy).toBe(exempt)
      expect(Boolean(result.worst.lowTraffic?.allowed)).toBe(exempt)
    }
  )

  it('a burn tier that fired on enough events blocks, however quiet the SLO window', async () => {
    // 50 events over the SLO window, a fast burn over windows of 1,000 events each.
    const result = await evaluateGate(
      config({ low_traffic: 'allow', min_events: '100', fast_burn_threshold: '2' }),
      { client: scriptedClient(traffic(0.0001, 50, 1000, { '1h': 0.01, '5m': 0.01 })) }
    )
    expect(result.worst.tiers.some(t => t.fired)).toBe(true)
    expect(result.worst.lowTraffic).toBeUndefined()
    expect(result.status).toBe('FREEZE')
    expect(result.canDeploy).toBe(false)
  })

  it('an exclusion cannot make a busy service look quiet: traffic is counted before it', async () => {
    const end = Date.parse('2026-12-01T10:00:00Z') / 1000
    const seconds = end - Date.parse('2026-11-24T00:00:00Z') / 1000
    // The burn windows are quiet (100 events); the SLO window held 1,000,000 events, of which the
    // excluded maintenance removes all but 4,000 (2 bad): 50 % left, WARNING.
    const table = traffic(0.0005, 1_000_000, 100)
    table[`errors[${seconds}s] @ ${end}`] = 500 - 2
    table[`total[${seconds}s] @ ${end}`] = 1_000_000 - 4000
    const result = await evaluateGate(
      config({
        low_traffic: 'allow',
        min_events: '5000',
        evaluation_time: '2026-12-01T20:00:00Z',
        exclude: '2026-11-24T00:00:00Z/2026-12-01T10:00:00Z planned maintenance'
      }),
      { client: scriptedClient(table) }
    )
    expect(result.worst.windows[0]).toMatchObject({ window: '30d', total: 4000 })
    expect(result.status).toBe('WARNING')
    expect(result.worst.lowTraffic).toBeUndefined()
    expect(result.canDeploy).toBe(false)
  })
})

describe('the reasons and summary outputs', () => {
  it("keep a server's line breaks out: one reason a line, a one-line summary", async () => {
    const hostile: QueryClient = {
      queryScalar: async () => ({ value: 1, infos: [] }),
      queryVector: async () => {
        throw new PrometheusError('boom\n::error::forged', 'http', 422)
      }
    }
    const result = await evaluateGate(config(), { client: hostile })
    const outputs = gateOutputs(result)
    expect(outputs.reasons.split('\n')).toHaveLength(result.reasons.length)
    expect(outputs.reasons).not.toMatch(/^::/m)
    expect(outputs.summary).not.toMatch(/\n/)
  })
})

describe('reasons in order of weight', () => {
  it('open with the burn tier that set the status, strictest first, then the budget left', async () => {
    // 87 % of the budget left over 30d (NORMAL), but every short window burns at 20x.
    const table = answers(0.02, { '30d': 0.00013 })
    const result = await evaluateGate(config(), { client: scriptedClient(table) })
    expect(result.status).toBe('FREEZE')
    expect(result.reasons[0]).toMatch(/^default: fast burn: .*\(at least FREEZE\)$/)
    expect(result.reasons[1]).toMatch(/^default: slow burn: .*\(at least WARNING\)$/)
    expect(result.reasons[2]).toMatch(/^default: 87\.00% of the error budget left .*NORMAL\)$/)
  })

  it('open with the budget left when the level set the status', async () => {
    // 40 % left (WARNING) and a slow burn that also says WARNING: the level came first.
    const table = answers(0.0006, { '6h': 0.01, '30m': 0.01 })
    const result = await evaluateGate(config(), { client: scriptedClient(table) })
    expect(result.status).toBe('WARNING')
    expect(result.reasons[0]).toMatch(/^default: 40\.00% of the error budget left .*: WARNING\)$/)
    expect(result.reasons[1]).toMatch(/slow burn/)
  })

  it('put an overspent budget before a freeze file, which did not set EXHAUSTED', async () => {
    const freeze = { file: '.deploy-freeze', text: 'reason: incident 42' }
    const result = await evaluateGate(config(), { client: scriptedClient(answers(0.002)), freeze })
    expect(result.status).toBe('EXHAUSTED')
    expect(result.reasons[0]).toMatch(/^default: -100\.00% of the error budget left .*EXHAUSTED/)
    expect(result.reasons[1]).toMatch(/^freeze file \.deploy-freeze is present/)
  })
})

describe('recorded series of another SLO of the same name', () => {
  /** A Prometheus whose recorded series (every minute, complete) carry this fingerprint. */
  function recording(fingerprint: string): QueryClient & { asked: string[] } {
    const raw = scriptedClient(answers(0.5))
    return {
      asked: raw.asked,
      queryScalar: (query, at) =>
        query.includes('ebg_slo:')
          ? (raw.asked.push(query), Promise.resolve({ value: 10, infos: [] }))
          : raw.queryScalar(query, at),
      queryVector: (query, at) => raw.queryVector(query, at),
      queryRange: async (query, range) => {
        raw.asked.push(query)
        const values: [number, string][] = []
        for (let t = range.start.getTime(); t <= range.end.getTime(); t += range.stepSeconds * 1000)
          values.push([t / 1000, String(range.stepSeconds / 60)])
        return ['ebg_slo:errors:rate5m', 'ebg_slo:total:rate5m'].map(record => ({
          metric: { slo: 'default', ebg_queries: fingerprint, ebg_record: record },
          values
        }))
      }
    }
  }
  const evaluationTime = { evaluation_time: '2026-12-01T00:00:00Z', query_source: 'auto' }

  it('are not read: another team\'s "default", or rules from before the queries changed; auto says so', async () => {
    const client = recording('0000000000000000')
    const result = await evaluateGate(config(evaluationTime), { client })
    expect(result.worst.querySource).toBe('raw')
    expect(result.status).toBe('EXHAUSTED')
    expect(client.asked.some(q => q.includes('avg_over_time(ebg_slo:'))).toBe(false)
    expect(result.warnings.join('\n')).toMatch(
      /default: recorded series named "default" exist, but for other queries \(fingerprint mismatch: rules recorded for an older definition of this SLO.*\); raw queries used until they cover it \(regenerate the rules with "error-budget rules"/
    )
    const rules = await evaluateGate(config({ ...evaluationTime, query_source: 'rules' }), {
      client: recording('0000000000000000')
    })
    expect(rules.status).toBe('ERROR')
    expect(rules.worst.error).toMatch(
      /query_source rules: recorded series named "default" exist, but for other queries \(fingerprint mismatch/
    )
  })

  it("are read when they were made from this SLO's own queries", async () => {
    const slo = config(evaluationTime).slos[0]
    const client = recording(queriesFingerprint(slo))
    const result = await evaluateGate(config(evaluationTime), { client })
    expect(result.worst.querySource).toBe('rules')
    expect(result.warnings.join('\n')).not.toMatch(/recorded|fingerprint/)
    expect(client.asked.some(q => q.includes(`ebg_queries="${queriesFingerprint(slo)}"`))).toBe(
      true
    )
  })
})

describe('an error-ratio SLI (no event counts)', () => {
  it('still escalates on a fast burn: its vector(1) total is not "too few events"', async () => {
    const table: Record<string, number> = { 'vector(1)': 1 }
    for (const [w, ratio] of Object.entries({
      '30d': 0.0001,
      '1h': 0.02,
      '5m': 0.02,
      '6h': 0.0001,
      '30m': 0.0001
    }))
      table[`ratio[${w}]`] = ratio
    const slo = { ...config().slos[0], errorQuery: 'ratio[{{window}}]', totalQuery: 'vector(1)' }
    const result = await evaluateGate(
      { ...config({ low_traffic: 'allow' }), slos: [slo] },
      { client: scriptedClient(table) }
    )
    expect(result.worst.minEvents).toBe(0)
    expect(result.worst.lowTraffic).toBeUndefined()
    expect(result.status).toBe('FREEZE')
    expect(result.canDeploy).toBe(false)
  })
})

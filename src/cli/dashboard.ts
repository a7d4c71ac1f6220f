/**
 * `error-budget dashboard`: the Grafana dashboard of the SLOs, to stdout or one file per service.
 * Grafana's SDK is loaded here only, for this command.
 */
import fs from 'node:fs'
import path from 'node:path'
import { PANEL_SOURCES, type PanelSource } from '../channels/dashboard-queries.js'
import { parseWord } from '../engine/inputs.js'
import type { SloSpec } from '../engine/slo.js'
import { UsageError, type ParsedArgs } from './args.js'
import type { Io } from './commands.js'
import { plain } from './render.js'

/** A file name from a service name: letters, digits, `.`, `_` and `-`, never a path. */
export const serviceFileName = (service: string): string =>
  `${service.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'service'}.json`

/** `--query-source`: rules (the default here, and what auto means: a dashboard cannot probe) or raw. */
function panelSource(args: ParsedArgs): PanelSource {
  const text = args.input('query_source').trim() || 'rules'
  const word = parseWord('query_source', text, [...PANEL_SOURCES, 'auto'])
  return word === 'auto' ? 'rules' : word
}

export async function dashboard(args: ParsedArgs, slos: SloSpec[], io: Io): Promise<number> {
  const source = panelSource(args)
  const uid = (args.values['datasource-uid'] as string | undefined)?.trim()
  if (uid !== undefined && !/^[A-Za-z0-9._-]{1,40}$/.test(uid))
    throw new UsageError('--datasource-uid: expected a Grafana uid (letters, digits, . _ -)')
  const { buildDashboard, dashboardsByService } = await import('../channels/dashboard.js')
  const options = { source, datasourceUid: uid }
  const output = args.values.output as string | undefined
  if (output === undefined) {
    io.out(JSON.stringify(buildDashboard(slos, options), null, 2))
    return 0
  }
  const files = dashboardsByService(slos, options).map(d => ({
    ...d,
    name: serviceFileName(d.service)
  }))
  // Two services that spell alike would overwrite each other's file: refused before any is written.
  const byName = new Map<string, string>()
  for (const { service, name } of files) {
    const clash = byName.get(name.toLowerCase())
    if (clash !== undefined)
      throw new UsageError(
        `services ${JSON.stringify(plain(clash))} and ${JSON.stringify(plain(service))} would both be written to ${name}`
      )
    byName.set(name.toLowerCase(), service)
  }
  const dir = path.resolve(io.cwd, output)
  fs.mkdirSync(dir, { recursive: true })
  for (const { dashboard, name } of files) {
    fs.writeFileSync(path.join(dir, name), JSON.stringify(dashboard, null, 2) + '\n')
    io.out(
      `${plain(path.join(output, name))}: ${plain(dashboard.title ?? '')} (uid ${dashboard.uid})`
    )
  }
  return 0
}

/**
 * `error-budget postmortem`: which SLOs need a postmortem, and with --markdown the body of each
 * issue exactly as the action opens it, for CIs that open their issues themselves.
 */
import { parseLinkUrl } from '../channels/notify.js'
import { postmortemsNeeded, readPostmortemConfig, readTemplate } from '../channels/postmortem.js'
import { renderPostmortem } from '../channels/postmortem-body.js'
import type { GateConfig } from '../engine/config.js'
import { expandLink, linkValues, parseLinkTemplate } from '../engine/links.js'
import type { GateResult } from '../engine/result.js'
import * as fmt from '../text/format.js'
import { redactSecrets } from '../text/redact.js'
import { UsageError, type ParsedArgs } from './args.js'
import { EXIT_ERROR, EXIT_INTERRUPTED, type Io } from './commands.js'
import { plain } from './render.js'

/** The action's default comment_tag, which its postmortem markers carry. */
const TAG = 'error-budget-gate'

export async function postmortem(
  args: ParsedArgs,
  config: GateConfig,
  io: Io,
  evaluate: (config: GateConfig, io: Io) => Promise<GateResult>
): Promise<number> {
  const { incidentPercent, template: file } = readPostmortemConfig(args.input)
  let template: string | undefined
  if (file) {
    const read = readTemplate(file, io.cwd)
    if ('refusal' in read) throw new UsageError(`--postmortem-template ${file} ${read.refusal}`)
    template = read.text
  }
  // Not an input of the action (which links its own run): the flag, or GitLab's job URL.
  const runUrl = parseLinkUrl(
    'run_url',
    (args.values['run-url'] as string | undefined) ?? io.env.CI_JOB_URL ?? ''
  )
  const dashboardUrl = parseLinkTemplate('dashboard_url', args.input('dashboard_url'))
  // The incidents are read from the daily points: the chart's range query is needed.
  const result = await evaluate({ ...config, chart: true }, io)
  if (io.signal.aborted) return EXIT_INTERRUPTED
  const say = (text: string): string => redactSecrets(text, config.secrets)
  const needed = postmortemsNeeded(result, incidentPercent)
  if (args.values.markdown) {
    const bodies = needed.map(({ slo, cause }) => {
      const values = linkValues(slo.spec)
      return renderPostmortem(slo, cause, {
        tag: TAG,
        canDeploy: result.canDeploy,
        template,
        incidentPercent,
        links: {
          runUrl,
          dashboardUrl: dashboardUrl && expandLink(dashboardUrl, values),
          runbookUrl: slo.spec.runbookUrl && expandLink(slo.spec.runbookUrl, values)
        }
      })
    })
    if (bodies.length) io.out(say(bodies.join('\n---\n\n').trimEnd()))
    else io.err('No SLO needs a postmortem.')
  } else {
    for (const slo of result.slos) {
      const found = needed.find(n => n.slo === slo)
      const { incident } = found?.cause ?? {}
      io.out(
        say(
          found && incident
            ? `${plain(slo.name)}: postmortem needed: ${found.cause.kind === 'exhausted' ? 'budget exhausted' : 'incident'}, ${fmt.shownPercent(incident.spent)} of the budget spent from ${incident.start.toISOString()} to ${incident.end.toISOString()} (${fmt.shownPercent(incident.before)} to ${fmt.shownPercent(incident.after)})`
            : `${plain(slo.name)}: ${slo.status === 'ERROR' ? 'cannot tell (ERROR)' : 'no postmortem needed'}`
        )
      )
    }
  }
  return result.status === 'ERROR' ? EXIT_ERROR : 0
}

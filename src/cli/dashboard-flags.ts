/**
 * The flags and help of what the CLI builds around the gate: `dashboard`, `postmortem`, and the
 * links of `rules --alerts`. Kept apart from args.ts, which lists them with the others.
 */
import type { FlagSpec } from './args.js'

export const DASHBOARD_COMMANDS = ['dashboard', 'postmortem'] as const

export const DASHBOARD_FLAGS: FlagSpec[] = [
  {
    flag: 'runbook-url',
    input: 'runbook_url',
    value: 'TEMPLATE',
    help: 'runbook link of every SLO without its own runbook_url; may name {{service}}, {{slo}}, {{dashboard_uid}}',
    commands: ['rules', 'dashboard', 'postmortem']
  },
  {
    flag: 'dashboard-url',
    input: 'dashboard_url',
    value: 'TEMPLATE',
    help: "the dashboard link of the alerts and the postmortem; may name {{dashboard_uid}} (the SLO's service dashboard), {{service}}, {{slo}}",
    commands: ['rules', 'postmortem']
  },
  {
    flag: 'datasource-uid',
    value: 'UID',
    help: "the Prometheus datasource the dashboard's datasource variable starts on (default: Grafana's default)",
    commands: ['dashboard']
  },
  {
    flag: 'output',
    value: 'DIR',
    help: 'write one dashboard per service into DIR (<service>.json) instead of one to stdout',
    commands: ['dashboard']
  },
  {
    flag: 'postmortem-template',
    input: 'postmortem_template',
    value: 'FILE',
    help: 'Markdown template of the postmortem (a regular file in the working directory)',
    commands: ['postmortem']
  },
  {
    flag: 'postmortem-threshold',
    input: 'postmortem_threshold',
    value: 'PERCENT',
    help: 'share of the budget an incident must spend to need a postmortem (default 20)',
    commands: ['postmortem']
  },
  {
    flag: 'run-url',
    value: 'URL',
    env: 'CI_JOB_URL',
    help: 'the CI run the postmortem links (Jenkins: pass $BUILD_URL)',
    commands: ['postmortem']
  }
]

export const DASHBOARD_ABOUT: Record<(typeof DASHBOARD_COMMANDS)[number], string[]> = {
  dashboard: [
    'error-budget dashboard [--config-file FILE | flags] [--query-source rules|raw] [--datasource-uid UID] [--output DIR]',
    '',
    "Prints a Grafana dashboard (JSON model, built with Grafana's foundation SDK) for the SLOs: an",
    'overview of every SLO, then per SLO its budget left, days to exhaustion, burn rate over the',
    "burn windows, budget left over time and, for a latency SLO, the latency SLI, at the gate's",
    'thresholds. It reads the recorded series of "error-budget rules" (--query-source rules, the',
    'default) or the raw series (raw). Needs no Prometheus: --prometheus-url may be left out.'
  ],
  postmortem: [
    'error-budget postmortem [--markdown] [--postmortem-template FILE] [--run-url URL] [flags]',
    '',
    'Evaluates the SLOs and says which need a postmortem: a budget exhausted, or an incident that',
    'spent more than --postmortem-threshold of it (from the daily points). With --markdown it',
    'prints the body of each postmortem issue, as the action opens it. Exits 0 when it could',
    'evaluate, 99 on ERROR, 64 on a usage error.'
  ]
}

/** The lines of the commands overview (`error-budget --help`). */
export const DASHBOARD_COMMAND_LINES = [
  '  dashboard  print the Grafana error-budget dashboard of the SLOs (--output DIR: one per service)',
  '  postmortem say which SLOs need a postmortem; --markdown prints the issue body'
]

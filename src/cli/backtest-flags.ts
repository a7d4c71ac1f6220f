/** The flags and the help of `error-budget backtest` (the gate's own flags describe its SLOs). */
import type { FlagSpec } from './args.js'

const only = ['backtest'] as const

export const BACKTEST_FLAGS: FlagSpec[] = [
  {
    flag: 'since',
    value: 'DURATION',
    help: 'backtest: how far back the range begins, e.g. 90d (required)',
    commands: only
  },
  {
    flag: 'until',
    value: 'TIME',
    help: 'backtest: where the range ends (RFC 3339 or Unix seconds; default now)',
    commands: only
  },
  {
    flag: 'step',
    value: 'DURATION',
    help: 'backtest: the status is judged every step (1m to 1d; default 1h)',
    commands: only
  },
  {
    flag: 'deploys',
    value: 'FILE',
    help: 'backtest: past deploys, one ISO 8601 time (or Unix seconds) a line',
    commands: only
  },
  {
    flag: 'deploys-from',
    value: 'github',
    help: "backtest: past deploys from GitHub's Deployments API (GITHUB_TOKEN, GITHUB_API_URL)",
    commands: only
  },
  {
    flag: 'repo',
    value: 'OWNER/NAME',
    help: 'backtest --deploys-from github: the repository (default GITHUB_REPOSITORY)',
    commands: only
  },
  {
    flag: 'environment',
    value: 'NAME',
    help: 'backtest --deploys-from github: the deployment environment (required)',
    commands: only
  }
]

export const BACKTEST_ABOUT = [
  'error-budget backtest --since DURATION [--step 1h] [--until TIME] [--config-file FILE | flags]',
  '                      [--deploys FILE | --deploys-from github --repo OWNER/NAME --environment NAME]',
  '                      [--json | --markdown]',
  '',
  'Runs the policy over past data: the status the gate would have given at every step of the',
  'range (from range queries, a handful per SLO query), the share of time blocked, each blocked',
  'interval, and which deploys it would have blocked and when each could have gone. Windows that',
  'reach before the data begins are reported as not judged. Exits 0 when it ran, 99 on an error.'
]

/**
 * The pipelines in examples/ and the snippets in the docs are what users copy: the GitHub ones may
 * use only inputs and outputs that action.yml declares, the GitLab and Jenkins ones only commands
 * and flags the CLI's own parser accepts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../helpers/run-action.js'
import { splitFences } from '../helpers/markdown.js'
import { shellWords } from '../helpers/shell-words.js'
import { parseCommandLine } from '../../src/cli/args.js'

const read = (file: string): string => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')
const pkg = JSON.parse(read('package.json')) as { name: string; version: string; homepage: string }
const REPO = pkg.homepage.replace(/^https:\/\/github\.com\//, '').replace(/#readme$/, '')
const MAJOR = `v${pkg.version.split('.')[0]}`

interface ActionYml {
  inputs: Record<string, { required?: boolean }>
  outputs: Record<string, unknown>
}
const action = parse(read('action.yml')) as ActionYml
const INPUTS = Object.keys(action.inputs)
const REQUIRED = INPUTS.filter(name => action.inputs[name].required === true)
const OUTPUTS = Object.keys(action.outputs)

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: { workflow_dispatch?: { inputs?: Record<string, unknown> } } | string | string[]
  jobs: Record<string, { steps?: Step[]; outputs?: Record<string, string> }>
}

const isGate = (uses: string | undefined): boolean =>
  uses === './' || (uses ?? '').toLowerCase().startsWith(`${REPO.toLowerCase()}@`)

/** What a workflow asks of the action that action.yml does not declare. */
function workflowProblems(text: string): string[] {
  const workflow = parse(text) as Workflow
  const problems: string[] = []
  const gates = Object.values(workflow.jobs).flatMap(job =>
    (job.steps ?? []).filter(s => isGate(s.uses))
  )
  if (gates.length === 0) problems.push('no step uses the action')
  for (const step of gates) {
    if (step.uses !== './' && step.uses !== `${REPO}@${MAJOR}`)
      problems.push(`uses ${step.uses}, not ${REPO}@${MAJOR}`)
    const given = Object.keys(step.with ?? {})
    for (const name of given) if (!INPUTS.includes(name)) problems.push(`input ${name}`)
    for (const name of REQUIRED) if (!given.includes(name)) problems.push(`missing ${name}`)
  }
  const gateIds = new Set(gates.map(step => step.id).filter(Boolean))
  for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g))
    if (gateIds.has(m[1]) && !OUTPUTS.includes(m[2])) problems.push(`output ${m[2]}`)
  const on = typeof workflow.on === 'object' && !Array.isArray(workflow.on) ? workflow.on : {}
  const dispatched = Object.keys(on.workflow_dispatch?.inputs ?? {})
  for (const m of text.matchAll(/\binputs\.([\w-]+)/g))
    if (!dispatched.includes(m[1])) problems.push(`workflow input ${m[1]} is not declared`)
  return problems
}

/** The `with:` keys of every step that uses the action in a YAML snippet (a fragment, indented). */
function snippetInputs(snippet: string): string[][] {
  const lines = snippet.split('\n')
  const found: string[][] = []
  lines.forEach((line, i) => {
    if (!/uses:\s*\S+/.test(line) || !isGate(/uses:\s*(\S+)/.exec(line)?.[1])) return
    const indent = line.indexOf('uses:')
    const keys: string[] = []
    let inWith = false
    let withIndent = 0
    for (const next of lines.slice(i + 1)) {
      const at = next.search(/\S/)
      if (at < 0 || next.trim().startsWith('#')) continue
      if (at < indent || (at === indent - 2 && next.trim().startsWith('-'))) break
      if (!inWith && at === indent && /^with:\s*$/.test(next.trim())) {
        inWith = true
        withIndent = -1
      } else if (inWith) {
        if (at <= indent) break
        if (withIndent < 0) withIndent = at
        if (at === withIndent) keys.push(/^([\w-]+):/.exec(next.trim())?.[1] ?? next.trim())
      }
    }
    found.push(keys)
  })
  return found
}

/** Every `error-budget` command line in a script: argv after the command (npx, the bin, the image). */
function cliInvocations(script: string): string[][] {
  const calls: string[][] = []
  for (const words of shellWords(script)) {
    const npx =
      words[0] === 'npx' ? words.findIndex(w => new RegExp(`^${pkg.name}(@|$)`).test(w)) : -1
    if (npx > 0) calls.push(words.slice(npx + 1))
    else if (words[0] === 'error-budget') calls.push(words.slice(1))
    else if (words[0] === 'docker' && words[1] === 'run') {
      const image = words.findIndex(w => w.startsWith(`ghcr.io/${REPO.toLowerCase()}:`))
      if (image > 0) calls.push(words.slice(image + 1))
    }
  }
  return calls
}

/** The shell scripts of a GitLab CI file (every job's before_script and script lines). */
function gitlabScripts(text: string): string[] {
  const jobs = parse(text) as Record<string, { script?: string[]; before_script?: string[] }>
  return Object.values(jobs).flatMap(job =>
    typeof job === 'object' && job ? [...(job.before_script ?? []), ...(job.script ?? [])] : []
  )
}

/** The shell scripts of a Jenkinsfile: its `sh '''…'''`, `sh "…"` and `sh '…'` steps. */
function jenkinsScripts(text: string): string[] {
  return [
    ...text.matchAll(/\bsh\s+(?:'''([\s\S]*?)'''|"""([\s\S]*?)"""|'([^'\n]*)'|"([^"\n]*)")/g)
  ].map(m => m[1] ?? m[2] ?? m[3] ?? m[4])
}

/** What the CLI's parser says of each invocation: '' when it accepts it, else its message. */
function parserVerdicts(calls: string[][]): string[] {
  return calls.map(argv => {
    try {
      const args = parseCommandLine(argv, {})
      return args.command === 'help' && args.bare ? `${argv.join(' ')}: no command` : ''
    } catch (error) {
      return `${argv.join(' ')}: ${(error as Error).message}`
    }
  })
}

const GITHUB_EXAMPLES = fs
  .readdirSync(path.join(REPO_ROOT, 'examples/github'))
  .map(file => `examples/github/${file}`)
const DOCS = [
  'README.md',
  ...fs
    .readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`)
]

describe('GitHub examples', () => {
  it.each([...GITHUB_EXAMPLES, '.github/workflows/example-deploy.yml'])(
    '%s uses only the inputs and outputs action.yml declares',
    file => {
      expect(workflowProblems(read(file))).toEqual([])
    }
  )

  it('cover a gate and an override through workflow_dispatch', () => {
    const override = parse(read('examples/github/override.yml')) as Workflow
    expect(
      Object.keys(
        (override.on as { workflow_dispatch: { inputs: object } }).workflow_dispatch.inputs
      )
    ).toEqual(['override', 'override_reason'])
    expect(read('examples/github/override.yml')).toMatch(/override: \$\{\{ inputs\.override \}\}/)
    expect(read('examples/github/gate.yml')).toMatch(/needs\.gate\.outputs\.can_deploy == 'true'/)
  })

  it('show a rollback driven by a failed verify, and by its outputs', () => {
    const text = read('examples/github/verify.yml')
    expect(text).toMatch(/mode: verify/)
    expect(text).toMatch(/if: failure\(\) && steps\.verify\.outcome == 'failure'/)
    expect(text).toMatch(/steps\.verify\.outputs\.verdict == 'fail'/)
  })

  it.each(DOCS)('%s: its YAML snippets give the action only inputs it declares', file => {
    const snippets = splitFences(read(file)).blocks.filter(b => b.lang === 'yaml')
    const unknown = snippets
      .flatMap(b => snippetInputs(b.text))
      .flat()
      .filter(name => !INPUTS.includes(name))
    expect(unknown).toEqual([])
    // A snippet that is a whole workflow is held to what the examples are held to.
    for (const { text } of snippets.filter(b => /^jobs:/m.test(b.text) && /^on:/m.test(b.text)))
      expect(workflowProblems(text)).toEqual([])
  })

  it("the README's usage is a whole workflow that gates a deploy job", () => {
    const usage = splitFences(read('README.md')).blocks.find(b => b.lang === 'yaml')!
    expect(workflowProblems(usage.text)).toEqual([])
    expect(usage.text).toMatch(/needs\.gate\.outputs\.can_deploy == 'true'/)
  })

  it('the checks bite: an unknown input, a missing required one, an undeclared output or dispatch input', () => {
    const workflow = [
      'on: { workflow_dispatch: { inputs: { go: { type: boolean } } } }',
      'jobs:',
      '  gate:',
      '    outputs: { ok: "${{ steps.b.outputs.may_deploy }}" }',
      '    steps:',
      `      - { id: b, uses: ${REPO}@${MAJOR}, with: { prometheus_urll: x, override: "\${{ inputs.stop }}" } }`,
      '      - { uses: someone/error-budget-gate@v1 }'
    ].join('\n')
    expect(workflowProblems(workflow)).toEqual([
      'input prometheus_urll',
      'missing prometheus_url',
      'output may_deploy',
      'workflow input stop is not declared'
    ])
    const snippet = [
      '      - uses: actions/checkout@v4',
      `      - uses: ${REPO}@${MAJOR}`,
      '        with:',
      '          prometheus_url: http://x',
      '          exclude: |',
      '            2026-11-13T02:00:00Z/PT2H failover',
      '          slo_targett: 99',
      '      - run: ./deploy.sh'
    ].join('\n')
    expect(snippetInputs(snippet)).toEqual([['prometheus_url', 'exclude', 'slo_targett']])
  })
})

describe('GitLab and Jenkins examples', () => {
  const cases: [string, string[], string][] = [
    [
      'examples/gitlab/.gitlab-ci.yml',
      gitlabScripts(read('examples/gitlab/.gitlab-ci.yml')),
      'check'
    ],
    [
      'examples/gitlab/verify.gitlab-ci.yml',
      gitlabScripts(read('examples/gitlab/verify.gitlab-ci.yml')),
      'verify'
    ],
    ['examples/jenkins/Jenkinsfile', jenkinsScripts(read('examples/jenkins/Jenkinsfile')), 'check']
  ]

  it.each(cases)('%s runs error-budget with flags the CLI accepts', (_file, scripts, command) => {
    const calls = scripts.flatMap(cliInvocations)
    expect(calls.length).toBeGreaterThan(0)
    expect(calls.map(argv => argv[0])).toContain(command)
    expect(parserVerdicts(calls)).toEqual(calls.map(() => ''))
  })

  it('the GitLab verify pipeline rolls back only when the verify fails', () => {
    const jobs = parse(read('examples/gitlab/verify.gitlab-ci.yml')) as Record<
      string,
      { needs?: string[]; rules?: { when?: string }[] }
    >
    expect(jobs.rollback.needs).toEqual(['verify'])
    expect(jobs.rollback.rules?.[0].when).toBe('on_failure')
  })

  it('run the published package by its name, not a git URL', () => {
    for (const [, scripts] of cases)
      expect(scripts.join('\n')).toMatch(
        new RegExp(`npx --yes ${pkg.name}@${MAJOR.slice(1)} check`)
      )
  })

  it.each(DOCS)('%s: the CLI commands of its code blocks are ones the CLI accepts', file => {
    const calls = splitFences(read(file)).blocks.flatMap(block =>
      block.lang === 'yaml'
        ? (() => {
            try {
              return gitlabScripts(block.text).flatMap(cliInvocations)
            } catch {
              return []
            }
          })()
        : block.lang === 'groovy'
          ? jenkinsScripts(block.text).flatMap(cliInvocations)
          : block.lang === 'sh'
            ? cliInvocations(block.text)
            : []
    )
    expect(parserVerdicts(calls)).toEqual(calls.map(() => ''))
  })

  it('reads commands as sh does: quotes, continuations, comments, redirections', () => {
    expect(
      shellWords(
        'error-budget rules --config \'my slos.yaml\' > rules.yml && echo "a \\"b\\"" \\\n  --c # note\nnext 2>>log x'
      )
    ).toEqual([
      ['error-budget', 'rules', '--config', 'my slos.yaml'],
      ['echo', 'a "b"', '--c'],
      ['next', 'x']
    ])
  })

  it('the check bites: a misspelt flag, a flag of another command, an unknown command', () => {
    const calls = cliInvocations(
      [
        "npx --yes error-budget-gate@1 check --prometheus-urll 'http://x' \\",
        '  --json',
        'error-budget status --alerts',
        'docker run --rm ghcr.io/acme/error-budget-gate:1 deploy',
        `docker run --rm ghcr.io/${REPO.toLowerCase()}:1 check --config-file slos.yaml`
      ].join('\n')
    )
    expect(parserVerdicts(calls)).toEqual([
      expect.stringMatching(/prometheus-urll/),
      expect.stringMatching(/--alerts is not a flag of status/),
      expect.stringMatching(/unknown command "deploy"/),
      ''
    ])
  })
})

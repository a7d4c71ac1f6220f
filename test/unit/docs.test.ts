/**
 * action.yml, the code and the documentation must agree on every input and output; the README is
 * a front door that links every page of docs/, and no relative link or anchor is broken.
 */
import fs from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'
import { anchorsOf, isExternal, linksOf } from '../helpers/markdown.js'
import { generatedSection, inputsTable, TABLE_FILES, tables } from '../../scripts/readme-tables.js'
import { FLAGS } from '../../src/cli/args.js'
import { STATUS_ICON, STATUS_POLICY, STATUSES } from '../../src/engine/status.js'

const read = (file: string): string => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')
const actionYml = read('action.yml')

function namesIn(section: 'inputs' | 'outputs'): string[] {
  const block = new RegExp(`^${section}:\\n([\\s\\S]*?)(?=^\\S)`, 'm').exec(actionYml)?.[1] ?? ''
  return [...block.matchAll(/^ {2}(\w+):$/gm)].map(m => m[1])
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.ts'))
    .map(f => path.join(dir, f))
}

describe('action.yml', () => {
  const inputs = namesIn('inputs')
  const outputs = namesIn('outputs')

  it('runs on node24 from dist/index.js', () => {
    expect(actionYml).toMatch(/using: 'node24'/)
    expect(actionYml).toMatch(/main: 'dist\/index.js'/)
  })

  it('describes every input and output, and gives every optional input a default', () => {
    expect(inputs.length).toBeGreaterThan(20)
    for (const name of [...inputs, ...outputs]) {
      expect(actionYml).toMatch(new RegExp(`^ {2}${name}:\\n {4}description: '.+'`, 'm'))
    }
    for (const name of inputs) {
      const entry = new RegExp(`^ {2}${name}:\\n((?: {4}.*\\n)+)`, 'm').exec(actionYml)![1]
      expect(entry).toMatch(/required: (true|false)/)
      if (entry.includes('required: false')) expect(entry).toMatch(/default: /)
    }
  })

  it('declares every input the code reads and every output it sets', () => {
    const code = sourceFiles('src').map(read).join('\n')
    const outputsSet = [...code.matchAll(/setOutput\('(\w+)'/g)].map(m => m[1])
    for (const name of outputsSet) expect(outputs).toContain(name)
    const readInputs = [
      ...code.matchAll(/(?<![.\w])input\('(\w+)'\)|(?<![.\w])get\('(\w+)'\)/g)
    ].map(m => m[1] ?? m[2])
    for (const name of readInputs) expect(inputs).toContain(name)
  })

  it('is documented in the README: every input and output in its tables', () => {
    const readme = read('README.md')
    for (const name of [...inputs, ...outputs]) expect(readme).toContain(`| \`${name}\` |`)
    // The two commands for a fresh machine, literally.
    expect(readme).toContain('npm run demo')
    expect(readme).toMatch(/^npm test\b/m)
  })
})

describe('generated tables (scripts/readme-tables.ts)', () => {
  it.each(Object.entries(tables(actionYml)))(
    'the %s table is the generated one (run npm run readme)',
    (name, table) => {
      expect(generatedSection(read(TABLE_FILES[name]), name)).toBe(table)
    }
  )

  it("shows YAML's quote escaping as the text it stands for", () => {
    expect(actionYml).toContain("gate''s comment")
    const table = inputsTable(actionYml)
    expect(table).toContain("| Identifies this gate's comment")
    expect(table).not.toContain("''")
    for (const file of new Set(Object.values(TABLE_FILES))) expect(read(file)).not.toMatch(/\w''\w/)
  })

  it('CLI flags that set an input are its kebab-case name (or an alias of it)', () => {
    const inputs = namesIn('inputs')
    for (const spec of FLAGS.filter(f => f.input)) {
      expect(inputs).toContain(spec.input)
      const kebab = spec.input!.replace(/_/g, '-')
      if (spec.input !== 'prometheus_headers')
        expect([spec.flag, ...(spec.aliases ?? [])]).toContain(kebab)
    }
  })
})

const DOCS_PAGES = fs
  .readdirSync(path.join(REPO_ROOT, 'docs'))
  .filter(file => file.endsWith('.md'))
  .map(file => `docs/${file}`)
const MARKDOWN = ['README.md', 'SECURITY.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...DOCS_PAGES]

/** The relative links of a Markdown file (at `file`, relative to the root) that lead nowhere. */
function brokenLinks(file: string, text: string, root = REPO_ROOT): string[] {
  const broken: string[] = []
  for (const { target, line } of linksOf(text)) {
    if (isExternal(target)) continue
    const hash = target.indexOf('#')
    const filePart = hash < 0 ? target : target.slice(0, hash)
    const anchor = hash < 0 ? undefined : target.slice(hash + 1)
    const resolved = filePart
      ? path.resolve(path.dirname(path.join(root, file)), decodeURIComponent(filePart))
      : path.join(root, file)
    const where = `${file}:${line} ${target}`
    if (!resolved.startsWith(root + path.sep) && resolved !== root) broken.push(`${where}: outside`)
    else if (!fs.existsSync(resolved)) broken.push(`${where}: no such file`)
    else if (anchor !== undefined) {
      const page = resolved === path.join(root, file) ? text : fs.readFileSync(resolved, 'utf8')
      if (!resolved.endsWith('.md'))
        broken.push(`${where}: an anchor into a file that is not Markdown`)
      else if (!anchorsOf(page).has(anchor)) broken.push(`${where}: no such anchor`)
    }
  }
  return broken
}

describe('README as the front door', () => {
  const readme = read('README.md')
  const readmeTargets = new Set(
    linksOf(readme)
      .filter(link => !isExternal(link.target))
      .map(link => path.normalize(link.target.split('#')[0]))
  )

  it('is under 400 lines', () => {
    expect(readme.split('\n').length).toBeLessThan(400)
  })

  it('links every page of docs/, and each page has a title of its own', () => {
    expect(DOCS_PAGES.length).toBeGreaterThanOrEqual(10)
    for (const page of DOCS_PAGES) {
      expect([page, readmeTargets.has(page)]).toEqual([page, true])
      expect(read(page)).toMatch(/^# \S/)
    }
  })

  it('shows a picture of the PR comment before the usage', () => {
    const picture = readme.indexOf('![')
    expect(picture).toBeGreaterThan(0)
    expect(picture).toBeLessThan(readme.indexOf('## Usage'))
    expect(fs.existsSync(path.join(REPO_ROOT, 'docs/pr-comment.png'))).toBe(true)
  })

  it.each(['README.md', 'docs/decision-model.md'])(
    "%s: the statuses table says what the gate's own policy texts say",
    file => {
      const rows = read(file)
        .split('\n')
        .filter(line =>
          STATUSES.some(status => line.startsWith(`| ${STATUS_ICON[status]} ${status} |`))
        )
      expect(rows.map(row => row.split(' | ')[2])).toEqual(STATUSES.map(s => STATUS_POLICY[s]))
    }
  )

  it('says where Prometheus must be reachable from and which runner it needs', () => {
    expect(readme).toMatch(/reachable from the runner/)
    expect(readme).toMatch(/self-hosted runner/)
    expect(readme).toMatch(/2\.327\.1/)
    expect(readme).toMatch(/Enterprise Server 3\.18/)
    expect(actionYml).toMatch(/using: 'node24'/)
  })
})

describe('links and anchors (GitHub rules)', () => {
  it.each(MARKDOWN)('%s: every relative link and anchor resolves', file => {
    expect(brokenLinks(file, read(file))).toEqual([])
  })

  it('the check finds a missing file, a missing anchor and a link that leaves the repository', () => {
    const text = [
      '# Title',
      '## Burn tiers: `page`, ticket & more',
      '## Burn tiers: `page`, ticket & more',
      'ok: [a](#title), [b](#burn-tiers-page-ticket--more), [c](#burn-tiers-page-ticket--more-1)',
      'ok: [d](docs/cli.md#the-container-image), [e](examples/github/), [f](https://x.example/#y)',
      '`[not a link](nowhere.md)`',
      '```',
      '[not a link either](nowhere.md)',
      '```',
      'bad: [g](docs/nowhere.md), [h](#nowhere), [i](docs/cli.md#nowhere), [j](../../etc/passwd)'
    ].join('\n')
    expect(brokenLinks('README.md', text)).toEqual([
      'README.md:10 docs/nowhere.md: no such file',
      'README.md:10 #nowhere: no such anchor',
      'README.md:10 docs/cli.md#nowhere: no such anchor',
      'README.md:10 ../../etc/passwd: outside'
    ])
  })
})

describe("the project's home, written once in package.json", () => {
  const pkg = JSON.parse(read('package.json')) as {
    name: string
    homepage: string
    repository: { url: string }
    bugs: { url: string }
  }
  const home = pkg.homepage.replace(/#readme$/, '')
  const [, repo] = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)$/.exec(home) ?? []

  it('names one GitHub repository in homepage, repository and bugs', () => {
    expect(repo).toBeDefined()
    expect(pkg.repository.url).toBe(`git+${home}.git`)
    expect(pkg.bugs.url).toBe(`${home}/issues`)
  })

  it('is the repository every doc, example, manifest and source file names', () => {
    const name = repo.split('/')[1]
    const files = [
      ...MARKDOWN,
      'action.yml',
      'Dockerfile',
      ...['examples', 'deploy', 'src', '.github'].flatMap(dir =>
        fs
          .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
          .map(file => path.join(dir, file))
          .filter(file => fs.statSync(path.join(REPO_ROOT, file)).isFile())
      )
    ]
    const named = new RegExp(`(?<![\\w.-])([\\w.-]+/${name.replace(/\./g, '\\.')})(?![\\w-])`, 'gi')
    const others = files.flatMap(file =>
      [...read(file).matchAll(named)]
        .map(m => m[1])
        .filter(found => found.toLowerCase() !== repo.toLowerCase())
        .map(found => `${file}: ${found}`)
    )
    expect(others).toEqual([])
    // The check bites: another owner is found.
    expect('uses: someone/error-budget-gate@v1'.match(named)?.[0]).toBe('someone/error-budget-gate')
    expect(read('README.md')).toContain(`uses: ${repo}@v`)
  })
})

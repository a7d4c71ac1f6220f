/** action.yml, the code and the README must agree on every input and output. */
import fs from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'
import { generatedSection, inputsTable, tables } from '../../scripts/readme-tables.js'
import { FLAGS } from '../../src/cli/args.js'

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
    expect(readme).toContain('npm run demo')
    expect(readme).toContain('npm test')
  })
})

describe('README tables (scripts/readme-tables.ts)', () => {
  const readme = read('README.md')

  it.each(Object.entries(tables(actionYml)))(
    'the %s table is the generated one (run tsx scripts/readme-tables.ts --write)',
    (name, table) => {
      expect(generatedSection(readme, name)).toBe(table)
    }
  )

  it("shows YAML's quote escaping as the text it stands for", () => {
    expect(actionYml).toContain("gate''s comment")
    const table = inputsTable(actionYml)
    expect(table).toContain("| Identifies this gate's comment")
    expect(table).not.toContain("''")
    expect(readme).not.toMatch(/\w''\w/)
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

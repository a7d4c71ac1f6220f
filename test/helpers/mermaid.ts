/** Mermaid's own parser for the tests, run in a child node process (see mermaid-parse.mjs). */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { REPO_ROOT } from './run-action.js'

export interface ParsedChart {
  ok: boolean
  error?: string
  type?: string
  config?: Record<string, unknown>
  title?: string
  xAxis?: { type: string; title: string; min?: number; max?: number }
  yAxis?: { type: string; title: string; min?: number; max?: number }
  plots?: { type: string; title?: string; data: [string, number][] }[]
}

/** Parses each text (the inside of a ```mermaid block); one child process for all of them. */
export function parseMermaid(texts: string[]): ParsedChart[] {
  const out = execFileSync('node', [path.join(REPO_ROOT, 'test/helpers/mermaid-parse.mjs')], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    cwd: REPO_ROOT,
    timeout: 60000
  })
  return JSON.parse(out) as ParsedChart[]
}

/** The inside of every ```mermaid block of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(m => m[1])
}

/**
 * What the docs tests read in Markdown as GitHub renders it: headings and their anchors, links,
 * fenced code blocks. Fenced code and inline code spans hold no links and no headings.
 */

export interface CodeBlock {
  /** The info string's first word (`yaml`, `sh`, `groovy`), '' when none. */
  lang: string
  text: string
}

/** Splits a document into its prose (code blocks blanked, line numbers kept) and its code blocks. */
export function splitFences(markdown: string): { prose: string; blocks: CodeBlock[] } {
  const prose: string[] = []
  const blocks: CodeBlock[] = []
  let fence: { marker: string; lang: string; lines: string[] } | undefined
  for (const line of markdown.split('\n')) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/.exec(line)
    if (!fence && open) {
      fence = { marker: open[1], lang: open[2], lines: [] }
      prose.push('')
    } else if (
      fence &&
      new RegExp(`^ {0,3}${fence.marker[0]}{${fence.marker.length},}\\s*$`).test(line)
    ) {
      blocks.push({ lang: fence.lang, text: fence.lines.join('\n') })
      fence = undefined
      prose.push('')
    } else if (fence) {
      fence.lines.push(line)
      prose.push('')
    } else {
      prose.push(line)
    }
  }
  return { prose: prose.join('\n'), blocks }
}

const withoutCodeSpans = (text: string): string => text.replace(/(`+)[\s\S]*?\1/g, ' ')

/** GitHub's heading anchor (github-slugger): lower case, punctuation dropped, spaces to dashes. */
export function slugOf(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link's text
    .replace(/<[^>]+>/g, '') // inline HTML
    .replace(/`/g, '')
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-')
}

/** Every anchor a document has: its headings (repeats get -1, -2 …) and explicit HTML ids. */
export function anchorsOf(markdown: string): Set<string> {
  const { prose } = splitFences(markdown)
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const match of prose.matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm)) {
    const slug = slugOf(match[1])
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count ? `${slug}-${count}` : slug)
  }
  for (const match of prose.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1])
  return anchors
}

export interface Link {
  target: string
  line: number
}

/** Every link and image target in the prose: inline, reference definitions, HTML href and src. */
export function linksOf(markdown: string): Link[] {
  const { prose } = splitFences(markdown)
  const links: Link[] = []
  prose.split('\n').forEach((raw, index) => {
    const line = withoutCodeSpans(raw)
    const found = [
      ...[...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(m => m[1]),
      ...[...line.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/g)].map(m => m[1]),
      ...[...line.matchAll(/\b(?:href|src)="([^"]+)"/g)].map(m => m[1])
    ]
    for (const target of found) links.push({ target, line: index + 1 })
  })
  return links
}

/** Links that leave the repository (other sites, mail) rather than point at a file in it. */
export const isExternal = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target)

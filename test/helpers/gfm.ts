/**
 * Markdown as GitHub renders it, for the tests that prove outside text inert: marked in GFM mode
 * (its autolinks follow GitHub's extended-autolink rules: `www.`, `http(s)://`, `ftp://`, e-mail),
 * and what a reader sees of the HTML. GitHub adds @mentions and issue links on the rendered
 * text, so those are looked for in the visible text.
 */
import { marked } from 'marked'

export const renderGfm = (markdown: string): string =>
  marked.parse(markdown, { async: false, gfm: true })

/** Every link target of rendered HTML. */
export const linkTargets = (html: string): string[] =>
  [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map(match => match[1])

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }

/** The text a reader sees: tags dropped, entities decoded (invisible characters kept). */
export const visibleText = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ENTITIES[name])

/**
 * The @mentions (`@user`, `@org/team`), e-mail addresses and issue references (`#12`,
 * `owner/repo#12`, `GH-12`) GitHub would find in visible text: an `@` right before a name
 * character, a `#` or `GH-` right before a digit. (cmark-gfm merges adjacent text before it looks
 * for e-mail addresses, so a `\@` or `&#64;` in the source does not stop them: the rendered text
 * is judged.)
 */
export const pingsIn = (text: string): string[] =>
  [...text.matchAll(/@[A-Za-z0-9]|#\d|\bGH-\d/gi)].map(match =>
    text.slice(Math.max(0, match.index - 12), match.index + 12)
  )

/** Shapes Slack links by itself in message text: a scheme URL, `www.`, a domain name, an e-mail. */
export const slackAutolinks = (text: string): string[] =>
  [
    ...text.matchAll(
      /[a-z][a-z0-9+.-]*:\/\/\S*|\bwww\.[a-z0-9]\S*|[a-z0-9-]+\.[a-z]{2,}\b\S*|[\w.+-]+@[\w-]+/gi
    )
  ].map(match => match[0])

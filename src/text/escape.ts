/**
 * Escaping of text that users or queries influence (reasons, freeze notes, override reasons,
 * Prometheus error texts) before it goes into Markdown, HTML comments or Slack mrkdwn.
 */

const ZERO_WIDTH_JOINER = '\u200d'
/**
 * Bidirectional overrides, embeddings and isolates reorder what a reader sees (U+202E shows
 * `dekcolb` as `blocked`): a server's text never chooses the order its characters are read in.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g
/** Invisible and never a line break: Slack has no escape for its autolinks, only a break in the text. */
const WORD_JOINER = '\u2060'

/**
 * Markdown/HTML for GitHub: no HTML, no closing of hidden markers, no table breaks, and nothing
 * GitHub turns into a link or a ping. GitHub's autolinks (cmark-gfm's extension) start at `://`
 * after a scheme, at `www.`, and at the `@` of an e-mail address: a backslash before the `:` and
 * the `.` stops the first two and renders the same text. The `@` needs a character between it and
 * the name: cmark-gfm merges adjacent text before looking for e-mail addresses (so `\@` and
 * `&#64;` still link) and GitHub finds @mentions (and issue references) in the rendered text.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(BIDI_CONTROLS, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // `$` too: GitHub renders `$…$` and `$$…$$` as math (a huge, coloured "APPROVED").
      .replace(/([\\`*_[\]#$])/g, '\\$1')
      // The pipe after the backslashes: `\|` keeps it in its table cell, `\\|` would end the cell.
      .replace(/\|/g, '\\|')
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/(w{3})\./gi, '$1\\.')
      .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
      // Issue references (`#12`, `owner/repo#12`, `GH-12`) are found in the rendered text too.
      .replace(/(\\#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}`)
      .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
  )
}

/**
 * Slack mrkdwn: escaping &, < and > defuses <!channel>, <!here>, <@U…>, <!subteam^…> and links
 * written out. Slack also links bare URLs, `www.` hosts, domain names and e-mail addresses, and
 * has no escape for them: an invisible word joiner after each `:` of `://`, each dot before a
 * letter (a domain name's) and each `@` breaks every such shape and leaves the visible text as it was.
 */
export function escapeSlack(text: string): string {
  return (
    text
      .replace(BIDI_CONTROLS, '')
      // One line, as in Markdown: a break in a reason would start a forged bullet or section.
      .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/:(?=\/\/)/g, `:${WORD_JOINER}`)
      .replace(/([\p{L}\p{N}_-])\.(?=\p{L})/gu, `$1.${WORD_JOINER}`)
      .replace(/@/g, `@${WORD_JOINER}`)
  )
}

/**
 * One line for the runner's log. The runner executes a log line that starts (after spaces) with
 * `::`, and a legacy `##[command]` found ANYWHERE in a line (ActionCommand.TryParse looks for
 * the prefix with IndexOf: `##[stop-commands]` mid-line turns off every later command), so text
 * from a server, a repository file or a user must never start a line nor hold `##[`: line breaks
 * become a space, every other control character (ESC: no terminal escapes) a `?`, a leading `::`
 * is defused and a space parts every `##[`. Used for every line the action logs
 * and everything the CLI prints.
 */
export function oneLine(text: string): string {
  const flat = text
    .replace(/\r\n|[\r\n\t\v\f\u2028\u2029\u0085]/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
    .replace(BIDI_CONTROLS, '')
    .replace(COMMAND_PREFIX, '## [')
  return LEADING_COMMAND.test(flat) ? `> ${flat}` : flat
}

/**
 * Characters a culture-aware comparison skips (the runner is .NET: its IndexOf and StartsWith
 * are culture-sensitive, and ICU ignores these), so `#\u200b#[` or `\u200b::` may still read
 * as a command there. A visible space parts `##[`: an invisible one could be skipped the same way.
 */
const IGNORABLE =
  '\\u00ad\\u034f\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufe00-\\ufe0f\\ufeff'
// The class lists invisible characters one by one on purpose (combining ones among them).
// eslint-disable-next-line no-misleading-character-class
const COMMAND_PREFIX = new RegExp(`#[${IGNORABLE}]*#[${IGNORABLE}]*\\[`, 'g')
// eslint-disable-next-line no-misleading-character-class
const LEADING_COMMAND = new RegExp(`^[\\s${IGNORABLE}]*:[${IGNORABLE}]*:`)

/** Look-alikes for the characters that mean something to Mermaid or to the Markdown fence. */
const MERMAID_LOOKALIKE: Record<string, string> = {
  '"': "'",
  '`': "'",
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '<': '‹',
  '>': '›',
  '%': '％',
  '#': '＃',
  '&': '＆',
  ';': ',',
  '\\': '/'
}

/**
 * Text for inside a quoted Mermaid string (a chart title): one line, no quote to end the string,
 * no `%%` to start a comment or a directive, no entity, no fence; at most `max` characters.
 */
export function escapeMermaid(text: string, max = 60): string {
  const safe = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/["`[\]{}<>%#&;\\]/g, c => MERMAID_LOOKALIKE[c])
    .replace(/\s+/g, ' ')
    .trim()
  const chars = [...safe]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : safe
}

/**
 * Escaping of text that users or queries influence (reasons, freeze notes, override reasons,
 * Prometheus error texts) before it goes into Markdown, HTML comments or Slack mrkdwn.
 */

const ZERO_WIDTH_JOINER = '\u200d'

/** Markdown/HTML for GitHub: no HTML, no closing of hidden markers, no @mentions, no table breaks. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // The pipe after the backslashes: `\|` keeps it in its table cell, `\\|` would end the cell.
      .replace(/([\\`*_[\]#])/g, '\\$1')
      .replace(/\|/g, '\\|')
      .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
      .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
  )
}

/** Slack mrkdwn: escaping &, < and > defuses <!channel>, <!here>, <@U…>, <!subteam^…> and links. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * One line for the runner's log. The runner executes a log line that starts (after spaces) with
 * `::` or `##[`, so text from a server, a repository file or a user must never start a line:
 * line breaks become a space, every other control character (ESC: no terminal escapes) a `?`,
 * and a leading command marker is defused. Used for every line the action logs and everything the CLI prints.
 */
export function oneLine(text: string): string {
  const flat = text
    .replace(/\r\n|[\r\n\t\v\f\u2028\u2029\u0085]/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
  return /^\s*(::|##\[)/.test(flat) ? `> ${flat}` : flat
}

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

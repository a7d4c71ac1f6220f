/**
 * Every escape, character by character: text from a server, a repository file or a user must not
 * become Markdown, HTML, a mention, a Slack command, a runner command or Mermaid syntax.
 */
import { marked } from 'marked'
import { escapeMarkdown, escapeMermaid, escapeSlack, oneLine } from '../../../src/text/escape.js'

const ZWJ = '\u200d'

describe('escapeMarkdown', () => {
  it('escapes every character GitHub Markdown or HTML would act on', () => {
    expect(escapeMarkdown('a & b <c> \\ `e` *f* _g_ [h] #i @j')).toBe(
      `a &amp; b &lt;c&gt; \\\\ \\\`e\\\` \\*f\\* \\_g\\_ \\[h\\] \\#i @${ZWJ}j`
    )
  })

  it('turns every kind of line break into a space', () => {
    expect(escapeMarkdown('a\r\nb\nc\rd\u2028e\u2029f')).toBe('a b c d e f')
  })

  it('keeps a pipe inside its table cell', () => {
    const cell = escapeMarkdown('code=~"5..|429" | other')
    const html = marked.parse(`| k | v |\n|---|---|\n| x | ${cell} |\n`) as string
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(m => m[1])
    expect(cells).toEqual(['x', 'code=~&quot;5..|429&quot; | other'])
  })
})

describe('escapeSlack', () => {
  it('escapes &, < and >, parts a mention from its name, and leaves formatting alone', () => {
    expect(escapeSlack('<!channel> & <@U1> *b* _i_')).toBe(
      '&lt;!channel&gt; &amp; &lt;@\u2060U1&gt; *b* _i_'
    )
  })
})

describe('oneLine', () => {
  it.each([
    ['tab, vertical tab and form feed are spaces', 'a\tb\vc\fd', 'a b c d'],
    [
      'NUL, US, DEL and the C1 controls are question marks',
      'a\u0000b\u001fc\u007fd\u009fe',
      'a?b?c?d?e'
    ],
    ['a no-break space and ordinary text stay', 'a\u00a0b ~ z', 'a\u00a0b ~ z'],
    [
      'a command marker inside the line is harmless',
      'see ::warning:: here',
      'see ::warning:: here'
    ],
    ['a single colon or hash does not count', ':x #[y]', ':x #[y]']
  ])('%s', (_name, text, expected) => {
    expect(oneLine(text)).toBe(expected)
  })
})

describe('escapeMermaid', () => {
  it('replaces each character Mermaid or the fence acts on with a look-alike', () => {
    expect(escapeMermaid('say "hi" `x` [a] {b} <c> 50% #1 & d; e\\f', 100)).toBe(
      "say 'hi' 'x' (a) (b) ‹c› 50％ ＃1 ＆ d, e/f"
    )
  })

  it('one line: controls and separators are spaces, runs of space collapse, ends are trimmed', () => {
    expect(escapeMermaid('  a\tb\u0007c\u2028d\u2029e\u0085f   g  ')).toBe('a b c d e f g')
  })

  it('at most max characters, counted as characters, the last one an ellipsis', () => {
    expect(escapeMermaid('abcdef', 6)).toBe('abcdef')
    expect(escapeMermaid('abcdefg', 6)).toBe('abcde…')
    expect(escapeMermaid('😀'.repeat(6), 6)).toBe('😀'.repeat(6))
    expect(escapeMermaid('😀'.repeat(7), 6)).toBe(`${'😀'.repeat(5)}…`)
    expect(escapeMermaid('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`)
    expect(escapeMermaid('x'.repeat(60))).toBe('x'.repeat(60))
  })
})

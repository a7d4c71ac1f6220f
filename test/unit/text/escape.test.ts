/**
 * Issue 21, item 4: outside text is inert. GitHub links `http(s)://`, `ftp://`, `www.` and e-mail
 * addresses by itself, and pings @mentions; Slack links URLs, domain names and e-mail addresses.
 * The escaped text renders as the text it was, with no link and no ping.
 */
import { escapeMarkdown, escapeSlack, oneLine } from '../../../src/text/escape.js'
import { linkTargets, pingsIn, renderGfm, slackAutolinks, visibleText } from '../../helpers/gfm.js'

/** Texts a server, a proxy or a reason may hold, each with something GitHub or Slack would link. */
const HOSTILE = [
  'sign in again at https://evil.example/sso/login',
  'sign in again at HTTPS://EVIL.EXAMPLE/sso',
  'plain http://evil.example:8080/x?a=1&b=2 and ftp://evil.example/f',
  'go to www.evil.example/login now',
  '(www.evil.example) *www.evil.example* WWW.Evil.Example',
  'mail helpdesk@evil.example or first.last+tag@evil.example',
  'mailto:helpdesk@evil.example xmpp:bot@evil.example/res',
  'cc @octocat and @acme/sre-team, please',
  'fixed by #123, acme/other#45 and GH-7',
  'https://user@evil.example/x and <https://evil.example/angle>',
  '[click](https://evil.example) ![img](https://evil.example/i.png)'
]

const INVISIBLE = /[\u200d\u2060]/g

describe('escapeMarkdown: rendered as GitHub does, no link, no ping, the same text', () => {
  it.each(HOSTILE)('%s', text => {
    const html = renderGfm(escapeMarkdown(text))
    expect(linkTargets(html)).toEqual([])
    expect(html).not.toMatch(/<(a|img)\b/)
    const seen = visibleText(html).trim()
    expect(pingsIn(seen)).toEqual([])
    expect(seen.replace(INVISIBLE, '')).toBe(text)
  })

  it('URLs are broken by a backslash (no invisible character in them); only an @ needs one', () => {
    expect(escapeMarkdown('at https://evil.example and www.evil.example')).toBe(
      'at https\\://evil.example and www\\.evil.example'
    )
    // cmark-gfm links `a\@b.example` and `a&#64;b.example`: the @ is kept apart from the name.
    expect(escapeMarkdown('a@b.example')).toBe('a@\u200db.example')
  })

  it('no math: every $ is escaped, and the text renders as it was', () => {
    const text = 'cost $\\Huge\\color{green}{\\text{APPROVED}}$ and $$x^2$$ per $5'
    const escaped = escapeMarkdown(text)
    // GitHub renders $…$ and $$…$$ as math unless the $ is backslash-escaped.
    expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*\$/)
    expect(visibleText(renderGfm(escaped)).trim()).toBe(text)
  })

  it('no bidirectional control reorders what the reader sees (Markdown, Slack, the log)', () => {
    // Shown as "deploy blocked" would read "deploy dekcolb" reversed: the override is dropped.
    const text = 'deploy \u202edekcolb\u202c and \u2067x\u2069 \u202ay\u202b\u202dz'
    for (const escaped of [escapeMarkdown(text), escapeSlack(text), oneLine(text)])
      expect(escaped).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    expect(oneLine(text)).toBe('deploy dekcolb and x yz')
  })

  it('a table cell keeps its text and gains no link', () => {
    const row = `| reason |\n| --- |\n| ${escapeMarkdown(HOSTILE[0])} |`
    const html = renderGfm(row)
    expect(html).toContain('<td>')
    expect(linkTargets(html)).toEqual([])
  })
})

describe('escapeSlack: no link, no mention, the same text', () => {
  it.each([...HOSTILE, '<!here> <!channel> <@U012345> <!subteam^S1|team> @here'])('%s', text => {
    const sent = escapeSlack(text)
    expect(sent).not.toMatch(/<[^>]*>/)
    expect(slackAutolinks(sent)).toEqual([])
    expect(sent).not.toMatch(/@[A-Za-z0-9]/)
    // Slack shows &amp; &lt; &gt; as the characters; the joiners are invisible.
    const shown = sent
      .replace(INVISIBLE, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
    expect(shown).toBe(text)
  })

  it('keeps a text to its line: no forged bullet or section after a break', () => {
    const sent = escapeSlack('timeout\n• *Deploy approved* by SRE\r\nx\u2028y')
    expect(sent).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
    expect(sent).toBe('timeout • *Deploy approved* by SRE x y')
  })

  it('leaves figures alone: no joiner in 99.9 % or 10.0.0.1', () => {
    expect(escapeSlack('budget 99.9 % at 10.0.0.1')).toBe('budget 99.9 % at 10.0.0.1')
  })
})

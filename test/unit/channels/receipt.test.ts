/**
 * The deploy receipt: its words for every verdict, its round trip through the text GitHub keeps
 * (a deployment status, a line of the PR comment), the 140 characters of a status description,
 * and the Deploys section of the sticky comment, which keeps the last receipts across rewrites
 * and drops any line that is not one of ours.
 */
import {
  addDeploy,
  DEPLOYS_END,
  DEPLOYS_START,
  keepDeploys,
  MAX_DEPLOYS,
  readDeploys
} from '../../../src/channels/deploys.js'
import {
  durationWords,
  MAX_DESCRIPTION,
  parseReceipt,
  receiptDescription,
  receiptMarkdown,
  receiptSlack,
  receiptText,
  shortSha,
  type Receipt
} from '../../../src/channels/receipt.js'
import { commentMarker, MAX_COMMENT } from '../../../src/channels/pr-comment.js'

const verified: Receipt = {
  sha: 'a1b2c3d',
  verdict: 'pass',
  seconds: 900,
  spent: 0.8,
  burn: 1.1,
  baseline: 0.9,
  causes: [],
  maxBurn: 14.4,
  maxSpend: 2,
  preexisting: false
}
const failed: Receipt = {
  ...verified,
  verdict: 'fail',
  seconds: 1800,
  spent: 3.4722,
  burn: 50,
  baseline: 0.1,
  causes: ['burn', 'spend']
}

describe('the receipt in words', () => {
  it.each<[string, Receipt, string]>([
    [
      'a verified deploy',
      verified,
      'a1b2c3d spent 0.8 % of the budget in its first 15 minutes (burn 1.1x; 0.9x before): verified'
    ],
    [
      'a failed one',
      failed,
      'a1b2c3d spent 3.5 % of the budget in its first 30 minutes (burn 50.0x; 0.1x before): failed (burn above 14.4x, spend above 2 %)'
    ],
    [
      'a burn that was there before',
      { ...failed, causes: ['burn'], baseline: 20, burn: 21, preexisting: true },
      'a1b2c3d spent 3.5 % of the budget in its first 30 minutes (burn 21.0x; 20.0x before): failed (burn above 14.4x as before the deploy)'
    ],
    [
      'too few events, without a commit',
      { ...verified, sha: undefined, verdict: 'inconclusive', unknown: 'too-few-events' },
      'The deploy spent 0.8 % of the budget in its first 15 minutes (burn 1.1x; 0.9x before): not verified (too few events)'
    ],
    [
      'a failed query',
      {
        ...verified,
        verdict: 'inconclusive',
        unknown: 'query',
        spent: null,
        burn: null,
        baseline: null,
        seconds: 5430
      },
      'a1b2c3d spent an unknown share of the budget in its first 1 hour 30 minutes (burn unknown; unknown before): not verified (a query failed)'
    ],
    [
      'a tiny spend',
      { ...verified, spent: 0.00347, burn: 0.1, baseline: 0.0999 },
      'a1b2c3d spent 0.0035 % of the budget in its first 15 minutes (burn 0.1x; 0.0999x before): verified'
    ]
  ])('%s', (_, receipt, text) => {
    expect(receiptText(receipt)).toBe(text)
    // Nothing in it means anything to Markdown or Slack: only the commit's code span is added.
    expect(receiptMarkdown(receipt)).toBe(text.replace(/^([0-9a-f]{7})/, '`$1`'))
    expect(receiptSlack(receipt)).toBe(receiptMarkdown(receipt))
  })

  it.each([
    [0, '0 seconds'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [90, '1 minute 30 seconds'],
    [900, '15 minutes'],
    [3600, '1 hour'],
    [3659, '1 hour'],
    [5400, '1 hour 30 minutes'],
    [86400 + 7200, '1 day 2 hours']
  ])('says %s seconds as "%s"', (seconds, words) => {
    expect(durationWords(seconds)).toBe(words)
  })

  it('names a commit by its first 7 hex digits, and nothing else', () => {
    expect(shortSha('A1B2C3D4e5f60718293a4b5c6d7e8f9012345678')).toBe('a1b2c3d')
    expect(shortSha('main')).toBeUndefined()
    expect(shortSha('a1b2c3d`@everyone')).toBeUndefined()
    expect(shortSha(undefined)).toBeUndefined()
  })
})

describe('a receipt read back', () => {
  it.each<[string, Receipt]>([
    ['verified', verified],
    ['failed on both', { ...failed, spent: 3.5 }],
    ['failed on the spend', { ...failed, spent: 3.5, causes: ['spend'], maxBurn: 0 }],
    [
      'pre-existing',
      {
        ...failed,
        causes: ['burn'],
        burn: 21,
        baseline: 20,
        preexisting: true,
        spent: 3.5,
        maxSpend: 0
      }
    ],
    [
      'no traffic',
      {
        ...verified,
        verdict: 'inconclusive',
        unknown: 'no-traffic',
        burn: null,
        spent: 0,
        maxBurn: 0,
        maxSpend: 0
      }
    ]
  ])('%s: the same figures, so rendering it again gives the same text', (_, receipt) => {
    const parsed = parseReceipt(receiptText(receipt))!
    expect(receiptText(parsed)).toBe(receiptText(receipt))
    expect(parsed.verdict).toBe(receipt.verdict)
    expect(parsed.sha).toBe(receipt.sha)
  })

  it.each([
    ["someone else's status", 'Deployed by the pipeline'],
    ['a mention after the verdict', `${receiptText(verified)} @everyone`],
    ['a link in a figure', receiptText(verified).replace('0.8 %', 'https://evil.example %')],
    ['HTML', receiptText(verified).replace('verified', '<img src=x>')],
    ['a commit that is not hex', receiptText(verified).replace('a1b2c3d', 'evil123')],
    ['a line break', receiptText(verified).replace('(burn', '\n(burn')]
  ])('is refused when it is %s', (_, text) => {
    expect(parseReceipt(text)).toBeUndefined()
  })

  it('keeps the verdict of a description GitHub cut, and drops the tail it cannot read', () => {
    const cut = receiptText(failed).slice(0, -10) + '…'
    expect(parseReceipt(cut)).toMatchObject({ verdict: 'fail', causes: [], burn: 50 })
  })

  it('fits a deployment status description: 140 characters, whatever the figures', () => {
    const extreme: Receipt = {
      ...failed,
      seconds: 86399,
      spent: 123456.7,
      burn: 98765.4,
      baseline: 87654.3,
      maxBurn: 123.456,
      maxSpend: 12.34,
      preexisting: true
    }
    expect(receiptText(extreme).length).toBeGreaterThan(MAX_DESCRIPTION)
    expect(receiptDescription(extreme).length).toBe(MAX_DESCRIPTION)
    expect(receiptDescription(extreme).endsWith('…')).toBe(true)
    expect(receiptDescription(failed)).toBe(receiptText(failed))
    expect(parseReceipt(receiptDescription(extreme))?.verdict).toBe('fail')
  })
})

describe('the Deploys section of the sticky comment', () => {
  const marker = commentMarker('error-budget-gate')
  const at = (minute: number): Date => new Date(Date.UTC(2026, 11, 1, 12, minute))
  const gateBody = `${marker}\n## ✅ Error budget: NORMAL\n\nfigures`

  it('starts a comment of its own, then adds each receipt first, keeping the last five', () => {
    let body = addDeploy(undefined, { at: at(0), receipt: verified }, marker, MAX_COMMENT)
    expect(body.split('\n')[0]).toBe(marker)
    expect(body).toContain('- 2026-12-01 12:00 UTC · `a1b2c3d` spent 0.8 % of the budget')
    for (let i = 1; i <= 6; i++)
      body = addDeploy(
        body,
        { at: at(i), receipt: { ...failed, sha: `${i}`.repeat(7) } },
        marker,
        MAX_COMMENT
      )
    const entries = readDeploys(body)
    expect(entries).toHaveLength(MAX_DEPLOYS)
    expect(entries.map(e => e.receipt.sha)).toEqual([
      '6666666',
      '5555555',
      '4444444',
      '3333333',
      '2222222'
    ])
    expect(body.split(DEPLOYS_START)).toHaveLength(2)
  })

  it('survives the gate rewriting the comment, and goes when there was none', () => {
    const withReceipt = addDeploy(gateBody, { at: at(0), receipt: verified }, marker, MAX_COMMENT)
    expect(withReceipt.startsWith(gateBody)).toBe(true)
    const rewritten = keepDeploys(`${marker}\n## 🧊 Error budget: FREEZE`, withReceipt, MAX_COMMENT)
    expect(rewritten).toContain('## 🧊 Error budget: FREEZE')
    expect(readDeploys(rewritten)).toEqual(readDeploys(withReceipt))
    expect(keepDeploys(gateBody, gateBody, MAX_COMMENT)).toBe(gateBody)
  })

  it('drops lines someone edited into the section, and renders the others from their figures', () => {
    const body = addDeploy(gateBody, { at: at(0), receipt: verified }, marker, MAX_COMMENT)
    const edited = body.replace(
      DEPLOYS_END,
      [
        '- 2026-12-01 12:30 UTC · `bbbbbbb` spent 1 % of the budget in its first 1 minute (burn 1x; 1x before): verified [click](https://evil.example)',
        '- 2026-12-01 12:31 UTC · @everyone deploy now',
        '<img src=x onerror=alert(1)>',
        DEPLOYS_END
      ].join('\n')
    )
    const kept = keepDeploys(gateBody, edited, MAX_COMMENT)
    expect(readDeploys(kept).map(e => e.receipt.sha)).toEqual(['a1b2c3d'])
    expect(kept).not.toMatch(/evil|@everyone|<img/)
  })

  it('stays within the comment limit with a long gate comment', () => {
    const long = `${marker}\n${'x'.repeat(MAX_COMMENT)}`
    const body = addDeploy(long, { at: at(0), receipt: verified }, marker, MAX_COMMENT)
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT)
    expect(readDeploys(body)).toHaveLength(1)
  })
})

/**
 * The links an SLO carries (runbook_url, dashboard_url templates), the service it belongs to in
 * each config format, and the values a link is filled with.
 */
import path from 'node:path'
import {
  expandLink,
  linkValues,
  parseLinkTemplate,
  dashboardUid
} from '../../../src/engine/links.js'
import { sloFromInputs } from '../../../src/engine/slo.js'
import { loadSlosFromFile, parseSloDocuments } from '../../../src/specs/index.js'
import { REPO_ROOT } from '../../helpers/run-action.js'

describe('link templates', () => {
  it('fills each placeholder URL-encoded: a name adds no path, query, scheme or Markdown', () => {
    const template = parseLinkTemplate(
      'runbook_url',
      'https://wiki.example.com/{{ service }}/{{slo}}?d={{dashboard_uid}}'
    )!
    expect(
      expandLink(template, { service: 'a/b', slo: 'x?y=1#z (eu)', dashboard_uid: 'ebg-a' })
    ).toBe('https://wiki.example.com/a%2Fb/x%3Fy%3D1%23z%20%28eu%29?d=ebg-a')
  })

  it.each([
    ['https://wiki.example.com/{{team}}', /unknown placeholder \{\{team\}\}/],
    ['wiki/{{slo}}', /is not a URL/],
    ['javascript:alert(1)//{{slo}}', /must be an http\(s\) URL/]
  ])('refuses %s, naming the input', (text, message) => {
    expect(() => parseLinkTemplate('runbook_url', text)).toThrow(/^Input runbook_url: /)
    expect(() => parseLinkTemplate('runbook_url', text)).toThrow(message)
  })

  it("an SLO without a service is its own service; its dashboard is that service's", () => {
    const slo = sloFromInputs(
      name => ({ runbook_url: 'https://wiki.example.com/{{slo}}' })[name] ?? '',
      'checkout'
    )
    expect(slo.runbookUrl).toBe('https://wiki.example.com/{{slo}}')
    expect(linkValues(slo)).toEqual({
      service: 'checkout',
      slo: 'checkout',
      dashboard_uid: dashboardUid(['checkout'])
    })
    expect(linkValues({ ...slo, service: 'shop' }).dashboard_uid).toBe(dashboardUid(['shop']))
  })
})

describe('service and runbook_url in the config formats', () => {
  it('ours: service and runbook_url per SLO, runbook_url in defaults, and the input beneath both', () => {
    const [a, b] = parseSloDocuments(
      [
        'defaults: { runbook_url: "https://wiki.example.com/{{service}}" }',
        'slos:',
        '  - { name: a, service: shop }',
        '  - { name: b, runbook_url: "https://wiki.example.com/b" }'
      ].join('\n'),
      'slos.yaml',
      name => ({ runbook_url: 'https://input.example.com/' })[name] ?? ''
    )
    expect([a.service, a.runbookUrl]).toEqual(['shop', 'https://wiki.example.com/{{service}}'])
    expect([b.service, b.runbookUrl]).toEqual([undefined, 'https://wiki.example.com/b'])
    expect(() =>
      parseSloDocuments(
        'slos:\n  - { name: a, runbook_url: "https://x/{{who}}" }',
        'slos.yaml',
        () => ''
      )
    ).toThrow(
      /slos\.yaml, document 1 \(a\), field slos\[0\]\.runbook_url: unknown placeholder \{\{who\}\}/
    )
  })

  it("Sloth's and OpenSLO's service", () => {
    const load = (file: string) =>
      loadSlosFromFile(path.join(REPO_ROOT, file), () => '', file, REPO_ROOT)
    expect(load('examples/sloth.yaml').map(s => s.service)).toEqual(['payments', 'payments'])
    expect(load('examples/openslo.yaml').map(s => s.service)).toContain('search')
  })
})

/** A datasource's address, in every shape a message can carry it, goes by the datasource's name. */
import { addressHider, networkAddressesHidden } from '../../../src/text/address.js'

const NAME = 'datasource prod'

describe('addressHider', () => {
  it.each([
    [
      'the URL with its path prefix and query',
      'http://10.1.2.3:9090/prometheus?tenant=acme-secret'
    ],
    ['the host and port', 'http://10.1.2.3:9090/prometheus?tenant=acme-secret'],
    ['a host name', 'https://prom.internal.example:8443/select/0/prometheus'],
    ['an IPv6 address', 'http://[fd00::7]:9090/'],
    ['a default port', 'https://prom.internal.example/']
  ])('hides %s in every encoding', (_, url) => {
    const hide = addressHider(url, NAME)
    const parsed = new URL(url)
    const api = `${url.replace(/\?.*$/, '').replace(/\/+$/, '')}/api/v1/query${parsed.search}`
    const bare = parsed.hostname.replace(/^\[|\]$/g, '')
    const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80')
    const texts = [
      `request to ${api} failed`,
      `upstream ${encodeURIComponent(api)} said no`,
      `next=${encodeURIComponent(encodeURIComponent(api))}`,
      `lower ${encodeURIComponent(api).replace(/%[0-9A-F]{2}/g, m => m.toLowerCase())}`,
      `{"url":"${api.replace(/\//g, '\\/')}"}`,
      `connect ECONNREFUSED ${parsed.host}`,
      `connect ECONNREFUSED ${bare}:${port}`,
      `dial tcp ${parsed.hostname}:${port}: i/o timeout`,
      `host ${bare} is down.`,
      `HTTPS://${parsed.host.toUpperCase()}/x`
    ]
    for (const text of texts) {
      const shown = hide(text)
      expect(shown).toContain(NAME)
      expect(shown).not.toContain(bare)
      expect(shown.toLowerCase()).not.toContain(encodeURIComponent(bare).toLowerCase())
      expect(shown).not.toContain(`:${port}`)
      if (parsed.search) {
        expect(shown).not.toContain('acme-secret')
        expect(shown).not.toContain('tenant')
      }
    }
  })

  it('hides the path prefix and the query string when they come without the host', () => {
    const hide = addressHider('http://10.1.2.3:9090/prometheus?tenant=acme-secret', NAME)
    expect(hide('Cannot POST /prometheus/api/v1/query?tenant=acme-secret')).toBe(
      `Cannot POST ${NAME}`
    )
  })

  it('hides a host name in upper case, a trailing dot and an IPv4-mapped IPv6 address', () => {
    const named = addressHider('http://prom.corp.example:9090/', NAME)
    expect(named('proxy: upstream PROM.CORP.EXAMPLE:9090 refused; Prom.Corp.Example is down')).toBe(
      `proxy: upstream ${NAME} refused; ${NAME} is down`
    )
    const rooted = addressHider('http://prom.corp.example.:9090/', NAME)
    expect(rooted('Host prom.corp.example:9090 unknown')).toBe(`Host ${NAME} unknown`)
    const mapped = addressHider('http://[::ffff:10.1.2.3]:9090/', NAME)
    for (const text of ['to ::ffff:10.1.2.3:9090', 'to [::ffff:10.1.2.3]:9090', 'to 10.1.2.3:9090'])
      expect(mapped(text)).toBe(`to ${NAME}`)
    // A host named like a word keeps the capitalised word in prose; with its port it is no word.
    expect(addressHider('http://prometheus:9090', NAME)('Prometheus at PROMETHEUS:9090')).toBe(
      `Prometheus at ${NAME}`
    )
  })

  it('leaves longer names, other numbers and the words of a message alone', () => {
    const hide = addressHider('http://prometheus:9090', NAME)
    const text =
      'raise prometheus_timeout; Prometheus answered; prometheus.example.com and 10.1.2.30 are others'
    expect(hide(text)).toBe(text)
    expect(addressHider('http://10.1.2.3:9090', NAME)('110.1.2.3 and 10.1.2.34')).toBe(
      '110.1.2.3 and 10.1.2.34'
    )
  })
})

describe('networkAddressesHidden', () => {
  it('hides the address a host name resolved to, IPv4 and IPv6, with or without the port', () => {
    for (const text of [
      'connect ECONNREFUSED 10.9.8.7:9090',
      'connect ETIMEDOUT 10.9.8.7',
      'connect ECONNREFUSED ::1:9090',
      'connect ECONNREFUSED [fd00::7]:9090',
      'connect EHOSTUNREACH fe80::1%eth0',
      'connect EPERM ::ffff:10.9.8.7:9090'
    ])
      expect(networkAddressesHidden(text, NAME)).toMatch(/^connect E[A-Z]+ datasource prod$/)
  })
})

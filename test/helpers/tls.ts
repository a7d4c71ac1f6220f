/** A throwaway CA and a server certificate for 127.0.0.1, made with the openssl command. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface TestCertificates {
  caCert: string
  serverKey: string
  serverCert: string
}

export function makeCertificates(): TestCertificates {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-tls-'))
  const file = (name: string): string => path.join(dir, name)
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { stdio: 'pipe' })
  }
  try {
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=error-budget-gate test CA',
      '-keyout',
      file('ca.key'),
      '-out',
      file('ca.pem')
    )
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      file('server.key'),
      '-out',
      file('server.csr')
    )
    fs.writeFileSync(file('ext.cnf'), 'subjectAltName=IP:127.0.0.1\n')
    openssl(
      'x509',
      '-req',
      '-in',
      file('server.csr'),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      file('ext.cnf'),
      '-out',
      file('server.pem')
    )
    return {
      caCert: fs.readFileSync(file('ca.pem'), 'utf8'),
      serverKey: fs.readFileSync(file('server.key'), 'utf8'),
      serverCert: fs.readFileSync(file('server.pem'), 'utf8')
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Every HTTP request the gate sends (Prometheus-compatible engines, Slack) goes through node-fetch
 * here, with what the gate needs of it and nothing else: no redirect followed (credentials must
 * not travel to another host), abort on the caller's signal, no compression asked for, node-fetch's
 * own decoding when a server compresses anyway, and a keep-alive agent per endpoint.
 */
import http from 'node:http'
import https from 'node:https'
import type { Duplex } from 'node:stream'
import tls from 'node:tls'
import fetch, { AbortError, type Response } from 'node-fetch'

export type { Response }

export const USER_AGENT = 'error-budget-gate'

/**
 * Node answers an unasked-for `101 Switching Protocols` by closing the request with neither a
 * response nor an error, and node-fetch then waits for its abort: the request would only end at
 * its deadline, or never without one. Given an `upgrade` listener, Node hands the socket over
 * instead, and the request fails at once.
 */
function refuseUpgrades(request: http.ClientRequest): void {
  request.once('upgrade', (_response: http.IncomingMessage, socket: Duplex) => {
    socket.destroy()
    request.emit('error', new Error('the connection closed without an answer'))
  })
}

type AddRequest = (request: http.ClientRequest, options: unknown) => void

/** One keep-alive agent per endpoint; for https, a custom CA is trusted beside the system's. */
export function keepAliveAgent(url: string, caCert?: string): http.Agent {
  const agent =
    new URL(url).protocol === 'http:'
      ? new http.Agent({ keepAlive: true })
      : new https.Agent({
          keepAlive: true,
          ca: caCert ? [...tls.rootCertificates, caCert] : undefined
        })
  // addRequest is where an agent first sees each request (agent-base and proxy agents hook it too).
  const withAgent = agent as unknown as { addRequest: AddRequest }
  const addRequest = withAgent.addRequest.bind(agent)
  withAgent.addRequest = (request, options) => {
    refuseUpgrades(request)
    addRequest(request, options)
  }
  return agent
}

export interface PostOptions {
  headers: Record<string, string>
  body: string
  agent: http.Agent
  signal?: AbortSignal
}

/** A POST that never follows a redirect: a 3xx comes back as it is, for the caller to refuse. */
export async function postRequest(url: string, options: PostOptions): Promise<Response> {
  // node-fetch given a signal that is already aborted destroys the body it made with an error
  // nobody listens to (an uncaught exception): stop before it.
  if (options.signal?.aborted) throw new AbortError('The operation was aborted.')
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    agent: options.agent,
    signal: options.signal,
    headers: {
      // The gate's answers are a few kB: compressing them costs the server CPU for nothing.
      // node-fetch still decodes a server that compresses anyway.
      'Accept-Encoding': 'identity',
      // So that the gate's queries can be told apart in a server's or a proxy's logs.
      'User-Agent': USER_AGENT,
      ...options.headers
    },
    body: options.body
  })
}

/**
 * node-fetch names the URL in its messages ("request to URL failed, reason: ..."): the cause alone,
 * for a message that says which endpoint in its own words (and never repeats a URL's credentials).
 */
export function networkReason(error: unknown): string {
  const message = (error as Error).message ?? String(error)
  return (
    /reason: (.*)$/s.exec(message)?.[1] ??
    /^Invalid response body while trying to fetch \S+: (.*)$/s.exec(message)?.[1] ??
    message
  )
}

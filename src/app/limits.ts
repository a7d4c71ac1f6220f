/**
 * What the server allows itself, from its environment: how many connections it holds, how many
 * Prometheus queries all its evaluations send at once, and how long it keeps retrying an answer.
 */
import { parseDuration } from '../engine/duration.js'
import { SettingError } from './settings.js'

export interface ServerLimits {
  /** Connections held at once (MAX_CONNECTIONS): others are refused at accept. */
  maxConnections: number
  /** Prometheus queries in flight across every evaluation of the server (MAX_QUERIES). */
  maxQueries: number
  /** How long a failed token request or callback is retried (RETRY_DEADLINE, ms). */
  retryDeadlineMs: number
}

function count(env: NodeJS.ProcessEnv, variable: string, fallback: number, max: number): number {
  const text = env[variable]?.trim() || String(fallback)
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < 1 || value > max)
    throw new SettingError(variable, `"${text}" is not a whole number from 1 to ${max}`)
  return value
}

export function readServerLimits(env: NodeJS.ProcessEnv): ServerLimits {
  const retry = env.RETRY_DEADLINE?.trim() || '1h'
  let retryDeadlineMs: number
  try {
    retryDeadlineMs = parseDuration(retry) * 1000
  } catch (error) {
    throw new SettingError('RETRY_DEADLINE', (error as Error).message)
  }
  return {
    maxConnections: count(env, 'MAX_CONNECTIONS', 64, 10_000),
    maxQueries: count(env, 'MAX_QUERIES', 16, 1024),
    retryDeadlineMs
  }
}

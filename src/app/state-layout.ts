/**
 * The state file's layout, checked field by field when the server starts: a file that does not
 * fit (a `null` where a record list belongs, a wait without a deadline) stops the start with the
 * file and the field named, instead of ending the process at the first delivery.
 */
import type { AcceptedRequest, PendingWait } from './store.js'

/** The file as written: version 2 (version 1 had no `accepted`; it is read and upgraded). */
export interface StateFile {
  version: 2
  /** Delivery id → when it was decided (Unix ms): a redelivery of these is not processed again. */
  deliveries: Record<string, number>
  waits: Record<string, PendingWait>
  /** Requests accepted and not yet decided, by wait key: resumed after a restart. */
  accepted: Record<string, AcceptedRequest>
}

/** Records with the fields of the store's types, loaded into null-prototype maps. */
export interface LoadedState {
  deliveries: Map<string, number>
  waits: Map<string, PendingWait>
  accepted: Map<string, AcceptedRequest>
}

type Check = (value: unknown) => boolean
const isString: Check = v => typeof v === 'string'
const isCount: Check = v => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
const isTime: Check = v => typeof v === 'number' && Number.isFinite(v) && v >= 0
const optional =
  (check: Check): Check =>
  v =>
    v === undefined || check(v)

const TARGET: Record<string, Check> = {
  key: isString,
  deliveryId: isString,
  owner: isString,
  repo: isString,
  installationId: isCount,
  runId: isCount,
  environment: isString
}
const WAIT: Record<string, Check> = {
  ...TARGET,
  sha: isString,
  startedAt: isTime,
  deadline: isTime,
  intervalSeconds: isTime,
  reports: isCount
}
const ACCEPTED: Record<string, Check> = {
  ...TARGET,
  sha: optional(isString),
  problem: optional(isString),
  acceptedAt: isTime
}

/** The record with only the layout's fields (and none undefined): what is written is what is read. */
const only = <T extends object>(record: T, fields: Record<string, Check>): T =>
  Object.fromEntries(
    Object.keys(fields)
      .filter(field => (record as Record<string, unknown>)[field] !== undefined)
      .map(field => [field, (record as Record<string, unknown>)[field]])
  ) as T
export const waitRecord = (wait: PendingWait): PendingWait => only(wait, WAIT)
export const acceptedRecord = (request: AcceptedRequest): AcceptedRequest => only(request, ACCEPTED)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The first thing wrong with `value` as a record of `fields`, or undefined. */
function recordProblem(
  value: unknown,
  fields: Record<string, Check>,
  at: string
): string | undefined {
  if (!isRecord(value)) return `${at} is not an object`
  for (const [field, check] of Object.entries(fields))
    if (!check(value[field])) return `${at}.${field} is missing or of the wrong type`
  const extra = Object.keys(value).find(field => !(field in fields))
  return extra === undefined ? undefined : `${at} has an unknown field "${extra}"`
}

/** The entries of the object at `name`, each checked; throws saying which one is wrong. */
function entries<T>(
  parsed: Record<string, unknown>,
  name: string,
  check: (value: unknown, at: string, key: string) => string | undefined
): Map<string, T> {
  const value = parsed[name]
  if (!isRecord(value)) throw new Error(`"${name}" is not an object`)
  const map = new Map<string, T>()
  for (const [key, item] of Object.entries(value)) {
    const problem = check(item, `${name}[${JSON.stringify(key)}]`, key)
    if (problem) throw new Error(problem)
    map.set(key, item as T)
  }
  return map
}

/** Reads the parsed file into maps; throws an Error that says what is wrong (not the file name). */
export function loadState(parsed: unknown): LoadedState {
  if (!isRecord(parsed)) throw new Error('it is not a JSON object')
  const version = parsed.version
  if (version !== 1 && version !== 2) throw new Error(`unknown version ${JSON.stringify(version)}`)
  const known =
    version === 1
      ? ['version', 'deliveries', 'waits']
      : ['version', 'deliveries', 'waits', 'accepted']
  const extra = Object.keys(parsed).find(field => !known.includes(field))
  if (extra !== undefined) throw new Error(`unknown field "${extra}"`)
  const keyed =
    (fields: Record<string, Check>) =>
    (value: unknown, at: string, key: string): string | undefined =>
      recordProblem(value, fields, at) ??
      ((value as { key: string }).key === key ? undefined : `${at}.key is not its own key`)
  return {
    deliveries: entries<number>(parsed, 'deliveries', (value, at) =>
      isTime(value) ? undefined : `${at} is not a time`
    ),
    waits: entries<PendingWait>(parsed, 'waits', keyed(WAIT)),
    accepted:
      version === 1 ? new Map() : entries<AcceptedRequest>(parsed, 'accepted', keyed(ACCEPTED))
  }
}

export function stateFileOf(state: LoadedState): StateFile {
  // Object.fromEntries defines own properties: an id such as `__proto__` stays data.
  return {
    version: 2,
    deliveries: Object.fromEntries(state.deliveries),
    waits: Object.fromEntries(state.waits),
    accepted: Object.fromEntries(state.accepted)
  }
}

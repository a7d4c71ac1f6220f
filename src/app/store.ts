/**
 * The server's state across restarts: the requests accepted and not yet decided, the pending
 * waits, and the delivery ids already *decided* (an id only received is processed again when
 * GitHub redelivers it). A JSON file replaced by an atomic rename (write a temp file, fsync, rename
 * over the old one), so a crash leaves either the old state or the new one, never half of each.
 *
 * Why not node:sqlite: it needs Node 22.5+ (unflagged from 22.13), and the server must also run on
 * Node 20, where the tests run it; the state is a few hundred records owned by one process, so a
 * database adds nothing that the rename does not give, and a native addon would not bundle.
 *
 * A failed write (a full disk, a permission) is never fatal: the state stays right in memory, the
 * error goes to `onWriteError`, and the caller decides (a new delivery is answered 503).
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  acceptedRecord,
  loadState,
  stateFileOf,
  waitRecord,
  type LoadedState
} from './state-layout.js'

/** One deployment protection rule request: which run, environment and commit to answer. */
export interface ProtectionRequest {
  deliveryId: string
  owner: string
  repo: string
  installationId: number
  runId: number
  environment: string
  sha: string
}

/** A blocked request being re-checked until its deadline. */
export interface PendingWait extends ProtectionRequest {
  /** `<owner>/<repo>#<run id>:<environment>`: one wait per run and environment. */
  key: string
  /** Unix milliseconds. */
  startedAt: number
  deadline: number
  intervalSeconds: number
  reports: number
}

/** A request accepted and not decided yet (evaluating, or retrying its token or its callback). */
export interface AcceptedRequest extends Omit<ProtectionRequest, 'sha'> {
  key: string
  /** Absent for a delivery that is rejected because it cannot be evaluated (`problem`). */
  sha?: string
  problem?: string
  acceptedAt: number
}

/** GitHub redelivers for 3 days: ids older than that cannot come back. */
const DELIVERY_MEMORY_MS = 3 * 86400_000
const MAX_DELIVERIES = 50_000

export const waitKey = (w: Pick<PendingWait, 'owner' | 'repo' | 'runId' | 'environment'>): string =>
  `${w.owner}/${w.repo}#${w.runId}:${w.environment.toLowerCase()}`

export class StateStore {
  private constructor(
    private readonly file: string,
    // Maps, not plain objects: an id such as `constructor` or `toString` is an id like any other.
    private readonly state: LoadedState,
    private readonly onWriteError: (error: Error) => void
  ) {}

  /**
   * Opens the file (a missing one is an empty state). One that is unreadable or does not fit the
   * layout stops the server, naming the file and what is wrong: it holds the pending waits.
   */
  static open(file: string, onWriteError: (error: Error) => void = () => undefined): StateStore {
    let state: LoadedState = { deliveries: new Map(), waits: new Map(), accepted: new Map() }
    if (fs.existsSync(file)) {
      try {
        state = loadState(JSON.parse(fs.readFileSync(file, 'utf8')))
      } catch (error) {
        throw new Error(
          `state file ${file} cannot be read (${(error as Error).message}); it holds the pending waits: repair or remove it`
        )
      }
    }
    const store = new StateStore(file, state, onWriteError)
    // The start proves the file can be written: a server that cannot keep state does not start.
    store.write()
    return store
  }

  /** Whether a verdict was already sent for this delivery id (a replay or a redelivery). */
  decided(id: string): boolean {
    return this.state.deliveries.has(id)
  }

  accepted(): AcceptedRequest[] {
    return [...this.state.accepted.values()]
  }

  /** Keeps an accepted request until it is decided; false (and nothing kept) when it cannot be saved. */
  accept(request: AcceptedRequest): boolean {
    this.state.accepted.set(request.key, acceptedRecord(request))
    if (this.save()) return true
    this.state.accepted.delete(request.key)
    return false
  }

  /**
   * The request under `key` is over: its accepted record and its wait leave the store, and when
   * GitHub took the verdict, `decidedId` is remembered so that a redelivery is not processed.
   */
  finish(key: string, decidedId: string | undefined, now = Date.now()): boolean {
    this.state.accepted.delete(key)
    this.state.waits.delete(key)
    if (decidedId !== undefined) {
      const { deliveries } = this.state
      for (const [seen, at] of deliveries)
        if (now - at > DELIVERY_MEMORY_MS) deliveries.delete(seen)
      // A Map iterates in insertion order: the oldest ids go first.
      for (const old of deliveries.keys()) {
        if (deliveries.size < MAX_DELIVERIES) break
        deliveries.delete(old)
      }
      deliveries.set(decidedId, now)
    }
    return this.save()
  }

  waits(): PendingWait[] {
    return [...this.state.waits.values()]
  }

  getWait(key: string): PendingWait | undefined {
    return this.state.waits.get(key)
  }

  /** A wait replaces the request's accepted record: it carries all of it, and its deadline. */
  putWait(wait: PendingWait): boolean {
    this.state.waits.set(wait.key, waitRecord(wait))
    this.state.accepted.delete(wait.key)
    return this.save()
  }

  /** Writes the state; false (and the error reported) when it cannot. */
  private save(): boolean {
    try {
      this.write()
      return true
    } catch (error) {
      this.onWriteError(error as Error)
      return false
    }
  }

  private write(): void {
    const temp = `${this.file}.${process.pid}.tmp`
    try {
      fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true })
      const fd = fs.openSync(temp, 'w', 0o600)
      try {
        fs.writeSync(fd, JSON.stringify(stateFileOf(this.state)))
        fs.fsyncSync(fd)
      } finally {
        fs.closeSync(fd)
      }
      fs.renameSync(temp, this.file)
    } catch (error) {
      // Best effort: a disk too full to write may still let the half-written file go.
      fs.rm(temp, { force: true }, () => undefined)
      throw error
    }
  }
}

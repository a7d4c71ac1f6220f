/**
 * The server's state across restarts: pending waits and the delivery ids already handled. A JSON
 * file replaced by an atomic rename (write a temp file, fsync, rename over the old one), so a
 * crash leaves either the old state or the new one, never half of each.
 *
 * Why not node:sqlite: it needs Node 22.5+ (unflagged from 22.13), and the server must also run on
 * Node 20, where the tests run it; the state is a few hundred records owned by one process, so a
 * database adds nothing that the rename does not give, and a native addon would not bundle.
 */
import fs from 'node:fs'
import path from 'node:path'

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

interface StateFile {
  version: 1
  /** Delivery id → when it was first seen (Unix ms). */
  deliveries: Record<string, number>
  waits: Record<string, PendingWait>
}

/** GitHub redelivers for 3 days: ids older than that cannot come back. */
const DELIVERY_MEMORY_MS = 3 * 86400_000
const MAX_DELIVERIES = 50_000

export const waitKey = (w: Pick<PendingWait, 'owner' | 'repo' | 'runId' | 'environment'>): string =>
  `${w.owner}/${w.repo}#${w.runId}:${w.environment.toLowerCase()}`

export class StateStore {
  private constructor(
    private readonly file: string,
    private readonly state: StateFile
  ) {}

  /** Opens the file (a missing one is an empty state); an unreadable one stops the server. */
  static open(file: string): StateStore {
    let state: StateFile = { version: 1, deliveries: {}, waits: {} }
    if (fs.existsSync(file)) {
      try {
        const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as StateFile
        if (parsed.version !== 1 || typeof parsed.deliveries !== 'object' || !parsed.waits)
          throw new Error('unknown layout')
        state = parsed
      } catch (error) {
        throw new Error(
          `state file ${file} cannot be read (${(error as Error).message}); it holds the pending waits: repair or remove it`
        )
      }
    }
    const store = new StateStore(file, state)
    store.save()
    return store
  }

  /** Records a delivery id; false when it was seen before (a replay or a redelivery). */
  firstDelivery(id: string, now = Date.now()): boolean {
    if (this.state.deliveries[id] !== undefined) return false
    for (const [seen, at] of Object.entries(this.state.deliveries)) {
      if (now - at > DELIVERY_MEMORY_MS) delete this.state.deliveries[seen]
    }
    const ids = Object.keys(this.state.deliveries)
    for (const old of ids.slice(0, Math.max(0, ids.length - MAX_DELIVERIES + 1)))
      delete this.state.deliveries[old]
    this.state.deliveries[id] = now
    this.save()
    return true
  }

  waits(): PendingWait[] {
    return Object.values(this.state.waits)
  }

  getWait(key: string): PendingWait | undefined {
    return this.state.waits[key]
  }

  putWait(wait: PendingWait): void {
    this.state.waits[wait.key] = wait
    this.save()
  }

  deleteWait(key: string): void {
    if (!(key in this.state.waits)) return
    delete this.state.waits[key]
    this.save()
  }

  private save(): void {
    fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true })
    const temp = `${this.file}.${process.pid}.tmp`
    const fd = fs.openSync(temp, 'w', 0o600)
    try {
      fs.writeSync(fd, JSON.stringify(this.state))
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(temp, this.file)
  }
}

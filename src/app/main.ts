/** Starts the App server (`error-budget serve`, `node dist/app/index.js`) and stops it gracefully. */
import type { AddressInfo } from 'node:net'
import { Gate } from './gate.js'
import { AppAuth } from './github-app.js'
import { createLogger, type Logger } from './log.js'
import { createMetrics } from './metrics.js'
import { createAppServer } from './server.js'
import {
  environmentSecrets,
  readServerSettings,
  SettingError,
  startupWarnings
} from './settings.js'
import { StateStore } from './store.js'
import { addressHider } from '../text/address.js'

export interface RunningApp {
  port: number
  log: Logger
  /** Stops accepting deliveries, lets in-flight evaluations finish; waits stay in the store. */
  stop(): Promise<void>
}

export async function startApp(env: NodeJS.ProcessEnv = process.env): Promise<RunningApp> {
  const settings = readServerSettings(env)
  // The datasources' addresses stay out of the log as out of the comments.
  const hiders = [...settings.datasources.values()].map(d =>
    addressHider(d.prometheus.url, `datasource ${d.name}`)
  )
  const log = createLogger(settings.secrets, undefined, text =>
    hiders.reduce((out, hide) => hide(out), text)
  )
  const metrics = createMetrics()
  // A failed write is logged and answered (503 for a new delivery), never fatal.
  const store = StateStore.open(settings.stateFile, error =>
    log.error('the state file cannot be written', { stateFile: settings.stateFile, error })
  )
  const auth = new AppAuth({
    appId: settings.appId,
    privateKey: settings.privateKey,
    githubApiUrl: settings.githubApiUrl,
    onToken: (token, installationId) => log.addSecret(token, `installation ${installationId}`)
  })
  const gate = new Gate({
    settings,
    installationClient: id => auth.installationClient(id),
    store,
    log,
    metrics
  })
  const server = createAppServer({
    webhookSecret: settings.webhookSecret,
    gate,
    store,
    log,
    metrics,
    maxConnections: settings.maxConnections
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(settings.port, settings.host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  log.info('listening', {
    port,
    host: settings.host,
    githubApiUrl: settings.githubApiUrl,
    datasources: [...settings.datasources.keys()],
    stateFile: settings.stateFile
  })
  for (const warning of startupWarnings(settings)) log.warn(warning)
  gate.resumeAll()
  return {
    port,
    log,
    async stop() {
      const closed = new Promise<void>(resolve => server.close(() => resolve()))
      server.closeIdleConnections()
      const finished = await gate.drain(settings.shutdownGraceMs)
      server.closeAllConnections()
      await closed
      log.info('stopped', { inFlightFinished: finished })
    }
  }
}

/** Runs until SIGTERM or SIGINT, then shuts down; the exit code for the process. */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let app: RunningApp
  try {
    app = await startApp(env)
  } catch (error) {
    const message =
      error instanceof SettingError ? error.message : `cannot start: ${(error as Error).message}`
    // Settings errors name the variable, never its value; the redacting logger is the second guard.
    const log = createLogger(environmentSecrets(env), line => process.stderr.write(`${line}\n`))
    log.error(message)
    return 1
  }
  const signal = await new Promise<string>(resolve => {
    process.once('SIGTERM', () => resolve('SIGTERM'))
    process.once('SIGINT', () => resolve('SIGINT'))
  })
  app.log.info('shutting down', { signal })
  await app.stop()
  return 0
}

/** The JSON report's file in RUNNER_TEMP, one per step (the gate's and the verify's). */
import fs from 'node:fs'
import path from 'node:path'

/**
 * Writes the JSON report under a name of its own and returns its path. GITHUB_ACTION is the step's
 * id (or a name the runner makes unique per step), and an existing file is never overwritten, so
 * two gate steps in one job keep two reports.
 */
export function writeReport(dir: string, step: string, text: string): string {
  const slug = step
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, 64)
  const base = path.join(dir, slug ? `error-budget-report-${slug}` : 'error-budget-report')
  for (let n = 1; ; n++) {
    const file = n === 1 ? `${base}.json` : `${base}-${n}.json`
    try {
      fs.writeFileSync(file, text, { flag: 'wx' })
      return file
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw error
    }
  }
}

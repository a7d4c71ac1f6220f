/** The freeze file's content: a manual deploy freeze that anyone can set with `error-budget freeze`. */

export interface FreezeNotice {
  file: string
  /** The file's text (reason, who, when), capped so a huge file cannot flood the report. */
  text: string
}

export interface FreezeDetails {
  reason: string
  by: string
  at: Date
}

export function formatFreezeFile(details: FreezeDetails): string {
  return `reason: ${details.reason}\nby: ${details.by}\nat: ${details.at.toISOString()}\n`
}

/** Number formatting shared by outputs, summaries, comments and the CLI. */

export const percent = (value: number | null): string => (value === null ? '' : value.toFixed(2))

export const ratio = (value: number | null): string =>
  value === null ? '' : Number(value.toPrecision(6)).toString()

export const burn = (value: number | null): string => (value === null ? '' : value.toFixed(2))

export const days = (value: number | null): string =>
  value === null ? '' : value === Infinity ? 'inf' : value.toFixed(1)

export const availability = (value: number | null): string =>
  value === null ? '' : value.toFixed(4)

/** What every channel shows for a missing figure: the word, and no unit. */
export const UNKNOWN = 'unknown'

/** `40.12%`, or `unknown`. */
export const shownPercent = (value: number | null): string =>
  value === null ? UNKNOWN : `${percent(value)}%`

export const shownBurn = (value: number | null): string =>
  value === null ? UNKNOWN : `${burn(value)}x`

export const shownDays = (value: number | null): string =>
  value === null ? UNKNOWN : days(value) === 'inf' ? '∞' : `${days(value)} days`

export const shownRatio = (value: number | null): string =>
  value === null ? UNKNOWN : ratio(value)

export const shownAvailability = (value: number | null): string =>
  value === null ? UNKNOWN : `${availability(value)}%`

/** Event counts: whole numbers when large, two decimals when small (increase() extrapolates). */
export const count = (value: number | null): string =>
  value === null
    ? UNKNOWN
    : Math.abs(value) >= 100
      ? Math.round(value).toString()
      : String(Number(value.toFixed(2)))

/** Number formatting shared by outputs, summaries, comments and the CLI. */

export const percent = (value: number | null): string => (value === null ? '' : value.toFixed(2))

/** Significant digits of an error ratio, in every channel: as precise as the budget's 2 decimals. */
const RATIO_DIGITS = 4

/** An error ratio with RATIO_DIGITS significant digits, trailing zeros kept, never in e-notation. */
export const ratio = (value: number | null): string => {
  if (value === null) return ''
  if (value === 0 || !Number.isFinite(value)) return String(value)
  const magnitude = Math.floor(Math.log10(Math.abs(value)))
  const decimals = Math.min(20, Math.max(0, RATIO_DIGITS - 1 - magnitude))
  // toFixed rounds 0.00099996 up to 0.001000: one digit too many, so round once more.
  const fixed = value.toFixed(decimals)
  return Math.floor(Math.log10(Math.abs(Number(fixed)))) > magnitude && decimals > 0
    ? value.toFixed(decimals - 1)
    : fixed
}

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

/** Days to exhaustion in a table cell: `exhausted` once the budget is spent, never `0.0 days`. */
export const shownDays = (value: number | null): string =>
  value === null
    ? UNKNOWN
    : value <= 0
      ? 'exhausted'
      : days(value) === 'inf'
        ? '∞'
        : `${days(value)} days`

/** The forecast in a sentence: `1.3 days to exhaustion`, `budget exhausted`, or unknown. */
export const toExhaustion = (value: number | null): string =>
  value === null
    ? `days to exhaustion ${UNKNOWN}`
    : value <= 0
      ? 'budget exhausted'
      : `${shownDays(value)} to exhaustion`

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

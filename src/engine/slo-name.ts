/** What may name an SLO, one rule for the slo_name input and the names of a config file. */

/** The name of the single SLO the inputs describe when slo_name is not set. */
export const DEFAULT_SLO_NAME = 'default'

/**
 * Why a text cannot name an SLO, or undefined when it can. A name reaches logs, outputs, rule
 * labels and charts: one line of printable text.
 */
export function sloNameProblem(name: string): string | undefined {
  if (!name.trim()) return 'is empty; an SLO name is one line of text'
  if (/[\p{Cc}\u2028\u2029]/u.test(name))
    return `${JSON.stringify(name)} has control characters or line breaks; an SLO name is one line of text`
  return undefined
}

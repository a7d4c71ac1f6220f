/**
 * SLO config files: several YAML documents, each in our format, Sloth, OpenSLO or Pyrra. The
 * single-SLO inputs are the defaults for whatever a document leaves out.
 */
import { parseAllDocuments } from 'yaml'
import { InputError, type InputSource } from '../engine/inputs.js'
import { sloFromInputs, type SloSpec } from '../engine/slo.js'
import {
  applyAlertWindows,
  isAlertWindows,
  parseAlertWindows,
  type AlertWindows
} from './alert-windows.js'
import { isObject, Where, type Doc } from './fields.js'
import {
  IGNORED_OPENSLO_KINDS,
  isOpenSlo,
  OPENSLO_V1,
  openSloName,
  parseOpenSlo
} from './openslo.js'
import { OPENSLO_V1ALPHA, parseOpenSloV1alpha } from './openslo-v1alpha.js'
import { isOurs, parseOurs } from './ours.js'
import { isPyrra, parsePyrra } from './pyrra.js'
import { isSloth, parseSloth } from './sloth.js'
import { readRepositoryFile } from '../workspace/read.js'
import { oneLine } from '../text/escape.js'

/** An OpenSLO document: SLOs from `kind: SLO`; SLI documents are read through indicatorRef. */
function parseOpenSloDocument(
  doc: Doc,
  base: SloSpec,
  where: Where,
  slis: Map<string, Doc>
): SloSpec[] {
  const version = doc.apiVersion
  const kinds =
    version === OPENSLO_V1
      ? ['SLO', 'SLI', ...IGNORED_OPENSLO_KINDS]
      : version === OPENSLO_V1ALPHA
        ? ['SLO', 'Service']
        : undefined
  if (!kinds)
    throw where.error(
      'apiVersion',
      `${String(version)} is not supported; expected ${OPENSLO_V1} or ${OPENSLO_V1ALPHA}`
    )
  if (!kinds.includes(String(doc.kind)))
    throw where.error(
      'kind',
      `"${String(doc.kind)}" is not an ${String(version)} kind the gate knows (${kinds.join(', ')})`
    )
  if (doc.kind !== 'SLO') return []
  return version === OPENSLO_V1
    ? parseOpenSlo(doc, base, where, slis)
    : parseOpenSloV1alpha(doc, base, where)
}

/** Pure: every SLO of a file's text. Errors name the file, the document and the field. */
export function parseSloDocuments(
  textOfFile: string,
  file: string,
  defaults: InputSource
): SloSpec[] {
  // Merge keys (`<<: *base`) are a YAML 1.1 feature that SLO files written for Sloth use.
  const documents = parseAllDocuments(textOfFile, { merge: true })
  const values: unknown[] = []
  for (const [i, document] of (Array.isArray(documents) ? documents : [documents]).entries()) {
    if (document.errors.length) {
      const first = document.errors[0]
      throw new InputError(
        'config_file',
        `${file}, document ${i + 1}: not valid YAML: ${first.message.split('\n')[0]}`
      )
    }
    let value: unknown
    try {
      // The library refuses an alias bomb (too many aliases expanded) here.
      value = document.toJS()
    } catch (error) {
      throw new InputError(
        'config_file',
        `${file}, document ${i + 1}: not usable YAML: ${(error as Error).message.split('\n')[0]}`
      )
    }
    values.push(value)
  }
  return slosFromDocuments(values, file, defaults)
}

/** Pure: every SLO of already-parsed documents (e.g. the `slos:` of a policy file's entry). */
export function slosFromDocuments(
  values: unknown[],
  file: string,
  defaults: InputSource
): SloSpec[] {
  const parsed: { doc: Doc; where: Where }[] = []
  for (const [i, value] of values.entries()) {
    const where = new Where(file, i + 1)
    if (value === null || value === undefined) continue
    if (!isObject(value)) throw where.error('(document)', 'expected a mapping')
    parsed.push({ doc: value, where })
  }
  // OpenSLO SLOs may refer to SLI documents anywhere in the file.
  const slis = new Map<string, Doc>()
  for (const { doc } of parsed) {
    const name = openSloName(doc)
    if (doc.apiVersion === OPENSLO_V1 && doc.kind === 'SLI' && name) slis.set(name, doc)
  }
  if (defaults('slo_name').trim())
    throw new InputError(
      'slo_name',
      `names the single SLO of the inputs; the SLOs of ${file} have names of their own: drop one of the two`
    )
  const base = sloFromInputs(defaults)
  const slos: SloSpec[] = []
  // Sloth AlertWindows give burn tiers to the SLOs of the file with their period.
  const alertWindows: AlertWindows[] = []
  for (const { doc, where } of parsed) {
    if (isOurs(doc)) slos.push(...parseOurs(doc, base, where))
    else if (isAlertWindows(doc)) alertWindows.push(parseAlertWindows(doc, where))
    else if (isSloth(doc)) slos.push(...parseSloth(doc, base, where))
    else if (isPyrra(doc)) slos.push(...parsePyrra(doc, base, where))
    else if (isOpenSlo(doc)) slos.push(...parseOpenSloDocument(doc, base, where, slis))
    else {
      const kind = doc.kind ?? doc.apiVersion ?? doc.version
      throw where.error(
        kind === undefined
          ? '(document)'
          : doc.kind !== undefined
            ? 'kind'
            : doc.apiVersion !== undefined
              ? 'apiVersion'
              : 'version',
        `unknown format${kind === undefined ? '' : ` (${String(kind)})`}; expected our slos: list, Sloth version: prometheus/v1 or apiVersion: sloth.slok.dev/v1, OpenSLO apiVersion: openslo/v1 or openslo/v1alpha, or Pyrra apiVersion: pyrra.dev/v1alpha1`
      )
    }
  }
  if (slos.length === 0) throw new InputError('config_file', `${file}: no SLO found`)
  const seen = new Set<string>()
  for (const slo of slos) {
    if (seen.has(slo.name))
      throw new InputError(
        'config_file',
        `${file}: two SLOs are named "${slo.name}"; names must be unique`
      )
    seen.add(slo.name)
  }
  return applyAlertWindows(slos, alertWindows)
}

/** A config file bigger than this is not a list of SLOs. */
const MAX_CONFIG_BYTES = 1024 * 1024

/** Reads the file from the repository (no symlinks, regular files only, size-capped) and parses it. */
export function loadSlosFromFile(
  file: string,
  defaults: InputSource,
  shownName = file,
  workspace?: string
): SloSpec[] {
  const read = readRepositoryFile(file, { maxBytes: MAX_CONFIG_BYTES, workspace })
  if (read.kind !== 'text') {
    const why = read.kind === 'missing' ? 'cannot be read (ENOENT)' : read.why
    throw new InputError('config_file', `${oneLine(shownName)} ${why}`)
  }
  try {
    return parseSloDocuments(read.text, shownName, defaults)
  } catch (error) {
    // Every failure to read a config file is a bad config_file input, never an unexpected crash.
    if (error instanceof InputError) throw error
    throw new InputError(
      'config_file',
      `${oneLine(shownName)} cannot be used: ${oneLine((error as Error).message.split('\n')[0])}`
    )
  }
}

/** Shared helpers for SLO spec documents: typed field access with errors that say where. */
import { InputError } from '../engine/inputs.js'

export type Doc = Record<string, unknown>

/** Where a field lives: file, document number (1-based), SLO name when known. */
export class Where {
  constructor(
    readonly file: string,
    readonly document: number,
    readonly name?: string
  ) {}

  named(name: string): Where {
    return new Where(this.file, this.document, name)
  }

  /** An error for the config_file input naming the file, the document and the field. */
  error(field: string, message: string): InputError {
    const slo = this.name ? ` (${this.name})` : ''
    return new InputError(
      'config_file',
      `${this.file}, document ${this.document}${slo}, field ${field}: ${message}`
    )
  }

  /** Runs a parser written for action inputs, re-labelling its error with this place and field. */
  field<T>(field: string, parse: () => T): T {
    try {
      return parse()
    } catch (error) {
      if (error instanceof InputError)
        throw this.error(field, error.message.replace(/^Input [^:]+: /, ''))
      throw error
    }
  }
}

export function isObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function object(value: unknown, where: Where, field: string): Doc {
  if (!isObject(value)) throw where.error(field, 'expected a mapping')
  return value
}

export function optionalObject(value: unknown, where: Where, field: string): Doc | undefined {
  return value === undefined || value === null ? undefined : object(value, where, field)
}

export function list(value: unknown, where: Where, field: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0)
    throw where.error(field, 'expected a non-empty list')
  return value
}

export function text(value: unknown, where: Where, field: string): string {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string' || !value.trim())
    throw where.error(field, 'expected a non-empty string')
  return value.trim()
}

export function optionalText(value: unknown, where: Where, field: string): string | undefined {
  return value === undefined || value === null ? undefined : text(value, where, field)
}

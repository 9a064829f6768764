// The report fields the LLM may be asked about, what each means, and which answers are well-formed.
// Resources are left out on purpose: sizing is a recommendation, not a fact a file can prove.
import type { AppAnalysis, Field } from '../../analyzer/report.js'

export type RefinableField =
  'framework' | 'runtimeVersion' | 'buildCommand' | 'startCommand' | 'port' | 'healthPath'

export interface FieldSpec {
  name: RefinableField
  /** What the model is asked to find. */
  question: string
  /** The answer as the field's value, or null when it is not a well-formed value for the field. */
  parse(raw: string): string | number | null
}

const oneLine = (max: number) => (raw: string) =>
  raw.length > 0 && raw.length <= max && !/[\r\n\0]/.test(raw) && raw.trim() === raw ? raw : null

export const FIELD_SPECS: readonly FieldSpec[] = [
  {
    name: 'framework',
    question:
      'the web framework the app serves HTTP with, as a lowercase id (express, fastapi, gin, spring-boot …)',
    parse: raw => (/^[a-z0-9][a-z0-9.+-]{0,39}$/.test(raw) ? raw : null)
  },
  {
    name: 'runtimeVersion',
    question: 'the language runtime version the project pins (e.g. 20, 3.12, 1.22)',
    parse: raw => (/^[0-9][0-9A-Za-z.+-]{0,19}$/.test(raw) ? raw : null)
  },
  {
    name: 'buildCommand',
    question: 'the shell command that builds the app for production',
    parse: oneLine(300)
  },
  {
    name: 'startCommand',
    question: 'the shell command that starts the production server',
    parse: oneLine(300)
  },
  {
    name: 'port',
    question: 'the TCP port the server listens on inside the container',
    parse: raw => {
      if (!/^[0-9]{1,5}$/.test(raw)) return null
      const port = Number(raw)
      return port >= 1 && port <= 65535 ? port : null
    }
  },
  {
    name: 'healthPath',
    question: 'the HTTP path of a health or readiness endpoint the app serves',
    parse: raw => (/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,199}$/.test(raw) ? raw : null)
  }
]

export function fieldOf(app: AppAnalysis, name: RefinableField): Field<unknown> {
  return app[name] as Field<unknown>
}

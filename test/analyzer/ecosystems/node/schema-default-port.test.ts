// A config schema's top-level port default (`port: Joi.number().default(3000)`, zod, yup).
import { describe, expect, it } from '@jest/globals'
import { schemaDefaultPort } from '../../../../src/analyzer/ecosystems/node/schema-default-port.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const run = (files: Record<string, string>) => schemaDefaultPort(treeFromFiles(files), Object.keys(files))

describe('schemaDefaultPort', () => {
  it('takes the top-level Joi schema port of a music server, not the nested listeners and clients', () => {
    const [c, ...rest] = run({
      'src/state/config.js':
        "import Joi from 'joi';\n" +
        'const dlnaOptions = Joi.object({\n  port: Joi.number().integer().min(1).max(65535).default(3011),\n});\n' +
        'const transmission = Joi.object({\n  port:     Joi.number().integer().min(1).max(65535).default(9091),\n});\n' +
        "const schema = Joi.object({\n  address: Joi.string().default('::'),\n  port: Joi.number().default(3000),\n" +
        '  dlna: dlnaOptions.default(dlnaOptions.validate({}).value),\n});\n'
    })
    expect(rest).toEqual([])
    expect(c?.value).toBe(3000)
    expect(c?.source).toBe('src/state/config.js config schema port default')
    expect(c?.evidence[0]?.line).toBe(10)
  })

  it('reads a zod env schema PORT default', () => {
    const [c] = run({
      'src/env.ts':
        "import { z } from 'zod'\nexport const env = z.object({\n  DATABASE_URL: z.string(),\n" +
        '  PORT: z.coerce.number().default(4100),\n}).parse(process.env)\n'
    })
    expect(c?.value).toBe(4100)
    expect(c?.evidence[0]?.file).toBe('src/env.ts')
    expect(c?.evidence[0]?.line).toBe(4)
  })

  it('ignores a database port default and a file importing no schema library', () => {
    expect(
      run({
        'src/db.ts':
          "import Joi from 'joi'\nconst db = Joi.object({\n  port: Joi.number().default(5432),\n})\n",
        'src/opts.ts': 'const x = {\n  port: Joi.number().default(3000),\n}\n'
      })
    ).toEqual([])
  })
})

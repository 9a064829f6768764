// A hand-rolled server's health path: a health-named constant the request path is compared with.
import { describe, expect, it } from '@jest/globals'
import { rustHealthConstant } from '../../../../src/analyzer/ecosystems/rust/health-constant.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const run = (files: Record<string, string>) => rustHealthConstant(treeFromFiles(files), Object.keys(files))

describe('rustHealthConstant', () => {
  it('a hyper file server: HEALTH_CHECK_PATH without a leading slash, compared in an else-if', () => {
    const [c, ...rest] = run({
      'src/server.rs':
        'const INDEX_NAME: &str = "index.html";\nconst HEALTH_CHECK_PATH: &str = "__files__/health";\n\n' +
        'fn internal(req_path: &str) -> bool {\n    if req_path == "favicon.ico" {\n        true\n' +
        '    } else if req_path == HEALTH_CHECK_PATH {\n        true\n    } else {\n        false\n    }\n}\n'
    })
    expect(rest).toEqual([])
    expect(c?.value).toBe('/__files__/health')
    expect(c?.source).toBe('HEALTH_CHECK_PATH compared with the request path')
    expect(c?.evidence[0]).toEqual({
      file: 'src/server.rs',
      line: 2,
      text: 'const HEALTH_CHECK_PATH: &str = "__files__/health";'
    })
  })

  it('a proxy: a static HEALTHZ_ROUTE with its slash, the constant on the left', () => {
    const [c] = run({
      'src/main.rs':
        'pub const HEALTHZ_ROUTE: &\'static str = "/healthz";\nfn route(p: &str) { if HEALTHZ_ROUTE == p { ok() } }\n'
    })
    expect(c?.value).toBe('/healthz')
    expect(c?.evidence[0]?.file).toBe('src/main.rs')
  })

  it('negative: a constant never compared (a URL the app requests) and a non-health name', () => {
    expect(
      run({
        'src/client.rs':
          'const HEALTH_PATH: &str = "/health";\nfn check(base: &str) { get(format!("{base}{HEALTH_PATH}")) }\n',
        'src/other.rs': 'const STATUS_PATH: &str = "/health";\nfn f(p: &str) -> bool { p == STATUS_PATH }\n'
      })
    ).toEqual([])
  })
})

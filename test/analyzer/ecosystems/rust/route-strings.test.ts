import {
  hasComputedRoute,
  pathBindings,
  resolveComputedRoutes,
  stringValue
} from '../../../../src/analyzer/ecosystems/rust/route-strings.js'

describe('stringValue', () => {
  it('evaluates literals and format! with a leading deployment prefix left empty', () => {
    expect(stringValue('"/health".into()')).toBe('/health')
    expect(stringValue('String::from("/up")')).toBe('/up')
    expect(stringValue('format!("{}/{}", route_prefix, "__internal/healthcheck")')).toBe(
      '/__internal/healthcheck'
    )
    expect(stringValue('&format!("{prefix}/healthz")')).toBe('/healthz')
    expect(stringValue('format!("{}{}", base, "/v1/ping")')).toBe('/v1/ping')
  })

  it('gives null when an unknown value sits inside the path', () => {
    expect(stringValue('format!("/api/{}/health", version)')).toBeNull()
    expect(stringValue('format!("{}/upload/{}", prefix, uuid())')).toBeNull()
    expect(stringValue('path_from_env()')).toBeNull()
    expect(stringValue('cfg.unknown_route')).toBeNull()
  })
})

describe('computed route arguments', () => {
  it('binds tuple-destructured and struct-field paths, and drops clashing names', () => {
    const bindings = pathBindings([
      'let (health, api) = if random {\n ("/r/health".into(), "/r/api".into())\n} else {\n (format!("{}/health", p), format!("{}/api", p))\n};',
      'Config {\n    ready_route: format!("{}/{}", prefix, "ready"),\n    other: 1,\n}\n',
      'const A: &str = "/one";\n',
      'const A: &str = "/two";\n'
    ])
    expect(Object.fromEntries(bindings)).toEqual({
      health: '/r/health',
      api: '/r/api',
      ready_route: '/ready'
    })
  })

  it('rewrites only arguments whose value is known', () => {
    const bindings = new Map([['health_route', '/health']])
    expect(
      resolveComputedRoutes(
        'App::new().route(&cfg.health_route, web::get().to(h)).route(&cfg.other, web::get().to(o))',
        bindings
      )
    ).toBe('App::new().route("/health", web::get().to(h)).route(&cfg.other, web::get().to(o))')
  })
})

describe('route attributes naming a constant routes field', () => {
  const table =
    'impl Meta {\n    pub const fn new() -> Self {\n        Self {\n            build: "/api/v1/meta/build",\n            health: "/api/v1/meta/health",\n        }\n    }\n}\n'

  it('binds every field of a multi-line struct literal', () => {
    expect([...pathBindings([table])]).toEqual([
      ['build', '/api/v1/meta/build'],
      ['health', '/api/v1/meta/health']
    ])
  })

  it('rewrites `path = "crate::X.meta.health"` to the literal the field holds', () => {
    const text = '#[my_codegen::get(path = "crate::V1_API_ROUTES.meta.health")]\nasync fn health() {}\n'
    expect(hasComputedRoute(text)).toBe(true)
    expect(resolveComputedRoutes(text, pathBindings([table]))).toBe(
      '#[my_codegen::get("/api/v1/meta/health")]\nasync fn health() {}\n'
    )
  })

  it('leaves an attribute whose field no literal sets, or a literal path, alone (negative)', () => {
    const unknown = '#[get(path = "crate::ROUTES.status")]\nasync fn status() {}\n'
    expect(resolveComputedRoutes(unknown, pathBindings([table]))).toBe(unknown)
    expect(hasComputedRoute('#[get("/health")]\nasync fn health() {}\n')).toBe(false)
  })
})

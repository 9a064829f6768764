// A returned path comparison only tests a path (a rate limiter's exemption list, a logger's skip option):
// it serves nothing (holdout33: an e-commerce server exempting '/health' from rate limiting, no such route).
import { analyze } from '../../../src/analyzer/analyze.js'
import { isReturnedComparison } from '../../../src/analyzer/signals/path-predicate.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const at = (text: string, needle = "=== '/health'"): boolean =>
  isReturnedComparison(text, text.indexOf(needle) - 'path '.length)

const app = (source: string): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'shop',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.21.0' }
  }),
  'package-lock.json': '{}',
  'server.js': `const express = require('express')\nconst app = express()\n${source}\napp.listen(3000)\n`
})

const health = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === report.primary)?.healthPath.value
}

describe('returned path comparisons', () => {
  it('tells a returned predicate from a branch', () => {
    expect(
      at(
        "function isExempt(path) {\n  return (\n    STATIC.test(path) ||\n    path === '/health' ||\n    path === '/healthz'\n  );\n}"
      )
    ).toBe(true)
    expect(at("limiter({ skip: (req) => req.path === '/health' })", "=== '/health'")).toBe(true)
    expect(
      at("app.use((req, res, next) => {\n  if (req.path === '/health') return res.send('ok')\n  next()\n})")
    ).toBe(false)
    expect(
      at(
        "server.on('request', (req, res) => {\n  const path = req.url; if (path === '/health') { res.end('ok') }\n})"
      )
    ).toBe(false)
  })

  it('a rate limiter exemption list: no health path, field by field', () => {
    const files = app(
      "function isExempt(path) {\n  return (\n    path.startsWith('/static/') ||\n    path === '/health' ||\n    path === '/healthz'\n  )\n}\napp.use((req, res, next) => (isExempt(req.path) ? next() : limit(req, res, next)))\napp.get('/', (req, res) => res.send('home'))"
    )
    const report = analyze(treeFromFiles(files))
    const shop = report.apps.find(a => a.appDir === '.')
    expect(shop?.framework.value).toBe('express')
    expect(shop?.port.value).toBe(3000)
    expect(shop?.startCommand.value).toBe('npm start')
    expect(shop?.healthPath.value).toBeNull()
  })

  it("a logger's skip option (an arrow's expression body): no health path", () => {
    expect(health(app("app.use(morgan('tiny', { skip: (req) => req.url === '/health' }))"))).toBeNull()
  })

  it('negative: a ternary on the path in an arrow body still serves it', () => {
    const text = 'http.createServer((req, res) => res.end(req.url === "/health" ? "ok" : "hi"))'
    expect(isReturnedComparison(text, text.indexOf('url ==='))).toBe(false)
    expect(isReturnedComparison(text, text.indexOf('"/health"'))).toBe(false)
  })

  it('negative: a hand-rolled branch on the path still serves it', () => {
    expect(
      health(
        app(
          "app.use((req, res, next) => {\n  if (req.path === '/health') return res.send('ok')\n  next()\n})"
        )
      )
    ).toBe('/health')
  })
})

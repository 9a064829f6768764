// With no health route, a Go app's version endpoint whose inline handler reads no backend is the probe
// (holdout38: a fiber app's `api := fb.Group("/api/v2")` + `router.All("/version", func(c *fiber.Ctx) …)`,
// beside a `/captcha/status` that is one visitor's captcha state). A handler that reads the database or the
// signed-in user is no probe.
import { health, mod } from './health-support.js'

/** A fiber comment server: handlers take the `/api/v2` group. */
const comments = (versionBody: string): Record<string, string> => ({
  'go.mod': mod('github.com/gofiber/fiber/v2 v2.52.5'),
  'main.go': [
    'package main',
    '',
    'import "github.com/gofiber/fiber/v2"',
    '',
    'func main() {',
    '\tfb := fiber.New()',
    '\tapi := fb.Group("/api/v2")',
    '\tVersion(api)',
    '\tCaptchaStatus(api)',
    '\tfb.Listen(":23366")',
    '}',
    ''
  ].join('\n'),
  'version.go': [
    'package main',
    '',
    'import "github.com/gofiber/fiber/v2"',
    '',
    'func Version(router fiber.Router) {',
    '\trouter.All("/version", func(c *fiber.Ctx) error {',
    `\t\t${versionBody}`,
    '\t})',
    '}',
    ''
  ].join('\n'),
  'captcha.go': [
    'package main',
    '',
    'import "github.com/gofiber/fiber/v2"',
    '',
    'func CaptchaStatus(router fiber.Router) {',
    '\trouter.Get("/captcha/status", func(c *fiber.Ctx) error {',
    '\t\treturn c.JSON(fiber.Map{"pass": limiter.IsPass(c.IP())})',
    '\t})',
    '}',
    ''
  ].join('\n')
})

/** A gin API: `v1 := r.Group("/api/v1")` and an `/info` route in the same file. */
const gin = (infoBody: string): Record<string, string> => ({
  'go.mod': mod('github.com/gin-gonic/gin v1.10.0'),
  'main.go': [
    'package main',
    '',
    'import "github.com/gin-gonic/gin"',
    '',
    'func main() {',
    '\tr := gin.Default()',
    '\tv1 := r.Group("/api/v1")',
    '\tv1.GET("/info", func(c *gin.Context) {',
    `\t\t${infoBody}`,
    '\t})',
    '\tv1.GET("/items", listItems)',
    '\tr.Run(":8080")',
    '}',
    ''
  ].join('\n')
})

describe('Go public version/info routes', () => {
  it('a fiber version route under its group, not a feature status', () => {
    expect(health(comments('return c.Status(fiber.StatusOK).JSON(versionData())'))).toBe('/api/v2/version')
  })

  it('a gin info route under its group', () => {
    expect(health(gin('c.JSON(200, gin.H{"name": "app", "version": Version})'))).toBe('/api/v1/info')
  })

  it('negative: a handler reading the database or the signed-in user is no probe', () => {
    expect(health(comments('return c.JSON(db.Stats())'))).toBeNull()
    expect(health(gin('c.JSON(200, c.MustGet("user"))'))).toBeNull()
  })
})

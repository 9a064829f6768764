// `app.MapHealthChecks("/health", …).RequireAuthorization()` puts the endpoint behind the app's authorization
// policy: an anonymous load-balancer probe gets 401 or a login redirect, so it is no health path — neither from
// the .NET route readers nor from the literal fallback scan (holdout37, a Blazor blog whose only health route
// requires a logged-in user). `.AllowAnonymous()` later in the chain lifts it.
import { analyze } from '../../../src/analyzer/analyze.js'
import { requiresAuthorization } from '../../../src/analyzer/signals/require-authorization.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const web = (program: string): Record<string, string> => ({
  'Blog.Web/Blog.Web.csproj':
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n',
  'Blog.Web/Program.cs': program
})

const fields = (program: string) => {
  const report = analyze(treeFromFiles(web(program)))
  const app = report.apps.find(a => a.appDir === 'Blog.Web')!
  return { framework: app.framework.value, healthPath: app.healthPath.value }
}

const BUILDER = 'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n'

describe('an endpoint chained with .RequireAuthorization() is no probe', () => {
  test('a blog: MapHealthChecks("/health", new HealthCheckOptions { … }).RequireAuthorization() over lines', () => {
    const program = `${BUILDER}app.UseHttpsRedirection();\n\napp.MapHealthChecks("/health", new HealthCheckOptions\n{\n    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse,\n})\n.RequireAuthorization();\n\napp.MapRazorPages();\napp.Run();\n`
    expect(fields(program)).toEqual({ framework: 'aspnet-core', healthPath: null })
    expect(requiresAuthorization(program, program.indexOf('MapHealthChecks'))).toBe(true)
  })

  test('an API: MapGet("/status", …).RequireAuthorization("admin") beside no other health route', () => {
    const program = `${BUILDER}app.MapGet("/status", (Db db) => db.Ping()).RequireAuthorization("admin");\napp.MapGet("/todos", (Db db) => db.Todos.ToList());\napp.Run();\n`
    expect(fields(program)).toEqual({ framework: 'aspnet-core', healthPath: null })
  })

  test('negatives: a public MapHealthChecks stays; .AllowAnonymous() after .RequireAuthorization() lifts it', () => {
    expect(fields(`${BUILDER}app.MapHealthChecks("/healthz");\napp.Run();\n`).healthPath).toBe('/healthz')
    const lifted = `${BUILDER}app.MapHealthChecks("/health").RequireAuthorization().AllowAnonymous();\napp.Run();\n`
    expect(requiresAuthorization(lifted, lifted.indexOf('MapHealthChecks'))).toBe(false)
    expect(fields(lifted).healthPath).toBe('/health')
    // Another endpoint's authorization does not leak onto the one before it.
    const other = `${BUILDER}app.MapHealthChecks("/health");\napp.MapGet("/admin", () => "x").RequireAuthorization();\napp.Run();\n`
    expect(fields(other).healthPath).toBe('/health')
  })
})

// Health routes a web project maps through extension methods of the projects it references (holdout41:
// fullstackhero's Api → BuildingBlocks/Web UseHeroPlatform → MapHeroHealthEndpoints → MapGroup("/health")
// + MapGet("/live")).
import { describe, expect, it } from '@jest/globals'
import { dotnetProvider } from '../../../../src/analyzer/ecosystems/dotnet/provider.js'
import { parseProject } from '../../../../src/analyzer/ecosystems/dotnet/project.js'
import { referencedRouteExtensionFiles } from '../../../../src/analyzer/ecosystems/dotnet/referenced-route-extensions.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { analyzeWith } from '../helpers.js'

const dotnet = dotnetProvider as Provider<unknown>

const webProject = (refs: string[]): string =>
  '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n' +
  `  <ItemGroup>\n${refs.map(r => `    <ProjectReference Include="${r}" />\n`).join('')}  </ItemGroup>\n</Project>\n`

const library =
  '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <FrameworkReference Include="Microsoft.AspNetCore.App" />\n  </ItemGroup>\n</Project>\n'

/** A modular-monolith starter: the host calls a platform extension that maps a /health group two files away. */
const starterKit = (): Record<string, string> => ({
  'src/Host/Shop.Api/Shop.Api.csproj': webProject(['..\\..\\BuildingBlocks\\Web\\Web.csproj']),
  'src/Host/Shop.Api/Program.cs':
    'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.UseShopPlatform(p =>\n{\n    p.MapModules = true;\n});\napp.MapGet("/", () => Results.Ok("hello"));\nawait app.RunAsync();\n',
  'src/BuildingBlocks/Web/Web.csproj': library,
  'src/BuildingBlocks/Web/Extensions.cs':
    'public static class Extensions\n{\n    public static WebApplication UseShopPlatform(this WebApplication app, Action<Options>? configure = null)\n    {\n        app.UseAuthorization();\n        // Always expose health endpoints\n        app.MapShopHealthEndpoints();\n        return app;\n    }\n}\n',
  'src/BuildingBlocks/Web/Health/HealthEndpoints.cs':
    'public static class HealthEndpoints\n{\n    public static IEndpointRouteBuilder MapShopHealthEndpoints(this IEndpointRouteBuilder app)\n    {\n' +
    '        var group = app.MapGroup("/health")\n                       .AllowAnonymous();\n' +
    '        group.MapGet("/live", () => TypedResults.Ok("alive"));\n' +
    '        group.MapGet("/ready", async (HealthCheckService hc) => await hc.CheckHealthAsync());\n        return app;\n    }\n}\n',
  'src/BuildingBlocks/Web/Unused.cs':
    'public static class Unused\n{\n    public static WebApplication MapLegacy(this WebApplication app)\n    {\n        app.MapGet("/healthcheck", () => "ok");\n        return app;\n    }\n}\n'
})

/** Service defaults shared by a solution's services: the mapping outside any development branch. */
const serviceDefaults = (devOnly: boolean): Record<string, string> => ({
  'Orders.Api/Orders.Api.csproj': webProject(['..\\Orders.ServiceDefaults\\Orders.ServiceDefaults.csproj']),
  'Orders.Api/Program.cs':
    'var builder = WebApplication.CreateBuilder(args);\nbuilder.AddServiceDefaults();\nvar app = builder.Build();\napp.MapDefaultEndpoints();\napp.MapGet("/orders", () => Array.Empty<string>());\napp.Run();\n',
  'Orders.ServiceDefaults/Orders.ServiceDefaults.csproj': library,
  'Orders.ServiceDefaults/Extensions.cs':
    'public static class Extensions\n{\n    public static WebApplication MapDefaultEndpoints(this WebApplication app)\n    {\n' +
    (devOnly
      ? '        if (app.Environment.IsDevelopment())\n        {\n            app.MapHealthChecks("/health");\n            app.MapHealthChecks("/alive");\n        }\n'
      : '        app.MapHealthChecks("/healthz");\n        app.MapHealthChecks("/alive");\n') +
    '        return app;\n    }\n}\n'
})

describe('route extensions of referenced projects', () => {
  it('starter kit: the /health group of a platform extension reached through another one, field by field', () => {
    const files = starterKit()
    const tree = treeFromFiles(files)
    const project = parseProject(
      'src/Host/Shop.Api/Shop.Api.csproj',
      files['src/Host/Shop.Api/Shop.Api.csproj']!
    )
    expect(referencedRouteExtensionFiles(tree, project, ['src/Host/Shop.Api/Program.cs'])).toEqual([
      'src/BuildingBlocks/Web/Health/HealthEndpoints.cs'
    ])
    const { app, value } = analyzeWith(dotnet, files)
    expect(app?.appDir).toBe('src/Host/Shop.Api')
    expect(value('framework')).toBe('aspnet-core')
    expect(value('port')).toBe(8080)
    expect(value('healthPath')).toBe('/health/live')
    expect(app?.healthPath.alternatives?.map(a => a.value)).toContain('/health/ready')
    expect(app?.healthPath.evidence.map(e => e.text)).toEqual([
      'var group = app.MapGroup("/health")',
      'group.MapGet("/live", () => TypedResults.Ok("alive"));'
    ])
  })

  it('service defaults mapping health checks unconditionally: /healthz', () => {
    const { app, value } = analyzeWith(dotnet, serviceDefaults(false))
    expect(app?.appDir).toBe('Orders.Api')
    expect(value('healthPath')).toBe('/healthz')
    expect(app?.healthPath.evidence[0]?.file).toBe('Orders.ServiceDefaults/Extensions.cs')
  })

  it('negatives: development-only mappings and extensions the app never calls add nothing', () => {
    expect(analyzeWith(dotnet, serviceDefaults(true)).value('healthPath')).toBeNull()
    const files = starterKit()
    files['src/Host/Shop.Api/Program.cs'] = files['src/Host/Shop.Api/Program.cs']!.replace(
      /app\.UseShopPlatform\(p =>\n\{\n {4}p\.MapModules = true;\n\}\);\n/,
      ''
    )
    expect(analyzeWith(dotnet, files).value('healthPath')).toBeNull()
  })
})

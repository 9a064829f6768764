// .NET projects that take settings from outside their own folder (holdout10 btcpayserver): the
// TargetFramework of a file the project imports (`<Import Project="../Build/Common.csproj" />`), and a
// health controller deep in a large solution, past the first 300 source files.
import { dotnetProvider } from '../../../../src/analyzer/ecosystems/dotnet/provider.js'
import { analyzeWith } from '../helpers.js'

const webProject = (imports: string): string =>
  `<Project Sdk="Microsoft.NET.Sdk.Web">\n${imports}\n  <PropertyGroup>\n    <AssemblyName>Ledger</AssemblyName>\n  </PropertyGroup>\n</Project>\n`

const program =
  'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllers();\nvar app = builder.Build();\napp.MapControllers();\napp.Run();\n'

describe('TargetFramework from an imported project file', () => {
  it('reads net10.0 from ../Build/Common.csproj', () => {
    const { value } = analyzeWith(dotnetProvider, {
      'Ledger/Ledger.csproj': webProject('  <Import Project="../Build/Common.csproj" />'),
      'Ledger/Program.cs': program,
      'Build/Common.csproj':
        '<Project>\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n'
    })
    expect(value('runtimeVersion')).toBe('10.0')
    expect(value('port')).toBe(8080)
  })

  it('reads net6.0 from a backslash path to a .props file, and with it the pre-.NET 8 port 80', () => {
    const { value } = analyzeWith(dotnetProvider, {
      'src/Api/Api.csproj': webProject('  <Import Project="..\\..\\shared\\Service.props" />'),
      'src/Api/Program.cs': program,
      'shared/Service.props':
        '<Project>\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n'
    })
    expect(value('runtimeVersion')).toBe('6.0')
    expect(value('port')).toBe(80)
  })

  it('does not follow an import through an MSBuild property', () => {
    const { value } = analyzeWith(dotnetProvider, {
      'Ledger/Ledger.csproj': webProject(
        '  <Import Project="$(MSBuildThisFileDirectory)../Build/Common.csproj" />'
      ),
      'Ledger/Program.cs': program,
      'Build/Common.csproj':
        '<Project>\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n'
    })
    expect(value('runtimeVersion')).toBeNull()
  })
})

describe('health controllers past the first 300 source files', () => {
  /** 320 controllers in shallow folders, each with an ordinary route. */
  const filler = (): Record<string, string> =>
    Object.fromEntries(
      Array.from({ length: 320 }, (_, i) => [
        `Shop/Controllers/Feature${String(i).padStart(3, '0')}Controller.cs`,
        `[Route("feature-${i}")]\npublic class Feature${i}Controller : Controller\n{\n    [HttpGet("items")]\n    public IActionResult Items() => Ok();\n}\n`
      ])
    )
  const project = {
    'Shop/Shop.csproj':
      '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n',
    'Shop/Program.cs': program
  }

  it('finds an absolute ~/ route in a deep GreenfieldHealthController.cs', () => {
    const { value } = analyzeWith(dotnetProvider, {
      ...project,
      ...filler(),
      'Shop/Controllers/Api/Greenfield/V1/GreenfieldHealthController.cs':
        '[Controller]\npublic class GreenfieldHealthController : ControllerBase\n{\n    [AllowAnonymous]\n    [HttpGet("~/api/v1/health")]\n    public ActionResult GetHealth() => Ok();\n}\n'
    })
    expect(value('healthPath')).toBe('/api/v1/health')
  })

  it('finds a MapGet liveness probe in a deep Infrastructure/Probes/LivenessEndpoints.cs', () => {
    const { value } = analyzeWith(dotnetProvider, {
      ...project,
      ...filler(),
      'Shop/Infrastructure/Web/Probes/LivenessEndpoints.cs':
        'public static class LivenessEndpoints\n{\n    public static void Map(WebApplication app)\n    {\n        app.MapGet("/livez", () => Results.Ok());\n    }\n}\n'
    })
    expect(value('healthPath')).toBe('/livez')
  })

  it('does not read deep files whose name says nothing about health', () => {
    const { value } = analyzeWith(dotnetProvider, {
      ...project,
      ...filler(),
      'Shop/Infrastructure/Web/Deep/StatusEndpoints.cs':
        'public static class StatusEndpoints\n{\n    public static void Map(WebApplication app)\n    {\n        app.MapGet("/healthz", () => Results.Ok());\n    }\n}\n'
    })
    expect(value('healthPath')).toBeNull()
  })
})

import { dotnetProvider } from '../../../../src/analyzer/ecosystems/dotnet/provider.js'
import {
  isLibraryProject,
  parseProject,
  portFromUrls,
  runtimeFromTfm
} from '../../../../src/analyzer/ecosystems/dotnet/project.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const dotnet = dotnetProvider as Provider<unknown>

test('csproj: SDK, target framework (last of several), assembly name and test projects', () => {
  const p = parseProject(
    'Api/Api.csproj',
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFrameworks>net6.0;net8.0</TargetFrameworks>\n    <AssemblyName>Shop.Api</AssemblyName>\n  </PropertyGroup>\n</Project>\n'
  )
  expect(p.sdk).toBe('Microsoft.NET.Sdk.Web')
  expect(p.targetFramework).toMatchObject({ value: 'net8.0', evidence: { line: 3 } })
  expect(p.assemblyName).toBe('Shop.Api')
  expect(
    parseProject(
      'T.csproj',
      '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit" /></ItemGroup></Project>'
    ).isTest
  ).toBe(true)
})

test('libraries referencing ASP.NET Core and Aspire AppHosts are not apps', () => {
  const serviceDefaults = parseProject(
    'Shop.ServiceDefaults/Shop.ServiceDefaults.csproj',
    '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><IsAspireSharedProject>true</IsAspireSharedProject></PropertyGroup><ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup></Project>'
  )
  expect(isLibraryProject(serviceDefaults)).toBe(true)
  const exe = parseProject(
    'Legacy/Legacy.csproj',
    '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup><ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup></Project>'
  )
  expect(isLibraryProject(exe)).toBe(false)
  expect(isLibraryProject(parseProject('W.csproj', '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>'))).toBe(
    false
  )
  expect(
    parseProject('AppHost/AppHost.csproj', '<Project Sdk="Aspire.AppHost.Sdk/9.1.0"></Project>').isAspireHost
  ).toBe(true)
  const { report } = analyzeWith(dotnet, {
    'Web/Web.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
    'Web/Program.cs': 'var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n',
    'Shop.ServiceDefaults/Shop.ServiceDefaults.csproj':
      '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup></Project>',
    'AppHost/AppHost.csproj':
      '<Project Sdk="Aspire.AppHost.Sdk/9.1.0"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>'
  })
  expect(report.apps.map(a => a.appDir)).toEqual(['Web'])
})

test('target framework monikers and URL lists', () => {
  expect(runtimeFromTfm('net8.0')).toBe('8.0')
  expect(runtimeFromTfm('netcoreapp3.1')).toBe('3.1')
  expect(runtimeFromTfm('netstandard2.0')).toBeNull()
  expect(runtimeFromTfm('net48')).toBeNull()
  expect(portFromUrls('https://localhost:7080;http://localhost:5080')).toBe(5080)
  expect(portFromUrls('http://+:80')).toBe(80)
})

test('launchSettings.json is a development profile: the target framework decides the container port', () => {
  const { value, app } = analyzeWith(dotnet, {
    'Api.csproj':
      '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>',
    'Program.cs':
      'var app = WebApplication.Create(args);\n// app.MapHealthChecks("/old");\napp.MapHealthChecks("/healthz");\napp.Run();\n',
    'Properties/launchSettings.json':
      '{ // comment\n  "profiles": { "Api": { "commandName": "Project", "applicationUrl": "https://localhost:7001;http://localhost:5001" } }\n}\n'
  })
  expect(value('port')).toBe(8080)
  expect(app?.port.source).toBe('net8.0 container default (ASPNETCORE_HTTP_PORTS=8080)')
  expect(app?.port.alternatives?.map(a => a.value)).toContain(5001)
  expect(value('healthPath')).toBe('/healthz')
  expect(value('startCommand')).toBe('dotnet out/Api.dll --urls http://0.0.0.0:${PORT:-8080}')
})

test('before .NET 8 the container port is 80; a net48 project falls back to launchSettings', () => {
  const launch =
    '{ "profiles": { "Api": { "commandName": "Project", "applicationUrl": "http://localhost:5001" } } }\n'
  const program = 'var app = WebApplication.Create(args);\napp.Run();\n'
  const csproj = (tfm: string): string =>
    `<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>${tfm}</TargetFramework></PropertyGroup></Project>`
  const core = analyzeWith(dotnet, {
    'Api.csproj': csproj('netcoreapp3.1'),
    'Program.cs': program,
    'Properties/launchSettings.json': launch
  })
  expect(core.value('port')).toBe(80)
  expect(core.app?.port.evidence[0]?.file).toBe('Api.csproj')
  const kestrel = analyzeWith(dotnet, {
    'Api.csproj': csproj('net8.0'),
    'Program.cs': program,
    'appsettings.json': '{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://0.0.0.0:5050" } } } }',
    'Properties/launchSettings.json': launch
  })
  expect(kestrel.value('port')).toBe(5050)
  // An app binding Kestrel itself from its own settings: launchSettings is then the best evidence left.
  const own = analyzeWith(dotnet, {
    'Api.csproj': csproj('net8.0'),
    'Program.cs':
      'var b = WebApplication.CreateBuilder(args);\nb.WebHost.UseKestrel(o => o.Listen(address, httpPort));\n',
    'Properties/launchSettings.json': launch
  })
  expect(own.value('port')).toBe(5001)
  // TargetFramework inherited from Directory.Build.props decides the port and the runtime.
  const inherited = analyzeWith(dotnet, {
    'Directory.Build.props':
      '<Project><PropertyGroup>\n<TargetFramework>net6.0</TargetFramework>\n</PropertyGroup></Project>',
    'src/Web/Web.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
    'src/Web/Program.cs': program,
    'src/Web/Properties/launchSettings.json': launch
  })
  expect(inherited.value('port')).toBe(80)
  expect(inherited.value('runtimeVersion')).toBe('6.0')
  expect(inherited.app?.runtimeVersion.evidence[0]).toMatchObject({ file: 'Directory.Build.props', line: 2 })
})

test('a broken csproj warns with its line and still detects the Web SDK', () => {
  const { value, app } = analyzeWith(dotnet, {
    'Api.csproj':
      '<Project Sdk="Microsoft.NET.Sdk.Web">\n<PropertyGroup>\n<TargetFramework>net8.0</TargetFramework>\n'
  })
  expect(value('framework')).toBe('aspnet-core')
  expect(app?.warnings.find(w => w.code === 'INVALID_MANIFEST')).toMatchObject({
    file: 'Api.csproj',
    line: 2
  })
})

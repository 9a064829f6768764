// A .NET solution folder's own Dockerfile folder (`back-end/deploy/Dockerfile`, context `back-end/`) that
// publishes and runs the web project two folders down (`back-end/src/Api`): the project's image recipe, read
// for its port (ENV ASPNETCORE_URLS / EXPOSE), start command and probe.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import {
  globCopiesFrom,
  runsFolderAssembly
} from '../../../src/analyzer/signals/solution-folder-dockerfile.js'

const webProject = (tfm: string): string =>
  `<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>${tfm}</TargetFramework>\n  </PropertyGroup>\n</Project>\n`
const program = 'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n'

// Flags service: the recipe copies the solution by globs, publishes in a stage and runs start.sh → dotnet Api.dll.
const flags = {
  'modules/back-end/Backend.sln': 'Microsoft Visual Studio Solution File\n',
  'modules/back-end/src/Api/Api.csproj': webProject('net10.0'),
  'modules/back-end/src/Api/Program.cs': program,
  'modules/back-end/src/Domain/Domain.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
  'modules/back-end/start.sh': '#!/bin/sh\nset -e\nexport OTEL=1\nexec dotnet Api.dll\n',
  'modules/back-end/deploy/Dockerfile':
    'FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /source\nCOPY *.sln .\nCOPY src/*/*.csproj ./\n' +
    'RUN dotnet restore\nCOPY . .\n\nFROM build AS publish\nWORKDIR /source/src/Api\nRUN dotnet publish -o /app\n\n' +
    'FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_URLS=http://*:5000\nWORKDIR /app\n' +
    'COPY --from=publish /app ./\nCOPY --from=build /source/start.sh ./start.sh\nEXPOSE 5000\nENTRYPOINT ["./start.sh"]\n'
}

// Shop API: a plain COPY of the src folder proves the context, the image runs the assembly directly.
const shop = {
  'server/Shop.sln': 'Microsoft Visual Studio Solution File\n',
  'server/src/Shop.Web/Shop.Web.csproj': webProject('net8.0'),
  'server/src/Shop.Web/Program.cs': program,
  'server/docker/Dockerfile':
    'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY src ./src\n' +
    'RUN dotnet publish src/Shop.Web/Shop.Web.csproj -o /out\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\n' +
    'WORKDIR /app\nCOPY --from=build /out .\nENV ASPNETCORE_HTTP_PORTS=7070\nEXPOSE 7070\nENTRYPOINT ["dotnet", "Shop.Web.dll"]\n'
}

const field = (files: Record<string, string>, dir: string) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === dir)!
  return {
    port: app.port.value,
    start: app.startCommand.value,
    runtime: app.runtimeVersion.value,
    framework: app.framework.value,
    portFile: app.port.evidence[0]?.file
  }
}

describe('a .NET solution folder Dockerfile running the project', () => {
  it('gives the flags API its ASPNETCORE_URLS port and start script', () => {
    const got = field(flags, 'modules/back-end/src/Api')
    expect(got.port).toBe(5000)
    expect(got.start).toBe('./start.sh')
    expect(got.runtime).toBe('10.0')
    expect(got.framework).toBe('aspnet-core')
    expect(got.portFile).toBe('modules/back-end/deploy/Dockerfile')
  })

  it('gives the shop API its image port and assembly command', () => {
    const got = field(shop, 'server/src/Shop.Web')
    expect(got.port).toBe(7070)
    expect(got.start).toBe('dotnet Shop.Web.dll')
    expect(got.runtime).toBe('8.0')
    expect(got.framework).toBe('aspnet-core')
    expect(got.portFile).toBe('server/docker/Dockerfile')
  })

  it('leaves a project whose assembly the recipe does not run on the container default', () => {
    const other = {
      ...shop,
      'server/docker/Dockerfile': shop['server/docker/Dockerfile'].replace('Shop.Web.dll', 'Shop.Worker.dll')
    }
    const got = field(other, 'server/src/Shop.Web')
    expect(got.port).toBe(8080)
    expect(got.start).not.toBe('dotnet Shop.Worker.dll')
    expect(got.portFile).not.toBe('server/docker/Dockerfile')
  })
})

describe('runsFolderAssembly / globCopiesFrom', () => {
  const tree = treeFromFiles(flags)
  it('follows the context script to the assembly', () => {
    expect(runsFolderAssembly(tree, 'modules/back-end/src/Api', 'modules/back-end', './start.sh')).toBe(true)
    expect(runsFolderAssembly(tree, 'modules/back-end/src/Api', 'modules/back-end', 'dotnet Api.dll')).toBe(
      true
    )
    expect(runsFolderAssembly(tree, 'modules/back-end/src/Domain', 'modules/back-end', './start.sh')).toBe(
      false
    )
    expect(runsFolderAssembly(tree, 'modules/back-end', 'modules/back-end', './start.sh')).toBe(false)
  })
  it('proves the context by a glob source matching only there', () => {
    const text = flags['modules/back-end/deploy/Dockerfile']
    expect(globCopiesFrom(tree, 'modules/back-end', 'modules/back-end/deploy', text)).toBe(true)
    expect(globCopiesFrom(tree, 'modules', 'modules/back-end/deploy', 'COPY *.sln .\n')).toBe(false)
    expect(globCopiesFrom(tree, 'modules/back-end', 'modules/back-end/deploy', 'COPY . .\n')).toBe(false)
  })
})

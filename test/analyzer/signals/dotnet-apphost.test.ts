// A published .NET app starts through its apphost, the executable named after the assembly: `CMD
// ["./Cleanuparr"]` after `dotnet publish ./backend/Cleanuparr.Api/Cleanuparr.Api.csproj` (holdout30
// cleanuparr, Dockerfile in an ancestor folder). The image is then the project's, with its port from `ENV
// HTTP_PORTS=11011` on the aspnet image.
import { analyze } from '../../../src/analyzer/analyze.js'
import { runsProjectApphost } from '../../../src/analyzer/signals/dotnet-apphost.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const csproj = (assembly?: string): string =>
  [
    '<Project Sdk="Microsoft.NET.Sdk.Web">',
    '  <PropertyGroup>',
    ...(assembly ? [`    <AssemblyName>${assembly}</AssemblyName>`] : []),
    '    <TargetFramework>net10.0</TargetFramework>',
    '  </PropertyGroup>',
    '</Project>',
    ''
  ].join('\n')

const dockerfile = (project: string, command: string, env = 'HTTP_PORTS=11011'): string =>
  [
    'FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build',
    'WORKDIR /app',
    'EXPOSE 11011',
    'COPY backend/ ./backend/',
    `RUN dotnet publish ./backend/${project} -c Release -o /app/publish /p:PublishSingleFile=true`,
    'FROM mcr.microsoft.com/dotnet/aspnet:10.0',
    `ENV ${env}`,
    'WORKDIR /app',
    'COPY --from=build /app/publish .',
    'COPY entrypoint.sh /entrypoint.sh',
    'ENTRYPOINT ["/entrypoint.sh"]',
    `CMD ${command}`,
    ''
  ].join('\n')

const fields = (files: Record<string, string>, dir: string) => {
  const app = analyze(treeFromFiles(files)).apps.find(a => a.appDir === dir)!
  return {
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    runtimeVersion: app.runtimeVersion.value
  }
}

const entrypoint = '#!/bin/sh\nset -e\nexec gosu "$PUID:$PGID" "$@"\n'

describe('an image that runs the apphost of a published project', () => {
  it('a cleaner whose AssemblyName differs from the project name, Dockerfile two folders up', () => {
    expect(
      fields(
        {
          'code/Dockerfile': dockerfile('Cleaner.Api/Cleaner.Api.csproj', '["./Cleaner"]'),
          'code/entrypoint.sh': entrypoint,
          'code/backend/Cleaner.Api/Cleaner.Api.csproj': csproj('Cleaner'),
          'code/backend/Cleaner.Api/Program.cs':
            'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n',
          'code/backend/Cleaner.Domain/Cleaner.Domain.csproj':
            '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n'
        },
        'code/backend/Cleaner.Api'
      )
    ).toEqual({ framework: 'aspnet-core', port: 11011, startCommand: './Cleaner', runtimeVersion: '10.0' })
  })

  it('an API named after its project file, started by its image path', () => {
    expect(
      fields(
        {
          'src/Dockerfile': dockerfile(
            'Ledger.Web/Ledger.Web.csproj',
            '["/app/Ledger.Web"]',
            'ASPNETCORE_HTTP_PORTS=5080'
          ),
          'src/entrypoint.sh': entrypoint,
          'src/backend/Ledger.Web/Ledger.Web.csproj': csproj(),
          'src/backend/Ledger.Web/Program.cs':
            'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n'
        },
        'src/backend/Ledger.Web'
      )
    ).toEqual({
      framework: 'aspnet-core',
      port: 5080,
      startCommand: '/app/Ledger.Web',
      runtimeVersion: '10.0'
    })
  })

  it('negative: an executable of another name, or no dotnet publish, does not run the project', () => {
    const tree = treeFromFiles({
      'code/backend/Cleaner.Api/Cleaner.Api.csproj': csproj('Cleaner')
    })
    const dir = 'code/backend/Cleaner.Api'
    const published = dockerfile('Cleaner.Api/Cleaner.Api.csproj', '["./Cleaner"]')
    expect(runsProjectApphost(tree, dir, './Cleaner', published)).toBe(true)
    expect(runsProjectApphost(tree, dir, './Other', published)).toBe(false)
    expect(runsProjectApphost(tree, dir, './Cleaner', 'FROM alpine\nCMD ["./Cleaner"]\n')).toBe(false)
    expect(runsProjectApphost(tree, dir, 'dotnet Cleaner.dll', published)).toBe(false)
  })
})

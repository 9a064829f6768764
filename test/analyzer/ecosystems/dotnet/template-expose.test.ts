// The pre-.NET 8 Visual Studio template's `EXPOSE 80`/`EXPOSE 443` left in a Dockerfile whose final stage runs
// on aspnet:8+ (ASPNETCORE_HTTP_PORTS=8080): the server binds 8080 (issue 16 #5, holdout35 mymeetings-api).
import { analyze } from '../../../../src/analyzer/analyze.js'
import {
  finalStageImage,
  templateExposeOnNet8
} from '../../../../src/analyzer/ecosystems/dotnet/template-expose.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const csproj = (tfm: string) =>
  `<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>${tfm}</TargetFramework>\n  </PropertyGroup>\n</Project>\n`
const program =
  'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.MapGet("/", () => "ok");\napp.Run();\n'

const meetings = (dockerfileExtra = '', image = 'aspnet:8.0') => ({
  'src/Api/Meetings.Api.csproj': csproj('net8.0'),
  'src/Api/Program.cs': program,
  'src/Dockerfile':
    `FROM mcr.microsoft.com/dotnet/${image} AS base\nWORKDIR /app\nEXPOSE 80\nEXPOSE 443\n${dockerfileExtra}\n` +
    'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY ["Api/Meetings.Api.csproj", "Api/"]\nRUN dotnet restore "Api/Meetings.Api.csproj"\nCOPY . .\nRUN dotnet publish "Api/Meetings.Api.csproj" -c Release -o /app/publish\n\n' +
    'FROM base AS final\nWORKDIR /app\nCOPY --from=build /app/publish .\nENTRYPOINT ["dotnet", "Meetings.Api.dll"]\n'
})
const ledger = {
  'Ledger.csproj': csproj('net9.0'),
  'Program.cs': program,
  Dockerfile:
    'FROM mcr.microsoft.com/dotnet/sdk:9.0 AS build\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /out\n\nFROM mcr.microsoft.com/dotnet/aspnet:9.0\nWORKDIR /app\nCOPY --from=build /out .\nEXPOSE 80\nENTRYPOINT ["dotnet", "Ledger.dll"]\n'
}

describe('templateExposeOnNet8', () => {
  test('follows stage aliases to the final image', () => {
    expect(finalStageImage(meetings()['src/Dockerfile'])).toEqual({
      image: 'mcr.microsoft.com/dotnet/aspnet:8.0',
      line: 1
    })
    expect(finalStageImage(ledger.Dockerfile)).toEqual({
      image: 'mcr.microsoft.com/dotnet/aspnet:9.0',
      line: 6
    })
  })

  test('two apps on aspnet 8/9 with the template EXPOSE listen on 8080', () => {
    const a = analyze(treeFromFiles(meetings())).apps.find(x => x.appDir === 'src/Api')!
    expect(a.language.value).toBe('csharp')
    expect(a.port.value).toBe(8080)
    expect(a.port.source).toBe(
      "mcr.microsoft.com/dotnet/aspnet:8 binds 8080 (ASPNETCORE_HTTP_PORTS); EXPOSE 80/443 is the pre-.NET 8 template's"
    )
    expect(a.port.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'src/Dockerfile:1',
      'src/Dockerfile:3',
      'src/Dockerfile:4'
    ])
    expect(a.port.alternatives?.map(x => x.value)).toContain(80)
    const b = analyze(treeFromFiles(ledger)).apps[0]!
    expect(b.port.value).toBe(8080)
    expect(b.port.evidence.slice(0, 2).map(e => `${e.file}:${e.line}`)).toEqual([
      'Dockerfile:6',
      'Dockerfile:9'
    ])
  })

  test('negative: a rebinding ENV, an older image or another EXPOSEd port keep the EXPOSE', () => {
    expect(
      templateExposeOnNet8('Dockerfile', meetings('ENV ASPNETCORE_URLS=http://+:80')['src/Dockerfile'])
    ).toBeNull()
    expect(
      templateExposeOnNet8('Dockerfile', meetings('ENV ASPNETCORE_HTTP_PORTS=80')['src/Dockerfile'])
    ).toBeNull()
    expect(templateExposeOnNet8('Dockerfile', meetings('', 'aspnet:6.0')['src/Dockerfile'])).toBeNull()
    expect(
      templateExposeOnNet8('Dockerfile', ledger.Dockerfile.replace('EXPOSE 80', 'EXPOSE 5000'))
    ).toBeNull()
    const rebound = analyze(treeFromFiles(meetings('ENV ASPNETCORE_URLS=http://+:80'))).apps.find(
      x => x.appDir === 'src/Api'
    )!
    expect(rebound.port.value).toBe(80)
  })
})

// An Azure Developer CLI azure.yaml that deploys one project decides the primary app among compose services
// that build several alike (holdout14 eShopOnWeb: compose builds src/Web and src/PublicApi, azd deploys src/Web).
import { analyze } from '../../../src/analyzer/analyze.js'
import { deployEvidence } from '../../../src/analyzer/deploy-evidence.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { azdServedApps } from '../../../src/analyzer/signals/azd-services.js'

const csproj =
  '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n</Project>\n'
const program =
  'var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet("/", () => "ok");\napp.Run();\n'
const dotnet = {
  'src/Web/Web.csproj': csproj,
  'src/Web/Program.cs': program,
  'src/PublicApi/PublicApi.csproj': csproj,
  'src/PublicApi/Program.cs': program,
  'docker-compose.yml':
    'services:\n  web:\n    build:\n      context: .\n      dockerfile: src/Web/Dockerfile\n  api:\n    build:\n      context: .\n      dockerfile: src/PublicApi/Dockerfile\n',
  'src/Web/Dockerfile':
    'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY src/Web .\nENTRYPOINT ["dotnet", "Web.dll"]\n',
  'src/PublicApi/Dockerfile':
    'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY src/PublicApi .\nENTRYPOINT ["dotnet", "PublicApi.dll"]\n'
}
const azd = (services: string) => `name: shop\nservices:\n${services}`

describe('azure.yaml (azd) deploy evidence', () => {
  test('.NET: azd deploys ./src/Web to appservice, so src/Web is primary over the other compose service', () => {
    const files = {
      ...dotnet,
      'azure.yaml': azd('  web:\n    project: ./src/Web\n    language: csharp\n    host: appservice\n')
    }
    const tree = treeFromFiles(files)
    expect(deployEvidence(tree, ['src/Web', 'src/PublicApi']).get('src/Web')).toEqual({
      strength: 1.2,
      reason: 'azure.yaml services.web deploys src/Web'
    })
    expect(analyze(tree).primary).toBe('src/Web')
  })

  test('Node: a containerapp service names apps/api beside apps/site', () => {
    const pkg = (name: string) =>
      JSON.stringify({ name, scripts: { start: 'node index.js' }, dependencies: { express: '4' } })
    const tree = treeFromFiles({
      'apps/site/package.json': pkg('site'),
      'apps/site/index.js': "require('express')().listen(3000)\n",
      'apps/api/package.json': pkg('api'),
      'apps/api/index.js': "require('express')().listen(3001)\n",
      'azure.yml': azd('  api:\n    project: apps/api/\n    host: containerapp\n')
    })
    expect(azdServedApps(tree, ['apps/site', 'apps/api'])).toEqual([
      { dir: 'apps/api', file: 'azure.yml', service: 'api' }
    ])
    expect(analyze(tree).primary).toBe('apps/api')
  })

  test('negative: two served projects, a Functions host, or a project that is no app give no evidence', () => {
    const two = treeFromFiles({
      ...dotnet,
      'azure.yaml': azd(
        '  web:\n    project: ./src/Web\n    host: appservice\n  api:\n    project: ./src/PublicApi\n    host: appservice\n'
      )
    })
    expect(deployEvidence(two, ['src/Web', 'src/PublicApi']).get('src/Web')?.strength).toBe(1)
    const fn = treeFromFiles({
      ...dotnet,
      'azure.yaml': azd('  fn:\n    project: ./src/Web\n    host: function\n')
    })
    expect(azdServedApps(fn, ['src/Web', 'src/PublicApi'])).toEqual([])
    const other = treeFromFiles({
      ...dotnet,
      'azure.yaml': azd('  x:\n    project: ./infra\n    host: appservice\n')
    })
    expect(azdServedApps(other, ['src/Web', 'src/PublicApi'])).toEqual([])
  })
})

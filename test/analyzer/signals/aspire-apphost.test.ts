import { aspireFrontEnd } from '../../../src/analyzer/signals/aspire-apphost.js'
import { deployEvidence } from '../../../src/analyzer/deploy-evidence.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const web =
  '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>'
const host =
  '<Project Sdk="Aspire.AppHost.Sdk/13.1.0"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>'
const program = (lines: string[]): string =>
  ['var builder = DistributedApplication.CreateBuilder(args);', ...lines, 'builder.Build().Run();', ''].join(
    '\n'
  )

describe('.NET Aspire: the AppHost says which project is the front end', () => {
  it('an identity server and the store are exposed; the store references the APIs it calls', () => {
    const tree = treeFromFiles({
      'src/Shop.AppHost/Shop.AppHost.csproj': host,
      'src/Shop.AppHost/Program.cs': program([
        'var db = builder.AddPostgres("pg").AddDatabase("identitydb");',
        'var identityApi = builder.AddProject<Projects.Identity_API>("identity-api")',
        '    .WithExternalHttpEndpoints()',
        '    .WithReference(db);',
        'var basketApi = builder.AddProject<Projects.Basket_API>("basket-api");',
        'var catalogApi = builder.AddProject<Projects.Catalog_API>("catalog-api");',
        '// builder.AddProject<Projects.Old>("old").WithExternalHttpEndpoints();',
        'var webApp = builder.AddProject<Projects.WebApp>("webapp")',
        '    .WithExternalHttpEndpoints()',
        '    .WithReference(basketApi)',
        '    .WithReference(catalogApi);'
      ]),
      'src/Identity.API/Identity.API.csproj': web,
      'src/Basket.API/Basket.API.csproj': web,
      'src/Catalog.API/Catalog.API.csproj': web,
      'src/WebApp/WebApp.csproj': web
    })
    const apps = ['src/Basket.API', 'src/Catalog.API', 'src/Identity.API', 'src/WebApp']
    expect(aspireFrontEnd(tree, apps)).toEqual({
      dir: 'src/WebApp',
      file: 'src/Shop.AppHost/Program.cs',
      line: 9,
      references: 2
    })
    expect(deployEvidence(tree, apps).get('src/WebApp')?.strength).toBe(1)
  })

  it('a single exposed project is the front end (a Blazor app over two internal services)', () => {
    const tree = treeFromFiles({
      'AppHost/AppHost.csproj': host,
      'AppHost/AppHost.cs': program([
        'var api = builder.AddProject<Projects.Todo_Api>("api");',
        'builder.AddProject<Projects.Todo_Worker>("worker").WithReference(api);',
        'builder.AddProject<Projects.Todo_Web>("web").WithExternalHttpEndpoints();'
      ]),
      'Todo.Api/Todo.Api.csproj': web,
      'Todo.Worker/Todo.Worker.csproj': web,
      'Todo.Web/Todo.Web.csproj': web
    })
    expect(aspireFrontEnd(tree, ['Todo.Api', 'Todo.Web', 'Todo.Worker'])?.dir).toBe('Todo.Web')
  })

  it('no answer for a tie between exposed projects, nor without an AppHost', () => {
    const tie = treeFromFiles({
      'AppHost/AppHost.csproj': host,
      'AppHost/Program.cs': program([
        'var api = builder.AddProject<Projects.Api>("api");',
        'builder.AddProject<Projects.Admin>("admin").WithExternalHttpEndpoints().WithReference(api);',
        'builder.AddProject<Projects.Store>("store").WithExternalHttpEndpoints().WithReference(api);'
      ]),
      'Api/Api.csproj': web,
      'Admin/Admin.csproj': web,
      'Store/Store.csproj': web
    })
    expect(aspireFrontEnd(tie, ['Admin', 'Api', 'Store'])).toBeNull()
    const plain = treeFromFiles({
      'Api/Api.csproj': web,
      'Api/Program.cs': 'builder.AddProject<Projects.Web>("web").WithExternalHttpEndpoints();\n',
      'Web/Web.csproj': web
    })
    expect(aspireFrontEnd(plain, ['Api', 'Web'])).toBeNull()
  })
})

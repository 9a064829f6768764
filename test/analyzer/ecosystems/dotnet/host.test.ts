// webHostReferences (host.ts): the executable hosting ASP.NET Core from the libraries it references. Several
// executables of one solution reference the same host library; each source file is searched once per tree
// (issue 16 item 12), and every executable still gets its own answer.
import { webHostReferences } from '../../../../src/analyzer/ecosystems/dotnet/host.js'
import { parseProject } from '../../../../src/analyzer/ecosystems/dotnet/project.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const exe = (ref: string): string =>
  `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>\n  <ItemGroup><ProjectReference Include="${ref}" /></ItemGroup>\n</Project>\n`

const files = {
  'src/Api/Api.csproj': exe('../Host/Host.csproj'),
  'src/Api/Program.cs': 'Host.Run(args);\n',
  'src/Worker/Worker.csproj': exe('../Host/Host.csproj'),
  'src/Worker/Program.cs': 'Host.Run(args);\n',
  'src/Host/Host.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web">\n</Project>\n',
  'src/Host/Models.cs': 'public class Model {}\n',
  'src/Host/Host.cs':
    'public static class Host {\n  public static void Run(string[] args) {\n    var builder = WebApplication.CreateBuilder(args);\n  }\n}\n',
  'src/Tool/Tool.csproj': exe('../Lib/Lib.csproj'),
  'src/Lib/Lib.csproj': '<Project Sdk="Microsoft.NET.Sdk">\n</Project>\n',
  'src/Lib/Lib.cs':
    '// WebApplication.CreateBuilder is named in this comment only without a call\npublic class Lib {}\n'
}

describe('webHostReferences', () => {
  const tree = treeFromFiles(files)
  const of = (file: string) => webHostReferences(tree, parseProject(file, tree.read(file)!))

  it('finds the host line for each executable referencing the same host library', () => {
    for (const app of ['src/Api/Api.csproj', 'src/Worker/Worker.csproj', 'src/Api/Api.csproj']) {
      const found = of(app)
      expect(found?.projects.map(p => p.file)).toEqual(['src/Host/Host.csproj'])
      expect(found?.hostEvidence).toMatchObject({ file: 'src/Host/Host.cs', line: 3 })
      expect(found?.hostEvidence.text).toContain('WebApplication.CreateBuilder(args)')
    }
  })

  it('gives null for an executable whose references build no web host', () => {
    expect(of('src/Tool/Tool.csproj')).toBeNull()
  })

  it('answers each tree from its own files (the same paths, another text)', () => {
    expect(of('src/Api/Api.csproj')).not.toBeNull()
    const other = treeFromFiles({ ...files, 'src/Host/Host.cs': 'public static class Host {}\n' })
    const api = 'src/Api/Api.csproj'
    expect(webHostReferences(other, parseProject(api, other.read(api)!))).toBeNull()
  })
})

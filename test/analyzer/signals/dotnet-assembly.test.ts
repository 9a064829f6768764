import {
  dotnetAssemblyRun,
  projectAssemblies,
  runsProjectAssembly
} from '../../../src/analyzer/signals/dotnet-assembly.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

describe('dotnetAssemblyRun', () => {
  it('reads the assembly the dotnet host runs', () => {
    expect(dotnetAssemblyRun('dotnet Squidex.dll')).toBe('Squidex')
    expect(dotnetAssemblyRun('/usr/bin/dotnet /app/Notes.Web.dll --urls http://+:80')).toBe('Notes.Web')
    expect(dotnetAssemblyRun('tini -- dotnet Api.dll')).toBe('Api')
  })
  it('is null for other commands', () => {
    expect(dotnetAssemblyRun('./Api')).toBeNull()
    expect(dotnetAssemblyRun('dotnet run --project src/Api')).toBeNull()
    expect(dotnetAssemblyRun('java -jar app.jar')).toBeNull()
  })
})

describe('projectAssemblies / runsProjectAssembly', () => {
  const tree = treeFromFiles({
    'src/Server/Server.csproj':
      '<Project><PropertyGroup><AssemblyName>Notes.Web</AssemblyName></PropertyGroup></Project>',
    'src/Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
    'src/Api/Program.cs': 'var app = WebApplication.Create(); app.Run();'
  })
  it('names each project by its AssemblyName, else its file name', () => {
    expect(projectAssemblies(tree, 'src/Server')).toEqual(['Notes.Web'])
    expect(projectAssemblies(tree, 'src/Api')).toEqual(['Api'])
    expect(projectAssemblies(tree, 'src')).toEqual([])
  })
  it('matches the command to the folder whose project builds the assembly', () => {
    expect(runsProjectAssembly(tree, 'src/Server', 'dotnet Notes.Web.dll')).toBe(true)
    expect(runsProjectAssembly(tree, 'src/Api', 'dotnet Notes.Web.dll')).toBe(false)
    expect(runsProjectAssembly(tree, 'src/Api', 'dotnet Migrator.dll')).toBe(false)
  })
})

// .NET: C# projects and solutions; ASP.NET Core.
import type { Ecosystem } from '../../ecosystem.js'
import { dotnetDockerfile } from './dockerfile.js'
import { dotnetProvider } from './provider.js'

export const dotnetEcosystem: Ecosystem = {
  id: 'dotnet',
  providers: [dotnetProvider],
  generators: [
    {
      id: 'dotnet',
      languages: ['csharp'],
      buildRootHint: 'buildRoot',
      dockerignore: ['**/bin', '**/obj', '**/*.user', '.vs', 'TestResults'],
      render: dotnetDockerfile
    }
  ]
}

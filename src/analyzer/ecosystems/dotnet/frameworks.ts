// .NET web frameworks as data. ASP.NET Core is recognised by the Web SDK (marker `sdk:Microsoft.NET.Sdk.Web`)
// or an AspNetCore package reference.
import type { FrameworkSpec } from '../../framework.js'

export const DOTNET_FRAMEWORKS: readonly FrameworkSpec[] = [
  {
    id: 'aspnet-core',
    name: 'ASP.NET Core',
    language: 'csharp',
    dependencies: [
      'sdk:Microsoft.NET.Sdk.Web',
      'sdk:Microsoft.NET.Sdk.Razor',
      'Microsoft.AspNetCore.App',
      'Microsoft.AspNetCore'
    ],
    specificity: 1,
    kind: 'server',
    // Kestrel's own default; the start command passes --urls so the container port is explicit.
    port: 8080,
    resources: { cpu: 512, memory: 1024 }
  }
]

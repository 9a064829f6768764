// ASP.NET Core: restore against the project file first (cached NuGet packages), publish framework-
// dependent, run on the ASP.NET runtime image as its built-in non-root user, bound to $PORT.
import { pinRuntime } from '../../render/base-images.js'
import { hintAppPath, hintString } from '../../render/hints.js'
import {
  addUser,
  dockerfile,
  execForm,
  expose,
  header,
  healthcheck,
  portLines,
  type DockerfileContext,
  type GeneratedDockerfile,
  appInContext,
  moduleManifestCopies
} from '../../render/dockerfile/common.js'
import { DOTNET_VERSIONS } from './runtime.js'

export function dotnetDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime(DOTNET_VERSIONS, app.runtimeVersion.value)
  const major = Number(pin.version.split('.')[0])
  // .NET 10 images are published for Ubuntu (noble), earlier ones for Debian 12.
  const variant = major >= 10 ? 'noble' : 'bookworm-slim'
  const sdk = `mcr.microsoft.com/dotnet/sdk:${pin.version}-${variant}`
  const runtime = `mcr.microsoft.com/dotnet/aspnet:${pin.version}-${variant}`
  // A project of a solution builds from the solution root: every project file first (restore follows
  // ProjectReferences), then `dotnet publish <module>/<project>`.
  const module = appInContext(ctx)
  const ownProject = hintAppPath(app, 'project')
  const project = ownProject && module !== '.' ? `${module}/${ownProject}` : ownProject
  const solutionFiles = module === '.' ? [] : moduleManifestCopies(ctx)
  const projectFile = project ?? '*.csproj'
  if (!project)
    ctx.warn(
      'DOTNET_PROJECT_UNKNOWN',
      'The .csproj to publish is unknown; the Dockerfile restores every project file in the app directory.'
    )
  const fallbackAssembly = (project?.split('/').pop() ?? `${app.name}.csproj`).replace(
    /\.(cs|fs|vb)proj$/,
    ''
  )
  const hintedAssembly = hintString(app, 'assembly')
  const assembly = hintedAssembly && /^[\w.-]+$/.test(hintedAssembly) ? hintedAssembly : fallbackAssembly
  const nuget = '--mount=type=cache,target=/root/.nuget/packages'
  // .NET 8+ images carry an `app` user (uid 1654); older ones get ours.
  const user = major >= 8 ? [] : [addUser()]
  return {
    generator: 'dotnet',
    context: ctx.context,
    text: dockerfile(
      header(ctx, `ASP.NET Core on .NET ${pin.version}`, [`${sdk} — ${pin.how}`, runtime]),
      `FROM ${ctx.image(sdk)} AS build`,
      'WORKDIR /src',
      solutionFiles.length > 0
        ? solutionFiles
        : project && project.includes('/')
          ? `COPY ${project} ${project}`
          : `COPY ${projectFile} ./`,
      `RUN ${nuget} dotnet restore ${project ?? ''}`.trimEnd(),
      'COPY . .',
      `RUN ${nuget} dotnet publish ${project ?? ''} -c Release -o /out --no-restore /p:UseAppHost=false`.replace(
        / {2,}/g,
        ' '
      ),
      '',
      `FROM ${ctx.image(runtime)} AS runtime`,
      user,
      'WORKDIR /app',
      'COPY --from=build /out ./',
      portLines(ctx, { DOTNET_gcServer: '0' }),
      'USER app',
      expose(ctx),
      healthcheck('bash', ctx.healthPath, '20s'),
      `CMD ${execForm(['/bin/sh', '-c', `ASPNETCORE_URLS=http://+:$PORT exec dotnet ${assembly}.dll`])}`
    )
  }
}

// A root flake that builds a container image of the root's own Nix package ships the root app: it outranks a
// deeper app that only scores higher (an ASP.NET admin service kept in `extra/`).
import { analyze } from '../../../src/analyzer/analyze.js'
import { rootNixImage } from '../../../src/analyzer/signals/nix-image.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const primaryFields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value
  }
}

const adminService: Record<string, string> = {
  'extra/admin/Admin.Api/Admin.Api.csproj':
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n',
  'extra/admin/Admin.Api/Program.cs':
    'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.MapGet("/ping", () => "pong");\napp.Run();\n'
}

const flake = (image: string, packageFile = 'default.nix') =>
  `{\n  outputs = { self, nixpkgs, flake-utils, ... }:\n    flake-utils.lib.eachDefaultSystem (system:\n      let pkgs = import nixpkgs { inherit system; }; in {\n        packages = {\n          default = (pkgs.callPackage ./${packageFile} { });\n        };\n${image}        devShells.default = pkgs.mkShell { packages = [ pkgs.nodejs_24 ]; };\n      });\n}\n`

const layeredImage =
  '        containers.default = pkgs.dockerTools.buildLayeredImage {\n          name = "chat-server";\n          contents = [ self.packages.${system}.default pkgs.dockerTools.binSh ];\n          config.Cmd = [ "${self.outputs.packages.${system}.default}/bin/start-bundle" ];\n        };\n'
const plainImage =
  '        image = pkgs.dockerTools.buildImage {\n          name = "feeds";\n          copyToRoot = [ self.packages.${system}.default ];\n          config.Cmd = [ "/bin/feeds" ];\n        };\n'

// A chat server (express) at the root, built by default.nix and imaged by the flake.
const chatServer = (image: string): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'chat-server',
    scripts: { build: 'tsc -b', start: 'node dist/bundle/start.js' },
    dependencies: { express: '^5.0.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}\n',
  'src/bundle/start.ts':
    "import express from 'express'\nconst app = express()\napp.listen(Number(process.env.PORT) || 3001)\n",
  'default.nix':
    '{ pkgs, ... }:\npkgs.stdenv.mkDerivation { pname = "chat-server"; src = ./.; nodejs = pkgs.nodejs_24; }\n',
  'flake.nix': flake(image),
  ...adminService
})

// A feed reader (fastify) at the root, its package in package.nix.
const feedReader: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'feeds',
    scripts: { start: 'node server.js' },
    dependencies: { fastify: '^5.0.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}\n',
  'server.js':
    "const app = require('fastify')()\napp.listen({ port: Number(process.env.PORT) || 8090, host: '0.0.0.0' })\n",
  'package.nix':
    '{ buildNpmPackage, nodejs_22 }:\nbuildNpmPackage { pname = "feeds"; src = ./.; nodejs = nodejs_22; npmDepsHash = ""; }\n',
  'flake.nix': flake(plainImage, 'package.nix'),
  ...adminService
}

describe('rootNixImage', () => {
  it('an image whose contents and Cmd are the flake’s default package', () => {
    expect(rootNixImage(treeFromFiles(chatServer(layeredImage)))).toEqual({
      file: 'flake.nix',
      line: 8,
      text: 'containers.default = pkgs.dockerTools.buildLayeredImage {'
    })
  })

  it('negative: a flake with only a development shell', () => {
    expect(rootNixImage(treeFromFiles(chatServer('')))).toBeNull()
  })
})

describe('root apps imaged by their flake', () => {
  it('the express chat server ships, not the admin service in extra/', () => {
    expect(primaryFields(chatServer(layeredImage))).toEqual({
      appDir: '.',
      framework: 'express',
      port: 3001,
      startCommand: 'npm start'
    })
  })

  it('the fastify feed reader ships', () => {
    expect(primaryFields(feedReader)).toEqual({
      appDir: '.',
      framework: 'fastify',
      port: 8090,
      startCommand: 'npm start'
    })
  })

  it('negative: without the image the higher-scoring ASP.NET service stays primary', () => {
    expect(primaryFields(chatServer(''))).toEqual({
      appDir: 'extra/admin/Admin.Api',
      framework: 'aspnet-core',
      port: 8080,
      startCommand: 'dotnet out/Admin.Api.dll --urls http://0.0.0.0:${PORT:-8080}'
    })
  })
})

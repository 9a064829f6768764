// A Node app packaged by its own Nix derivation ships on the nodejs_NN that derivation names, when nothing
// else pins a version; a development shell's nodejs (mkShell) pins nothing.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    runtimeVersion: app.runtimeVersion.value,
    startCommand: app.startCommand.value
  }
}

const expressApp = (extra: Record<string, string>, engines?: string): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'chat-server',
    scripts: { build: 'tsc -b', start: 'node dist/start.js' },
    dependencies: { express: '^5.0.0' },
    ...(engines ? { engines: { node: engines } } : {})
  }),
  'package-lock.json': '{"lockfileVersion": 3}\n',
  'src/start.ts':
    "import express from 'express'\nconst app = express()\napp.listen(Number(process.env.PORT) || 3001)\n",
  ...extra
})

// A chat server's default.nix: stdenv.mkDerivation wrapping node for each start script.
const mkDerivation =
  '{ pkgs, lib, ... }:\n\nlet\n  unwrapped = pkgs.stdenv.mkDerivation {\n    pname = "chat-server";\n    # nodejs_18 was too old for the bundle\n    nodejs = pkgs.nodejs_24;\n    src = ./.;\n    buildPhase = "npm run build";\n  };\nin\npkgs.stdenv.mkDerivation {\n  pname = "chat-server";\n  installPhase = "makeWrapper ${pkgs.nodejs_24}/bin/node $out/bin/start --add-flags ${unwrapped}/dist/start.js";\n}\n'
// A wiki's package.nix: buildNpmPackage with its nodejs argument.
const buildNpm =
  '{ buildNpmPackage, nodejs_20 }:\nbuildNpmPackage {\n  pname = "wiki";\n  version = "2.1.0";\n  src = ./.;\n  nodejs = nodejs_20;\n  npmDepsHash = "sha256-AAAA";\n}\n'
// A Go project's flake: a development shell with node for its asset tooling.
const devShell =
  '{\n  outputs = { nixpkgs, ... }: {\n    devShells.x86_64-linux.default = nixpkgs.legacyPackages.x86_64-linux.mkShell {\n      packages = [ nixpkgs.legacyPackages.x86_64-linux.nodejs_22 ];\n    };\n  };\n}\n'

describe('Node versions from a Nix package of the app', () => {
  it('a mkDerivation naming pkgs.nodejs_24 (a comment naming another is no pin)', () => {
    expect(fields(expressApp({ 'default.nix': mkDerivation }))).toEqual({
      appDir: '.',
      framework: 'express',
      runtimeVersion: '24',
      startCommand: 'npm start'
    })
  })

  it('a buildNpmPackage given nodejs_20', () => {
    expect(fields(expressApp({ 'package.nix': buildNpm }))).toEqual({
      appDir: '.',
      framework: 'express',
      runtimeVersion: '20',
      startCommand: 'npm start'
    })
  })

  it('negative: a flake development shell with nodejs_22 pins nothing', () => {
    expect(fields(expressApp({ 'flake.nix': devShell }))).toEqual({
      appDir: '.',
      framework: 'express',
      runtimeVersion: null,
      startCommand: 'npm start'
    })
  })

  it('negative: the manifest’s engines range outranks the derivation', () => {
    expect(fields(expressApp({ 'default.nix': mkDerivation }, '>=22 <23'))).toEqual({
      appDir: '.',
      framework: 'express',
      runtimeVersion: '22',
      startCommand: 'npm start'
    })
  })
})

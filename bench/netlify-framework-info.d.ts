// The package's exports map has no "types" entry, so Bundler resolution cannot find its typings.
declare module '@netlify/framework-info' {
  export function listFrameworks(options: { projectDir: string }): Promise<{ id: string; name: string }[]>
}

// Modules named as test doubles or development tools — `outbound-mock-search-worker.server.ts` (a fake of a
// service the app calls, answering its `/health`), `dev-watcher.ts` (a dev-time file watcher with a status
// server), `fakeApi.js`, `stub-server.ts` — hold route literals of servers the production app never runs:
// their routes are not the app's. Only the file's own name counts, word by word (`device.ts`, `mockup.ts`
// and `devices/` are not these).

/** Words of a module name that mark a test double or a development-only tool. */
const DEV_ONLY_WORDS = new Set(['mock', 'mocks', 'fake', 'fakes', 'stub', 'stubs', 'dev'])

/** The words of a file name without its extensions: `outbound-mock-search-worker.server.ts` → outbound, mock … */
function nameWords(path: string): string[] {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.[cm]?[jt]sx?$/, '')
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s._-]+/)
    .map(w => w.toLowerCase())
    .filter(Boolean)
}

/** True when the module's name says it is a test double or a development tool (see above). */
export function isDevOnlyModule(path: string): boolean {
  return nameWords(path).some(w => DEV_ONLY_WORDS.has(w))
}

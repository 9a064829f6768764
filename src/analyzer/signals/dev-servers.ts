// Commands that run a development server rather than the production one. One source, two uses: the Node
// watchers and dev servers a package.json start script may run (ecosystems/node/commands.ts), and the
// cross-language list a compose `command:` is ranked by (shared.ts), which holds the Node ones too.

/**
 * Start scripts that run a dev server or a watcher rather than the production server. `vite` is the
 * command word only (`vite`, `npx vite --port 3000`, `node_modules/.bin/vite`: after a space, an operator or `.bin/`), never a file named after it
 * (`node vite-server.js`, `node scripts/vite.mjs`); `--watch` is the flag (`node --watch server.js`,
 * `tsc --watch`, `--watch-path=src`), which follows a space — never a word ending in it.
 */
export const NODE_DEV_RUNNERS =
  /\b(?:nodemon|ts-node-dev|node-dev|tsx watch|next dev|nuxt dev|nuxi dev|astro dev|remix dev|react-router dev|svelte-kit dev|vinxi dev|webpack-dev-server)\b|(?<=^|[\s;&|(]|\.bin\/)vite(?![\w.-])(?!\s+preview)|(?<!\S)--watch\b/

/**
 * Development servers of any language: Django's runserver, `flask run`, a `dev` script, a reloading server,
 * Laravel's `artisan serve`, PHP's built-in server, and the Node runners above.
 */
export const DEV_SERVER_COMMAND = new RegExp(
  [
    String.raw`\bmanage(?:\.py)?\s+runserver\b`,
    String.raw`\bflask\s+run\b`,
    String.raw`\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?dev\b`,
    String.raw`\s--reload\b`,
    String.raw`\bartisan\s+serve\b`,
    String.raw`\bphp\s+-S\b`,
    NODE_DEV_RUNNERS.source
  ].join('|')
)

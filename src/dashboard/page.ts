// The dashboard page: static HTML and CSS, and the script (client.ts) that renders the state the server
// streams. No framework and no build step. Nothing from the state is ever put into markup: the script
// builds elements and sets text, so a service name or commit message full of HTML stays text.
import { STAGES } from '../pipeline/stages.js'
import { CLIENT_SCRIPT } from './client.js'

const STYLE = `
:root { color-scheme: light dark; --ok: #1a7f37; --bad: #cf222e; --run: #0969da; --muted: #6e7781;
  --line: #d0d7de; --card: #ffffff; --bg: #f6f8fa; --skip: #afb8c1; font-family: system-ui, sans-serif; }
@media (prefers-color-scheme: dark) { :root { --card: #161b22; --bg: #0d1117; --line: #30363d; --muted: #8b949e; } }
body { margin: 0; background: var(--bg); }
header.top { display: flex; gap: 1rem; align-items: baseline; padding: .8rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--card); }
header.top h1 { font-size: 1.1rem; margin: 0; }
header.top .where { color: var(--muted); font-size: .85rem; flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
main { padding: 1rem 1.5rem; display: grid; gap: 1rem; max-width: 1200px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
.card h2 { margin: 0; font-size: 1.15rem; overflow-wrap: anywhere; }
.head { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; }
.head a { margin-left: auto; }
.release, .empty, .src { color: var(--muted); font-size: .9rem; margin: .4rem 0; overflow-wrap: anywhere; }
code { font-size: .85rem; }
.badge { font-size: .75rem; padding: .1rem .5rem; border-radius: 1rem; border: 1px solid currentColor; white-space: nowrap; }
.ok { color: var(--ok); } .bad { color: var(--bad); } .running { color: var(--run); } .muted { color: var(--muted); }
.actions { display: flex; gap: .5rem; margin: .6rem 0; flex-wrap: wrap; }
button { font: inherit; font-size: .85rem; padding: .3rem .8rem; border-radius: 6px; border: 1px solid var(--line); background: var(--bg); color: inherit; cursor: pointer; }
button:disabled { opacity: .5; cursor: not-allowed; }
ol.runs { list-style: none; padding: 0; margin: .6rem 0 0; display: grid; gap: .6rem; }
.run-head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; font-size: .85rem; }
.run-head .msg { color: var(--muted); overflow-wrap: anywhere; }
.timeline { display: grid; grid-template-columns: repeat(${STAGES.length}, minmax(0, 1fr)); gap: 3px; margin-top: .3rem; }
.seg { border-radius: 4px; padding: .25rem .35rem; font-size: .72rem; border-top: 4px solid var(--skip); background: var(--bg); min-width: 0; }
.seg .name { display: block; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.seg .time { color: var(--muted); }
.seg .bar { height: 3px; background: currentColor; opacity: .35; margin-top: .2rem; min-width: 2px; }
.seg.s-success { border-top-color: var(--ok); } .seg.s-failure { border-top-color: var(--bad); }
.seg.s-running { border-top-color: var(--run); animation: pulse 1s infinite alternate; }
.seg.s-pending, .seg.s-skipped { opacity: .6; } .seg.s-cancelled { border-top-color: var(--muted); }
@keyframes pulse { from { background: var(--bg); } to { background: color-mix(in srgb, var(--run) 18%, var(--bg)); } }
.reason { font-size: .8rem; color: var(--bad); white-space: pre-wrap; margin: .3rem 0 0; overflow-wrap: anywhere; }
details summary { cursor: pointer; font-size: .8rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
td, th { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
dialog { width: min(90vw, 1000px); border: 1px solid var(--line); border-radius: 8px; background: var(--card); color: inherit; }
dialog pre { max-height: 70vh; overflow: auto; font-size: .8rem; white-space: pre-wrap; }
#toast { position: fixed; bottom: 1rem; right: 1rem; max-width: 40rem; padding: .6rem 1rem; border-radius: 6px; background: var(--card); border: 1px solid var(--line); }
#toast:empty { display: none; }
`

export function renderPage(token: string, nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="deplight-token" content="${token}">
<title>deplight dashboard</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header class="top"><h1>deplight</h1><span class="where" id="where"></span><span id="conn" class="badge muted">connecting…</span></header>
<main>
  <section id="services" aria-label="Local services"><p class="empty">Loading…</p></section>
  <section id="github" class="card" hidden></section>
</main>
<dialog id="logs"><div class="head"><h2 id="logs-title">Logs</h2><button id="logs-close" type="button">Close</button></div><pre id="logs-text"></pre></dialog>
<div id="toast" role="status"></div>
<script nonce="${nonce}">const STAGES = ${JSON.stringify(STAGES)};\n${CLIENT_SCRIPT}</script>
</body>
</html>
`
}

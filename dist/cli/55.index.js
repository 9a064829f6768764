export const id = 55;
export const ids = [55,919];
export const modules = {

/***/ 10055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeCommand: () => (/* binding */ analyzeCommand)
});

// UNUSED EXPORTS: UsageError, parseAnalyzeArgs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/analyzer/index.ts + 4 modules
var analyzer = __webpack_require__(26042);
// EXTERNAL MODULE: ./src/analyzer/summary.ts
var summary = __webpack_require__(78018);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/pipeline/analysis-cache/backend.ts
// What a cache backend stores: opaque gzip-compressed bodies under a key, with a revision (for the
// manifest's optimistic concurrency) and an expiry in epoch seconds. DynamoDB and a local directory
// implement it; the records on top (manifest, entry) are encoded here once.

/**
 * Thrown by backends with a one-line reason a user can act on (AccessDenied, throttled, table missing …).
 * The cache turns any backend failure into a warning and a fresh analysis.
 */
class CacheBackendError extends Error {
}
/** The most shapes one manifest remembers (branches that read different files share one listing). */
const MAX_SHAPES = 4;
function encodeRecord(record) {
    return (0,external_node_zlib_.gzipSync)(JSON.stringify(record));
}
/** Bounded: a corrupt or hostile item cannot inflate into gigabytes. */
function decodeRecord(body) {
    return JSON.parse((0,external_node_zlib_.gunzipSync)(body, { maxOutputLength: 64 * 1024 * 1024 }).toString('utf8'));
}

;// CONCATENATED MODULE: ./src/pipeline/analysis-cache/file-backend.ts
// The CLI's local cache (`deplight analyze --cache-dir DIR`): one file per item, `<key>.item`, holding a
// one-line header (revision and expiry) and the gzip body. Writes go to a temporary file that is then
// renamed (or hard-linked, for create-if-absent), so a reader or a concurrent writer never sees half an item.
// A revision update is check-then-rename, not atomic: two processes racing on one manifest may drop one
// shape (a later miss), never corrupt an item. DynamoDB's conditional puts have no such window.



const MAGIC = 'deplight-analysis-cache 1';
/** No item limit of its own; this only bounds a runaway report. */
const FILE_MAX_ITEM_BYTES = 32 * 1024 * 1024;
function fileCacheBackend(dir, now = () => Date.now()) {
    const pathOf = (key) => (0,external_node_path_.join)(dir, `${key.replace(/[^A-Za-z0-9]/g, '_')}.item`);
    let counter = 0;
    function readItem(key) {
        let raw;
        try {
            raw = (0,external_node_fs_.readFileSync)(pathOf(key));
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return null;
            throw failure(err);
        }
        const newline = raw.indexOf(10);
        const header = newline > 0 ? raw.subarray(0, newline).toString('utf8').split(' ') : [];
        if (header.slice(0, 2).join(' ') !== MAGIC)
            return null; // not ours or truncated: treat as absent
        const revision = Number(header[2]);
        const expiresAt = Number(header[3]);
        if (!Number.isInteger(revision) || !Number.isFinite(expiresAt))
            return null;
        if (expiresAt <= now() / 1000)
            return null;
        return { body: raw.subarray(newline + 1), revision, expiresAt };
    }
    return {
        description: `directory ${dir}`,
        async get(key) {
            return readItem(key);
        },
        async put(key, item, condition) {
            const target = pathOf(key);
            const temp = (0,external_node_path_.join)(dir, `.tmp-${process.pid}-${counter++}-${now()}`);
            try {
                (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                const current = readItem(key);
                if (condition.kind === 'absent' ? current !== null : current?.revision !== condition.revision)
                    return false;
                (0,external_node_fs_.writeFileSync)(temp, Buffer.concat([Buffer.from(`${MAGIC} ${item.revision} ${item.expiresAt}\n`), item.body]));
                if (condition.kind === 'absent' && current === null) {
                    // An expired leftover is replaced; a file created meanwhile by another process makes link fail.
                    rmExpired(target, key);
                    try {
                        (0,external_node_fs_.linkSync)(temp, target);
                    }
                    catch (err) {
                        if (err.code === 'EEXIST')
                            return false;
                        throw err;
                    }
                    return true;
                }
                (0,external_node_fs_.renameSync)(temp, target);
                return true;
            }
            catch (err) {
                throw failure(err);
            }
            finally {
                (0,external_node_fs_.rmSync)(temp, { force: true });
            }
        }
    };
    function rmExpired(target, key) {
        try {
            (0,external_node_fs_.readFileSync)(target);
        }
        catch {
            return;
        }
        if (readItem(key) === null)
            (0,external_node_fs_.rmSync)(target, { force: true });
    }
}
function failure(err) {
    const e = err;
    return new CacheBackendError(`${e.code ?? 'error'}: ${e.message.split('\n')[0]}`);
}

// EXTERNAL MODULE: ./src/pipeline/config.ts + 2 modules
var config = __webpack_require__(31098);
// EXTERNAL MODULE: ./src/pipeline/duration.ts
var duration = __webpack_require__(2512);
// EXTERNAL MODULE: ./src/pipeline/log-safe.ts
var log_safe = __webpack_require__(84380);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/analyzer/analyze.ts + 34 modules
var analyze = __webpack_require__(72248);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/pipeline/analysis-cache/fingerprint.ts
// The "analyzer version" in the cache key. VERSION alone is not enough: the moving v3 tag ships new
// analyzer code without a version bump, and a cache keyed on "3.0.0" would then serve reports the new code
// would not produce. So the key carries a hash of the code that runs: the bundle file itself
// (dist/<entry>/index.js, which holds the analyzer) or, from sources (tests, tsx), every file under
// src/analyzer plus src/version.ts.





let memo = null;
function analyzerFingerprint() {
    return (memo ??= `${version/* VERSION */.x}+${codeHash((0,external_node_url_.fileURLToPath)(import.meta.url))}`);
}
function codeHash(self) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    if (self.endsWith('.ts')) {
        const src = (0,external_node_path_.join)((0,external_node_path_.dirname)(self), '..', '..');
        for (const file of [...listFiles((0,external_node_path_.join)(src, 'analyzer')), (0,external_node_path_.join)(src, 'version.ts')]) {
            h.update(`${file.slice(src.length)}\0`);
            h.update(readBytes(file));
        }
    }
    else {
        h.update(readBytes(self));
    }
    return h.digest('hex').slice(0, 16);
}
function listFiles(dir) {
    const out = [];
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...listFiles(full));
        else if (entry.isFile())
            out.push(full);
    }
    return out;
}
/** Behind a function boundary so ncc's asset relocator leaves the path alone. */
function readBytes(path) {
    return (0,external_node_fs_.readFileSync)(path);
}

;// CONCATENATED MODULE: ./src/pipeline/analysis-cache/key.ts
// Cache keys, in two levels (the shape of ccache's "direct mode"):
//
// 1. The manifest key: analyzer fingerprint, app dir, effective .delightful.yaml overrides, any extra
//    setting that changes the report (the LLM model), and the digest of the whole path listing. The listing
//    is in the key because the analysis observes all of it: candidate app directories come from a pass over
//    every path (a new `services/api/go.mod` anywhere adds an app; a new `Dockerfile` beside one changes its
//    build), and existence checks (`has`, `filesIn`) answer from the listing without reading anything. So a
//    file appearing, disappearing or being renamed misses the cache; editing a file's content does not
//    unless the analysis read it. Sizes are not in the listing digest: the analysis looks at a few sizes
//    (size caps), and those it looked at are recorded per file in level 2.
// 2. The entry key: the manifest key plus the material of one observation shape — for each file the
//    analysis read (in order) the sha256 of what it got back (or null / unreadable), and each size it looked
//    at. The manifest item lists the shapes seen for its key, so a lookup knows which files to hash before it
//    knows the entry key. The analyzer is deterministic: the same listing and the same bytes in every file it
//    read send it down the same path to the same report.

const KEY_SCHEMA = 1;
function manifestKey(input, tree) {
    return sha256(canonicalJson({
        schema: KEY_SCHEMA,
        fingerprint: input.fingerprint,
        appDir: input.appDir,
        overrides: input.overrides,
        extra: input.extra,
        listing: listingDigest(tree)
    }));
}
function entryKey(manifest, material) {
    return sha256(`${manifest}\n${canonicalJson(material)}`);
}
// Heads are left out when there are none, so analyses that read no head keep the keys they had before
// head reads existed.
function shapeOf(obs) {
    const shape = { reads: obs.reads.map(r => r.path), sizes: obs.sizes };
    if (obs.heads.length > 0)
        shape.heads = obs.heads.map(h => [h.path, h.bytes]);
    return shape;
}
function materialOf(obs, tree) {
    const material = {
        reads: obs.reads.map(r => [
            r.path,
            r.unreadable ? 'unreadable' : r.text === null ? 'null' : sha256(r.text)
        ]),
        sizes: obs.sizes.map(p => [p, tree.size(p) ?? null])
    };
    if (obs.heads.length > 0)
        material.heads = obs.heads.map(h => [h.path, h.bytes, h.text === null ? 'null' : sha256(h.text)]);
    return material;
}
function sameShape(a, b) {
    return canonicalJson(a) === canonicalJson(b);
}
function listingDigest(tree) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    h.update(`${tree.files.length}\n`);
    for (const f of tree.files)
        h.update(`${f.path}\0`);
    return h.digest('hex');
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** JSON with object keys sorted at every level: equal values give equal strings (and equal keys). */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v);
}

// EXTERNAL MODULE: ./src/analyzer/tree.ts
var analyzer_tree = __webpack_require__(17332);
;// CONCATENATED MODULE: ./src/pipeline/analysis-cache/observed-tree.ts

function captureBaseline(tree) {
    return { readPaths: tree.readPaths(), warnings: tree.warnings.slice() };
}
function observeTree(tree, baseline = captureBaseline(tree)) {
    const preReadPaths = baseline.readPaths;
    const preWarnings = baseline.warnings.slice();
    const preWarned = new Set(preWarnings.filter(isUnreadable).map(w => w.file));
    const reads = new Map();
    const heads = new Map();
    const ownWarnings = [];
    const sizes = new Set();
    // The analyzer calls readPaths() to compute contentDigest while it assembles the report; after that it
    // only sums the read files' sizes for stats.readBytes. Those size reads are report bookkeeping (the cache
    // recomputes stats on a hit), not observations: recording them would key the cache on those sizes.
    let assembling = false;
    const observeSize = (path) => {
        if (!assembling)
            sizes.add(path);
    };
    const wrapped = new Map();
    const wrap = (f) => {
        let w = wrapped.get(f.path);
        if (!w)
            wrapped.set(f.path, (w = new ObservedFile(f, observeSize)));
        return w;
    };
    const memo = (fn) => {
        const cache = new Map();
        return dir => {
            let list = cache.get(dir);
            if (!list)
                cache.set(dir, (list = fn(dir).map(wrap)));
            return list;
        };
    };
    let files = null;
    function read(path) {
        const seen = reads.get(path);
        if (seen)
            return seen.text;
        const before = tree.warnings.length;
        const text = tree.read(path);
        // The underlying tree warns once per path: now, or earlier (during the cache lookup, after the view
        // was made) — either way the fresh analysis this view stands for would have warned now.
        const warning = tree.warnings.slice(before).find(w => isUnreadable(w) && w.file === path) ??
            (preWarned.has(path) ? undefined : tree.warnings.find(w => isUnreadable(w) && w.file === path));
        if (warning)
            ownWarnings.push(warning);
        reads.set(path, { path, text, unreadable: warning !== undefined || preWarned.has(path) });
        return text;
    }
    function readHead(path, bytes) {
        const size = tree.size(path);
        // Within the read limit the head comes from a whole read, observed as one.
        if (size === undefined || size <= analyzer_tree/* MAX_READ_BYTES */.qT) {
            read(path);
            return tree.readHead(path, bytes);
        }
        const key = `${bytes}:${path}`;
        const seen = heads.get(key);
        if (seen)
            return seen.text;
        const text = tree.readHead(path, bytes);
        heads.set(key, { path, bytes, text });
        return text;
    }
    const view = {
        get files() {
            return (files ??= tree.files.map(wrap));
        },
        get skipped() {
            return tree.skipped;
        },
        get warnings() {
            return [...preWarnings, ...ownWarnings];
        },
        has: path => tree.has(path),
        size(path) {
            observeSize(path);
            return tree.size(path);
        },
        read,
        readHead,
        filesIn: memo(dir => tree.filesIn(dir)),
        filesUnder: memo(dir => tree.filesUnder(dir)),
        readPaths() {
            assembling = true;
            const own = [...reads.values()].filter(r => r.text !== null).map(r => r.path);
            return [...new Set([...preReadPaths, ...own])].sort();
        }
    };
    return {
        view,
        observations: () => ({
            reads: [...reads.values()],
            heads: [...heads.values()],
            sizes: [...sizes].sort()
        }),
        treeWarningCount: () => preWarnings.length + ownWarnings.length
    };
}
/**
 * A listed file whose size getter records the look. A class, so every instance shares one hidden class:
 * per-object accessors (defineProperty) made the analyzer's loops over 100,000 files 4x slower. The getter
 * lives on the prototype, so a spread copy (`{...f}`) would lose `size`; the analyzer makes none, and the
 * fixture identity test would catch one.
 */
class ObservedFile {
    file;
    observe;
    path;
    constructor(file, observe) {
        this.file = file;
        this.observe = observe;
        this.path = file.path;
    }
    /** Asked of the underlying file only now: a scanned tree stats a file on its first size look. */
    get size() {
        this.observe(this.path);
        return this.file.size;
    }
}
function isUnreadable(w) {
    return w.code === 'UNREADABLE_FILE';
}

;// CONCATENATED MODULE: ./src/pipeline/analysis-cache/cached-analyze.ts
// Analysis through the cache: look up, verify, rebuild on a hit; analyse and store on a miss. Any cache
// failure (throttled, AccessDenied, table missing, corrupt item) becomes a warning and a fresh analysis:
// the cache can make a deploy faster, never make it fail.






const MANIFEST = 'm#';
const ENTRY = 'e#';
/** Attempts at merging a shape into the manifest when other writers race us. */
const MANIFEST_ATTEMPTS = 4;
async function analyzeWithCache(tree, options, cache) {
    const baseline = captureBaseline(tree);
    if (!cache) {
        const fresh = await freshAnalysis(tree, baseline, options);
        return { report: fresh.report, cache: { status: 'off' }, readPaths: fresh.readPaths, warnings: [] };
    }
    const backend = cache.backend.description;
    const warnings = [];
    const mKey = manifestKey({
        fingerprint: options.fingerprint ?? analyzerFingerprint(),
        appDir: options.appDir ?? null,
        overrides: options.overrides ?? null,
        extra: options.debug ? { ...options.keyExtra, debug: true } : (options.keyExtra ?? null)
    }, tree);
    const lookupStart = external_node_perf_hooks_.performance.now();
    let shapes = [];
    let manifestRevision = null;
    try {
        const item = await cache.backend.get(MANIFEST + mKey);
        if (item) {
            shapes = decodeRecord(item.body).shapes;
            manifestRevision = item.revision;
        }
        for (const shape of shapes) {
            const replay = observeTree(tree, baseline);
            for (const path of shape.reads)
                replay.view.read(path);
            for (const [path, bytes] of shape.heads ?? [])
                replay.view.readHead(path, bytes);
            const replayed = replay.observations();
            const material = materialOf({ reads: replayed.reads, heads: replayed.heads, sizes: shape.sizes }, tree);
            const eKey = entryKey(mKey, material);
            const found = await cache.backend.get(ENTRY + eKey);
            if (!found)
                continue;
            const entry = decodeRecord(found.body);
            // Verified, not trusted: the stored key material must be exactly what this tree hashes to.
            if (entry.manifestKey !== mKey || canonicalJson(entry.material) !== canonicalJson(material))
                continue;
            return {
                report: rebuildReport(entry, replay, tree),
                cache: {
                    status: 'hit',
                    backend,
                    lookupMs: external_node_perf_hooks_.performance.now() - lookupStart,
                    analysisMs: entry.analysisMs,
                    key: eKey
                },
                readPaths: shape.reads,
                warnings
            };
        }
    }
    catch (err) {
        const fresh = await freshAnalysis(tree, baseline, options);
        const reason = oneLine(err);
        return {
            report: fresh.report,
            cache: { status: 'unavailable', backend, reason, analysisMs: fresh.analysisMs },
            readPaths: fresh.readPaths,
            warnings: [`analysis cache unavailable (${backend}): ${reason}; analysed without it`]
        };
    }
    const lookupMs = external_node_perf_hooks_.performance.now() - lookupStart;
    const fresh = await freshAnalysis(tree, baseline, options);
    const obs = fresh.observed.observations();
    const material = materialOf(obs, tree);
    const eKey = entryKey(mKey, material);
    let stored = false;
    try {
        const entry = {
            manifestKey: mKey,
            material,
            report: fresh.report,
            treeWarningCount: fresh.observed.treeWarningCount(),
            analysisMs: Math.round(fresh.analysisMs),
            createdAt: new Date().toISOString()
        };
        const body = encodeRecord(entry);
        if (!fresh.cacheable) {
            if (fresh.uncacheableReason)
                warnings.push(`analysis not cached: ${fresh.uncacheableReason}`);
        }
        else if (body.length > cache.maxItemBytes) {
            warnings.push(`analysis not cached: the report is ${kb(body.length)} gzip-compressed, over the ${kb(cache.maxItemBytes)} item limit of ${backend}`);
        }
        else {
            const expiresAt = Math.floor(Date.now() / 1000) + cache.ttlSeconds;
            // Entries are content-addressed: a writer that lost the race wrote the same bytes, so `false` is fine.
            await cache.backend.put(ENTRY + eKey, { body, revision: 1, expiresAt }, { kind: 'absent' });
            await recordShape(cache, MANIFEST + mKey, shapeOf(obs), shapes, manifestRevision, expiresAt);
            stored = true;
        }
    }
    catch (err) {
        warnings.push(`analysis cache not updated (${backend}): ${oneLine(err)}`);
    }
    return {
        report: fresh.report,
        cache: { status: 'miss', backend, lookupMs, analysisMs: fresh.analysisMs, stored, key: eKey },
        readPaths: fresh.readPaths,
        warnings
    };
}
async function freshAnalysis(tree, baseline, options) {
    const observed = observeTree(tree, baseline);
    const started = external_node_perf_hooks_.performance.now();
    const analysed = (0,analyze/* analyze */.ns)(observed.view, {
        appDir: options.appDir,
        overrides: options.overrides,
        debug: options.debug
    });
    const readPaths = observed.observations().reads.map(r => r.path);
    const refined = options.refine
        ? await options.refine(analysed, readPaths)
        : { report: analysed, cacheable: true, reason: undefined };
    const analysisMs = external_node_perf_hooks_.performance.now() - started;
    return {
        report: refined.report,
        observed,
        analysisMs,
        readPaths,
        cacheable: refined.cacheable,
        uncacheableReason: refined.reason
    };
}
/**
 * A hit returns the stored report with the fields that describe the whole tree recomputed, because they
 * depend on files the analysis never read: contentDigest (every path and every file read, including the
 * config), stats (the sizes of the files read) and the tree's own warnings (scan limits, skipped links).
 */
function rebuildReport(entry, replay, tree) {
    const cached = entry.report;
    return {
        ...cached,
        // digest() walks every path and the files read; given the raw listing it skips wrapping each file.
        contentDigest: (0,analyze/* digest */.br)({
            files: tree.files,
            readPaths: () => replay.view.readPaths(),
            read: (path) => replay.view.read(path)
        }),
        warnings: [...replay.view.warnings, ...cached.warnings.slice(entry.treeWarningCount)],
        stats: { files: tree.files.length, readBytes: (0,analyze/* readBytes */.io)(replay.view), skipped: tree.skipped }
    };
}
/** Adds the shape to the manifest (most recent first), retrying when a concurrent writer changed it. */
async function recordShape(cache, key, shape, knownShapes, knownRevision, expiresAt) {
    let shapes = knownShapes;
    let revision = knownRevision;
    for (let attempt = 0; attempt < MANIFEST_ATTEMPTS; attempt++) {
        if (shapes.some(s => sameShape(s, shape)))
            return;
        const merged = { shapes: [shape, ...shapes].slice(0, MAX_SHAPES) };
        const written = await cache.backend.put(key, { body: encodeRecord(merged), revision: (revision ?? 0) + 1, expiresAt }, revision === null ? { kind: 'absent' } : { kind: 'revision', revision });
        if (written)
            return;
        const current = await cache.backend.get(key);
        shapes = current ? decodeRecord(current.body).shapes : [];
        revision = current ? current.revision : null;
    }
    throw new Error(`the manifest kept changing under ${MANIFEST_ATTEMPTS} concurrent updates; try again`);
}
function oneLine(err) {
    return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
function kb(bytes) {
    return `${Math.round(bytes / 1024)} KB`;
}

// EXTERNAL MODULE: ./src/pipeline/config-analyze.ts
var config_analyze = __webpack_require__(20555);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
;// CONCATENATED MODULE: ./src/pipeline/llm-refine/citation.ts
function checkCitation(tree, file, line, value) {
    if (!tree.has(file))
        return { ok: false, reason: `cited file ${file} does not exist` };
    const text = tree.read(file);
    if (text === null)
        return { ok: false, reason: `cited file ${file} is not readable text` };
    const lines = text.split(/\r?\n/);
    if (!Number.isInteger(line) || line < 1 || line > lines.length)
        return { ok: false, reason: `${file} has no line ${line} (it has ${lines.length})` };
    const cited = lines[line - 1];
    const found = typeof value === 'number' ? new RegExp(`(^|[^0-9])${value}([^0-9]|$)`).test(cited) : cited.includes(value);
    if (!found)
        return { ok: false, reason: `${file}:${line} does not contain ${JSON.stringify(value)}` };
    return { ok: true, evidence: { file, line, text: cited.trim().slice(0, 200) } };
}

;// CONCATENATED MODULE: ./src/pipeline/llm-refine/fields.ts
const fields_oneLine = (max) => (raw) => raw.length > 0 && raw.length <= max && !/[\r\n\0]/.test(raw) && raw.trim() === raw ? raw : null;
const FIELD_SPECS = [
    {
        name: 'framework',
        question: 'the web framework the app serves HTTP with, as a lowercase id (express, fastapi, gin, spring-boot …)',
        parse: raw => (/^[a-z0-9][a-z0-9.+-]{0,39}$/.test(raw) ? raw : null)
    },
    {
        name: 'runtimeVersion',
        question: 'the language runtime version the project pins (e.g. 20, 3.12, 1.22)',
        parse: raw => (/^[0-9][0-9A-Za-z.+-]{0,19}$/.test(raw) ? raw : null)
    },
    {
        name: 'buildCommand',
        question: 'the shell command that builds the app for production',
        parse: fields_oneLine(300)
    },
    {
        name: 'startCommand',
        question: 'the shell command that starts the production server',
        parse: fields_oneLine(300)
    },
    {
        name: 'port',
        question: 'the TCP port the server listens on inside the container',
        parse: raw => {
            if (!/^[0-9]{1,5}$/.test(raw))
                return null;
            const port = Number(raw);
            return port >= 1 && port <= 65535 ? port : null;
        }
    },
    {
        name: 'healthPath',
        question: 'the HTTP path of a health or readiness endpoint the app serves',
        parse: raw => (/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,199}$/.test(raw) ? raw : null)
    }
];
function fieldOf(app, name) {
    return app[name];
}

;// CONCATENATED MODULE: ./src/pipeline/llm-refine/prompt.ts

/** Strict: every property required, nothing else allowed (OpenAI strict mode and Ajv agree on it). */
const ANSWER_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['found', 'value', 'file', 'line'],
    properties: {
        found: { type: 'boolean' },
        value: { type: ['string', 'null'], maxLength: 300 },
        file: { type: ['string', 'null'], maxLength: 500 },
        line: { type: ['integer', 'null'], minimum: 1 }
    }
};
const MAX_FILE_LINES = 150;
const MAX_FILE_CHARS = 6000;
const MAX_TOTAL_CHARS = 24000;
const SYSTEM = 'You are a careful build engineer filling in one deployment setting of an application from its files. ' +
    'Answer only from the file excerpts given; never guess. If no line states the value, answer found=false. ' +
    'When found, cite the file path exactly as shown and the number of the line that states the value; the ' +
    'value must appear on that line exactly as you give it.';
function buildQuestion(spec, app, field, tree, readPaths) {
    const excerpts = excerptsFor(app, field, tree, readPaths);
    if (excerpts.length === 0)
        return null;
    const candidates = (field.alternatives ?? [])
        .map(a => `- ${JSON.stringify(a.value)} (confidence ${a.confidence.toFixed(2)}, from ${a.source})`)
        .join('\n');
    const evidence = field.evidence.map(e => `- ${e.file}:${e.line}: ${e.text}`).join('\n');
    const prompt = [
        `App directory: ${app.appDir} (language ${app.language.value}, framework ${app.framework.value}).`,
        `Question: what is ${spec.question}?`,
        `The analyzer's current answer: ${JSON.stringify(field.value)} (confidence ${field.confidence.toFixed(2)}, from ${field.source}).`,
        candidates ? `Other candidates:\n${candidates}` : 'Other candidates: none.',
        evidence ? `Its evidence:\n${evidence}` : 'Its evidence: none.',
        'Files (each line prefixed by its number):',
        ...excerpts
    ].join('\n\n');
    return { system: SYSTEM, prompt, schema: ANSWER_SCHEMA, name: 'report_field' };
}
/**
 * Settings files the rules may not read (`settings.json`, `config/app.yaml`): where an unusual port or path
 * often lives, and exactly what the rules could not place.
 */
const CONFIG_LIKE = /\.(json|ya?ml|toml|ini|cfg|conf|properties|env)$/i;
const CONFIG_MAX_BYTES = 16 * 1024;
const CONFIG_MAX_DEPTH = 2;
/** Files cited by the field, the other files the analysis read in the app (or the root), then its settings files. */
function excerptsFor(app, field, tree, readPaths) {
    const cited = field.evidence.map(e => e.file);
    const local = readPaths.filter(p => (0,analyzer_tree/* isInside */.FK)(p, app.appDir) || !p.includes('/'));
    const prefix = app.appDir === '.' ? 0 : app.appDir.length + 1;
    const settings = tree
        .filesUnder(app.appDir)
        .filter(f => CONFIG_LIKE.test(f.path) &&
        f.size <= CONFIG_MAX_BYTES &&
        !/(^|\/)(package-lock|composer\.lock|yarn\.lock)/.test(f.path) &&
        f.path.slice(prefix).split('/').length <= CONFIG_MAX_DEPTH)
        .map(f => f.path);
    const ordered = [...new Set([...cited, ...local, ...settings])];
    const out = [];
    let total = 0;
    for (const path of ordered) {
        const text = tree.read(path);
        if (text === null)
            continue;
        const numbered = text
            .split(/\r?\n/)
            .slice(0, MAX_FILE_LINES)
            .map((line, i) => `${i + 1}| ${line}`)
            .join('\n')
            .slice(0, MAX_FILE_CHARS);
        if (total + numbered.length > MAX_TOTAL_CHARS)
            break;
        total += numbered.length;
        out.push(`=== ${path} ===\n${numbered}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/pipeline/llm-refine/refine.ts
// Optional LLM refinement of the primary app's uncertain fields. Only fields below the confidence
// threshold are asked about (the threshold stops below the high band, so evidence read from the project
// itself is never overridden); the prompt carries the field, its candidates and evidence and line-numbered
// excerpts of the files the analysis read; an answer must validate against a strict JSON Schema and cite a
// file:line holding the value, or it is dropped. Timeouts, transport errors, malformed answers and refusals
// all leave the analyzer's value in place: the step can only add proven values, never fail a run.




/** Highest threshold accepted: 0.8 and up is evidence read from the project (the report's high band). */
const MAX_LLM_THRESHOLD = 0.8;
/** Confidence of an applied answer: proven by a cited line, but weaker than a rule that read it. */
const LLM_CONFIDENCE = 0.45;
// Compiled when a refinement starts, not when the CLI loads this module: `deplight analyze` without an LLM
// never validates an answer, and compiling the schema (and Ajv's meta-schema) was a third of its cold start.
// Before the questions go out, so the compile never runs while their timeouts are counting.
let validateAnswer;
async function refineWithLlm(report, tree, readPaths, settings) {
    const threshold = Math.min(settings.threshold, MAX_LLM_THRESHOLD);
    const summary = {
        provider: settings.client.provider,
        model: settings.client.model,
        asked: [],
        applied: [],
        rejected: [],
        failed: [],
        inputTokens: 0,
        outputTokens: 0,
        costUsd: null
    };
    const appIndex = report.apps.findIndex(a => a.appDir === report.primary);
    const app = report.apps[appIndex];
    if (!app)
        return { report, summary: withCost(summary, settings) };
    const uncertain = FIELD_SPECS.filter(spec => {
        const field = fieldOf(app, spec.name);
        return field.confidence < threshold && field.source !== '.delightful.yaml';
    });
    validateAnswer ??= new (ajv_default())({ strict: true, allErrors: false }).compile(ANSWER_SCHEMA);
    const answers = await Promise.all(uncertain.map(spec => askOne(spec, app, tree, readPaths, settings, summary)));
    let refined = app;
    for (const [i, spec] of uncertain.entries()) {
        const applied = answers[i];
        if (!applied)
            continue;
        refined = { ...refined, [spec.name]: applied };
        summary.applied.push(spec.name);
    }
    const apps = report.apps.map((a, i) => (i === appIndex ? refined : a));
    return { report: { ...report, apps }, summary: withCost(summary, settings) };
}
async function askOne(spec, app, tree, readPaths, settings, summary) {
    const field = fieldOf(app, spec.name);
    const question = buildQuestion(spec, app, field, tree, readPaths);
    if (!question)
        return null;
    summary.asked.push(spec.name);
    let reply;
    try {
        reply = await settings.client.ask(question, AbortSignal.timeout(settings.timeoutMs));
    }
    catch (err) {
        summary.failed.push({ field: spec.name, reason: describeFailure(err, settings.timeoutMs) });
        return null;
    }
    addUsage(summary, reply.usage);
    if (reply.kind === 'refused') {
        summary.failed.push({ field: spec.name, reason: `refused (${reply.reason})` });
        return null;
    }
    const drop = (reason) => (summary.rejected.push({ field: spec.name, reason }), null);
    if (!validateAnswer(reply.value))
        return drop('the answer does not match the schema');
    const answer = reply.value;
    if (!answer.found || answer.value === null)
        return null;
    const value = spec.parse(answer.value);
    if (value === null)
        return drop(`${JSON.stringify(answer.value)} is not a valid ${spec.name}`);
    if (answer.file === null || answer.line === null)
        return drop('the answer cites no file and line');
    const citation = checkCitation(tree, answer.file, answer.line, value);
    if (!citation.ok)
        return drop(citation.reason);
    if (value === field.value)
        return null;
    return {
        value,
        confidence: LLM_CONFIDENCE,
        source: 'llm',
        model: settings.client.model,
        evidence: [citation.evidence],
        overrideKey: field.overrideKey,
        alternatives: [
            { value: field.value, confidence: field.confidence, source: field.source },
            ...(field.alternatives ?? [])
        ].slice(0, 4)
    };
}
function describeFailure(err, timeoutMs) {
    const name = err.name;
    if (name === 'TimeoutError' || name === 'AbortError')
        return `timed out after ${timeoutMs} ms`;
    return `${name ?? 'Error'}: ${(err.message ?? String(err)).split('\n')[0]}`;
}
function addUsage(summary, usage) {
    summary.inputTokens += usage.inputTokens;
    summary.outputTokens += usage.outputTokens;
}
function withCost(summary, settings) {
    if (!settings.prices)
        return summary;
    const cost = (summary.inputTokens * settings.prices.input + summary.outputTokens * settings.prices.output) / 1e6;
    return { ...summary, costUsd: cost };
}
/** The one log line per run: what was asked, what changed, tokens and cost. */
function formatLlmSummary(s) {
    const cost = s.costUsd === null ? 'cost unknown (set llm-prices)' : `cost $${s.costUsd.toFixed(4)}`;
    const parts = [
        `LLM ${s.provider}/${s.model}: asked ${s.asked.length} field(s)${s.asked.length ? ` (${s.asked.join(', ')})` : ''}`,
        `applied ${s.applied.length}${s.applied.length ? ` (${s.applied.join(', ')})` : ''}`,
        ...(s.rejected.length ? [`rejected ${s.rejected.map(r => `${r.field}: ${r.reason}`).join('; ')}`] : []),
        ...(s.failed.length ? [`fell back ${s.failed.map(r => `${r.field}: ${r.reason}`).join('; ')}`] : []),
        `${s.inputTokens} input + ${s.outputTokens} output tokens`,
        cost
    ];
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/stages/analyze.ts
// The code-analysis stage: scan the repository, load its .delightful.yaml, then analyse — through the
// analysis cache when one is configured, on the analyzer Lambda when a function is configured (falling back
// to local analysis with a warning when the invoke fails), and with the optional LLM refinement. The analyze
// action, the CLI and the Lambda handler (through analyzeTree) run this same code.





/** The debug flag of the environment: `DEPLIGHT_DEBUG=1`, or GitHub's debug logging on a runner. */
function debugFromEnv(env = process.env) {
    return env.DEPLIGHT_DEBUG === '1' || env.RUNNER_DEBUG === '1';
}
async function analyzeStage(inputs, deps) {
    const started = external_node_perf_hooks_.performance.now();
    let tree = (0,analyzer/* scan */.SQ)(inputs.root);
    let config = (0,config_analyze/* loadConfig */.Z)(tree, inputs.root, inputs.configPath);
    if (deps.remote) {
        try {
            const remote = await deps.remote.analyze({
                tree,
                appDir: inputs.appDir,
                config: config ? configSource(config, inputs.configPath === undefined) : null
            });
            return { ...remote, tree, via: 'remote', totalMs: external_node_perf_hooks_.performance.now() - started };
        }
        catch (err) {
            deps.warning(`${deps.remote.description} failed (${err.message.split('\n')[0]}); analysing locally instead`);
            // Building the snapshot read files the local analysis may not: start from a tree that has read none,
            // so the report is the one a run without the function would produce.
            tree = (0,analyzer/* scan */.SQ)(inputs.root);
            config = (0,config_analyze/* loadConfig */.Z)(tree, inputs.root, inputs.configPath);
        }
    }
    const local = await analyzeTree(tree, config, { appDir: inputs.appDir, debug: inputs.debug ?? debugFromEnv() }, deps);
    return { ...local, tree, via: 'local', totalMs: external_node_perf_hooks_.performance.now() - started };
}
/**
 * Analysis of a tree whose config is already loaded: cache lookup, analysis on a miss, LLM refinement of the
 * fresh report (stored with it, so a hit also saves the LLM calls; the model is part of the cache key).
 */
async function analyzeTree(tree, config, options, deps) {
    let llmSummary = null;
    const llm = deps.llm;
    const complete = options.complete ?? (() => true);
    const result = await analyzeWithCache(tree, {
        appDir: options.appDir,
        overrides: config?.overrides,
        debug: options.debug,
        keyExtra: llm
            ? { llm: { provider: llm.client.provider, model: llm.client.model, threshold: llm.threshold } }
            : undefined,
        refine: async (report, readPaths) => {
            if (!complete())
                return { report, cacheable: false };
            if (!llm)
                return { report, cacheable: true };
            const refined = await refineWithLlm(report, tree, readPaths, llm);
            llmSummary = refined.summary;
            // A failed call may succeed next time: do not pin the unrefined report in the cache.
            return refined.summary.failed.length === 0
                ? { report: refined.report, cacheable: true }
                : {
                    report: refined.report,
                    cacheable: false,
                    reason: 'an LLM call failed this time and will be retried next run'
                };
        }
    }, deps.cache);
    for (const w of result.warnings)
        deps.warning(w);
    return { report: result.report, cache: result.cache, llm: llmSummary };
}
function configSource(config, fromTree) {
    return { file: config.file, text: config.text, fromTree };
}

// EXTERNAL MODULE: ./src/cli/write-artifacts.ts
var write_artifacts = __webpack_require__(6919);
;// CONCATENATED MODULE: ./src/cli/analyze.ts
// `deplight analyze <dir> [--app-dir P] [--json|--markdown] [--write [--force] [--base-image-registry R]]
// [--cache-dir D]`. Kept light on imports: the analyze stage with the local directory cache and no AWS
// client, so the command starts fast.










/** Cached analyses stay valid this long; the key already changes with any input that matters. */
const CLI_CACHE_TTL_SECONDS = 30 * 86400;
/** Bad command-line input: printed as one line, exit code 2. */
class UsageError extends Error {
}
function parseAnalyzeArgs(argv) {
    const args = {
        format: 'human',
        write: false,
        force: false
    };
    const positional = [];
    const valueOf = (flag, i) => {
        const v = argv[i + 1];
        if (v === undefined || v.startsWith('--'))
            throw new UsageError(`${flag} needs a value, e.g. ${flag} apps/web`);
        return v;
    };
    for (let i = 0; i < argv.length; i++) {
        const raw = argv[i];
        const [flag, inline] = raw.startsWith('--') && raw.includes('=')
            ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
            : [raw, undefined];
        const take = () => inline ?? valueOf(flag, i++);
        switch (flag) {
            case '--app-dir':
                args.appDir = take();
                break;
            case '--config':
                args.config = take();
                break;
            case '--base-image-registry':
                args.baseImageRegistry = take();
                break;
            case '--cache-dir':
                args.cacheDir = take();
                break;
            case '--json':
            case '--markdown': {
                const format = flag === '--json' ? 'json' : 'markdown';
                if (args.format !== 'human' && args.format !== format)
                    throw new UsageError('--json and --markdown are exclusive; pick one');
                args.format = format;
                break;
            }
            case '--write':
                args.write = true;
                break;
            case '--force':
                args.force = true;
                break;
            default:
                if (flag.startsWith('-'))
                    throw new UsageError(`unknown option '${flag}' for analyze; see 'deplight --help'`);
                positional.push(flag);
        }
    }
    if (positional.length > 1)
        throw new UsageError(`analyze takes one directory, got ${positional.length}: ${positional.join(' ')}`);
    if (args.force && !args.write)
        throw new UsageError('--force only applies with --write');
    if (args.baseImageRegistry && !args.write && args.format !== 'markdown')
        throw new UsageError('--base-image-registry only applies with --write or --markdown');
    return { ...args, dir: positional[0] ?? '.' };
}
async function analyzeCommand(argv, io) {
    let args;
    let report;
    try {
        args = parseAnalyzeArgs(argv);
        if (!(0,external_node_fs_.existsSync)(args.dir))
            throw new UsageError(`${args.dir} does not exist; pass the path of a repository directory`);
        if (!(0,external_node_fs_.statSync)(args.dir).isDirectory())
            throw new UsageError(`${args.dir} is not a directory; pass the path of a repository directory`);
        if (args.cacheDir && (0,external_node_fs_.existsSync)(args.cacheDir) && !(0,external_node_fs_.statSync)(args.cacheDir).isDirectory())
            throw new UsageError(`--cache-dir ${args.cacheDir} is a file; pass a directory (it is created if missing)`);
        const outcome = await analyzeStage({ root: args.dir, appDir: args.appDir, configPath: args.config }, {
            cache: args.cacheDir
                ? {
                    backend: fileCacheBackend((0,external_node_path_.resolve)(args.cacheDir)),
                    ttlSeconds: CLI_CACHE_TTL_SECONDS,
                    maxItemBytes: FILE_MAX_ITEM_BYTES
                }
                : null,
            remote: null,
            llm: null,
            info: () => undefined,
            warning: message => io.stderr.write(`deplight analyze: warning: ${(0,log_safe/* logSafe */.s)(message)}\n`)
        });
        report = outcome.report;
        const cache = outcome.cache;
        // stderr, so --json and --markdown output stays exactly the report.
        if (cache.status === 'hit')
            io.stderr.write(`deplight analyze: cache hit in ${(0,duration/* formatDuration */.a)(cache.lookupMs)} (the analysis took ${(0,duration/* formatDuration */.a)(cache.analysisMs)})\n`);
        else if (cache.status === 'miss')
            io.stderr.write(`deplight analyze: cache miss; analysed in ${(0,duration/* formatDuration */.a)(cache.analysisMs)}${cache.stored ? ' and stored' : ''}\n`);
    }
    catch (err) {
        if (err instanceof UsageError ||
            err instanceof config/* ConfigError */.xL ||
            err instanceof analyzer/* AnalyzeError */.Tw ||
            err instanceof analyzer/* ScanError */.sC) {
            io.stderr.write(`deplight analyze: ${(0,log_safe/* logSafe */.s)(err.message)}\n`);
            return 2;
        }
        throw err;
    }
    if (args.format === 'json')
        io.stdout.write(`${JSON.stringify((0,summary/* jsonOutput */.DG)(report), null, 2)}\n`);
    else if (args.format === 'markdown')
        io.stdout.write(await pullRequestComment(args, report));
    else
        io.stdout.write((0,summary/* humanSummary */.U_)(report));
    if (args.write) {
        const app = (0,summary/* primaryApp */.iW)(report);
        if (!app) {
            io.stderr.write('deplight analyze: --write found no deployable app to write files for\n');
            return 2;
        }
        return (0,write_artifacts.writeArtifacts)(args.dir, report, app, { force: args.force, baseImageRegistry: args.baseImageRegistry }, io);
    }
    return 0;
}
/** `--markdown` prints exactly the PR comment the analyze action posts (renderer loaded only here). */
async function pullRequestComment(args, report) {
    const app = (0,summary/* primaryApp */.iW)(report);
    if (!app) {
        const reasons = report.warnings.map(w => `- ${w.message}`).join('\n');
        return `## deplight analysis\n\nNo deployable app found.\n${reasons ? `\n${reasons}\n` : ''}`;
    }
    const [{ renderArtifacts }, { readExistingDockerfile }] = await Promise.all([
        __webpack_require__.e(/* import() */ 280).then(__webpack_require__.bind(__webpack_require__, 28280)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6919))
    ]);
    const rendered = renderArtifacts(report, app, {
        baseImageRegistry: args.baseImageRegistry ?? null,
        existingDockerfiles: readExistingDockerfile(args.dir, app)
    });
    return `${rendered.comment}\n`;
}


/***/ }),

/***/ 6919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readExistingDockerfile: () => (/* binding */ readExistingDockerfile),
/* harmony export */   writeArtifactFiles: () => (/* binding */ writeArtifactFiles),
/* harmony export */   writeArtifacts: () => (/* binding */ writeArtifacts)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pipeline_log_safe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84380);
/* harmony import */ var _pipeline_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71594);
// `deplight analyze --write`: puts the generated Dockerfile (only when the app has none), .dockerignore and
// deplight.auto.tfvars into the app directory (the .dockerignore into the build context) and prints their
// paths. Nothing that exists is overwritten without --force, and an app's own Dockerfile never is; nothing
// is written through a symbolic link or into a folder that links out of the repository.
// The renderer is imported lazily so plain `deplight analyze` does not load it.




/** Resolves a repository-relative path, refusing anything that would land outside the repository. */
function insideRoot(root, path) {
    const abs = (0,_pipeline_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(path, [root]);
    if (abs === null || abs === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root))
        throw new Error(`refusing to write ${path}: it is outside ${root}`);
    return abs;
}
/** Like insideRoot, but a link at the path is not followed: writeFileInside says what is wrong with it. */
function lexicallyInside(root, path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    if ((0,_pipeline_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isOutside */ ._K)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), abs)))
        throw new Error(`refusing to write ${path}: it is outside ${root}`);
    return abs;
}
/** The app's own Dockerfile by repository-relative path, for the EXPOSE-vs-port check. */
function readExistingDockerfile(root, app) {
    if (!app.dockerfile)
        return {};
    try {
        return { [app.dockerfile]: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(insideRoot(root, app.dockerfile), 'utf8') };
    }
    catch {
        return {};
    }
}
/** Writes the files; returns what happened to each. Throws on invalid options (a bad registry). */
async function writeArtifactFiles(root, report, app, options) {
    const { planArtifactFiles, renderArtifacts } = await __webpack_require__.e(/* import() */ 280).then(__webpack_require__.bind(__webpack_require__, 28280));
    const out = renderArtifacts(report, app, {
        baseImageRegistry: options.baseImageRegistry ?? null,
        existingDockerfiles: readExistingDockerfile(root, app),
        commentScope: 'app'
    });
    // A dangling symlink counts as existing (so it is skipped, or refused with --force by writeFileInside).
    const plan = planArtifactFiles(out, { kind: 'repository', force: options.force }, path => (0,_pipeline_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .existsNoFollow */ .rs)(lexicallyInside(root, path)));
    const files = [];
    for (const file of plan.files) {
        if (file.outcome === 'write' && file.content !== null)
            (0,_pipeline_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileInside */ .gE)(root, file.path, file.content, { replace: options.force });
        files.push({ path: file.path, outcome: OUTCOME[file.outcome] });
    }
    return { files, warnings: plan.warnings };
}
const OUTCOME = {
    write: 'wrote',
    skip: 'skipped',
    own: 'kept',
    none: 'kept'
};
const EXPLAIN = {
    wrote: '',
    skipped: ' (exists; --force overwrites)',
    kept: ' (the app’s own Dockerfile is used as is)'
};
/** CLI adapter: prints one line per file (and generator warnings) to stderr; returns the exit code. */
async function writeArtifacts(root, report, app, options, io) {
    let result;
    try {
        result = await writeArtifactFiles(root, report, app, options);
    }
    catch (err) {
        io.stderr.write(`deplight analyze: ${(0,_pipeline_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafe */ .s)(err.message)}\n`);
        return 2;
    }
    for (const file of result.files)
        io.stderr.write(`${file.outcome.padEnd(8)} ${(0,_pipeline_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafe */ .s)(file.path)}${EXPLAIN[file.outcome]}\n`);
    for (const warning of result.warnings)
        io.stderr.write(`warning  ${warning.code}: ${(0,_pipeline_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafe */ .s)(warning.message)}\n`);
    return 0;
}


/***/ }),

/***/ 2512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as users write them in inputs and flags: `90s`, `5m`, `1h`, `1m30s`, or plain seconds.
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
/** Milliseconds for `value`; throws a message naming `name` and the accepted forms. */
function parseDuration(value, name = 'duration') {
    const text = value.trim();
    if (/^\d+(?:\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    let total = 0;
    let matched = 0;
    PART.lastIndex = 0;
    for (let m = PART.exec(text); m; m = PART.exec(text)) {
        total += Number(m[1]) * UNIT_MS[m[2]];
        matched = PART.lastIndex;
    }
    if (text === '' || matched !== text.length)
        throw new Error(`${name} "${value}" is not a duration: use seconds (300) or 90s, 5m, 1h, 1m30s`);
    return Math.round(total);
}
/** `850 ms`, `12.3 s`, `4m 05s`: short and stable for summaries and terminals. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
}


/***/ })

};

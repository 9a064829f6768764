export const id = 280;
export const ids = [280];
export const modules = {

/***/ 28280:
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
  parseBaseImageRegistry: () => (/* reexport */ base_images/* parseBaseImageRegistry */.Bk),
  planArtifactFiles: () => (/* reexport */ planArtifactFiles),
  renderAppArtifacts: () => (/* binding */ renderAppArtifacts),
  renderArtifacts: () => (/* binding */ renderArtifacts)
});

// EXTERNAL MODULE: ./src/analyzer/tree.ts
var tree = __webpack_require__(17332);
// EXTERNAL MODULE: ./src/analyzer/signals/shared.ts + 22 modules
var shared = __webpack_require__(5528);
// EXTERNAL MODULE: ./src/analyzer/render/base-images.ts
var base_images = __webpack_require__(20405);
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

// EXTERNAL MODULE: ./src/analyzer/render/markdown.ts
var markdown = __webpack_require__(96002);
// EXTERNAL MODULE: ./src/analyzer/signals/evidence.ts + 1 modules
var evidence = __webpack_require__(73618);
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
/** Longest field value shown in the comment (real start commands are a few hundred characters at most). */
const MAX_FIELD_CHARS = 1000;
function fieldValue(field) {
    const value = field.value;
    if (value === null || value === undefined)
        return '—';
    if (typeof value === 'object' && 'cpu' in value && 'memory' in value) {
        const resources = value;
        return `${resources.cpu / 1024} vCPU / ${resources.memory} MiB`;
    }
    // A repo can make a field a MiB long (issue 14); escaping all of it costs seconds and no comment shows it.
    return (0,markdown/* inlineCode */.ti)((0,evidence/* clip */.$Q)(String(value), MAX_FIELD_CHARS));
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
    return `- ${(0,markdown/* inlineCode */.ti)(where)} ${(0,markdown/* inlineCode */.ti)(evidence.text.slice(0, 200))}`;
}
function warningLine(warning) {
    const where = warning.file
        ? ` (${(0,markdown/* inlineCode */.ti)(warning.line ? `${warning.file}:${warning.line}` : warning.file)})`
        : '';
    return `- ⚠️ **${(0,markdown/* escapeMarkdown */.FV)(warning.code)}**: ${(0,markdown/* escapeMarkdown */.FV)(warning.message)}${where}`;
}
function stackTable(app) {
    return [
        '| field | value | confidence | from | override |',
        '|---|---|---|---|---|',
        ...FIELDS.map(({ label, get }) => {
            const field = get(app);
            return `| ${label} | ${fieldValue(field)} | ${confidenceLabel(field.confidence)} | ${(0,markdown/* escapeMarkdown */.FV)(field.source)} | ${(0,markdown/* inlineCode */.ti)(field.overrideKey)} |`;
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
    const title = `### ${(0,markdown/* escapeMarkdown */.FV)(app.name)} — ${(0,markdown/* inlineCode */.ti)(app.appDir)}`;
    if (!detailed) {
        return [
            title,
            '',
            `Details left out to fit the comment limit: run ${(0,markdown/* inlineCode */.ti)(`deplight analyze --app-dir ${app.appDir}`)}.`,
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
    lines.push(`**Terraform variables** — ${(0,markdown/* inlineCode */.ti)(entry.tfvarsPath)}`, '', (0,markdown/* codeBlock */.DV)(entry.tfvars, 'hcl'), '');
    if (app.dockerfile !== null) {
        lines.push(`**Dockerfile**: the app's own ${(0,markdown/* inlineCode */.ti)(app.dockerfile)} is used as is.`, '');
    }
    else if (entry.dockerfile !== null) {
        lines.push(`<details><summary>Generated Dockerfile — ${(0,markdown/* inlineCode */.ti)(entry.dockerfilePath)}</summary>`, '', budget.dockerfiles
            ? (0,markdown/* codeBlock */.DV)(entry.dockerfile, 'dockerfile')
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
            return `| ${(0,markdown/* escapeMarkdown */.FV)(app.name)} | ${(0,markdown/* inlineCode */.ti)(app.appDir)} | ${(0,markdown/* escapeMarkdown */.FV)(app.language.value)} | ${(0,markdown/* escapeMarkdown */.FV)(app.framework.value)} | ${app.port.value} | ${app.healthPath.value ? (0,markdown/* inlineCode */.ti)(app.healthPath.value) : '—'} | ${cpu / 1024} vCPU / ${memory} MiB | ${dollars(total)} |`;
        })
    ];
}
function render(report, entries, options, budget, notes, repoWarnings) {
    const ordered = [...entries].sort((a, b) => Number(b.app.appDir === options.selected) - Number(a.app.appDir === options.selected));
    const heading = ordered.length === 1
        ? `## deplight analysis: ${(0,markdown/* escapeMarkdown */.FV)(ordered[0]?.app.name ?? '')}`
        : `## deplight analysis: ${ordered.length} apps`;
    const lines = [
        commentMarker(options.scope, options.environment),
        heading,
        '',
        `<sub>deplight ${(0,markdown/* escapeMarkdown */.FV)(report.tool.version)} · ${report.stats.files} files analysed · environment ${(0,markdown/* inlineCode */.ti)(options.environment)} · content ${(0,markdown/* inlineCode */.ti)(report.contentDigest.slice(0, 12))}</sub>`,
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

// EXTERNAL MODULE: ./src/analyzer/ecosystems/index.ts + 238 modules
var ecosystems = __webpack_require__(80174);
// EXTERNAL MODULE: ./src/analyzer/render/hints.ts
var hints = __webpack_require__(71865);
// EXTERNAL MODULE: ./src/analyzer/render/dockerfile/common.ts
var common = __webpack_require__(35777);
;// CONCATENATED MODULE: ./src/analyzer/render/dockerfile/index.ts



/** The generator for an app, or null when the analysis does not know enough to write a Dockerfile. */
function generatorFor(app) {
    return chooseGenerator(app)?.id ?? null;
}
/** The registered generator with this id. */
function generatorSpec(id) {
    return ecosystems/* GENERATORS */.DY.find(g => g.id === id);
}
function chooseGenerator(app) {
    // An `ecosystem` hint forces a generator — except one naming the default JavaScript generator, which
    // is what a JavaScript app gets anyway unless a static build or a takeover claims it.
    const hinted = (0,hints/* hintString */.V_)(app, 'ecosystem');
    const forced = hinted ? generatorSpec(hinted) : undefined;
    if (forced && !forced.languages.includes('javascript'))
        return forced;
    const language = app.language.value;
    const framework = app.framework.value;
    const pm = app.packageManager.value.toLowerCase();
    const staticOutput = (0,hints/* hintBoolean */.Mr)(app, 'static');
    for (const g of ecosystems/* GENERATORS */.DY) {
        const serves = g.servesStaticBuilds;
        if (!serves?.languages.includes(language))
            continue;
        if (staticOutput === true || (staticOutput === null && serves.frameworks.has(framework)))
            return g;
    }
    // A package manager that installs an app running on Node (bun.lock beside engines.node) takes nothing over.
    const runsOnNode = (0,hints/* hintString */.V_)(app, 'runtime') === 'node';
    for (const g of ecosystems/* GENERATORS */.DY) {
        const takes = g.takesOver;
        if (!takes?.languages.includes(language))
            continue;
        if (takes.frameworks?.includes(framework) || (!runsOnNode && takes.packageManagers?.includes(pm)))
            return g;
    }
    return ecosystems/* GENERATORS */.DY.find(g => g.languages.includes(language)) ?? null;
}
/** Renders the Dockerfile for an app that has none; pushes generator warnings. Null when no generator fits. */
function generateDockerfile(app, options, warnings) {
    const generator = chooseGenerator(app);
    if (generator === null) {
        warnings.push({
            code: 'NO_DOCKERFILE_GENERATOR',
            message: `No Dockerfile can be generated for ${app.appDir} (language ${app.language.value}); add a Dockerfile to the app directory.`
        });
        return null;
    }
    // JavaScript workspaces install from their root; multi-module JVM, Cargo and .NET builds compile from
    // theirs (the reactor, workspace or solution needs every module); everything else builds in its folder.
    // A generator may also build from a folder above an app that is no member (local path dependencies).
    const root = (generator.buildRootHint ? (0,hints/* hintPath */.Nz)(app, generator.buildRootHint) : null) ??
        generator.outerContext?.(app) ??
        null;
    const context = root && root !== app.appDir && (root === '.' || app.appDir.startsWith(`${root}/`)) ? root : app.appDir;
    return generator.render((0,common/* createContext */.q6)(app, options.baseImageRegistry, warnings, context));
}

// EXTERNAL MODULE: ./src/analyzer/render/dockerignore-common.ts
var dockerignore_common = __webpack_require__(91771);
// EXTERNAL MODULE: ./src/analyzer/ecosystems/node/committed-output.ts
var committed_output = __webpack_require__(47119);
;// CONCATENATED MODULE: ./src/analyzer/render/dockerignore.ts





/** Credential files a generated Dockerfile never reads (an existing one might, with a build secret). */
const CREDENTIAL_FILES = ['.npmrc', '.pypirc', '.netrc', '.git-credentials'];
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
const JS_BUILD_OUTPUT_ROOT = committed_output/* ROOT_BUILD_OUTPUT */.O;
/** `context` is the build context's folder (repository-relative), where the file is written. */
function renderDockerignore(app, generator, context = app.appDir) {
    const lines = [
        `# Generated by deplight for ${app.appDir} (${generator ?? 'existing Dockerfile'}).`,
        ...dockerignore_common/* COMMON */.S
    ];
    const spec = generator === null ? undefined : generatorSpec(generator);
    if (spec) {
        // An .npmrc the analysis found free of credentials holds install settings the image needs.
        const settings = new Set((0,hints/* hintList */.OS)(app, 'installFiles'));
        lines.push(...CREDENTIAL_FILES.filter(file => !settings.has(file)));
        lines.push(`# ${spec.id}: dependencies, caches and build output rebuilt inside the image`, ...spec.dockerignore);
        if (spec.ignoresJsBuildOutput && app.buildCommand.value !== null) {
            // A root output folder the repository's .gitignore does not ignore may hold committed files the build
            // only adds to (committed-output.ts): it stays in the context.
            const kept = new Set((0,hints/* hintList */.OS)(app, 'gitKeptOutputFolders'));
            const root = JS_BUILD_OUTPUT_ROOT.filter(name => !kept.has((0,tree/* joinPath */.uJ)(context, name)));
            const keptNames = JS_BUILD_OUTPUT_ROOT.filter(name => !root.includes(name));
            lines.push(...JS_BUILD_OUTPUT_ANYWHERE, ...root);
            if (keptNames.length > 0)
                lines.push(`# Kept: ${keptNames.join(', ')} (not ignored by .gitignore: the repository may commit files there)`);
        }
    }
    // Key files the start entry loads, committed to the repository: back in the context, after the
    // exclusions above (the last matching line decides).
    const keys = (0,hints/* hintList */.OS)(app, 'startKeyFiles')
        .filter(path => (0,tree/* isInside */.FK)(path, context))
        .map(path => (context === '.' ? path : path.slice(context.length + 1)));
    if (keys.length > 0)
        lines.push('# Key files the start entry loads, committed to the repository: kept', ...keys.map(key => `!${key}`));
    // A committed .env the start entry loads with dotenv: back in the context, after the secrets exclusion.
    const dotenv = (0,hints/* hintString */.V_)(app, 'startDotenv');
    if (dotenv !== null && (0,tree/* isInside */.FK)(dotenv, context))
        lines.push('# The .env the start entry loads with dotenv, committed to the repository: kept', `!${context === '.' ? dotenv : dotenv.slice(context.length + 1)}`);
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

;// CONCATENATED MODULE: ./src/analyzer/render/tfvars.ts
/**
 * The keys this renderer writes, in file order. The infrastructure check (scripts/check-infra.ts) holds
 * infrastructure/modules/service to them: every key must be a variable the module declares.
 */
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

;// CONCATENATED MODULE: ./src/analyzer/render/artifact-files.ts
/**
 * The rendered artifacts (see renderArtifacts) placed per `placement`; `exists` takes repository paths. It
 * must not follow a link at the path (a dangling `Dockerfile -> /elsewhere` exists), and may throw for a
 * path that must not be used (src/pipeline/paths.ts: writeFileInside, committedFileInside).
 */
function planArtifactFiles(artifacts, placement, exists) {
    return placement.kind === 'repository'
        ? planInRepository(artifacts, placement.force, exists)
        : planInOutput(artifacts, exists);
}
function planInRepository(out, force, exists) {
    const generatedDockerfile = out.app.dockerfile === null ? out.dockerfile : null;
    const entries = [
        ['dockerfile', out.dockerfilePath, generatedDockerfile],
        ['dockerignore', out.dockerignorePath, out.dockerignore],
        ['tfvars', out.tfvarsPath, out.tfvars]
    ];
    const files = entries.map(([role, path, content]) => {
        // No content: the app's own Dockerfile (or none can be generated); it is left as it is.
        if (content === null)
            return { role, outcome: 'own', path, content };
        if (exists(path) && !force)
            return { role, outcome: 'skip', path, content };
        return { role, outcome: 'write', path, content };
    });
    return { files, warnings: [...out.warnings] };
}
function planInOutput(out, exists) {
    const dir = `artifacts/${out.app.name}`;
    const warnings = [...out.warnings];
    const files = [];
    const ownIgnore = exists(out.dockerignorePath);
    if (out.app.dockerfile) {
        files.push({ role: 'dockerfile', outcome: 'own', path: out.app.dockerfile, content: null });
    }
    else if (out.dockerfile !== null) {
        files.push({ role: 'dockerfile', outcome: 'write', path: `${dir}/Dockerfile`, content: out.dockerfile });
    }
    else {
        files.push({ role: 'dockerfile', outcome: 'none', path: '', content: null });
    }
    if (ownIgnore) {
        files.push({ role: 'dockerignore', outcome: 'own', path: out.dockerignorePath, content: null });
    }
    else if (!out.app.dockerfile && out.dockerfile !== null) {
        // BuildKit reads `<Dockerfile>.dockerignore` beside a `-f` Dockerfile, so the checkout stays untouched.
        files.push({
            role: 'dockerignore',
            outcome: 'write',
            path: `${dir}/Dockerfile.dockerignore`,
            content: out.dockerignore
        });
    }
    else {
        files.push({ role: 'dockerignore', outcome: 'none', path: '', content: null });
        if (out.app.dockerfile)
            warnings.push({
                code: 'NO_DOCKERIGNORE',
                message: `${out.buildContext} has no .dockerignore, so .env files and keys would be sent to the build; \`deplight analyze --write\` generates one.`
            });
    }
    files.push(exists(out.tfvarsPath)
        ? { role: 'tfvars', outcome: 'own', path: out.tfvarsPath, content: null }
        : { role: 'tfvars', outcome: 'write', path: `${dir}/deplight.auto.tfvars`, content: out.tfvars });
    if (out.comment !== undefined)
        files.push({ role: 'comment', outcome: 'write', path: `${dir}/comment.md`, content: out.comment });
    return { files, warnings };
}

;// CONCATENATED MODULE: ./src/analyzer/render/index.ts












const TFVARS_FILE = 'deplight.auto.tfvars';
function join(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}
/**
 * A workspace's `docker/Dockerfile` (or `deploy/docker/…`) shipping a member below the workspace: the folder
 * that keeps that Dockerfile folder is the context (its COPYs name `docker/entrypoint.sh`, `crates/…`).
 */
function dockerfileFolderOwner(dockerDir, appDir) {
    for (const folder of shared/* DOCKERFILE_FOLDERS */.bd) {
        const owner = dockerDir === folder
            ? '.'
            : dockerDir.endsWith(`/${folder}`)
                ? dockerDir.slice(0, -folder.length - 1)
                : null;
        if (owner !== null && (0,tree/* isInside */.FK)(appDir, owner))
            return owner;
    }
    return null;
}
function renderAppArtifacts(app, options = {}) {
    const registry = (0,base_images/* parseBaseImageRegistry */.Bk)(options.baseImageRegistry);
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
        buildContext = (0,tree/* isInside */.FK)(dockerDir, app.appDir)
            ? app.appDir
            : (dockerfileFolderOwner(dockerDir, app.appDir) ?? dockerDir);
    }
    const tfvars = renderTfvars(app, options.scaling ?? DEFAULT_SCALING, warnings);
    return {
        app,
        generator,
        dockerfile,
        dockerfilePath: app.dockerfile ?? join(app.appDir, 'Dockerfile'),
        buildContext,
        dockerignore: renderDockerignore(app, generator, buildContext),
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

// GitHub's REST API on 127.0.0.1, as much of it as deplight uses: issue comments (with Link pagination and
// the 65,536-character body limit), deployments and their statuses (auto_inactive), workflow dispatches.
// Responses carry GitHub's shapes and error bodies so the real Octokit from @actions/github runs against it
// (point it with GITHUB_API_URL), and single pull requests (`addPullRequest`). `forbid()` makes a route answer like a token without the permission.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  issueNumber: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
  createdAt: string
  updatedAt: string
}

export interface FakeDeployment {
  id: number
  ref: string
  sha: string
  environment: string
  payload: unknown
  description: string | null
  createdAt: string
}

export interface FakeDeploymentStatus {
  id: number
  deploymentId: number
  state: string
  environmentUrl: string
  logUrl: string
  description: string
  createdAt: string
}

/** A pull request as `GET /repos/{owner}/{repo}/pulls/{n}` shows it (the fields deplight reads). */
export interface FakePullRequest {
  number: number
  state: 'open' | 'closed'
  headSha: string
  /** `owner/repo` of the head branch; null when the fork was deleted. */
  headRepository: string | null
  headRef?: string
}

export interface FakeRequest {
  method: string
  path: string
  body: unknown
}

export interface FakeGitHub {
  url: string
  token: string
  comments: FakeComment[]
  deployments: FakeDeployment[]
  statuses: FakeDeploymentStatus[]
  dispatches: { workflow: string; ref: string; inputs: Record<string, unknown> }[]
  requests: FakeRequest[]
  /** Requests matching `method` and `path` answer `status` with GitHub's error body from now on. */
  forbid: (method: string, path: RegExp, status?: number, message?: string) => void
  /** A comment written by someone else (e.g. a PR author pasting our marker). */
  addComment: (issueNumber: number, body: string, user?: FakeComment['user']) => FakeComment
  /** Adds or replaces a pull request of this repository. */
  addPullRequest: (pull: FakePullRequest) => void
  stop: () => Promise<void>
}

export interface FakeGitHubOptions {
  token?: string
  owner?: string
  repo?: string
  /** Login of the token's identity; comments it writes are by a Bot, like GITHUB_TOKEN's. */
  botLogin?: string
}

const DOCS = 'https://docs.github.com/rest'
const BODY_LIMIT = 65_536

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'ghs_faketoken0123456789'
  const repoPath = `/repos/${options.owner ?? 'acme'}/${options.repo ?? 'shop'}`
  const bot = { login: options.botLogin ?? 'github-actions[bot]', type: 'Bot' as const }
  const comments: FakeComment[] = []
  const deployments: FakeDeployment[] = []
  const statuses: FakeDeploymentStatus[] = []
  const dispatches: FakeGitHub['dispatches'] = []
  const requests: FakeRequest[] = []
  const pulls = new Map<number, FakePullRequest>()
  const forbidden: { method: string; path: RegExp; status: number; message: string }[] = []
  let nextId = 1000
  let clock = Date.UTC(2026, 0, 1)
  const now = (): string => new Date((clock += 1000)).toISOString()

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString('utf8'))
      } catch (error) {
        send(res, 500, { message: String(error) })
      }
    })
  })

  const base = (): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  function handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', base())
    const method = req.method ?? 'GET'
    let body: unknown = null
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        return send(res, 400, { message: 'Problems parsing JSON', documentation_url: DOCS })
      }
    }
    requests.push({ method, path: url.pathname + url.search, body })
    const auth = req.headers.authorization ?? ''
    if (auth !== `token ${token}` && auth !== `bearer ${token}` && auth !== `Bearer ${token}`)
      return send(res, 401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' })
    const rule = forbidden.find(f => f.method === method && f.path.test(url.pathname))
    if (rule)
      return send(res, rule.status, {
        message: rule.message,
        documentation_url: DOCS,
        status: String(rule.status)
      })
    if (!url.pathname.startsWith(`${repoPath}/`)) return notFound(res)
    const path = url.pathname.slice(repoPath.length)
    const input = (body ?? {}) as Record<string, unknown>
    let m: RegExpExecArray | null

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(path))) {
      const issueNumber = Number(m[1])
      if (method === 'GET') {
        const list = comments.filter(c => c.issueNumber === issueNumber)
        return sendPage(res, url, list.map(commentJson))
      }
      if (method === 'POST') {
        const tooLong = validateBody(input.body)
        if (tooLong) return send(res, 422, tooLong)
        const comment = addComment(issueNumber, input.body as string, bot)
        return send(res, 201, commentJson(comment))
      }
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(path)) && method === 'GET') {
      const pull = pulls.get(Number(m[1]))
      return pull ? send(res, 200, pullJson(pull)) : notFound(res)
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const comment = comments.find(c => c.id === Number(m?.[1]))
      if (!comment) return notFound(res)
      if (comment.user.login !== bot.login)
        return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: DOCS })
      const tooLong = validateBody(input.body)
      if (tooLong) return send(res, 422, tooLong)
      comment.body = input.body as string
      comment.updatedAt = now()
      return send(res, 200, commentJson(comment))
    }
    if (path === '/deployments') {
      if (method === 'POST') {
        if (typeof input.ref !== 'string' || !input.ref)
          return send(res, 422, {
            message: 'Invalid request.\n\n"ref" wasn\'t supplied.',
            documentation_url: DOCS
          })
        const ref = input.ref
        const deployment: FakeDeployment = {
          id: nextId++,
          ref,
          sha: /^[0-9a-f]{40}$/.test(ref) ? ref : createHash('sha1').update(ref).digest('hex'),
          environment: typeof input.environment === 'string' ? input.environment : 'production',
          payload: input.payload ?? {},
          description: typeof input.description === 'string' ? input.description : null,
          createdAt: now()
        }
        deployments.push(deployment)
        return send(res, 201, deploymentJson(deployment))
      }
      if (method === 'GET') {
        const environment = url.searchParams.get('environment')
        const list = deployments
          .filter(d => !environment || d.environment === environment)
          .slice()
          .reverse()
        return sendPage(res, url, list.map(deploymentJson))
      }
    }
    if ((m = /^\/deployments\/(\d+)\/statuses$/.exec(path))) {
      const deployment = deployments.find(d => d.id === Number(m?.[1]))
      if (!deployment) return notFound(res)
      if (method === 'POST') {
        const states = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']
        if (typeof input.state !== 'string' || !states.includes(input.state))
          return send(res, 422, {
            message: 'Validation Failed',
            errors: [{ field: 'state', code: 'invalid' }]
          })
        if (typeof input.description === 'string' && input.description.length > 140)
          return send(res, 422, {
            message: 'Validation Failed',
            errors: [{ field: 'description', code: 'custom' }]
          })
        const status = addStatus(deployment, input)
        if (input.state === 'success' && input.auto_inactive !== false) {
          for (const other of deployments) {
            if (other.id === deployment.id || other.environment !== deployment.environment) continue
            if (latestState(other.id) === 'success') addStatus(other, { state: 'inactive' })
          }
        }
        return send(res, 201, statusJson(status))
      }
      if (method === 'GET') {
        const list = statuses
          .filter(s => s.deploymentId === deployment.id)
          .slice()
          .reverse()
        return sendPage(res, url, list.map(statusJson))
      }
    }
    if ((m = /^\/actions\/workflows\/([^/]+)\/dispatches$/.exec(path)) && method === 'POST') {
      if (typeof input.ref !== 'string')
        return send(res, 422, {
          message: 'Invalid request.\n\n"ref" wasn\'t supplied.',
          documentation_url: DOCS
        })
      dispatches.push({
        workflow: decodeURIComponent(m[1] as string),
        ref: input.ref,
        inputs: (input.inputs ?? {}) as Record<string, unknown>
      })
      res.writeHead(204)
      return void res.end()
    }
    return notFound(res)
  }

  function addComment(issueNumber: number, body: string, user: FakeComment['user'] = bot): FakeComment {
    const at = now()
    const comment = { id: nextId++, issueNumber, body, user, createdAt: at, updatedAt: at }
    comments.push(comment)
    return comment
  }

  function addStatus(deployment: FakeDeployment, input: Record<string, unknown>): FakeDeploymentStatus {
    const status: FakeDeploymentStatus = {
      id: nextId++,
      deploymentId: deployment.id,
      state: String(input.state),
      environmentUrl: typeof input.environment_url === 'string' ? input.environment_url : '',
      logUrl: typeof input.log_url === 'string' ? input.log_url : '',
      description: typeof input.description === 'string' ? input.description : '',
      createdAt: now()
    }
    statuses.push(status)
    return status
  }

  function latestState(deploymentId: number): string | null {
    const list = statuses.filter(s => s.deploymentId === deploymentId)
    return list[list.length - 1]?.state ?? null
  }

  function commentJson(c: FakeComment): Record<string, unknown> {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${base()}${repoPath}/issues/comments/${c.id}`,
      html_url: `https://github.com${repoPath.replace('/repos', '')}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      body: c.body,
      user: { login: c.user.login, id: c.user.type === 'Bot' ? 41898282 : 1, type: c.user.type },
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR'
    }
  }

  function pullJson(p: FakePullRequest): Record<string, unknown> {
    const full = repoPath.replace('/repos/', '')
    const repoJson = (name: string): Record<string, unknown> => ({
      id: createHash('sha1').update(name).digest().readUInt32BE(0),
      name: name.split('/')[1],
      full_name: name,
      owner: { login: name.split('/')[0], type: 'User' },
      fork: name !== full
    })
    return {
      id: 500_000 + p.number,
      number: p.number,
      state: p.state,
      title: `PR ${p.number}`,
      url: `${base()}${repoPath}/pulls/${p.number}`,
      html_url: `https://github.com/${full}/pull/${p.number}`,
      head: {
        label: `${(p.headRepository ?? 'unknown/unknown').split('/')[0]}:${p.headRef ?? 'feature'}`,
        ref: p.headRef ?? 'feature',
        sha: p.headSha,
        repo: p.headRepository === null ? null : repoJson(p.headRepository)
      },
      base: { label: `${full.split('/')[0]}:main`, ref: 'main', sha: 'f'.repeat(40), repo: repoJson(full) }
    }
  }

  function deploymentJson(d: FakeDeployment): Record<string, unknown> {
    return {
      id: d.id,
      node_id: `DE_${d.id}`,
      url: `${base()}${repoPath}/deployments/${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: 'deploy',
      payload: d.payload,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: { login: bot.login, type: 'Bot' },
      created_at: d.createdAt,
      updated_at: d.createdAt,
      statuses_url: `${base()}${repoPath}/deployments/${d.id}/statuses`,
      repository_url: `${base()}${repoPath}`,
      transient_environment: false,
      production_environment: d.environment === 'production'
    }
  }

  function statusJson(s: FakeDeploymentStatus): Record<string, unknown> {
    return {
      id: s.id,
      node_id: `DES_${s.id}`,
      state: s.state,
      description: s.description,
      environment: deployments.find(d => d.id === s.deploymentId)?.environment,
      environment_url: s.environmentUrl,
      log_url: s.logUrl,
      target_url: s.logUrl,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      deployment_url: `${base()}${repoPath}/deployments/${s.deploymentId}`,
      creator: { login: bot.login, type: 'Bot' }
    }
  }

  function sendPage(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30))
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const links: string[] = []
    const pageUrl = (n: number): string => {
      const next = new URL(url.toString())
      next.searchParams.set('page', String(n))
      next.searchParams.set('per_page', String(perPage))
      return next.toString()
    }
    if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`)
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`)
    send(
      res,
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {}
    )
  }

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: base(),
    token,
    comments,
    deployments,
    statuses,
    dispatches,
    requests,
    forbid: (method, path, status = 403, message = 'Resource not accessible by integration') => {
      forbidden.push({ method: method.toUpperCase(), path, status, message })
    },
    addComment: (issueNumber, body, user = { login: 'mallory', type: 'User' }) =>
      addComment(issueNumber, body, user),
    addPullRequest: pull => void pulls.set(pull.number, pull),
    stop: () => new Promise(resolve => server.close(() => resolve()))
  }
}

function validateBody(body: unknown): Record<string, unknown> | null {
  if (typeof body !== 'string' || body.length === 0)
    return {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]
    }
  if (body.length > BODY_LIMIT)
    return {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${BODY_LIMIT} characters)`
        }
      ],
      documentation_url: DOCS
    }
  return null
}

function notFound(res: ServerResponse): void {
  send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

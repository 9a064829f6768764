// The dashboard's browser script, served inline (no build step). It renders the state the server pushes
// over server-sent events with createElement/textContent only — never innerHTML — so every value from
// the state (names, commit messages, log text) is shown as text. Running stages tick every 250 ms.
export const CLIENT_SCRIPT = String.raw`
'use strict'
const TOKEN = document.querySelector('meta[name="deplight-token"]').content
const SHORT = { setup: 'Setup', analysis: 'Analysis', build: 'Build', push: 'Push', infrastructure: 'Infra', rollout: 'Rollout', health: 'Health', verify: 'Verify' }
let state = null

function el(tag, attrs, children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue
    if (key === 'text') node.textContent = String(value)
    else if (key === 'class') node.className = value
    else if (key.startsWith('data-')) node.setAttribute(key, String(value))
    else if (key === 'title' || key === 'type' || key === 'aria-label') node.setAttribute(key, String(value))
    else if (key === 'disabled') node.disabled = true
    else throw new Error('unsupported attribute ' + key)
  }
  for (const child of children || []) if (child) node.append(child)
  return node
}

function link(url, text) {
  const a = el('a', { text: text || url })
  // Only web addresses become links (a javascript: URL from some record never does).
  if (/^https?:\/\//i.test(url)) { a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer' }
  return a
}

function duration(ms) {
  if (ms === null || ms === undefined) return ''
  if (ms < 1000) return Math.round(ms) + ' ms'
  if (ms < 60000) return (ms / 1000).toFixed(1) + ' s'
  return Math.floor(ms / 60000) + 'm ' + String(Math.round((ms % 60000) / 1000)).padStart(2, '0') + 's'
}

function ago(iso) {
  const s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000)
  if (s < 60) return Math.round(s) + ' s ago'
  if (s < 3600) return Math.round(s / 60) + ' min ago'
  if (s < 86400) return Math.round(s / 3600) + ' h ago'
  return new Date(iso).toLocaleString()
}

function statusClass(status) {
  return status === 'success' ? 'ok' : status === 'running' ? 'running' : status === 'skipped' || status === 'pending' ? 'muted' : 'bad'
}

function runTotal(run) {
  if (run.startedAt && run.finishedAt) return Date.parse(run.finishedAt) - Date.parse(run.startedAt)
  if (run.startedAt) return Date.now() - Date.parse(run.startedAt)
  return 0
}

function timeline(run) {
  const total = Math.max(1, runTotal(run))
  return el('div', { class: 'timeline', 'aria-label': 'stages' }, run.stages.map(stage => {
    const title = (STAGES.find(s => s.id === stage.id) || { title: stage.id }).title
    const time = el('span', { class: 'time', text: stage.status === 'running' ? '' : stage.status === 'success' || stage.status === 'failure' ? duration(stage.durationMs) : stage.status })
    if (stage.status === 'running' && stage.startedAt) time.setAttribute('data-since', stage.startedAt)
    const bar = el('div', { class: 'bar' })
    bar.style.width = Math.min(100, Math.round(((stage.durationMs || 0) / total) * 100)) + '%'
    return el('div', {
      class: 'seg s-' + stage.status,
      'data-stage': stage.id,
      'data-status': stage.status,
      title: title + ': ' + stage.status + (stage.detail ? ' - ' + stage.detail : '')
    }, [el('span', { class: 'name', text: SHORT[stage.id] || title }), time, bar])
  }))
}

function runItem(run) {
  const what = run.rolledBackTo ? 'rollback to ' + run.rolledBackTo : 'deploy ' + (run.imageTag || '')
  const head = el('div', { class: 'run-head' }, [
    el('span', { class: 'badge ' + statusClass(run.status), 'data-run-status': run.status, text: run.status }),
    el('strong', { text: what }),
    el('span', { class: 'muted', text: run.runId }),
    el('span', { class: 'muted', text: run.finishedAt ? duration(runTotal(run)) : '' }),
    run.commitMessage ? el('span', { class: 'msg', text: run.commitMessage }) : null
  ])
  const reasons = run.failureReasons || []
  const more = reasons.length > 1
    ? el('details', {}, [el('summary', { text: 'details' }), el('pre', { class: 'reason', text: reasons.slice(1).join('\n') })])
    : null
  return el('li', { class: 'run', 'data-run': run.runId }, [
    head,
    timeline(run),
    run.status !== 'success' && reasons[0] ? el('p', { class: 'reason', text: reasons[0] }) : null,
    more
  ])
}

function healthBadge(service) {
  const h = service.health
  if (!service.url) return el('span', { class: 'badge bad', text: 'not serving' })
  if (!h) return el('span', { class: 'badge muted', text: 'checking…' })
  const bits = [h.healthy ? 'healthy' : 'unhealthy']
  if (h.status) bits.push(String(h.status))
  if (h.latencyMs !== null && h.latencyMs !== undefined) bits.push(duration(h.latencyMs))
  return el('span', { class: 'badge ' + (h.healthy ? 'ok' : 'bad'), 'data-health': h.healthy ? 'healthy' : 'unhealthy', title: h.message, text: bits.join(' · ') })
}

function serviceCard(service) {
  const current = service.current
  const release = current
    ? el('p', { class: 'release' }, [
        'release ', el('code', { 'data-release': current.tag, text: current.tag }),
        ' · deployed ' + ago(current.deployedAt),
        current.commit ? ' · commit ' + current.commit.slice(0, 12) : '',
        current.commitMessage ? el('span', { class: 'msg', text: ' · ' + current.commitMessage }) : null
      ])
    : el('p', { class: 'release', text: 'no live release' })
  const actions = el('div', { class: 'actions' }, [
    el('button', { type: 'button', 'data-act': 'redeploy', 'data-service': service.name, disabled: service.busy, text: 'Redeploy' }),
    el('button', { type: 'button', 'data-act': 'rollback', 'data-service': service.name, disabled: service.busy || !service.previous, text: service.previous ? 'Roll back to ' + service.previous : 'Roll back' }),
    el('button', { type: 'button', 'data-act': 'logs', 'data-service': service.name, disabled: !current, text: 'Logs' })
  ])
  return el('article', { class: 'card', 'data-service-card': service.name }, [
    el('div', { class: 'head' }, [
      el('h2', { text: service.name }),
      healthBadge(service),
      service.busy ? el('span', { class: 'badge running', text: 'run in progress' }) : null,
      service.url ? link(service.url) : null
    ]),
    release,
    el('p', { class: 'src', text: service.sourceDir }),
    actions,
    el('ol', { class: 'runs' }, service.runs.map(runItem))
  ])
}

function githubSection(github) {
  const rows = github.deployments.map((d, i) => el('tr', { 'data-deployment': d.id }, [
    el('td', { text: String(d.id) }),
    el('td', {}, [el('code', { text: d.imageTag })]),
    el('td', { text: d.ref }),
    el('td', { text: d.sha.slice(0, 12) }),
    el('td', {}, [el('span', { class: 'badge ' + statusClass(d.state === 'inactive' ? 'skipped' : d.state === 'success' ? 'success' : d.state === 'failure' || d.state === 'error' ? 'failure' : 'running'), text: d.state || 'no status' })]),
    el('td', { text: ago(d.createdAt) }),
    el('td', {}, [d.environmentUrl ? link(d.environmentUrl) : null]),
    el('td', {}, [i > 0 && (d.state === 'success' || d.state === 'inactive')
      ? el('button', { type: 'button', 'data-act': 'gh-rollback', 'data-deployment': d.id, text: 'Roll back to this' })
      : null])
  ]))
  return [
    el('div', { class: 'head' }, [el('h2', { text: 'GitHub · ' + github.repository + ' · ' + github.environment }), link(github.workflowUrl, 'rollback workflow runs')]),
    github.error ? el('p', { class: 'reason', text: github.error }) : null,
    github.deployments.length
      ? el('table', {}, [el('thead', {}, [el('tr', {}, ['id', 'image', 'ref', 'commit', 'state', 'created', 'url', ''].map(h => el('th', { text: h })))]), el('tbody', {}, rows)])
      : el('p', { class: 'empty', text: github.checkedAt ? 'No deployments of this environment yet.' : 'Loading deployments…' })
  ]
}

function render() {
  document.getElementById('where').textContent = state.stateDir
  const services = document.getElementById('services')
  const cards = state.services.map(serviceCard)
  if (cards.length === 0) cards.push(el('p', { class: 'empty', text: 'No local services yet: run deplight deploy <dir>.' }))
  services.replaceChildren(...cards)
  const gh = document.getElementById('github')
  gh.hidden = !state.github
  if (state.github) gh.replaceChildren(...githubSection(state.github).filter(Boolean))
  tick()
}

function tick() {
  for (const node of document.querySelectorAll('[data-since]')) node.textContent = duration(Date.now() - Date.parse(node.getAttribute('data-since')))
}

function toast(text) {
  const box = document.getElementById('toast')
  box.textContent = text
  clearTimeout(toast.timer)
  toast.timer = setTimeout(() => { box.textContent = '' }, 8000)
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { 'X-Deplight-Token': TOKEN, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const type = response.headers.get('content-type') || ''
  const value = type.includes('json') ? await response.json() : await response.text()
  if (!response.ok) throw new Error((value && value.error) || String(value) || String(response.status))
  return value
}

document.addEventListener('click', async event => {
  const button = event.target.closest('button[data-act]')
  if (!button) return
  const act = button.getAttribute('data-act')
  const name = button.getAttribute('data-service')
  try {
    if (act === 'logs') {
      const text = await api('GET', '/api/services/' + encodeURIComponent(name) + '/logs?tail=300')
      document.getElementById('logs-title').textContent = 'Logs · ' + name
      document.getElementById('logs-text').textContent = text || '(no output)'
      document.getElementById('logs').showModal()
      return
    }
    button.disabled = true
    const path = act === 'gh-rollback' ? '/api/github/rollback' : '/api/services/' + encodeURIComponent(name) + '/' + act
    const body = act === 'gh-rollback' ? { deployment: Number(button.getAttribute('data-deployment')) } : { to: 'previous' }
    const answer = await api('POST', path, body)
    toast('Started: ' + answer.started)
  } catch (error) {
    button.disabled = false
    toast('Refused: ' + error.message)
  }
})
document.getElementById('logs-close').addEventListener('click', () => document.getElementById('logs').close())

function connect() {
  const conn = document.getElementById('conn')
  const events = new EventSource('/api/events?token=' + encodeURIComponent(TOKEN))
  events.addEventListener('state', message => {
    state = JSON.parse(message.data)
    conn.textContent = 'live'
    conn.className = 'badge ok'
    render()
  })
  events.onerror = () => { conn.textContent = 'reconnecting…'; conn.className = 'badge bad' }
}
connect()
setInterval(tick, 250)
`

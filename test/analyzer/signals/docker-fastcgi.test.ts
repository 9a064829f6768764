// php-fpm's FastCGI 9000 is not the HTTP port (issue 16 #4); a multi-target Dockerfile whose selected stage only
// runs php-fpm takes the port of its stage that serves HTTP; FROM lines expand the global ARGs.
import {
  expandFromImage,
  httpSiblingPort,
  isFastCgiPort
} from '../../../src/analyzer/signals/docker-fastcgi.js'
import { readDockerfile } from '../../../src/analyzer/signals/dockerfile.js'
import type { Candidate } from '../../../src/analyzer/candidate.js'

const exposed = (value: number, line: number): Candidate<number> => ({
  value,
  confidence: 0.95,
  source: 'Dockerfile EXPOSE',
  evidence: [{ file: 'Dockerfile', line, text: `EXPOSE ${value}` }]
})

describe('isFastCgiPort', () => {
  test('9000 on a php-fpm image, or under a php-fpm command, is FastCGI', () => {
    expect(isFastCgiPort(9000, 'php:8.3-fpm-alpine', null)).toBe(true)
    expect(isFastCgiPort(9000, 'php:fpm', null)).toBe(true)
    expect(isFastCgiPort(9000, 'alpine:3.20', 'php-fpm83 -F')).toBe(true)
    expect(isFastCgiPort(9000, 'debian:bookworm', '/usr/sbin/php-fpm8.2 --nodaemonize')).toBe(true)
  })

  test('another port, or 9000 of another program, is not', () => {
    expect(isFastCgiPort(8080, 'php:8.3-fpm-alpine', null)).toBe(false)
    expect(isFastCgiPort(9000, 'alpine:latest', './listmonk')).toBe(false)
    expect(isFastCgiPort(9000, 'php:8.3-apache', null)).toBe(false)
    expect(isFastCgiPort(9000, 'php:8.3-cli', 'php -S 0.0.0.0:9000 -t public')).toBe(false)
  })
})

describe('httpSiblingPort', () => {
  const fpm = exposed(9000, 6)
  test('the EXPOSE of the stage built on a web-server image, with the FastCGI line as evidence', () => {
    const stages = new Map([
      ['composer', { port: [], baseImage: 'composer:2' }],
      ['fpm-base', { port: [fpm], baseImage: 'php:8.3-fpm-alpine' }],
      ['apache-base', { port: [exposed(8001, 12)], baseImage: 'php:8.3-apache-bookworm' }]
    ])
    const c = httpSiblingPort(stages, [fpm])
    expect(c?.value).toBe(8001)
    expect(c?.source).toContain('apache-base')
    expect(c?.evidence.map(e => e.line)).toEqual([12, 6])
  })

  test('none when no stage serves HTTP (a worker or builder stage EXPOSE does not count)', () => {
    const stages = new Map([
      ['fpm-base', { port: [fpm], baseImage: 'php:8.3-fpm-alpine' }],
      ['worker', { port: [exposed(9100, 9)], baseImage: 'php:8.3-cli' }]
    ])
    expect(httpSiblingPort(stages, [fpm])).toBeNull()
  })
})

describe('expandFromImage', () => {
  const args = new Map([['BASE', 'fpm']])
  test('substitutes global ARGs, and leaves a FROM with an unknown variable as written', () => {
    expect(expandFromImage('${BASE}-base', n => args.get(n))).toBe('fpm-base')
    expect(expandFromImage('$BASE-base', n => args.get(n))).toBe('fpm-base')
    expect(expandFromImage('node:${NODE:-22}-alpine', n => args.get(n))).toBe('node:22-alpine')
    expect(expandFromImage('${VARIANT}-base', n => args.get(n))).toBe('${VARIANT}-base')
  })
})

describe('readDockerfile with php-fpm stages', () => {
  const VARIANTS = [
    'ARG BASE=fpm',
    'FROM php:8.3-fpm-alpine AS fpm-base',
    'EXPOSE 9000',
    'FROM php:8.3-apache AS apache-base',
    'EXPOSE 8001',
    'FROM ${BASE}-base AS base',
    'CMD ["/entrypoint.sh"]',
    'FROM base AS prod',
    'COPY . /opt/app'
  ].join('\n')

  test('ARG BASE=fpm selects the fpm stage; its FastCGI port gives way to the apache stage', () => {
    expect(readDockerfile('Dockerfile', VARIANTS).port.map(p => p.value)).toEqual([8001])
  })

  test('ARG BASE=apache selects the apache stage and its own EXPOSE', () => {
    const facts = readDockerfile('Dockerfile', VARIANTS.replace('BASE=fpm', 'BASE=apache'))
    expect(facts.port.map(p => [p.value, p.source])).toEqual([[8001, 'Dockerfile EXPOSE']])
  })

  test('an fpm-only image reports no port (FastCGI), an ENV PORT beside it stays', () => {
    expect(readDockerfile('Dockerfile', 'FROM php:8.2-fpm\nEXPOSE 9000\nCMD ["php-fpm"]\n').port).toEqual([])
    const withEnv = readDockerfile('Dockerfile', 'FROM php:8.2-fpm\nENV PORT=8080\nEXPOSE 9000\n')
    expect(withEnv.port.map(p => p.value)).toEqual([8080])
  })

  test('a stage ARG (after the first FROM) does not select a FROM image', () => {
    const text = 'FROM php:8.3-apache AS apache-base\nEXPOSE 8001\nARG BASE=apache\nFROM ${BASE}-base\n'
    expect(readDockerfile('Dockerfile', text).port).toEqual([])
  })
})

// holdout20 davis: php-fpm runs on a unix socket behind Caddy, whose copied Caddyfile listens on `:9000 {`;
// 9000 is then the HTTP port, not FastCGI.
describe('a front server configuration copied into a php-fpm image listening on the exposed port', () => {
  const fpmImage = (config: string, dest: string, port = 9000) =>
    `FROM php:8.3-fpm-alpine\nRUN apk add caddy nginx supervisor\nCOPY ./docker/${config} ${dest}\nCOPY . /var/www/app\nCMD ["supervisord", "-c", "/etc/supervisord.conf"]\nEXPOSE ${port}\n`
  const ports = (dockerfile: string, files: Record<string, string>) =>
    readDockerfile('Dockerfile', dockerfile, p => files[p] ?? null).port.map(p => p.value)

  test('Caddy: `:9000 {` in the copied Caddyfile keeps 9000', () => {
    const files = {
      'docker/Caddyfile': '{\n  auto_https off\n}\n\n:9000 {\n  php_fastcgi unix//run/php-fpm.sock\n}\n'
    }
    expect(ports(fpmImage('Caddyfile', '/etc/caddy/Caddyfile'), files)).toEqual([9000])
  })

  test('nginx: `listen 9000;` in a conf.d file keeps 9000 (a COPY into the folder names the file)', () => {
    const files = {
      'docker/site.conf':
        'server {\n    listen 9000;\n    location ~ \\.php$ { fastcgi_pass unix:/run/php.sock; }\n}\n'
    }
    expect(ports(fpmImage('site.conf', '/etc/nginx/conf.d/'), files)).toEqual([9000])
  })

  test('negative: a front server on another port, or a config copied elsewhere, leaves 9000 FastCGI', () => {
    const nginx80 = { 'docker/site.conf': 'server {\n    listen 80;\n    fastcgi_pass 127.0.0.1:9000;\n}\n' }
    expect(ports(fpmImage('site.conf', '/etc/nginx/conf.d/site.conf'), nginx80)).not.toContain(9000)
    const elsewhere = { 'docker/Caddyfile': ':9000 {\n}\n' }
    expect(ports(fpmImage('Caddyfile', '/opt/templates/Caddyfile'), elsewhere)).not.toContain(9000)
  })
})

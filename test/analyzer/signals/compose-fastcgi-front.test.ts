// php-fpm behind a compose nginx service: the port nginx publishes for the server block that passes PHP to
// the app's service over FastCGI.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const port = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const p = report.apps.find(a => a.appDir === '.')!.port
  return { value: p.value, source: p.source, evidence: p.evidence.map(e => `${e.file}:${e.line}`) }
}

const LARAVEL = {
  'composer.json': JSON.stringify({ require: { php: '^8.0', 'laravel/framework': '^8.0' } }),
  artisan: '#!/usr/bin/env php\n<?php\n',
  'public/index.php': '<?php\n',
  Dockerfile: 'FROM php:8.1-fpm\nWORKDIR /var/www\nCOPY . .\nUSER www-data\n',
  'docker-compose.yml':
    "version: '3'\n\nservices:\n  app:\n    build:\n      context: ./\n      dockerfile: Dockerfile\n    working_dir: /var/www/\n    volumes:\n      - ./:/var/www\n\n" +
    "  db:\n    image: mariadb\n    ports:\n      - '33006:3306'\n\n" +
    '  nginx:\n    image: nginx:1.17-alpine\n    ports:\n      - 80:80\n    volumes:\n      - ./:/var/www\n      - ./docker-compose/nginx:/etc/nginx/conf.d/\n',
  'docker-compose/nginx/nginx.conf':
    'server {\n    listen 80;\n    root /var/www/public;\n    location ~ \\.php$ {\n        fastcgi_pass app:9000;\n        include fastcgi_params;\n    }\n}\n'
}

const SYMFONY = {
  'composer.json': JSON.stringify({ require: { php: '>=8.2', 'symfony/framework-bundle': '^7.0' } }),
  'public/index.php': '<?php\n',
  'bin/console': '#!/usr/bin/env php\n<?php\n',
  Dockerfile: 'FROM php:8.3-fpm-alpine\nWORKDIR /srv\nCOPY . .\n',
  'compose.yaml':
    'services:\n  php:\n    build: .\n  web:\n    image: nginxinc/nginx-unprivileged:1.27\n    ports:\n      - "8443:8443"\n      - "8080:8080"\n' +
    '    volumes:\n      - ./docker/nginx/default.conf:/etc/nginx/conf.d/default.conf:ro\n',
  'docker/nginx/default.conf':
    'server {\n  listen 8443 ssl;\n  return 301 http://$host:8080$request_uri;\n}\n\nserver {\n  listen 8080;\n  root /srv/public;\n  location ~ ^/index\\.php(/|$) {\n    fastcgi_pass php:9000;\n  }\n}\n'
}

describe('php-fpm behind a compose nginx service', () => {
  it('a Laravel app whose nginx mounts a conf folder passing PHP to `app`: 80', () => {
    expect(port(LARAVEL)).toEqual({
      value: 80,
      source: 'docker-compose.yml services.nginx (nginx passes PHP to app over FastCGI)',
      evidence: ['docker-compose.yml:17', 'docker-compose/nginx/nginx.conf:5']
    })
  })

  it('a Symfony app behind an unprivileged nginx with two server blocks: the block that passes PHP, 8080', () => {
    expect(port(SYMFONY)).toEqual({
      value: 8080,
      source: 'compose.yaml services.web (nginx passes PHP to php over FastCGI)',
      evidence: ['compose.yaml:4', 'docker/nginx/default.conf:10']
    })
  })

  it('negative: the conf passes PHP to another service, or nginx publishes nothing: no front port', () => {
    const other = {
      ...LARAVEL,
      'docker-compose/nginx/nginx.conf': LARAVEL['docker-compose/nginx/nginx.conf'].replace(
        'app:9000',
        'legacy:9000'
      )
    }
    expect(port(other).source).not.toContain('FastCGI')
    const unpublished = {
      ...LARAVEL,
      'docker-compose.yml': LARAVEL['docker-compose.yml'].replace('    ports:\n      - 80:80\n', '')
    }
    expect(port(unpublished).source).not.toContain('FastCGI')
  })

  it('negative: the app service publishes its own port: that port, not the front’s', () => {
    const own = {
      ...LARAVEL,
      'docker-compose.yml': LARAVEL['docker-compose.yml'].replace(
        '    working_dir: /var/www/\n',
        '    working_dir: /var/www/\n    ports:\n      - 8000:8000\n'
      )
    }
    expect(port(own).value).toBe(8000)
  })
})

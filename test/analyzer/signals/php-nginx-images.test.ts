// A PHP image FROM an nginx + php-fpm bundle (serversideup/php *-fpm-nginx, trafex/php-nginx …) without CMD
// or ENTRYPOINT serves the app through the bundle's nginx: that front server is the start command, not the
// framework's default server. Other variants of those families, and a Dockerfile with its own CMD, are not.
import { analyze } from '../../../src/analyzer/analyze.js'
import { PHP_NGINX_IMAGE } from '../../../src/analyzer/signals/php-nginx-images.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const LARAVEL = {
  'composer.json': JSON.stringify({ require: { php: '^8.2', 'laravel/framework': '^11.0' } }),
  artisan: '#!/usr/bin/env php\n<?php\n',
  'public/index.php': '<?php\n'
}

function app(dockerfile: string) {
  const report = analyze(treeFromFiles({ ...LARAVEL, Dockerfile: dockerfile }))
  const a = report.apps.find(x => x.appDir === report.primary)!
  return {
    framework: a.framework.value,
    startCommand: a.startCommand.value,
    port: a.port.value,
    evidence: a.startCommand.evidence.map(e => `${e.file}:${e.line}`)
  }
}

describe('PHP_NGINX_IMAGE', () => {
  it.each([
    'serversideup/php:8.4-fpm-nginx-alpine',
    'serversideup/php:beta-8.3-fpm-nginx-alpine',
    'trafex/php-nginx:3.6.0',
    'webdevops/php-nginx:8.2',
    'docker.io/richarvey/nginx-php-fpm:3.1.6'
  ])('%s bundles nginx', image => {
    expect(PHP_NGINX_IMAGE.test(image)).toBe(true)
  })

  it.each([
    'serversideup/php:8.4-fpm-apache',
    'serversideup/php:8.4-frankenphp',
    'serversideup/php:8.4-unit',
    'php:8.3-fpm-alpine',
    'webdevops/php-apache:8.2'
  ])('%s does not', image => {
    expect(PHP_NGINX_IMAGE.test(image)).toBe(false)
  })
})

describe('Laravel images FROM an nginx + php-fpm bundle', () => {
  it('serversideup fpm-nginx without CMD: the bundle’s nginx', () => {
    expect(
      app(
        'FROM serversideup/php:beta-8.3-fpm-nginx-alpine\nCOPY --chown=www-data:www-data . .\nEXPOSE 8080\n'
      )
    ).toEqual({
      framework: 'laravel',
      startCommand: "nginx -g 'daemon off;'",
      port: 8080,
      evidence: ['Dockerfile:1']
    })
  })

  it('trafex/php-nginx without CMD, its tag in an ARG: the bundle’s nginx on its own port', () => {
    expect(app('ARG BASE=trafex/php-nginx:3.6.0\nFROM ${BASE}\nCOPY . /var/www/html\n')).toEqual({
      framework: 'laravel',
      startCommand: "nginx -g 'daemon off;'",
      port: 8080,
      evidence: ['Dockerfile:2']
    })
  })

  it('negative: a bundle image with its own CMD runs that CMD', () => {
    expect(
      app(
        'FROM serversideup/php:8.4-fpm-nginx-alpine\nCOPY . .\nEXPOSE 8080\nCMD ["php", "artisan", "octane:start", "--port=8080"]\n'
      )
    ).toMatchObject({
      framework: 'laravel',
      startCommand: 'php artisan octane:start --port=8080',
      port: 8080
    })
  })

  it('negative: the frankenphp variant of the family is no nginx bundle', () => {
    expect(app('FROM serversideup/php:8.4-frankenphp\nCOPY . .\nEXPOSE 8080\n').startCommand).not.toBe(
      "nginx -g 'daemon off;'"
    )
  })
})

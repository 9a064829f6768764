// A Dockerfile kept in a capitalised `Docker/` folder (holdout16 FreshRSS; a common PHP and .NET layout) is
// found like one in `docker/`: built with the app folder as context, proven by a COPY from it.
import { primaryApp } from '../../support/analyzed-app.js'

function primary(files: Record<string, string>) {
  const app = primaryApp(files)
  return { port: app.port.value, start: app.startCommand.value, portFile: app.port.evidence[0]?.file }
}

describe('Dockerfile in a capitalised Docker/ folder', () => {
  test('PHP: Docker/Dockerfile on apache is the image', () => {
    const f = primary({
      'composer.json': JSON.stringify({ require: { php: '>=8.1' } }),
      'index.php': '<?php echo "hi";\n',
      'Docker/Dockerfile':
        'FROM php:8.2-apache\nCOPY . /var/www/html\nCOPY Docker/site.Apache.conf /etc/apache2/sites-available/site.conf\nEXPOSE 80\nCMD ["apache2-foreground"]\n',
      'Docker/site.Apache.conf': 'Listen 80\n'
    })
    expect(f.port).toBe(80)
    expect(f.portFile).toBe('Docker/Dockerfile')
    expect(f.start).toBe('apache2-foreground')
  })

  test('Node: Docker/Dockerfile is the image', () => {
    const f = primary({
      'package.json': JSON.stringify({
        name: 'svc',
        scripts: { start: 'node index.js' },
        dependencies: { express: '4' }
      }),
      'index.js': "require('express')().listen(process.env.PORT || 3000)\n",
      'Docker/Dockerfile':
        'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nEXPOSE 8088\nCMD ["node", "index.js"]\n'
    })
    expect(f.port).toBe(8088)
    expect(f.portFile).toBe('Docker/Dockerfile')
  })

  test('negative: a Docker/ folder that is an app of its own is not the root app’s image', () => {
    const f = primary({
      'package.json': JSON.stringify({
        name: 'svc',
        scripts: { start: 'node index.js' },
        dependencies: { express: '4' }
      }),
      'index.js': "require('express')().listen(process.env.PORT || 3000)\n",
      'Docker/package.json': JSON.stringify({ name: 'tools', scripts: { start: 'node tool.js' } }),
      'Docker/tool.js': 'console.log(1)\n',
      'Docker/Dockerfile': 'FROM node:20\nCOPY . .\nEXPOSE 9999\nCMD ["node", "tool.js"]\n'
    })
    expect(f.port).toBe(3000)
    expect(f.start).toBe('npm start')
  })
})

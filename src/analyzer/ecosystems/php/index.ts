// PHP: Composer apps; Laravel and Symfony, served by FrankenPHP.
import type { Ecosystem } from '../../ecosystem.js'
import { phpDockerfile } from './dockerfile.js'
import { phpProvider } from './provider.js'

export const phpEcosystem: Ecosystem = {
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
}

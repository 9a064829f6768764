// Ruby: Bundler apps; Rails, Sinatra, Roda and Rack.
import type { Ecosystem } from '../../ecosystem.js'
import { rubyDockerfile } from './dockerfile.js'
import { rubyProvider } from './provider.js'

export const rubyEcosystem: Ecosystem = {
  id: 'ruby',
  providers: [rubyProvider],
  generators: [
    {
      id: 'ruby',
      languages: ['ruby'],
      dockerignore: [
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
      render: rubyDockerfile
    }
  ]
}

import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The dependency rule (ARCHITECTURE.md), enforced: the analyzer is pure — it reads the tree it is given
// and nothing else — so it may not import the GitHub toolkit, AWS clients, processes, the network, or the
// layers above it. test/analyzer/boundaries.test.ts seeds bad imports to prove these rules fire.
const ANALYZER_FORBIDDEN = [
  {
    group: ['@actions/*'],
    message: 'the analyzer is pure: GitHub toolkit calls belong in src/actions or src/stages'
  },
  {
    group: ['@aws-sdk/*', '@smithy/*'],
    message: 'the analyzer is pure: AWS clients belong in src/integrations/aws'
  },
  {
    group: ['child_process', 'node:child_process', 'worker_threads', 'node:worker_threads'],
    message: 'the analyzer is pure: it runs no processes (src/integrations wraps docker and terraform)'
  },
  {
    group: [
      'http',
      'https',
      'http2',
      'net',
      'tls',
      'dgram',
      'dns',
      'node:http',
      'node:https',
      'node:http2'
    ].concat(['node:net', 'node:tls', 'node:dgram', 'node:dns', 'undici', 'node-fetch', '@octokit/*']),
    message: 'the analyzer is pure: it does no network I/O'
  },
  {
    regex: '^(?:\\.\\./)+(?:pipeline|integrations|stages|actions|cli|lambda|infra-check)(?:/|$)',
    message:
      'the analyzer imports nothing of the layers that use it (pipeline, integrations, stages, actions, cli, lambda)'
  }
]

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/fixtures/', 'examples/', 'coverage/', '.ci/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off'
    }
  },
  {
    files: ['src/analyzer/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ANALYZER_FORBIDDEN }],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'the analyzer is pure: it does no network I/O' },
        { name: 'WebSocket', message: 'the analyzer is pure: it does no network I/O' }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression',
          message: 'the analyzer loads no modules at run time (lint cannot see them)'
        }
      ]
    }
  },
  {
    // An action is a thin adapter over src/stages: it never imports another action's folder.
    files: ['src/actions/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)',
              message: 'an action may not import another action; share code through src/stages'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/actions/*/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./(?!\\.\\./)',
              message: 'an action may not import another action; share code through src/stages'
            }
          ]
        }
      ]
    }
  }
)

// Two ecosystems reading one folder as a deployable app: the folder's Dockerfile, built on one language's
// official image, ships that one (holdout27 paperless-ai: an express server whose node:22-slim image also
// starts a FastAPI sidecar from the root's requirements.txt was reported as FastAPI/pip).
import { primaryFields } from '../../support/analyzed-app.js'
import { finalImageLanguage } from '../../../src/analyzer/signals/image-language.js'

function fields(files: Record<string, string>) {
  return primaryFields(files, [
    'language',
    'framework',
    'port',
    'startCommand',
    'packageManager',
    'runtimeVersion'
  ])
}

const sidecar = {
  'requirements.txt': 'fastapi>=0.95.0\nuvicorn>=0.22\n',
  'main.py':
    'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/status")\ndef status():\n    return {}\n'
}

describe('finalImageLanguage', () => {
  it('reads the last stage, through FROM <stage> aliases and ARGs', () => {
    expect(
      finalImageLanguage('Dockerfile', 'FROM python:3.12 AS build\nFROM node:22-slim\nCMD ["node","a.js"]\n')
    ).toMatchObject({
      group: 'javascript',
      evidence: { file: 'Dockerfile', line: 2 }
    })
    expect(
      finalImageLanguage(
        'Dockerfile',
        'ARG V=3.12\nFROM python:${V}-slim AS base\nFROM node:20 AS ui\nFROM base\n'
      )
    ).toMatchObject({ group: 'python', evidence: { line: 2 } })
    expect(
      finalImageLanguage('Dockerfile', 'FROM golang:1.22 AS build\nFROM gcr.io/distroless/static\n')
    ).toBeNull()
  })
})

describe('the shipped image picks between two deployable readings', () => {
  it('an express server on node:22-slim beside a FastAPI sidecar it starts in the background', () => {
    expect(
      fields({
        ...sidecar,
        'package.json': JSON.stringify({
          name: 'tagger',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4.21.2' }
        }),
        'package-lock.json': '{"lockfileVersion":3}',
        'server.js': "const app = require('express')()\napp.listen(process.env.APP_PORT || 3000)\n",
        'start.sh': '#!/bin/bash\npython main.py &\nnode server.js\n',
        Dockerfile:
          'FROM node:22-slim\nRUN apt-get update && apt-get install -y python3-pip\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nEXPOSE 3000\nCMD ["./start.sh"]\n'
      })
    ).toEqual({
      language: 'javascript',
      framework: 'express',
      port: 3000,
      startCommand: 'node server.js',
      packageManager: 'npm',
      runtimeVersion: '22'
    })
  })

  it('a Fastify server whose last stage builds FROM a node runtime stage (alias)', () => {
    expect(
      fields({
        ...sidecar,
        'package.json': JSON.stringify({
          name: 'api',
          scripts: { start: 'node index.js' },
          dependencies: { fastify: '^5.0.0' }
        }),
        'yarn.lock': '# yarn lockfile v1\n',
        'index.js': "const app = require('fastify')()\napp.listen({ port: 8080, host: '0.0.0.0' })\n",
        Dockerfile:
          'FROM node:20-bookworm AS runtime\nRUN apt-get update && apt-get install -y python3\nFROM runtime\nWORKDIR /srv\nCOPY . .\nRUN yarn install --frozen-lockfile\nCMD ["node", "index.js"]\n'
      })
    ).toEqual({
      language: 'javascript',
      framework: 'fastify',
      port: 8080,
      startCommand: 'node index.js',
      packageManager: 'yarn',
      runtimeVersion: '20'
    })
  })

  it('negative: on a python image, or without a Dockerfile, the score order stands (FastAPI)', () => {
    const node = {
      'package.json': JSON.stringify({
        name: 'mock',
        scripts: { start: 'node server.js' },
        dependencies: { express: '^4.21.2' }
      }),
      'package-lock.json': '{"lockfileVersion":3}',
      'server.js': "const app = require('express')()\napp.listen(3000)\n"
    }
    const onPython = fields({
      ...sidecar,
      ...node,
      Dockerfile:
        'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0"]\n'
    })
    expect(onPython).toEqual({
      language: 'python',
      framework: 'fastapi',
      port: 8000,
      startCommand: 'uvicorn main:app --host 0.0.0.0',
      packageManager: 'pip',
      runtimeVersion: '3.12'
    })
    expect(fields({ ...sidecar, ...node })).toMatchObject({
      language: 'python',
      framework: 'fastapi',
      packageManager: 'pip'
    })
  })
})

// How bench/real-node-images.ts reads the log of a container that exited without answering HTTP: the app's
// own code stopping for want of a database or its settings is the environment (no such services here); a
// module or file the image lacks is a defect of the generated image.
import { classifyStop, unpublished } from '../../bench/real-node-images.js'

/** hyperdx's API (real-node-images 07e): connect-mongo without a MongoDB URL. */
const MONGO_SESSION_STORE = [
  'Assertion failed: You must provide either mongoUrl|clientPromise|client in options',
  '/app/node_modules/connect-mongo/build/main/lib/MongoStore.js:119',
  "            throw new Error('Cannot init client. Please provide correct options');",
  '            ^',
  '',
  'Error: Cannot init client. Please provide correct options',
  '    at new MongoStore (/app/node_modules/connect-mongo/build/main/lib/MongoStore.js:119:19)',
  '    at Object.<anonymous> (/app/packages/api/build/api-app.js:42:12)',
  '',
  'Node.js v24.21.0'
]

describe('classifyStop', () => {
  it('a library asking for its connection settings is the environment (connect-mongo)', () => {
    expect(classifyStop(MONGO_SESSION_STORE)).toEqual({
      outcome: 'environment',
      detail: 'Error: Cannot init client. Please provide correct options'
    })
  })

  it('a MongoDB URL the app requires, and a refused database connection, are the environment', () => {
    expect(
      classifyStop(['Error: MONGO_URI is required', '    at main (/app/dist/main.js:3:9)']).outcome
    ).toBe('environment')
    expect(
      classifyStop(['MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017', 'Node.js v22.12.0'])
        .outcome
    ).toBe('environment')
  })

  it('mongoose without its connection string stops the app, after an optional module it caught (idurar)', () => {
    expect(
      classifyStop([
        "Error: Cannot find module 'phantomjs-prebuilt'",
        "  code: 'MODULE_NOT_FOUND',",
        'Express running → On PORT : 8888',
        'MongooseError: The `uri` parameter to `openUri()` must be a string, got "undefined". Make sure the first parameter to `mongoose.connect()` or `mongoose.createConnection()` is a string.',
        '    at Object.<anonymous> (/app/src/server.js:17:10)',
        'Node.js v20.20.2'
      ]).outcome
    ).toBe('environment')
  })

  it('a URL built from an unset variable (opensign: new URL(process.env.SERVER_URL))', () => {
    expect(
      classifyStop([
        'TypeError: Invalid URL',
        '    at new URL (node:internal/url:818:25)',
        "  code: 'ERR_INVALID_URL',",
        "  input: 'undefined'",
        '}',
        'Node.js v22.23.5'
      ]).outcome
    ).toBe('environment')
  })

  it('negatives: a module the image lacks, and an unexplained crash, are image defects', () => {
    expect(
      classifyStop([
        "Error: Cannot find module 'connect-mongo'",
        'Require stack:',
        '- /app/dist/server.js',
        'Node.js v22.12.0'
      ])
    ).toEqual({ outcome: 'image-defect', detail: "Error: Cannot find module 'connect-mongo'" })
    expect(classifyStop(['TypeError: app.listen is not a function', 'Node.js v22.12.0'])).toEqual({
      outcome: 'image-defect',
      detail: 'exited: TypeError: app.listen is not a function'
    })
  })
})

// A lockfile version the registry no longer serves fails on any machine: environment, not the image.
describe('unpublished', () => {
  it('reads pnpm’s, npm’s and bun’s 404s (bun: zerobyte’s lockfile)', () => {
    expect(
      unpublished(
        ' ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/@aws-sdk/s3-presigned-post/-/s3-presigned-post-3.892.0.tgz: Not Found - 404'
      )
    ).toBe(
      'https://registry.npmjs.org/@aws-sdk/s3-presigned-post/-/s3-presigned-post-3.892.0.tgz: (unpublished from the npm registry)'
    )
    expect(
      unpublished('#14 4.047 error: failed to download vite-plugin-killer-instincts@1.1.0: 404 Not Found')
    ).toBe('vite-plugin-killer-instincts@1.1.0 (unpublished from the npm registry)')
  })

  it('negative: a failed build without a registry 404', () => {
    expect(unpublished('error: Workspace dependency "@zerobyte/core" not found')).toBeNull()
    expect(unpublished('npm error code ETARGET')).toBeNull()
  })
})

import { parseBackendConfig } from '../../../src/integrations/terraform/backend-config.js'

test('backend-config: comments and blanks skipped, endpoints objects kept whole, credentials masked', () => {
  const parsed = parseBackendConfig(
    '# state\nendpoints={s3="http://127.0.0.1:4568"}\n\naccess_key=AKID\ntoken=t0k\nencrypt=true\n',
    () => {
      throw new Error('no files here')
    }
  )
  expect(parsed.entries).toEqual([
    { key: 'endpoints', value: '{s3="http://127.0.0.1:4568"}' },
    { key: 'access_key', value: 'AKID' },
    { key: 'token', value: 't0k' },
    { key: 'encrypt', value: 'true' }
  ])
  expect(parsed.secrets).toEqual(['AKID', 't0k'])
})

test('a line that is not key=value is a file the caller resolves; an empty value is refused', () => {
  const parsed = parseBackendConfig('backend.s3.tfbackend\nkey=a/b=c.tfstate\n', path => `/abs/${path}`)
  expect(parsed.entries).toEqual([
    { file: '/abs/backend.s3.tfbackend' },
    { key: 'key', value: 'a/b=c.tfstate' }
  ])
  expect(() => parseBackendConfig('bucket =', p => p)).toThrow(
    'backend-config "bucket =" has no value: use key=value, or the path of a backend config file'
  )
})

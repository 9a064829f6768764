import {
  DEFAULT_OUTPUT_NAMES,
  ecsTarget,
  publicOutputs,
  sensitiveOutputStrings,
  stringOutput
} from '../../../src/stages/terraform-deploy/outputs.js'

const outputs = {
  service_url: { sensitive: false, value: 'http://shop.example' },
  cluster_name: { sensitive: false, value: 'apps' },
  service_name: { sensitive: false, value: 'shop' },
  db: { sensitive: true, value: { url: 'postgres://u:pw-1234@db', port: 5432 } },
  empty: { sensitive: false, value: '' }
}

test('sensitive outputs are "(sensitive)" in what the pipeline passes on, and their strings are masked', () => {
  expect(publicOutputs(outputs)).toEqual({
    service_url: 'http://shop.example',
    cluster_name: 'apps',
    service_name: 'shop',
    db: '(sensitive)',
    empty: ''
  })
  expect(sensitiveOutputStrings(outputs)).toEqual(['postgres://u:pw-1234@db'])
  expect(stringOutput(outputs, 'db')).toBeNull()
  expect(stringOutput(outputs, 'empty')).toBeNull()
})

test('the service to watch comes from the outputs, the inputs override it, no service means none', () => {
  const none = { cluster: null, service: null }
  expect(ecsTarget(outputs, DEFAULT_OUTPUT_NAMES, none)).toEqual({ cluster: 'apps', service: 'shop' })
  expect(ecsTarget(outputs, DEFAULT_OUTPUT_NAMES, { cluster: 'c', service: 's' })).toEqual({
    cluster: 'c',
    service: 's'
  })
  expect(ecsTarget({ service_name: outputs.service_name }, DEFAULT_OUTPUT_NAMES, none)).toEqual({
    cluster: 'default',
    service: 'shop'
  })
  expect(ecsTarget({ service_url: outputs.service_url }, DEFAULT_OUTPUT_NAMES, none)).toBeNull()
  expect(
    ecsTarget(
      { ecs_service: { sensitive: false, value: 'x' } },
      { ...DEFAULT_OUTPUT_NAMES, service: 'ecs_service' },
      none
    )
  ).toEqual({ cluster: 'default', service: 'x' })
})

import { readFileSync } from 'node:fs'
import { IMAGE_TAG, validateImageTag } from '../../../src/stages/terraform-deploy/image-tag.js'

test('the rule is the service module\'s own (variables.tf, variable "image_tag")', () => {
  const tf = readFileSync('infrastructure/modules/service/variables.tf', 'utf8')
  const block = tf.slice(tf.indexOf('variable "image_tag"'))
  const regex = /regex\("(.+?)", var\.image_tag\)/.exec(block)?.[1]
  expect(regex?.replace(/\\\\/g, '\\')).toBe(IMAGE_TAG.source)
})

test.each(['a1b2c3d', 'f'.repeat(40), 'v1.2.3', 'release_2026-12', 'latest'])('accepts %s', tag => {
  expect(validateImageTag(tag)).toBe(tag)
})

test.each(['', '-x', '.x', 'a b', 'x;rm -rf /', 'a'.repeat(129), 'tag=1'])('refuses %p', tag => {
  expect(() => validateImageTag(tag)).toThrow(
    /^image-tag ".*" is not valid: use a commit SHA \(7-64 hex characters\) or a Docker tag/
  )
})

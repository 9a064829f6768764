import { escapeMrkdwn, mrkdwnLink, oneLine } from '../../../src/integrations/slack/mrkdwn.js'

test('escapes the three characters Slack parses', () => {
  expect(escapeMrkdwn('a <@U123> & <!channel> > b')).toBe('a &lt;@U123&gt; &amp; &lt;!channel&gt; &gt; b')
})

test('links only http(s) URLs, and the label cannot break out', () => {
  expect(mrkdwnLink('https://x.test/a', 'go|<b>')).toBe('<https://x.test/a|go¦&lt;b&gt;>')
  expect(mrkdwnLink('javascript:alert(1)', 'x')).toBe('x')
  expect(mrkdwnLink('https://x.test/a|evil', 'x')).toBe('x')
  expect(mrkdwnLink(null, 'plain')).toBe('plain')
})

test('oneLine keeps the first line within a length', () => {
  expect(oneLine('subject\n\nbody', 50)).toBe('subject')
  expect(oneLine('x'.repeat(10), 5)).toBe('xxxx…')
})

import { expandImageEnv, runsInShell, shellVariables } from '../../../src/analyzer/signals/shell-env.js'

test('shell form and `sh -c` exec form run through a shell; plain exec form does not', () => {
  expect(runsInShell('java -jar app.jar -context ${CONTEXT}')).toBe(true)
  expect(runsInShell('["/bin/sh", "-c", "exec java ${JAVA_OPTS} -jar app.jar"]')).toBe(true)
  expect(runsInShell('["bash", "-c", "node server.js"]')).toBe(true)
  expect(runsInShell('["java", "${JAVA_OPTS}", "-jar", "app.jar"]')).toBe(false)
  expect(runsInShell('["sh", "/start.sh"]')).toBe(false)
})

test('variables named outside single quotes', () => {
  expect([...shellVariables(`run $A \${B} \${C:-x} '\${D}' "\${E}"`)]).toEqual(['A', 'B', 'C', 'E'])
})

test('the image ENV values replace the variables they set; others stay', () => {
  const env = new Map([
    ['CONTEXT', '/'],
    ['JAVA_OPTIONS', '-XX:+UseG1GC'],
    ['EXTRA', ''],
    ['WORKERS', '']
  ])
  const names = new Set(['CONTEXT', 'JAVA_OPTIONS', 'EXTRA', 'WORKERS', 'PORT'])
  expect(
    expandImageEnv('java  ${JAVA_OPTIONS}  ${EXTRA}  -cp app.jar Main -context ${CONTEXT}', names, env)
  ).toBe('java -XX:+UseG1GC -cp app.jar Main -context /')
  // Empty value: the `:-` default; unset (the platform may set it): unchanged; single quotes: literal.
  expect(expandImageEnv(`serve -w \${WORKERS:-2} -p $PORT '$CONTEXT'`, names, env)).toBe(
    `serve -w 2 -p $PORT '$CONTEXT'`
  )
  // A variable the command does not take from a shell (exec-form part) is not in `names`.
  expect(expandImageEnv('tini -- run ${CONTEXT}', new Set(), env)).toBe('tini -- run ${CONTEXT}')
})

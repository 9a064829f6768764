// Servers of other protocols in a Node app: an SMTP relay (`new SMTPServer(…)`), an LDAP directory, a raw
// TCP or UDP socket. Their `listen(process.env.PORT || 2525)` takes a port the web server does not serve,
// even when the variable is named PORT, so their listen calls are blanked before the port patterns run.
// Line breaks stay, so every other match keeps its line number.

/** Constructors of servers that do not speak HTTP. */
const OTHER_PROTOCOL_SERVER =
  /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w.<>]+\s*)?=\s*(?:new\s+(?:SMTPServer|SMTPServerClass|LDAPServer)\s*\(|(?:net|tls|dgram|ldap|ldapjs)\.(?:createServer|createSocket)\s*\()/g

/** `text` with the listen calls of non-HTTP servers (and their arguments) replaced by spaces. */
export function withoutOtherProtocolListeners(text: string): string {
  if (!/\b(?:SMTPServer|LDAPServer|createServer|createSocket)\b/.test(text)) return text
  const receivers = new Set<string>()
  for (const m of text.matchAll(OTHER_PROTOCOL_SERVER)) receivers.add(m[1]!)
  if (receivers.size === 0) return text
  const names = [...receivers].map(r => r.replace(/\$/g, '\\$')).join('|')
  const listen = new RegExp(`\\b(?:${names})\\s*\\.\\s*(?:listen|bind)\\s*\\([^;\\n]*`, 'g')
  return text.replace(listen, call => call.replace(/[^\n]/g, ' '))
}

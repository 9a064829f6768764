// Finding the repository script a start command runs: launcher words (`tini --`, `/bin/bash`) dropped, the
// script looked up in the repository by its image path's tails, and told apart from other programs by its
// shebang. start-script.ts follows such a script to the server it ends with.
/** Reads a repository file (repository-relative path), or null. */
export type RepoFileReader = (path: string) => string | null

/** Init processes that only forward signals to the command given after them. */
const INIT_WORD = /^(?:\S*\/)?(?:dumb-init|tini|tini-static|catatonit)$/
/** Shells that run the script named after them. */
export const SHELL_WORD = /^(?:\S*\/)?(?:sh|bash|ash|dash|zsh)$/

/**
 * The launcher words dropped: `tini -- x`, `dumb-init -- x`, `/bin/bash x`, `sh -e x` → `x …`. A shell with
 * `-c` runs a command line, not a script: left as is.
 */
export function dropLaunchers(command: string): string[] {
  const words = command.trim().split(/\s+/).filter(Boolean)
  let i = 0
  while (i < words.length) {
    const word = words[i]!
    if (INIT_WORD.test(word)) {
      i++
      while (i < words.length && words[i]!.startsWith('-')) i++
    } else if (SHELL_WORD.test(word)) {
      if (words.slice(i + 1).some(w => /^-\w*c\w*$/.test(w))) break
      i++
      while (i < words.length && words[i]!.startsWith('-')) i++
    } else break
  }
  return words.slice(i)
}

/** Longer script paths are not real ones (PATH_MAX is 4096); deeper ones are looked up by their last tails. */
const MAX_SCRIPT_PATH = 4096
const MAX_SCRIPT_SEGMENTS = 16

/**
 * Finds a script named by its image or relative path in the repository: `/opt/app/boot.sh` is looked up
 * by its tails (`opt/app/boot.sh`, `app/boot.sh`, `boot.sh`) beside the file that names it, then at the root.
 */
export function readRepoScript(
  scriptPath: string,
  baseDir: string,
  readFile: RepoFileReader
): { path: string; text: string } | null {
  // Only the last MAX_SCRIPT_SEGMENTS tails are tried: a hostile `/a/a/a/…` command of a megabyte would
  // otherwise cost one join and one lookup per segment, each as long as the command (quadratic).
  if (scriptPath.length > MAX_SCRIPT_PATH) return null
  const segments = scriptPath.split('/').filter(s => s && s !== '.')
  for (let i = Math.max(0, segments.length - MAX_SCRIPT_SEGMENTS); i < segments.length; i++) {
    const rel = segments.slice(i).join('/')
    for (const path of baseDir === '.' || baseDir === '' ? [rel] : [`${baseDir}/${rel}`, rel]) {
      const text = readFile(path)
      if (text !== null) return { path, text }
    }
  }
  return null
}

/** A shell script by its shebang, or by its `.sh` name when it has none (`bin/boot` in Ruby is not one). */
export function isShellScript(path: string, text: string): boolean {
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text)
  if (!shebang) return /\.(?:ba)?sh$/.test(path)
  const interpreter = /(?:^|\/)env$/.test(shebang[1]!) ? (shebang[2] ?? '') : shebang[1]!
  return SHELL_WORD.test(interpreter)
}

/** The repository shell script `command` runs when it runs nothing but that script (launchers aside). */
export function loneRepoScript(
  command: string,
  baseDir: string,
  readFile: RepoFileReader
): { path: string; text: string } | null {
  const words = dropLaunchers(command)
  if (words.length !== 1) return null
  const script = readRepoScript(words[0]!, baseDir, readFile)
  return script && isShellScript(script.path, script.text) ? script : null
}

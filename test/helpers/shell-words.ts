/**
 * POSIX shell words, enough to read the commands of the examples as sh would: single and double
 * quotes, backslash escapes, backslash-newline continuations, comments and redirections (`> file`
 * is not an argument). No expansion: `$VAR` stays as written.
 */
export function shellWords(script: string): string[][] {
  const commands: string[][] = []
  let words: string[] = []
  let word: string | undefined
  let redirected = false
  const end = (): void => {
    if (word !== undefined && !redirected) words.push(word)
    if (word !== undefined) redirected = false
    word = undefined
  }
  const endCommand = (): void => {
    end()
    if (words.length) commands.push(words)
    words = []
  }
  for (let i = 0; i < script.length; i++) {
    const c = script[i]
    if (c === '\\') {
      const next = script[++i]
      if (next !== '\n') word = (word ?? '') + (next ?? '')
    } else if (c === "'") {
      const close = script.indexOf("'", i + 1)
      if (close < 0) throw new Error(`unterminated ' in: ${script}`)
      word = (word ?? '') + script.slice(i + 1, close)
      i = close
    } else if (c === '"') {
      let text = ''
      for (i++; i < script.length && script[i] !== '"'; i++) {
        if (script[i] === '\\' && /["\\$`\n]/.test(script[i + 1] ?? '')) {
          if (script[++i] !== '\n') text += script[i]
        } else text += script[i]
      }
      if (i >= script.length) throw new Error(`unterminated " in: ${script}`)
      word = (word ?? '') + text
    } else if (c === '#' && word === undefined) {
      while (i < script.length && script[i] !== '\n') i++
      endCommand()
    } else if (c === '\n' || c === ';' || c === '&' || c === '|') {
      endCommand()
    } else if (c === '>' || c === '<') {
      if (word !== undefined && /^\d$/.test(word)) word = undefined // 2> names a descriptor
      end()
      while (script[i + 1] === '>' || script[i + 1] === '&') i++
      redirected = true
    } else if (c === ' ' || c === '\t') {
      end()
    } else {
      word = (word ?? '') + c
    }
  }
  endCommand()
  return commands
}

/**
 * The gate's own name, version and documentation, for the footers and hints a first-time reader
 * sees. The links point at the copy of the gate that ran (the repository and ref of `uses:`), so a
 * fork or a pinned tag links its own docs; anywhere else at the package's home in package.json.
 */
import pkg from '../../package.json' with { type: 'json' }

export const GATE_VERSION: string = pkg.version

/** Where the gate's docs live: a repository's web address and the ref to read them at. */
export interface GateHome {
  /** `https://github.com/owner/name`, no trailing slash. */
  repository: string
  /** A tag, branch or commit, URL-encoded segment by segment. */
  ref: string
}

/** A link destination that cannot end the Markdown link it sits in, nor hold a space or a quote. */
const segment = (text: string): string =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )

/** `git+https://host/owner/name.git` (package.json's repository.url) as a web address. */
function webAddress(url: string): string {
  return url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
}

/** The package's home: package.json's repository, at the tag of this version. */
export const PACKAGE_HOME: GateHome = {
  repository: webAddress(pkg.repository.url),
  ref: segment(`v${GATE_VERSION}`)
}

/** GitHub's owner/name: letters, digits, `-`, `.` and `_` (and no `..`, which would climb). */
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/

/**
 * The repository and ref the action was run from (`uses: owner/name@ref`), on the run's GitHub
 * server; the package's home when the runner does not say (a local `uses: ./`, the CLI, the App).
 * All three are environment text: a server that is not http(s), a repository that is not
 * owner/name and a ref with a part that could climb the path are refused; every character of the
 * ref that could end a link is encoded.
 */
export function gateHome(env: NodeJS.ProcessEnv = process.env): GateHome {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim() ?? ''
  if (!REPOSITORY.test(repository)) return PACKAGE_HOME
  let server: URL
  try {
    server = new URL(env.GITHUB_SERVER_URL?.trim() || 'https://github.com')
  } catch {
    return PACKAGE_HOME
  }
  if (server.protocol !== 'https:' && server.protocol !== 'http:') return PACKAGE_HOME
  // A ref names a branch, a tag or a commit; without one, the repository's default branch.
  const ref = env.GITHUB_ACTION_REF?.trim() || 'HEAD'
  // Git refuses `..`, empty parts and parts that start with a dot; a URL would climb out on them.
  if (ref.length > 255 || ref.split('/').some(part => part === '' || part.startsWith('.')))
    return PACKAGE_HOME
  return {
    repository: `${server.origin}/${repository}`,
    ref: ref.split('/').map(segment).join('/')
  }
}

/** The README section that explains every status. */
export const STATUSES_DOC = { file: 'README.md', anchor: 'what-each-status-means' }

/** The docs of the App's policy file (.github/error-budget.yml). */
export const APP_POLICY_DOC = { file: 'docs/github-app.md', anchor: 'the-policy-file' }

/** A page of the docs (a path in the repository, with an optional anchor), at the home's ref. */
export function docsUrl(home: GateHome, doc: { file: string; anchor?: string }): string {
  const file = doc.file.split('/').map(segment).join('/')
  return `${home.repository}/blob/${home.ref}/${file}${doc.anchor ? `#${segment(doc.anchor)}` : ''}`
}

/** One Markdown line: the gate at its ref, its version, and where to learn what the statuses mean. */
export function aboutLine(home: GateHome = PACKAGE_HOME): string {
  return `[error-budget-gate](${home.repository}/tree/${home.ref}) v${GATE_VERSION} · [what the statuses mean](${docsUrl(home, STATUSES_DOC)})`
}

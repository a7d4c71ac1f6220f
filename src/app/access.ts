/**
 * Which repositories may use which datasource. A policy is read at the deployment's sha, so a pull
 * request chooses the datasource and the PromQL: without a binding, any repository the App is
 * installed on could query any team's Prometheus with that team's credentials. A datasource is
 * bound by DATASOURCE_<NAME>_REPOSITORIES; one without it serves no repository (fail closed).
 */

/** `owner/repo` patterns, `*` matching any run of characters within the owner or the repository. */
export type RepositoryPatterns = RegExp[]

/** GitHub's characters for owners and repositories, and the wildcard. */
const SEGMENT = /^[A-Za-z0-9._*-]+$/

/**
 * Reads a comma-separated list such as `acme/*,platform/shop`; throws with what is wrong (never the
 * value: the caller names the variable).
 */
export function readRepositoryPatterns(text: string): RepositoryPatterns {
  const entries = text
    .split(',')
    .map(entry => entry.trim())
    .filter(Boolean)
  return entries.map((entry, i) => {
    const parts = entry.split('/')
    if (parts.length !== 2 || !parts.every(part => SEGMENT.test(part)))
      throw new Error(
        `entry ${i + 1} is not an owner/repository pattern; expected a comma-separated list such as acme/*, acme/shop (* matches any run of characters in the owner or the repository)`
      )
    const glob = parts
      .map(part =>
        part
          .split('*')
          .map(piece => piece.replace(/[.]/g, '\\.'))
          .join('[^/]*')
      )
      .join('/')
    // GitHub's names are case-insensitive.
    return new RegExp(`^${glob}$`, 'i')
  })
}

export const mayUse = (patterns: RepositoryPatterns, owner: string, repo: string): boolean =>
  patterns.some(pattern => pattern.test(`${owner}/${repo}`))

/**
 * What a repository is told when its policy names a datasource it may not use, whether the server
 * has it or not: the same words, so that a repository learns nothing of the server's datasources.
 */
export const notAvailable = (environment: string, datasource: string): string =>
  `environments.${environment}.prometheus: datasource "${datasource}" is not available to this repository; ask the server's operator which datasource it may use`

/** The datasource a repository may use by that name, or undefined (unknown and forbidden alike). */
export function datasourceFor<T extends { repositories: RepositoryPatterns }>(
  datasources: Map<string, T>,
  name: string,
  repository: { owner: string; repo: string }
): T | undefined {
  const datasource = datasources.get(name)
  return datasource && mayUse(datasource.repositories, repository.owner, repository.repo)
    ? datasource
    : undefined
}

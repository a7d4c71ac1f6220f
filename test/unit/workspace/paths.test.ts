import path from 'node:path'
import { shownPath } from '../../../src/workspace/paths.js'

describe('shownPath', () => {
  const root = path.resolve('/home/runner/work/shop/shop')
  it.each([
    [path.join(root, '.deploy-freeze'), '.deploy-freeze', '.deploy-freeze'],
    [path.join(root, 'ops', 'freeze'), './ops/freeze', 'ops/freeze'],
    // Outside the workspace (or the workspace itself): as the user wrote it.
    [path.resolve('/etc/freeze'), '/etc/freeze', '/etc/freeze'],
    [path.resolve(root, '..', 'other'), '../other', '../other'],
    [root, '.', '.']
  ])('%s is shown as %s', (file, given, shown) => {
    expect(shownPath(file, root, given)).toBe(shown)
  })
})

/**
 * Parses Mermaid texts with Mermaid's own parser, under Node with jsdom for the DOM it needs.
 * Reads a JSON array of texts on stdin; prints, for each, the parse error or what the diagram
 * holds (type, directive config, title, axes, plots). Run as a child process by the tests, so
 * that jest never loads Mermaid's ESM bundle.
 */
import { JSDOM } from 'jsdom'

const { window } = new JSDOM('<!doctype html><html><body></body></html>')
globalThis.window = window
globalThis.document = window.document
const { default: mermaid } = await import('mermaid')

let input = ''
for await (const chunk of process.stdin) input += chunk
const results = []
for (const text of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(text)
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
    const data = diagram.db.getXYChartData?.()
    results.push({
      ok: true,
      type: parsed.diagramType,
      config: parsed.config,
      title: diagram.db.getDiagramTitle?.(),
      xAxis: data?.xAxis,
      yAxis: data?.yAxis,
      plots: data?.plots.map(p => ({ type: p.type, title: p.title, data: p.data }))
    })
  } catch (error) {
    results.push({ ok: false, error: String(error.message ?? error) })
  }
}
process.stdout.write(JSON.stringify(results))

/** The plain text of a Lexical rich-text value: text nodes joined, block nodes on their own lines. */
type Node = { type?: string; text?: string; children?: Node[] }

/** Nodes that sit inside a line; every other node with children is a block of its own. */
const INLINE = new Set(['link', 'autolink'])

const walk = (node: Node, out: string[]): void => {
  if (typeof node.text === 'string') out.push(node.text)
  if (node.type === 'linebreak') out.push('\n')
  if (Array.isArray(node.children)) {
    for (const child of node.children) walk(child, out)
    if (node.type !== 'root' && !INLINE.has(node.type ?? '')) out.push('\n')
  }
}

export const lexicalText = (value: unknown): string => {
  const root = (value as { root?: Node } | null | undefined)?.root
  if (!root) return ''
  const out: string[] = []
  walk(root, out)
  return out.join('').replace(/\n{2,}/g, '\n').trim()
}

// Chromium's own accessibility tree (CDP Accessibility.getFullAXTree), pruned to what assistive
// technologies announce: nodes with a meaningful role, their name and heading level.
import type { Page } from 'playwright-core';

export interface AxNode {
  role: string;
  name: string;
  level?: number;
  /** The accessible description, when there is one (`aria-describedby`...). */
  description?: string;
  children: AxNode[];
}

interface RawAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: Array<{ name: string; value: { value: unknown } }>;
  childIds?: string[];
  backendDOMNodeId?: number;
}

// Roles that only group or hold text: their children are lifted into the parent.
const TRANSPARENT = new Set(['generic', 'none', 'presentation', 'InlineTextBox', 'LineBreak']);

/**
 * The pruned accessibility subtree of the element `expression` evaluates to in the page
 * (a JavaScript expression, so it can reach into shadow roots).
 */
export async function axTreeOf(page: Page, expression: string): Promise<AxNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) throw new Error(`No element for ${expression}`);
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: RawAxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (!root) throw new Error(`${expression} is not in the accessibility tree`);
    const build = (raw: RawAxNode): AxNode[] => {
      const children = (raw.childIds ?? []).flatMap((id) => {
        const child = byId.get(id);
        return child ? build(child) : [];
      });
      const role = raw.role?.value ?? 'none';
      if (raw.ignored || TRANSPARENT.has(role)) return children;
      if (role === 'StaticText')
        return [{ role: 'text', name: raw.name?.value ?? '', children: [] }];
      const level = raw.properties?.find((p) => p.name === 'level')?.value.value;
      const description = raw.description?.value.trim();
      return [
        {
          role,
          name: (raw.name?.value ?? '').trim(),
          ...(typeof level === 'number' ? { level } : {}),
          ...(description ? { description } : {}),
          children,
        },
      ];
    };
    const [tree] = build({ ...root, ignored: false, role: { value: root.role?.value ?? 'group' } });
    return tree;
  } finally {
    await cdp.detach();
  }
}

/** Every node of a tree, depth first. */
export const flatten = (node: AxNode): AxNode[] => [node, ...node.children.flatMap(flatten)];

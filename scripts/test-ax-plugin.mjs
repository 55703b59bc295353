// A @web/test-runner command that returns the browser's own accessibility tree below an element:
// the roles, names, descriptions and states that Chromium hands to a screen reader, computed by the
// browser rather than by a test. Chromium only, through the DevTools protocol.
const sessions = new WeakMap();

async function devToolsSession(page) {
  let session = sessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    await session.send('Accessibility.enable');
    sessions.set(page, session);
  }
  return session;
}

/** States a screen reader announces with a node, as `name=value` in the returned line. */
const STATES = ['level', 'checked', 'pressed', 'expanded', 'selected', 'disabled', 'live', 'hasPopup', 'activedescendant'];

/** Returns an accessibility value (a role, name, description or property value) as a string. */
function valueOf(value) {
  if (value?.type === 'idref' || value?.type === 'node') return value.relatedNodes?.[0]?.text ?? String(value.relatedNodes?.[0]?.backendDOMNodeId ?? '');
  return value?.value === undefined ? '' : String(value.value);
}

/**
 * Turns the nodes below `rootId` into lines `role "name" (description) state=value`, indented two
 * spaces a level, with text as `StaticText "text"`. Nodes that the browser ignores or that carry no
 * meaning (generic, none) are left out, and their children move up a level, as a screen reader meets them.
 */
function lines(nodes, rootId) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const result = [];
  const visit = (id, depth) => {
    const node = byId.get(id);
    if (!node) return;
    const role = valueOf(node.role);
    const meaningful = !node.ignored && role !== 'InlineTextBox' && role !== 'generic' && role !== 'none';
    if (meaningful) {
      let line = `${'  '.repeat(depth)}${role}`;
      const name = valueOf(node.name);
      if (name) line += ` "${name.replace(/\s+/g, ' ').trim()}"`;
      const description = valueOf(node.description);
      if (description) line += ` (${description.replace(/\s+/g, ' ').trim()})`;
      for (const property of node.properties ?? []) {
        if (STATES.includes(property.name)) line += ` ${property.name}=${valueOf(property.value)}`;
      }
      result.push(line);
    }
    for (const child of node.childIds ?? []) visit(child, meaningful ? depth + 1 : depth);
  };
  visit(rootId, 0);
  return result;
}

/**
 * Command `wbm-ax-tree` with payload `{ selector }`: the accessibility tree below the first element
 * that `document.querySelector(selector)` finds, as an array of lines. Returns null in browsers
 * without the DevTools protocol, and throws when no element matches.
 */
export function accessibilityTreePlugin() {
  return {
    name: 'wbm-ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wbm-ax-tree') return undefined;

      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession || page.browser().protocol !== 'cdp') return null;

      const devTools = await devToolsSession(page);
      const { result } = await devTools.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(payload.selector)})` });
      if (!result.objectId) throw new Error(`wbm-ax-tree: no element matches ${payload.selector}`);
      const { node } = await devTools.send('DOM.describeNode', { objectId: result.objectId });
      await devTools.send('Runtime.releaseObject', { objectId: result.objectId });

      const { nodes } = await devTools.send('Accessibility.getFullAXTree');
      const root = nodes.find((candidate) => candidate.backendDOMNodeId === node.backendNodeId);
      if (!root) throw new Error(`wbm-ax-tree: ${payload.selector} has no node in the accessibility tree`);
      return lines(nodes, root.nodeId);
    },
  };
}

// In-page helpers for the end-to-end suites, injected as an init script (plain JS on purpose:
// the TypeScript loader adds helpers to named functions that do not exist in the page).
// Everything lives on `window.__probe`; hostile payloads report through `window.__pwn(id)`.
(() => {
  if (window.__probe) return;
  const pwnLog = [];
  window.__pwnLog = pwnLog;
  window.__pwn = (id) => void pwnLog.push(String(id));
  // Content-Security-Policy violations, recorded from the very start of the page.
  const cspViolations = [];
  window.__cspViolations = cspViolations;
  document.addEventListener('securitypolicyviolation', (event) => {
    cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
  });

  /** The document and every open shadow root under it, depth first. */
  function allRoots(start = document) {
    const out = [start];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) {
          out.push(element.shadowRoot);
          walk(element.shadowRoot);
        }
      }
    };
    walk(start);
    return out;
  }

  const allElements = (start) => allRoots(start).flatMap((root) => [...root.querySelectorAll('*')]);

  /** The focused element, followed through shadow roots. */
  function deepActive() {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    return active;
  }

  /** A short, readable label of an element: tag, part, role, and its text. */
  function label(element) {
    if (!element) return 'null';
    const bits = [element.localName];
    const part = element.getAttribute('part');
    if (part) bits.push(`[part=${part}]`);
    const role = element.getAttribute('role');
    if (role) bits.push(`[role=${role}]`);
    const type = element.getAttribute('type');
    if (type) bits.push(`[type=${type}]`);
    const host = element.getRootNode().host;
    if (host) bits.push(`in ${host.localName}`);
    const name =
      element.getAttribute('aria-label') ||
      (element.labels && element.labels[0] && element.labels[0].textContent) ||
      element.textContent;
    if (name && name.trim()) bits.push(`"${name.trim().replace(/\s+/g, ' ').slice(0, 60)}"`);
    return bits.join(' ');
  }

  /** The first element matching `selector` in the document or any shadow root. */
  function findDeep(selector, start) {
    for (const root of allRoots(start)) {
      const found = root.querySelector(selector);
      if (found) return found;
    }
    return null;
  }

  const findAllDeep = (selector, start) =>
    allRoots(start).flatMap((root) => [...root.querySelectorAll(selector)]);

  // Attributes that hold a URL the browser may follow, load or submit.
  const URL_ATTRIBUTES = [
    'href',
    'xlink:href',
    'src',
    'action',
    'formaction',
    'poster',
    'background',
    'data',
    'codebase',
    'cite',
    'longdesc',
    'lowsrc',
    'dynsrc',
    'ping',
    'manifest',
    'icon',
    'usemap',
  ];
  const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];
  const FORBIDDEN_TAGS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet'];
  const FORBIDDEN_TAGS_IN_WIDGET = [...FORBIDDEN_TAGS, 'base', 'meta', 'link', 'noscript'];

  function urlProblem(element, name, value) {
    const candidates =
      name === 'srcset' ? value.split(',').map((item) => item.trim().split(/\s+/)[0]) : [value];
    for (const candidate of candidates) {
      if (!candidate) continue;
      let url;
      try {
        url = new URL(candidate, element.baseURI);
      } catch {
        continue; // not a URL the browser could follow
      }
      if (!SAFE_SCHEMES.includes(url.protocol)) return `${url.protocol} in ${name}`;
    }
    return undefined;
  }

  /**
   * Everything unsafe in the page: URLs that are not http(s)/mailto, `on*` attributes,
   * script-capable elements, CSS that can run or fetch. Returns readable findings.
   */
  function audit() {
    const findings = [];
    const roots = allRoots();
    for (const root of roots) {
      const inWidget = root !== document;
      for (const element of root.querySelectorAll('*')) {
        const tag = element.localName;
        if (tag === 'script') {
          // The page's own script and the JSON-LD the board writes are expected in the document.
          const fromPage = !inWidget && element.hasAttribute('data-test-page');
          const jsonLd = !inWidget && element.type === 'application/ld+json';
          if (!fromPage && !jsonLd)
            findings.push(`<script> in ${inWidget ? 'a shadow root' : 'the page'}`);
          if (jsonLd) {
            try {
              JSON.parse(element.textContent);
            } catch {
              findings.push('JSON-LD that is not valid JSON');
            }
          }
        } else if ((inWidget ? FORBIDDEN_TAGS_IN_WIDGET : FORBIDDEN_TAGS).includes(tag)) {
          findings.push(`<${tag}> in ${inWidget ? 'a shadow root' : 'the page'}`);
        }
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on')) findings.push(`${name}= on <${tag}>`);
          if (name === 'srcdoc') findings.push(`srcdoc= on <${tag}>`);
          if (URL_ATTRIBUTES.includes(name) || name === 'srcset' || name.endsWith(':href')) {
            const problem = urlProblem(element, name, attribute.value);
            if (problem) findings.push(`${problem} on <${tag}>: ${attribute.value.slice(0, 80)}`);
          }
          if (
            name === 'style' &&
            /expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(attribute.value)
          ) {
            findings.push(`scriptable CSS in style= on <${tag}>`);
          }
        }
        if (
          tag === 'style' &&
          inWidget &&
          /expression\s*\(|javascript:|behavior\s*:|-moz-binding|@import/i.test(element.textContent)
        ) {
          findings.push('scriptable or importing CSS in a <style> of a shadow root');
        }
      }
    }
    if (window.__pwned !== undefined)
      findings.push(`window.__pwned was set to ${String(window.__pwned)}`);
    if (pwnLog.length) findings.push(`payloads ran: ${[...new Set(pwnLog)].join(', ')}`);
    return findings;
  }

  /** Elements inside shadow roots wider than the viewport, or starting/ending outside it. */
  function overflowing() {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const root of allRoots().slice(1)) {
      for (const element of root.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.width > width + 0.5 || box.right > width + 0.5 || box.left < -0.5) {
          out.push(
            `${label(element)}: ${Math.round(box.left)}..${Math.round(box.right)} > ${width}`,
          );
        }
      }
    }
    return out;
  }

  /** Resolves after two animation frames (Lit updates and layout have happened). */
  const frames = () =>
    new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

  /** Polls `check` every frame until it returns a truthy value or `ms` pass. */
  async function until(check, ms = 5000) {
    const end = performance.now() + ms;
    for (;;) {
      const value = check();
      if (value) return value;
      if (performance.now() > end) return value;
      await frames();
    }
  }

  // Yields a macrotask (Lit renders in microtasks) without nested-setTimeout clamping.
  const tick = () =>
    new Promise((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(0);
    });

  /** Like `until`, but polls every macrotask instead of every frame. */
  async function soon(check, ms = 5000) {
    const end = performance.now() + ms;
    for (;;) {
      const value = check();
      if (value || performance.now() > end) return value;
      await tick();
    }
  }

  /**
   * Opens every posting of a board (routing="hash"): the first from its card, the others by
   * their deep link (`#job=<id>`, as a shared URL would), audits the page while each is open,
   * then goes back to the list. Returns how many opened and every finding, prefixed by id.
   */
  async function openEach(board) {
    const root = board.shadowRoot;
    const cards = () => root.querySelectorAll('careers-job-card');
    const count = cards().length;
    const ids = [...cards()].map((card) => card.job.id);
    const findings = [];
    let opened = 0;
    for (const [index, id] of ids.entries()) {
      if (index === 0) cards()[0].shadowRoot.querySelector('a').click();
      else location.hash = `job=${encodeURIComponent(id)}`;
      const detail = await soon(() => {
        const found = root.querySelector('careers-job-detail');
        return found && found.job && found.job.id === id && found.shadowRoot ? found : null;
      });
      if (!detail) {
        findings.push(`${id}: did not open`);
        continue;
      }
      await detail.updateComplete;
      const apply = detail.shadowRoot.querySelector('careers-apply-button');
      if (apply) await apply.updateComplete;
      if (!detail.shadowRoot.querySelector('[part~="description"]')) {
        findings.push(`${id}: no description part`);
      }
      opened++;
      for (const finding of audit()) findings.push(`${id}: ${finding}`);
    }
    root.querySelector('careers-job-detail').shadowRoot.querySelector('[part~="back"]').click();
    if (!(await soon(() => cards().length === count))) findings.push('back to the list failed');
    return { opened, findings };
  }

  window.__probe = {
    soon,
    openEach,
    allRoots,
    allElements,
    deepActive,
    activeLabel: () => label(deepActive()),
    label,
    findDeep,
    findAllDeep,
    audit,
    overflowing,
    frames,
    until,
  };
})();

// In-page half of `npm run bench`: times the built widget and, side by side in the same page,
// a baseline that renders the same card markup with a plain innerHTML string loop (the floor).
// Every timing stops once the DOM is updated AND laid out (a forced synchronous layout), so
// figures measure the work, not the 16.7 ms frame clock of the headless browser.
(() => {
  const widgetHost = document.getElementById('widget');
  const baselineHost = document.getElementById('baseline');
  const styledHost = document.getElementById('styled');
  let data;
  let pageSize = 20;

  // Yields a macrotask without the 4 ms clamp of nested setTimeout.
  const yieldTask = () =>
    new Promise((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(0);
    });

  /**
   * Resolves once the page has nothing left to do in idle time: two idle periods in a row that
   * nobody else used (each with its whole 50 ms), or after 10 s.
   */
  async function idleSettled() {
    const idle = () => new Promise((done) => requestIdleCallback(done));
    const until = performance.now() + 10_000;
    let quiet = 0;
    while (quiet < 2 && performance.now() < until) {
      const deadline = await idle();
      quiet = deadline.timeRemaining() > 45 ? quiet + 1 : 0;
    }
  }

  const layout = () =>
    document.documentElement.getBoundingClientRect().height + document.body.offsetHeight;

  const cardsOf = (board) => [...board.shadowRoot.querySelectorAll('careers-job-card')];

  /** Waits until every Lit element under the board has rendered and `check()` holds. */
  async function settle(board, check) {
    for (let i = 0; i < 5000; i++) {
      await board.updateComplete;
      const elements = [board, ...cardsOf(board)];
      const detail = board.shadowRoot.querySelector('careers-job-detail');
      if (detail) {
        elements.push(detail);
        const apply = detail.shadowRoot && detail.shadowRoot.querySelector('careers-apply-button');
        if (apply) elements.push(apply);
      }
      const pending = await Promise.all(elements.map((element) => element.updateComplete));
      if (pending.every(Boolean) && check()) return;
      await yieldTask();
    }
    throw new Error('the board never settled');
  }

  const escape = (text) =>
    String(text ?? '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');

  // What the widget's French UI writes for the generated feed's values (the floor hard-codes
  // them, as a loop written for one page would).
  const CONTRACT = {
    permanent: 'CDI',
    'fixed-term': 'CDD',
    freelance: 'Indépendant·e',
    internship: 'Stage',
    contractual: 'Contractuel·le',
  };
  const REMOTE = { hybrid: 'Télétravail partiel', full: 'Télétravail complet' };
  const DAY = 86_400_000;
  // The board runs with its default routing (hash): a card links to `#job=<id>`, with the
  // search text after it once one is typed. Each fresh board starts from the bare page URL.
  const PAGE_URL = location.href.split('#')[0];
  const jobHref = (job, query) =>
    escape(
      `${PAGE_URL}#${new URLSearchParams(query ? { job: job.id, q: query } : { job: job.id })}`,
    );
  const relative = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });
  /** "il y a 3 mois": calendar days to today, rounded as the widget's cards round them. */
  const ago = (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    const now = new Date();
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    const days = Math.min(0, Math.round((new Date(y, m - 1, d) - today) / DAY));
    const size = Math.abs(days);
    if (size < 7) return relative.format(days, 'day');
    if (size < 30) return relative.format(Math.round(days / 7), 'week');
    if (size < 365) return relative.format(Math.round(days / 30), 'month');
    return relative.format(Math.round(days / 365), 'year');
  };

  /**
   * The card markup of the baseline: the same elements, parts and text as careers-job-card
   * renders in its shadow root (`sameCards` checks it before anything is timed).
   */
  const cardHtml = (job, query = '') => {
    const meta = [job.locations.join(', '), CONTRACT[job.contract.kind], REMOTE[job.remote]]
      .filter(Boolean)
      .map((item) => `<li>${escape(item)}</li>`)
      .join('');
    return (
      `<li class="item"><article class="card" part="card">` +
      `<h3 class="title" part="title"><a part="link" href="${jobHref(job, query)}">${escape(job.title)}</a></h3>` +
      `<p class="organization" part="organization">` +
      `${escape(job.team.name)}<span aria-hidden="true"> ·</span> ${escape(job.organization.name)}</p>` +
      `<ul class="meta" part="meta">${meta}</ul>` +
      `<p class="date" part="date">publiée <time datetime="${escape(job.publishedAt)}">` +
      `${escape(ago(job.publishedAt))}</time></p>` +
      `<ul class="tags" part="tags" aria-label="Compétences">` +
      `${job.tags.map((tag) => `<li class="tag" part="tag">${escape(tag)}</li>`).join('')}</ul>` +
      `</article></li>`
    );
  };

  /** The open postings, newest first (ISO dates sort as text; equal dates keep feed order). */
  const openNewest = () =>
    data.jobs
      .filter((job) => job.open)
      .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0));

  const listHtml = (jobs, count, card = cardHtml) =>
    `<p class="count">${count} offres</p><ul class="list">${jobs.map((job) => card(job)).join('')}</ul>`;

  /**
   * For the informational "styled floor": the same markup in one shadow root that holds the
   * board's and the cards' own CSS (tokens included), made once, as the widget's styles are.
   * A card's `:host` rules apply to a wrapper per card. Its host is at the top of the page,
   * where the widget renders, and empty between runs: cards in view are laid out alike.
   */
  let styledRoot;
  const styledCardHtml = (job) =>
    cardHtml(job)
      .replace('<li class="item">', '<li class="item"><div class="cw-card">')
      .replace('</article></li>', '</article></div></li>');
  function styledShadow() {
    if (styledRoot) return styledRoot;
    const cssOf = (tag) =>
      customElements
        .get(tag)
        .elementStyles.map((style) =>
          style.cssText !== undefined
            ? style.cssText
            : [...style.cssRules].map((rule) => rule.cssText).join('\n'),
        )
        .join('\n');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      cssOf('careers-board') +
        cssOf('careers-job-card')
          .replace(/:host\(/g, '.cw-card:is(')
          .replace(/:host/g, '.cw-card'),
    );
    styledRoot = styledHost.attachShadow({ mode: 'open' });
    styledRoot.adoptedStyleSheets = [sheet];
    return styledRoot;
  }

  const haystack = (job) =>
    [
      job.title,
      job.organization?.name,
      job.team?.name,
      ...job.locations,
      ...job.tags,
      job.contract?.label,
      job.description,
    ]
      .join(' ')
      .toLowerCase();

  async function freshBoard() {
    widgetHost.replaceChildren();
    const board = document.createElement('careers-board');
    // Only when a run left state in it (a search, an open posting): a history call just
    // before the board would slow it down by more than a millisecond.
    if (location.href !== PAGE_URL) history.replaceState(null, '', PAGE_URL);
    board.setAttribute('page-size', String(pageSize));
    widgetHost.append(board);
    await board.updateComplete;
    return board;
  }

  async function loadedBoard() {
    const board = await freshBoard();
    board.jobs = data;
    await settle(board, () => cardsOf(board).length > 0);
    layout();
    return board;
  }

  const expectedFirst = () => Math.min(pageSize, data.jobs.filter((job) => job.open).length);

  /**
   * An element's markup, for comparing: tag, attributes sorted, text with runs of white space
   * as one space; comments (Lit's markers) left out.
   */
  const shape = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/\s+/g, ' ');
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attributes = [...node.attributes]
      .map((a) => ` ${a.name}="${a.value.replace(/\s+/g, ' ').trim()}"`)
      .sort()
      .join('');
    const inner = [...node.childNodes].map(shape).join('');
    return `<${node.localName}${attributes}>${inner.replace(/\s+/g, ' ')}</${node.localName}>`
      .replace(/> /g, '>')
      .replace(/ </g, '<');
  };

  window.bench = {
    /**
     * Throws unless the baseline's first cards are the widget's: the same postings in the same
     * order, with the same elements, attributes and text. The floor means something only then.
     */
    async sameCards() {
      const board = await loadedBoard();
      const widget = cardsOf(board).map((card) => shape(card.shadowRoot.querySelector('article')));
      await window.bench.baselineFirstCards();
      const baseline = [...baselineHost.querySelectorAll('article')].map(shape);
      widgetHost.replaceChildren();
      baselineHost.replaceChildren();
      if (widget.length !== baseline.length) {
        throw new Error(`the widget shows ${widget.length} cards, the floor ${baseline.length}`);
      }
      const at = widget.findIndex((card, i) => card !== baseline[i]);
      if (at >= 0) {
        throw new Error(
          `card ${at + 1} differs between the widget and the floor:\n  widget: ${widget[at]}\n` +
            `  floor:  ${baseline[at]}`,
        );
      }
      return widget.length;
    },

    async load(url, size = 20) {
      data = await (await fetch(url)).json();
      pageSize = size;
      return data.jobs.length;
    },

    async widgetFirstCards() {
      const board = await freshBoard();
      layout();
      const start = performance.now();
      board.jobs = data;
      await settle(board, () => cardsOf(board).length === expectedFirst());
      layout();
      return performance.now() - start;
    },

    /** The data steps of first cards, each timed alone through the script's own exports. */
    async widgetDataPhases() {
      const { normalizeFeed, indexJobs, buildFacets } = window.CareersWidget;
      const t0 = performance.now();
      const { jobs } = normalizeFeed(data);
      const t1 = performance.now();
      const indexed = indexJobs(jobs).filter((entry) => !entry.closed);
      const t2 = performance.now();
      buildFacets(indexed);
      const t3 = performance.now();
      return { normalize: t1 - t0, index: t2 - t1, facets: t3 - t2 };
    },

    async baselineFirstCards() {
      baselineHost.replaceChildren();
      layout();
      const start = performance.now();
      const open = openNewest();
      baselineHost.innerHTML = listHtml(open.slice(0, pageSize), open.length);
      layout();
      return performance.now() - start;
    },

    /** The baseline's loop, rendered with the board's and the cards' own CSS (informational). */
    async styledFirstCards() {
      const root = styledShadow();
      root.replaceChildren();
      layout();
      const start = performance.now();
      const open = openNewest();
      root.innerHTML = listHtml(open.slice(0, pageSize), open.length, styledCardHtml);
      layout();
      const elapsed = performance.now() - start;
      // The figure means something only if the widget's CSS really styles this markup.
      const list = getComputedStyle(root.querySelector('.list'));
      const card = getComputedStyle(root.querySelector('.card'));
      if (list.display !== 'grid' || card.borderTopWidth === '0px') {
        throw new Error("the widget's CSS does not style the styled floor's markup");
      }
      root.replaceChildren();
      return elapsed;
    },

    /** Types the last letter of `query` into the widget's search field. */
    async widgetKeystroke(query) {
      const board = await loadedBoard();
      const input = board.shadowRoot.querySelector('input[type="search"]');
      if (!input) throw new Error('no search field in the board');
      const type = async (value) => {
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await settle(board, () => true);
        layout();
      };
      await type(query.slice(0, -1));
      const before = board.shadowRoot.querySelector('[part~="count"]')?.textContent;
      const start = performance.now();
      await type(query);
      const elapsed = performance.now() - start;
      const after = board.shadowRoot.querySelector('[part~="count"]')?.textContent;
      if (before === after) throw new Error(`the keystroke changed nothing (${after})`);
      return elapsed;
    },

    async baselineKeystroke(query) {
      // Sorted once, before: the widget's keystroke does not sort either (it indexed on load).
      const open = openNewest();
      const render = (q) => {
        const matches = open.filter((job) => haystack(job).includes(q));
        const card = (job) => cardHtml(job, q);
        baselineHost.innerHTML = listHtml(matches.slice(0, pageSize), matches.length, card);
        layout();
      };
      render(query.slice(0, -1));
      const start = performance.now();
      render(query);
      return performance.now() - start;
    },

    async widgetShowMore() {
      const board = await loadedBoard();
      const more = board.shadowRoot.querySelector('[part~="more"]');
      if (!more) throw new Error('no "show more" button');
      const shown = cardsOf(board).length;
      const start = performance.now();
      more.click();
      await settle(board, () => cardsOf(board).length > shown);
      layout();
      return performance.now() - start;
    },

    async baselineShowMore() {
      const open = openNewest();
      baselineHost.innerHTML = listHtml(open.slice(0, pageSize), open.length);
      layout();
      const start = performance.now();
      baselineHost.querySelector('.list').insertAdjacentHTML(
        'beforeend',
        open
          .slice(pageSize, 2 * pageSize)
          .map(cardHtml)
          .join(''),
      );
      layout();
      return performance.now() - start;
    },

    /** Opens the posting `id` from its card; returns the time and the description's HTML. */
    async widgetOpen(id) {
      const board = await loadedBoard();
      const card = cardsOf(board).find((element) => element.job && element.job.id === id);
      if (!card) throw new Error(`posting ${id} is not on the first page`);
      const link = card.shadowRoot.querySelector('a');
      const start = performance.now();
      link.click();
      let description;
      await settle(board, () => {
        const detail = board.shadowRoot.querySelector('careers-job-detail');
        description = detail && detail.shadowRoot.querySelector('[part~="description"]');
        return Boolean(description && description.childElementCount);
      });
      layout();
      const elapsed = performance.now() - start;
      return { elapsed, html: description.innerHTML };
    },

    async baselineOpen(title, html) {
      baselineHost.replaceChildren();
      layout();
      const start = performance.now();
      baselineHost.innerHTML = `<article><h3>${escape(title)}</h3><div>${html}</div></article>`;
      layout();
      return performance.now() - start;
    },

    /** Loaded, and the idle-time work done (the search text folded): the heap in steady state. */
    async widgetLoaded() {
      baselineHost.replaceChildren();
      await loadedBoard();
      await idleSettled();
      return cardsOf(widgetHost.firstElementChild).length;
    },

    async baselineLoaded() {
      widgetHost.replaceChildren();
      await window.bench.baselineFirstCards();
      await idleSettled();
      return baselineHost.querySelectorAll('.card').length;
    },
  };
})();

// The search interface, loaded on demand. It talks to Pagefind's JavaScript API directly instead of
// using Pagefind's Default UI because that UI cannot (1) rewrite the query with our Korean
// normalization and also show each result's category path and date from metadata, (2) act as an
// ARIA combobox with arrow-key navigation, or (3) stay within our JavaScript budget (~25 KB gzip
// for its script and stylesheet). The Component UI has no query rewriting at all.
import { containsAllWords, normalizeQuery, queryVariants } from '../lib/korean-search';
import {
  aliasQueries,
  describeResult,
  entryQueries,
  isOnlyParticles,
  orderedResults,
  planFormsList,
  planQuery,
  rankResults,
  type AliasEntry,
  type ResultData,
  type ShownResult,
} from '../lib/search-passages';

interface PagefindResultData extends ResultData {
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

const MAX_RESULTS = 10;
/** How many ranked results to check for the query words at most (see containsAllWords). */
const MAX_CHECKED = 40;
/** How many of Pagefind's results are always read, so that the page about a term can move up (rankResults). */
const RERANKED = 20;
let pagefindPromise: Promise<Pagefind> | undefined;
let dictionaryPromise: Promise<AliasEntry[]> | undefined;

/** The glossary's terms and aliases (see src/pages/search-dictionary.json.ts); without it, only the typed forms are marked. */
function loadDictionary(base: string): Promise<AliasEntry[]> {
  return (dictionaryPromise ??= fetch(`${base}search-dictionary.json`)
    .then((response) => (response.ok ? (response.json() as Promise<AliasEntry[]>) : []))
    .catch(() => []));
}

function loadPagefind(base: string): Promise<Pagefind> {
  return (pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({
      baseUrl: base,
      excerptLength: 24,
      // Korean words carry particles ("손실함수는"), so a match on a longer word should not be
      // pushed far down for its length; the hidden stems still give exact matches a small lead.
      ranking: { termSimilarity: 0.4, pageLength: 0.6, termSaturation: 1.2 },
    });
    await pagefind.init();
    return pagefind;
  })());
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function mountSearch(form: HTMLFormElement) {
  const base = form.dataset.base ?? '/';
  const isPage = form.dataset.search === 'page';
  const input = form.querySelector<HTMLInputElement>('.search-input')!;
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const list = form.querySelector<HTMLUListElement>('.search-results')!;
  const status = form.querySelector<HTMLElement>('.search-status')!;
  const category = form.querySelector<HTMLSelectElement>('.search-category')!;
  let active = -1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  function setOpen(open: boolean) {
    if (!isPage) panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open && options().length > 0));
  }

  function setActive(index: number) {
    const items = options();
    active = items.length === 0 ? -1 : (index + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    const current = items[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  async function run() {
    const query = normalizeQuery(input.value);
    const mine = ++generation;
    if (isPage) {
      const url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set('q', input.value.trim());
      else url.searchParams.delete('q');
      if (category.value) url.searchParams.set('category', category.value);
      else url.searchParams.delete('category');
      history.replaceState(null, '', url);
    }
    if (!input.value.trim()) {
      list.replaceChildren();
      status.textContent = '';
      setActive(-1);
      setOpen(false);
      return;
    }
    // Only particles ("는") or only signs and letters no note uses ("ζ", "!!"): nothing to search for.
    if (!query || isOnlyParticles(input.value)) {
      list.replaceChildren();
      status.textContent = `'${input.value.trim()}'에 대한 결과가 없습니다.`;
      setActive(-1);
      setOpen(true);
      return;
    }
    const [pagefind, dictionary] = await Promise.all([loadPagefind(base), loadDictionary(base)]);
    // The glossary terms the query names (searched by their tokens, so "아담" finds pages that write
    // "Adam"), then the query and its spaced readings. Each page once, in the order Pagefind ranks them
    // for the first search that finds it (equal scores by content, see orderedResults); a page passes
    // the word check if it contains every word of any search that found it.
    const plan = planQuery(query, dictionary);
    const filter = category.value ? { filters: { category: category.value } } : undefined;
    const byId = new Map<string, { result: PagefindResult; variants: string[] }>();
    const searchAll = async (variants: string[]) => {
      const searches = await Promise.all(variants.map((variant) => pagefind.search(variant, filter)));
      searches.forEach((search, index) => {
        for (const result of orderedResults(search.results)) {
          const entry = byId.get(result.id) ?? byId.set(result.id, { result, variants: [] }).get(result.id)!;
          entry.variants.push(variants[index]!);
        }
      });
    };
    const variants = [...new Set([...entryQueries(plan), ...queryVariants(query)])];
    await searchAll(variants);
    // Pages that mention a named term only in passing carry no token for it; they are looked for by the
    // term's other names only when the searches above leave room for them among the results read
    // (after RERANKED other pages they would hardly ever be shown).
    if (byId.size < RERANKED) await searchAll(aliasQueries(plan).filter((alias) => !variants.includes(alias)));
    const candidates = [...byId.values()];
    const glossaryPath = `${base}glossary/`;
    const found: { shown: ShownResult }[] = [];
    // Read Pagefind's first RERANKED results (so rankResults can lift the page about the term), and
    // further ones until MAX_RESULTS pass the word check.
    for (
      let start = 0;
      start < Math.min(candidates.length, MAX_CHECKED) && (found.length < MAX_RESULTS || start < RERANKED);
      start += MAX_RESULTS
    ) {
      const batch = candidates.slice(start, start + MAX_RESULTS);
      const data = await Promise.all(batch.map(({ result }) => result.data()));
      data.forEach((result, index) => {
        const text = `${result.content} ${Object.values(result.meta).join(' ')}`;
        if (!batch[index]!.variants.some((variant) => containsAllWords(variant, text))) return;
        found.push({ shown: describeResult(result, plan, dictionary, glossaryPath) });
      });
      if (mine !== generation) return; // a newer query has started
    }
    const total = found.length;
    const data = rankResults(found, glossaryPath)
      .slice(0, MAX_RESULTS)
      .map(({ shown }) => shown);
    const more = candidates.length > MAX_CHECKED;
    const highlight = encodeURIComponent(planFormsList(plan).join(' '));
    const link = (url: string) => {
      const [path, hash] = url.split('#');
      return `${path}${path!.includes('?') ? '&' : '?'}highlight=${highlight}${hash ? `#${hash}` : ''}`;
    };
    let option = 0;
    const optionId = () => `${input.id}-r${option++}`;
    list.innerHTML = data
      .map((result) => {
        const where = [result.meta.category, result.meta.date]
          .filter((part): part is string => Boolean(part))
          .map(escapeHtml)
          .join(' · ');
        const main = result.section;
        const section = main?.heading ? `<span class="result-section">› ${escapeHtml(main.heading)}</span>` : '';
        // Excerpts are escaped text with <mark> around the matched words (src/lib/search-passages.ts).
        const head = `<li role="none"><a id="${optionId()}" role="option" aria-selected="false" class="result-main" href="${escapeHtml(link(main?.url ?? result.url))}" tabindex="-1"><span class="result-title">${escapeHtml(result.title)}</span>${section}<span class="result-where">${where}</span><span class="result-excerpt">${result.excerpt}</span></a>`;
        const subs = result.sections
          .slice(1)
          .map(
            (sub) =>
              `<li role="none"><a id="${optionId()}" role="option" aria-selected="false" class="result-sub" href="${escapeHtml(link(sub.url))}" tabindex="-1"><span class="result-sub-title">› ${escapeHtml(sub.heading || result.title)}</span><span class="result-excerpt">${sub.excerpt}</span></a></li>`,
          )
          .join('');
        return `${head}${subs ? `<ul class="result-subs" role="none">${subs}</ul>` : ''}</li>`;
      })
      .join('');
    status.textContent =
      total === 0
        ? `'${input.value.trim()}'에 대한 결과가 없습니다.`
        : `검색 결과 ${total}개${more ? ' 이상' : ''}${total > MAX_RESULTS ? ` (상위 ${MAX_RESULTS}개 표시)` : ''}`;
    setActive(-1);
    setOpen(true);
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 80);
  }

  input.addEventListener('input', schedule);
  category.addEventListener('change', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options().length === 0) return;
      setOpen(true);
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      options()[active]?.click();
    } else if (event.key === 'Enter' && isPage) {
      event.preventDefault();
      void run();
    } else if (event.key === 'Escape') {
      if (!isPage && !panel.hidden) {
        event.preventDefault();
        setOpen(false);
      } else if (!isPage) input.blur();
    }
  });
  if (!isPage) {
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
    });
    input.addEventListener('focus', () => {
      if (options().length > 0) setOpen(true);
    });
  }

  // Fill the category filter from the index, then run the query from the address (deep links). The
  // glossary dictionary loads alongside, so the first query does not wait for it.
  void loadDictionary(base);
  void loadPagefind(base).then(async (pagefind) => {
    const filters = await pagefind.filters();
    for (const name of Object.keys(filters.category ?? {}).sort((a, b) => a.localeCompare(b, 'ko'))) {
      category.add(new Option(`${name} (${filters.category![name]})`, name));
    }
    const params = new URL(location.href).searchParams;
    if (isPage) {
      if (params.get('category')) category.value = params.get('category')!;
      if (params.get('q')) input.value = params.get('q')!;
    }
    if (input.value.trim()) await run();
  });
}

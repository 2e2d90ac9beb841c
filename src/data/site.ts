// Loads the collections once per build and derives everything computed across pages (category
// tree, note index, backlinks, tags). Pages import from here; nothing is recomputed per page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildBacklinks, type Backlink } from '../lib/backlinks';
import { buildCategoryTree, type CategoryNode } from '../lib/categories';
import { buildNoteIndex, type NoteIndex } from '../lib/related';
import { buildTagIndex, type TagEntry } from '../lib/tags';
import { sortGlossary, termsByPage, type GlossaryTerm } from '../lib/glossary';
import type { CategoryData, NoteSummary } from '../lib/types';

export type NoteEntry = CollectionEntry<'notes'>;
export type ArchitectureEntry = CollectionEntry<'architectures'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

export interface SiteData {
  categories: CategoryData[];
  tree: CategoryNode[];
  notes: NoteEntry[];
  summaries: NoteSummary[];
  summaryBySlug: Map<string, NoteSummary>;
  index: NoteIndex;
  architectures: ArchitectureEntry[];
  glossary: GlossaryEntry[];
  backlinks: Map<string, Backlink[]>;
  tags: TagEntry<TaggedPage>[];
  /** Glossary terms that each page uses (page path → terms in 가나다 order), for the term list on the page. */
  termsByPage: Map<string, GlossaryTerm[]>;
  /** Lookups that every page's previews and term cards use; built here once, not on each of a thousand pages. */
  notesByPath: Map<string, NoteEntry['data']>;
  architecturesByPath: Map<string, ArchitectureEntry['data']>;
  glossaryById: Map<string, GlossaryEntry['data']>;
}

/** A page listed on a tag page: a note (with its summary) or an architecture page. */
export type TaggedPage = { tags: string[] } & ({ kind: 'note'; note: NoteSummary } | { kind: 'architecture'; page: ArchitectureEntry });

export function toSummary(entry: NoteEntry): NoteSummary {
  return {
    slug: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    date: entry.data.date,
    dateApproximate: entry.data.dateApproximate,
    updated: entry.data.updated,
    category: entry.data.category.id,
    tags: entry.data.tags,
  };
}

async function load(): Promise<SiteData> {
  const [categoryEntries, notes, architectures, glossary] = await Promise.all([
    getCollection('categories'),
    getCollection('notes'),
    getCollection('architectures'),
    getCollection('glossary'),
  ]);
  const categories = categoryEntries.map((entry) => entry.data);
  const summaries = notes.map(toSummary);
  const tree = buildCategoryTree(categories, summaries);
  const index = buildNoteIndex(summaries);
  // Wiki and relative links are resolved while rendering (src/plugins/remark-note-links.ts), which records their targets.
  const resolvedLinks = (entry: { rendered?: unknown }) => {
    const links = (entry.rendered as { metadata?: { frontmatter?: { noteLinks?: unknown } } } | undefined)?.metadata?.frontmatter
      ?.noteLinks;
    return Array.isArray(links) ? links.map(String) : [];
  };
  const backlinks = buildBacklinks([
    ...notes.map((note) => ({ path: `/notes/${note.id}/`, title: note.data.title, body: note.body ?? '', links: resolvedLinks(note) })),
    ...architectures.map((page) => ({
      path: `/architectures/${page.id}/`,
      title: page.data.title,
      body: page.body ?? '',
      links: resolvedLinks(page),
    })),
  ]);
  return {
    categories,
    tree,
    notes,
    summaries,
    summaryBySlug: new Map(summaries.map((summary) => [summary.slug, summary])),
    index,
    architectures: [...architectures].sort((a, b) => a.data.order - b.data.order),
    glossary,
    backlinks,
    termsByPage: termsByPage(sortGlossary(glossary.map((entry) => entry.data))),
    notesByPath: new Map(notes.map((note) => [`/notes/${note.id}/`, note.data])),
    architecturesByPath: new Map(architectures.map((page) => [`/architectures/${page.id}/`, page.data])),
    glossaryById: new Map(glossary.map((entry) => [entry.data.id, entry.data])),
    tags: buildTagIndex<TaggedPage>([
      ...index.newestFirst.map((note) => ({ kind: 'note' as const, tags: note.tags, note })),
      ...architectures.map((page) => ({ kind: 'architecture' as const, tags: page.data.tags, page })),
    ]),
  };
}

let cached: Promise<SiteData> | undefined;

/** The site's derived data, computed on first use and shared by every page of the build. */
export function siteData(): Promise<SiteData> {
  // The dev server reloads content on change, so only cache in production builds.
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

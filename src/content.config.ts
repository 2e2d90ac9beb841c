// The one place that knows what a note, an architecture page, a category and a glossary term are.
// Schemas are strict: an unknown key or a wrong type fails the build with the file named.
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { readCategories } from './lib/categories-file';
import { createIdGenerator } from './lib/content-ids';
import { parseCalendarDay } from './lib/dates';
import { strictGlob } from './loaders/strict-glob';

// CONTENT_DIR lets tests build the site from a temporary content folder.
const contentDir = process.env.CONTENT_DIR ?? './content';
/**
 * A calendar day written as YYYY-MM-DD in frontmatter. The loader passes the text as written
 * (restoreWrittenDates), so a day that does not exist fails here instead of becoming another day.
 */
const day = z.string({ message: 'must be a date written as YYYY-MM-DD' }).transform((text, context) => {
  const date = parseCalendarDay(text);
  if (date) return date;
  context.addIssue({ code: 'custom', message: `must be a date written as YYYY-MM-DD that exists on the calendar (got "${text}")` });
  return z.NEVER;
});

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A category id from categories.yaml. reference() alone would check it too, but only after every
 * collection has loaded and naming the entry rather than its file; checked here, an unknown category
 * is reported with the note's file and together with the other problems of the content.
 */
const categoryIds = readCategories(contentDir).map((category) => category.id);
const category = z
  .string()
  .refine((id) => categoryIds.includes(id), {
    error: (issue) => `unknown category "${String(issue.input)}"; categories.yaml has ${categoryIds.join(', ')}`,
  })
  .pipe(reference('categories'));

const categories = defineCollection({
  loader: file(`${contentDir}/categories.yaml`),
  schema: z
    .object({
      id: z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)?$/),
      name: z.string().min(1),
      description: z.string().min(1),
      parent: z.string().optional(),
      order: z.number().int(),
    })
    .strict(),
});

/** Fields every page written in Markdown shares. */
const pageFields = {
  title: z.string().min(1),
  description: z.string().min(10).max(200),
  tags: z.array(z.string().min(1)).default([]),
  /** Korean/English names and aliases of the key concepts; used by search and glossary links. */
  terms: z.array(z.string().min(1)).default([]),
};

const notes = defineCollection({
  loader: strictGlob({
    pattern: '**/*.{md,mdx}',
    base: `${contentDir}/notes`,
    generateId: createIdGenerator(`${contentDir}/notes`),
    // title, description and date may be left out; other tools' keys are dropped (README, "노트 쓰기").
    fillFrontmatter: true,
    renderedFrom: [`${contentDir}/glossary.yaml`],
  }),
  schema: z
    .object({
      ...pageFields,
      date: day,
      /** True when only the month of the original post is known. */
      dateApproximate: z.boolean().default(false),
      updated: day.optional(),
      category,
    })
    .strict(),
});

const sourcedNumber = z
  .object({
    variant: z.string().min(1),
    value: z.number().positive(),
    input: z.string().optional(),
    source: z.url(),
    note: z.string().optional(),
  })
  .strict();

const architectures = defineCollection({
  loader: strictGlob({
    pattern: '**/*.{md,mdx}',
    base: `${contentDir}/architectures`,
    generateId: createIdGenerator(`${contentDir}/architectures`),
    renderedFrom: [`${contentDir}/glossary.yaml`],
  }),
  schema: z
    .object({
      ...pageFields,
      nameKo: z.string().min(1),
      nameEn: z.string().min(1),
      year: z.number().int().min(1980).max(2030),
      venue: z.string().min(1),
      paper: z.url(),
      group: z.enum(['general', 'efficient', 'backbone', 'convolution']),
      order: z.number().int().positive(),
      updated: day.optional(),
      ilsvrc: z
        .array(
          z
            .object({
              year: z.number().int(),
              place: z.number().int().positive(),
              task: z.string().min(1),
              top5Error: z.number().positive().optional(),
              source: z.url(),
              note: z.string().optional(),
            })
            .strict(),
        )
        .default([]),
      /** Parameters in millions. */
      params: z.array(sourcedNumber).default([]),
      /** Compute in billions of multiply-adds (G MACs). */
      compute: z.array(sourcedNumber).default([]),
      /** ImageNet top-1 / top-5 accuracy in percent. */
      top1: z.array(sourcedNumber).default([]),
      top5: z.array(sourcedNumber).default([]),
    })
    .strict(),
});

const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: z
    .object({
      id: z.string().regex(slugPattern),
      ko: z.string().min(1),
      en: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
      /** The term table: spellings the pages must not use for this concept (see src/lib/term-rules.ts). */
      avoid: z
        .array(
          z.union([
            z.string().min(1),
            z.object({ variant: z.string().min(1), use: z.string().min(1).optional(), note: z.string().min(1).optional() }).strict(),
            z
              .object({
                pattern: z.string().min(1),
                label: z.string().min(1),
                use: z.string().min(1).optional(),
                note: z.string().min(1).optional(),
              })
              .strict(),
          ]),
        )
        .default([]),
      definition: z.string().min(10),
      /** Site paths such as /notes/optimizers/ or /architectures/resnet/. */
      links: z.array(z.string().regex(/^\/(notes|architectures)\/[a-z0-9-]+\/$/)).default([]),
    })
    .strict(),
});

export const collections = { categories, notes, architectures, glossary };

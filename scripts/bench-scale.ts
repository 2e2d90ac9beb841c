// Builds a site of N synthetic Korean notes (sections of term-laden paragraphs, math, code, internal
// links; see syntheticNote) and records the
// wall time, time per page and the peak memory of the whole build (Astro plus Pagefind's process).
import { spawn, type ChildProcessByStdio, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Readable } from 'node:stream';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const CATEGORIES = ['theory/papers', 'theory/memo', 'theory/study'];

/** The glossary's Korean headwords: every synthetic sentence is built from them, as real notes are. */
const GLOSSARY_TERMS = (parse(readFileSync('content/glossary.yaml', 'utf8')) as { ko: string }[]).map((term) => term.ko);

/** A small deterministic random source, so every run builds the same notes. */
function random(seed: number): () => number {
  let state = seed * 2654435761 + 1;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** 은/는, 이/가, 을/를, 과/와, 으로/로 by the last syllable of `word` (Latin letters and digits count as open). */
function particle(word: string, [closed, open]: [string, string]): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  const batchim = code >= 0 && code <= 11171 ? code % 28 : 0;
  // 으로/로: ㄹ 받침은 로를 씁니다.
  if (closed === '으로' && batchim === 8) return `${word}${open}`;
  return `${word}${batchim > 0 ? closed : open}`;
}

const SENTENCES: ((a: string, b: string, c: string) => string)[] = [
  (a, b) => `${particle(a, ['은', '는'])} ${particle(b, ['과', '와'])} 함께 쓰일 때가 많습니다.`,
  (a, b, c) => `${particle(a, ['을', '를'])} 이해하려면 먼저 ${particle(b, ['이', '가'])} ${c}에서 하는 일을 봐야 합니다.`,
  (a, b) => `실험에서는 ${particle(a, ['으로', '로'])} ${particle(b, ['을', '를'])} 바꿔 가며 결과를 비교했습니다.`,
  (a, b, c) => `${a}의 효과는 ${particle(b, ['이', '가'])} 클수록 분명해지고, ${particle(c, ['은', '는'])} 그 차이를 줄여 줍니다.`,
  (a, b) => `논문마다 ${particle(a, ['을', '를'])} 부르는 이름이 달라서 ${particle(b, ['과', '와'])} 헷갈리기 쉽습니다.`,
  (a, b, c) => `${particle(a, ['이', '가'])} 없으면 ${particle(b, ['은', '는'])} 불안정해지므로 ${particle(c, ['을', '를'])} 같이 씁니다.`,
];

/**
 * A synthetic note as long and as dense as a real one: several sections of paragraphs in which every
 * sentence carries glossary terms with particles, inline and display math, code and internal links.
 */
export function syntheticNote(index: number, total: number): string {
  const next = random(index + 1);
  const term = () => GLOSSARY_TERMS[Math.floor(next() * GLOSSARY_TERMS.length)]!;
  const sentence = () => SENTENCES[Math.floor(next() * SENTENCES.length)]!(term(), term(), term());
  const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');
  const topic = term();
  const day = new Date(Date.UTC(2015, 0, 1) + index * 86_400_000 * 0.37).toISOString().slice(0, 10);
  const link = (offset: number) => `/notes/bench-${(index + offset) % total}/`;
  const sections = ['개요', '정의', '수식으로 보기', '구현', '실험과 비교', '정리'].map((heading, n) => {
    const math =
      n === 2
        ? `\n\n평균 제곱 오차는 $\\frac{1}{n}\\sum_{i=1}^{n}(y_i-\\hat{y}_i)^2$ 이고, 학습률이 $\\eta$일 때 한 걸음은 다음과 같습니다.\n\n$$\n\\theta_{t+1} = \\theta_t - \\eta \\nabla_\\theta \\mathcal{L}(\\theta_t) + \\lambda \\lVert \\theta_t \\rVert_2^2\n$$\n\n${paragraph(3)} 여기서 $\\lambda = ${(next() * 0.01).toFixed(4)}$ 입니다.`
        : '';
    const code =
      n === 3
        ? `\n\n\`\`\`python\ndef step(theta, grad, lr=${(next() / 10).toFixed(3)}):\n    # ${term()}\n    return theta - lr * grad\n\`\`\``
        : '';
    const links = n === 0 ? ` [관련 노트](${link(1)})와 [다른 노트](${link(7)}#개요)도 함께 읽어 보세요.` : '';
    return `## ${heading}\n\n${paragraph(4)}${links}\n\n${paragraph(4)}${math}${code}\n\n${paragraph(3)}`;
  });
  return `---
title: '합성 노트 ${index}: ${topic}'
description: '규모 측정을 위해 만든 ${topic}에 관한 합성 노트 ${index}번입니다.'
date: ${day}
category: ${CATEGORIES[index % CATEGORIES.length]}
tags: [${topic}, 벤치마크]
terms: [${topic}, benchmark]
---

${sections.join('\n\n')}
`;
}

export interface ScaleRun {
  notes: number;
  pages: number;
  wallMs: number;
  msPerPage: number;
  peakRssMb: number;
  /** The search-index step of the finishing process (Pagefind included), and per indexed page. */
  searchIndexMs: number;
  searchIndexMsPerPage: number;
}

const clock = (line: string | undefined) => {
  const [h, m, s] = (/^(\d\d):(\d\d):(\d\d)/.exec(line ?? '') ?? []).slice(1).map(Number);
  return h === undefined ? NaN : (h * 3600 + m! * 60 + s!) * 1000;
};

/** The search-index step's time from the build log: its own figure, or (older builds) the clock from Astro's end to its line. */
export function searchIndexTime(output: string): { ms: number; pages: number } {
  const line = /^.*\[study-notes:search-index\] indexed (\d+) pages for search(?: in ([\d.]+) s)?.*$/m.exec(output);
  const pages = Number(line?.[1] ?? 0);
  if (line?.[2]) return { ms: Number(line[2]) * 1000, pages };
  const done = /^.*\[build\] Complete!.*$/m.exec(output)?.[0];
  return { ms: clock(line?.[0]) - clock(done), pages };
}

/** Sum of the resident memory of a process and its descendants, from /proc (Linux). */
export function treeRssKb(rootPid: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Waits for a build process and reports its output, wall time and the peak RSS of its whole process tree. */
export async function measureBuild(
  child: ChildProcessWithoutNullStreams | ChildProcessByStdio<null, Readable, Readable>,
  started: number,
): Promise<{ code: number | null; output: string; wallMs: number; peakRssMb: number }> {
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 250);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  return { code, output, wallMs: performance.now() - started, peakRssMb: peakKb / 1024 };
}

export async function benchScale(count: number): Promise<ScaleRun> {
  const work = mkdtempSync(join(tmpdir(), `notes-bench-${count}-`));
  const content = join(work, 'content');
  mkdirSync(join(content, 'notes'), { recursive: true });
  mkdirSync(join(content, 'architectures'), { recursive: true });
  copyFileSync('content/categories.yaml', join(content, 'categories.yaml'));
  copyFileSync('content/glossary.yaml', join(content, 'glossary.yaml'));
  for (let i = 0; i < count; i += 1) writeFileSync(join(content, 'notes', `bench-${i}.md`), syntheticNote(i, count));
  // The glossary links to the real notes; point every link at a synthetic note so the link check passes.
  const glossary = readFileSync(join(content, 'glossary.yaml'), 'utf8').replace(
    /\/(notes|architectures)\/[a-z0-9-]+\//g,
    '/notes/bench-0/',
  );
  writeFileSync(join(content, 'glossary.yaml'), glossary);

  const started = performance.now();
  const child = spawn('npm', ['run', 'build'], {
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: join(work, 'dist'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
      BASE_PATH: '/study-notes/',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { code, output, wallMs, peakRssMb } = await measureBuild(child, started);
  if (code !== 0) throw new Error(`build of ${count} synthetic notes failed:\n${output.slice(-3000)}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
  const searchIndex = searchIndexTime(output);
  rmSync(work, { recursive: true, force: true });
  return {
    notes: count,
    pages,
    wallMs,
    msPerPage: wallMs / pages,
    peakRssMb,
    searchIndexMs: searchIndex.ms,
    searchIndexMsPerPage: searchIndex.ms / searchIndex.pages,
  };
}

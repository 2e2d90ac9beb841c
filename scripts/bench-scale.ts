// Builds a site of N synthetic Korean notes (headings, math, code, internal links) and records the
// wall time, time per page and the peak memory of the whole build (Astro plus Pagefind's process).
import { spawn, type ChildProcessByStdio, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Readable } from 'node:stream';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CATEGORIES = ['theory/papers', 'theory/memo', 'theory/study'];
const TOPICS = ['손실 함수', '최적화', '활성화 함수', '합성곱', '정규화', '데이터 증강', '잔차 연결', '어텐션'];

export function syntheticNote(index: number, total: number): string {
  const topic = TOPICS[index % TOPICS.length]!;
  const day = new Date(Date.UTC(2015, 0, 1) + index * 86_400_000 * 0.37).toISOString().slice(0, 10);
  const link = (offset: number) => `/notes/bench-${(index + offset) % total}/`;
  return `---
title: '합성 노트 ${index}: ${topic}'
description: '규모 측정을 위해 만든 ${topic}에 관한 합성 노트 ${index}번입니다.'
date: ${day}
category: ${CATEGORIES[index % CATEGORIES.length]}
tags: [${topic}, 벤치마크]
terms: [${topic}, benchmark]
---

## 개요

이 노트는 ${topic}을 다룹니다. 손실함수는 모델의 예측과 정답 사이의 차이를 재고, 경사 하강법은 그 기울기를 따라 파라미터를 옮깁니다. [관련 노트](${link(1)})와 [다른 노트](${link(7)}#개요)도 함께 읽어 보세요.

## 수식

평균 제곱 오차는 $\\frac{1}{n}\\sum_{i=1}^{n}(y_i-\\hat{y}_i)^2$ 입니다.

$$
\\theta_{t+1} = \\theta_t - \\eta \\nabla_\\theta \\mathcal{L}(\\theta_t)
$$

### 예시 코드

\`\`\`python
def step(theta, grad, lr=0.1):
    return theta - lr * grad
\`\`\`

## 정리

${topic}에서 중요한 것은 데이터와 문제를 먼저 이해하는 것입니다. 배치 정규화, 드롭아웃, 잔차 연결 같은 기법은 상황에 따라 효과가 다릅니다.
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

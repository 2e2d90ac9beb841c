import type { CategoryData, NoteSummary } from '../../src/lib/types';

export const categories: CategoryData[] = [
  { id: 'theory', name: '이론', description: '이론', order: 1 },
  { id: 'theory/papers', name: '논문 리뷰', description: '논문', parent: 'theory', order: 1 },
  { id: 'theory/memo', name: '메모', description: '메모', parent: 'theory', order: 2 },
  { id: 'theory/study', name: '공부 자료들', description: '공부', parent: 'theory', order: 3 },
];

export function note(slug: string, date: string, category: string, extra: Partial<NoteSummary> = {}): NoteSummary {
  return {
    slug,
    title: slug.toUpperCase(),
    description: `${slug} 설명`,
    date: new Date(`${date}T00:00:00Z`),
    dateApproximate: false,
    category,
    tags: [],
    ...extra,
  };
}

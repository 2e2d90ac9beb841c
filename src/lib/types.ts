// Plain data shapes the pure modules work on, decoupled from Astro's collection entries
// so that they can be unit-tested with literal data.

export interface CategoryData {
  id: string;
  name: string;
  description: string;
  parent?: string;
  order: number;
}

export interface NoteSummary {
  slug: string;
  title: string;
  description: string;
  date: Date;
  dateApproximate: boolean;
  updated?: Date;
  category: string;
  tags: string[];
}

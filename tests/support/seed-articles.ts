/** The five seed articles (seeds/*.txt) with what seeds/manifest.json says of each, in file order. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const seedsDir = join(__dirname, '../../seeds');

export interface SeedArticle {
  id: string;
  body: string;
  publishedAt: string | undefined;
  outlet: string | undefined;
}

interface ManifestEntry {
  id: string;
  publishedAt: string | null;
  outlet?: string | null;
}

export function seedArticles(): SeedArticle[] {
  const manifest = JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const meta = manifest.find((m) => m.id === id);
      return {
        id,
        body: readFileSync(join(seedsDir, f), 'utf8'),
        publishedAt: meta?.publishedAt ?? undefined,
        outlet: meta?.outlet ?? undefined,
      };
    });
}

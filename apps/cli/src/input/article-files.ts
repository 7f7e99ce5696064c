/**
 * Reads articles from the paths a user names: `.txt` files (the whole file is
 * the body; the id is the file name; a `manifest.json` beside them may give
 * `publishedAt`, `outlet`), `.json` (one article object or an array),
 * `.jsonl` (one article per line), folders (their files, sorted), and `-`
 * (stdin, as one text article). A JSON article may carry `publishedAt`, and
 * its id as `id` or `articleId`; a labelled corpus record `{article, label}`
 * stands for its article. Unreadable input is an error that names the
 * path, never a silent skip.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { RawArticleJson } from '@skytally/contracts';

export interface ArticleFile {
  /** Where it came from, for messages. */
  path: string;
  article: RawArticleJson & { id: string };
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

interface ManifestEntry {
  id: string;
  publishedAt?: string | null;
  outlet?: string | null;
}

const SUPPORTED = new Set(['.txt', '.json', '.jsonl']);

export function readArticles(paths: string[], stdin?: () => string): ArticleFile[] {
  const out: ArticleFile[] = [];
  for (const path of paths) out.push(...readPath(path, stdin));
  return out;
}

function readPath(path: string, stdin?: () => string): ArticleFile[] {
  if (path === '-') {
    const text = stdin ? stdin() : readFileSync(0, 'utf8');
    return [{ path: 'stdin', article: { id: 'stdin', body: text } }];
  }
  if (!existsSync(path)) throw new InputError(`${path}: no such file or folder`);
  const stat = statSync(path);
  if (stat.isDirectory()) {
    const files = readdirSync(path)
      .filter((f) => SUPPORTED.has(extname(f)) && f !== 'manifest.json' && !f.endsWith('.cases.json'))
      .sort();
    return files.flatMap((f) => readPath(join(path, f), stdin));
  }
  const ext = extname(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (ext === '.jsonl') {
    return text
      .split('\n')
      .map((line, i) => ({ line: line.trim(), i }))
      .filter(({ line }) => line)
      .map(({ line, i }) => ({
        path: `${path}:${i + 1}`,
        article: asArticle(parseJson(line, `${path}:${i + 1}`), `${basename(path, ext)}-${i + 1}`, `${path}:${i + 1}`),
      }));
  }
  if (ext === '.json') {
    const json = parseJson(text, path);
    const items = Array.isArray(json) ? json : [json];
    return items.map((item, i) => ({
      path,
      article: asArticle(item, items.length > 1 ? `${basename(path, ext)}-${i + 1}` : basename(path, ext), path),
    }));
  }
  const id = basename(path, ext);
  const meta = manifestFor(dirname(path)).get(id);
  return [
    {
      path,
      article: {
        id,
        body: text,
        ...(meta?.publishedAt ? { publishedAt: meta.publishedAt } : {}),
        ...(meta?.outlet ? { source: meta.outlet } : {}),
      },
    },
  ];
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`${where}: not valid JSON (${(err as Error).message})`);
  }
}

function asArticle(value: unknown, fallbackId: string, where: string): RawArticleJson & { id: string } {
  // a labelled corpus record ({article, label}, as in tests/fixtures/dedup) stands for its article
  const record = value as { article?: unknown; label?: unknown } | null;
  if (record && typeof record === 'object' && record.article && typeof record.article === 'object' && 'label' in record)
    value = record.article;
  if (!value || typeof value !== 'object' || typeof (value as { body?: unknown }).body !== 'string') {
    throw new InputError(`${where}: an article must be an object with a string "body"`);
  }
  const article = value as RawArticleJson & { articleId?: unknown };
  const id =
    article.id ?? (typeof article.articleId === 'string' && article.articleId !== '' ? article.articleId : fallbackId);
  return { ...article, id };
}

const manifests = new Map<string, Map<string, ManifestEntry>>();

function manifestFor(folder: string): Map<string, ManifestEntry> {
  let manifest = manifests.get(folder);
  if (manifest) return manifest;
  manifest = new Map();
  const file = join(folder, 'manifest.json');
  if (existsSync(file)) {
    const entries = parseJson(readFileSync(file, 'utf8'), file);
    if (Array.isArray(entries))
      for (const e of entries as ManifestEntry[]) if (e && typeof e.id === 'string') manifest.set(e.id, e);
  }
  manifests.set(folder, manifest);
  return manifest;
}

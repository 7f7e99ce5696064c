/** What the browser test feeds: the seeds as JSON articles, and articles written for it. */
import { seedArticles } from '../../support/seed-articles';

/** The seeds as JSON articles, with their dates and outlets. */
export function seedMessages(): { key: string; value: string }[] {
  return seedArticles().map(({ id, body, publishedAt, outlet }) => ({
    key: id,
    value: JSON.stringify({ id, body, publishedAt, source: outlet }),
  }));
}

/**
 * A hostile title and outlet: markup and script that must reach the page as text. Ingest reads well-formed HTML as
 * text (libs/text/src/markup.ts: "<script>…</script>" and "<b>…</b>" never reach the dashboard), so these are the forms
 * it keeps and a browser would still run or render: a slash for a space, an element outside HTML's text vocabulary, an
 * attribute with no value on an inline tag.
 */
export const HOSTILE_TITLE =
  '<img/src=x/onerror="window.__xss = 1"><details open ontoggle="window.__xss = 2">Drones over Voronezh';
export const HOSTILE_OUTLET = 'The <b onclick>Bold Outlet';

/** An article that only this test writes: one claim of `count` drones over `place`. */
export function liveArticle(
  id: string,
  count: number,
  place: string,
  title: string,
  source: string,
): { key: string; value: string } {
  const body = `Russian air defences shot down ${count} Ukrainian drones over ${place} overnight, the Russian Ministry of Defence said on its Telegram channel.`;
  const article = { id, title, source, url: `https://news.example/${id}`, publishedAt: new Date().toISOString(), body };
  return { key: id, value: JSON.stringify(article) };
}

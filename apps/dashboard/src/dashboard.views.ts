/**
 * What the dashboard's HTTP routes and its event stream send to the page.
 * Every string that came from an article (titles, outlets, claimants,
 * evidence) is sent as data and written into the page as text, never as HTML.
 */
import type { Snapshot, Weapon } from '@skytally/contracts';

/** A row of the table: the latest snapshot on interceptions.rolling, plus `rev`. */
export interface RowView extends Snapshot {
  /** Changes whenever the row's snapshot, daily history or evidence changes: the page refetches its detail. */
  rev: number;
}

export interface KafkaStatus {
  /** Whether the dashboard has read every topic up to where it ended at start-up. */
  caughtUp: boolean;
  /** False when the consumer has not fetched for a while or has crashed. */
  connected: boolean;
  /** When the consumer last fetched from the broker (ISO time), if ever. */
  lastFetchAt: string | null;
  /** Since when the data may be out of date (ISO time), or null while live. */
  staleSince: string | null;
}

/** One `state` event on the stream: the whole picture, never a delta. */
export interface StateView {
  /** The event id: the position in the topics read (sum of the next offsets). */
  version: string;
  rows: RowView[];
  status: KafkaStatus;
}

/** One article's report of a claim: the evidence. */
export interface ReportView {
  claimId: string;
  articleId: string;
  /** From articles.unique; null when the article is not (or no longer) known to the dashboard. */
  title: string | null;
  source: string | null;
  /** http(s) only; anything else is dropped. */
  url: string | null;
  publishedAt: string | null;
  claimant: string | null;
  qualifier: string;
  eventDate: string | null;
  eventTime: string;
  /** The evidence sentence, and where the count is written in it. */
  text: string;
  highlight: [number, number] | null;
  /** The claimId of the total this report breaks down, if any. */
  partOf: string | null;
}

/** A distinct claim (reports of it counted once), with the articles that reported it. */
export interface ClaimView {
  id: string;
  day: string;
  count: number;
  weapon: Weapon;
  scope: 'region' | 'country';
  regions: string[];
  claimants: string[];
  /** Earliest first: the first is the evidence, the rest corroborate it. */
  reports: ReportView[];
}

export interface DayView {
  day: string;
  count: number;
  shared: number;
  byWeapon: Record<string, number>;
}

export interface RowDetailView {
  row: RowView;
  /** Days with claims, oldest first (bounded: see limits.historyDays). */
  daily: DayView[];
  /** Newest first, built from at most limits.reportsPerRow reports. */
  claims: ClaimView[];
  limits: { reportsPerRow: number; historyDays: number; articles: number };
}

/** A square of the tile-grid cartogram. */
export interface TileView {
  code: string;
  name: string;
  country: string | null;
  col: number;
  row: number;
  label: string;
}

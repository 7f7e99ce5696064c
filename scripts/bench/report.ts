/**
 * Turns the runs into the printed table, the Markdown for BENCHMARKS.md and
 * the final JSON line (flat keys for the headline figures, details nested).
 */
import type { CoreCheckpoint, IsolatedCores } from './core-bench';
import type { RunResult } from './e2e-runs';

export interface Machine {
  cpus: number;
  cpu_model: string;
  mem_gb: number;
  node: string;
  kafka: string;
  kafkajs: string;
  /** The commit the run measured (`git rev-parse --short HEAD`; "+changes" when the tree differed from it). */
  commit: string;
  loadavg_start: number[];
}

export interface ReportInput {
  machine: Machine;
  runs: (RunResult & { loadavg: number[] })[];
  cores: CoreCheckpoint[];
  /** The same cores one stage at a time (core-bench --isolated), as the services run them. */
  isolated: IsolatedCores | null;
  loadavgEnd: number[];
}

export function renderReport(input: ReportInput): { table: string; markdown: string; json: Record<string, unknown> } {
  const { runs, cores, isolated, machine } = input;
  const byName = (name: string) => runs.find((r) => r.name === name);
  const relay = byName('relay');
  const pipeline = byName('pipeline');
  const at50 = byName('pipeline@50%');
  const at80 = byName('pipeline@80%');
  const services = new Set(['ingest', 'dedup', 'extract', 'aggregate']);
  const serviceProcs = runs
    .filter((r) => r.name.startsWith('pipeline'))
    .flatMap((r) => r.procs.filter((p) => services.has(p.name)));
  const maxRss = Math.max(0, ...serviceProcs.map((p) => p.peak_rss_mb));
  const maxEndRss = Math.max(0, ...serviceProcs.map((p) => p.end_rss_mb));

  const runRows = runs.map((r) => [
    r.name,
    r.offeredRate ? String(r.offeredRate) : 'max',
    String(r.articles),
    String(r.aps),
    fmt(r.latency.p50),
    fmt(r.latency.p95),
    fmt(r.latency.p99),
    r.claimLatency ? `${fmt(r.claimLatency.p50)}/${fmt(r.claimLatency.p99)}` : '–',
    r.procs
      .filter((p) => p.name !== 'broker')
      .map((p) => `${p.name} ${Math.round(p.peak_rss_mb)}/${Math.round(p.end_rss_mb)}`)
      .join(', '),
    r.procs.map((p) => `${p.name} ${p.cpu_s}`).join(', '),
    r.loadavg.join(' '),
  ]);
  const runsTable = table(
    [
      'run',
      'rate/s',
      'articles',
      'articles/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'to claims p50/p99',
      'RSS MB peak/end',
      'CPU s',
      'load avg',
    ],
    runRows,
  );
  const coreRows = cores.map((c) => [
    String(c.articles),
    String(c.ingest_aps),
    String(c.dedup_aps),
    String(c.extract_aps),
    String(c.aggregate_aps),
    String(c.chain_aps),
    String(c.dedup_index_estimate_mb),
    String(c.heap_used_mb),
    String(c.rss_mb),
  ]);
  if (isolated)
    coreRows.push([
      `${isolated.articles}, one stage at a time`,
      String(isolated.ingest_aps),
      String(isolated.dedup_aps),
      String(isolated.extract_aps),
      String(isolated.aggregate_aps),
      '–',
      '–',
      '–',
      '–',
    ]);
  const coresTable = table(
    [
      'articles',
      'ingest/s',
      'dedup/s',
      'extract/s',
      'aggregate/s',
      'all four/s',
      'dedup index MB',
      'heap MB',
      'RSS MB',
    ],
    coreRows,
  );
  const ratio = relay && pipeline ? Number((pipeline.aps / relay.aps).toFixed(3)) : null;
  // CPU per article at full speed: the four services against the four relay hops (the broker apart, shared).
  const cpuPerArticle = (run: RunResult | undefined, names: (name: string) => boolean) =>
    run ? run.procs.filter((p) => names(p.name)).reduce((sum, p) => sum + p.cpu_s, 0) / run.articles : null;
  const pipelineCpu = cpuPerArticle(pipeline, (name) => services.has(name));
  const relayCpu = cpuPerArticle(relay, (name) => name.startsWith('relay'));
  const cpuRatio = pipelineCpu !== null && relayCpu ? Number((pipelineCpu / relayCpu).toFixed(2)) : null;
  // The same figures for the fresh processes' first articles (the warm-up phase, as every run measured before 2026-12-03).
  const relayCold = byName('relay (cold)');
  const pipelineCold = byName('pipeline (cold)');
  const coldRatio = relayCold && pipelineCold ? Number((pipelineCold.aps / relayCold.aps).toFixed(3)) : null;
  const pipelineColdCpu = cpuPerArticle(pipelineCold, (name) => services.has(name));
  const relayColdCpu = cpuPerArticle(relayCold, (name) => name.startsWith('relay'));
  const coldCpuRatio =
    pipelineColdCpu !== null && relayColdCpu ? Number((pipelineColdCpu / relayColdCpu).toFixed(2)) : null;
  const cold =
    coldRatio === null ? '' : ` (fresh processes, first articles: ratio ${coldRatio}, CPU ${coldCpuRatio ?? '?'}×)`;
  const headline = `pipeline ${pipeline?.aps ?? '?'} articles/s vs relay ${relay?.aps ?? '?'} articles/s: ratio ${ratio ?? '?'}; CPU per article ${cpuRatio ?? '?'}× the relay's${cold}`;

  const json: Record<string, unknown> = {
    pipeline_aps: pipeline?.aps ?? null,
    relay_aps: relay?.aps ?? null,
    ratio,
    p50_ms: pipeline?.latency.p50 ?? null,
    p95_ms: pipeline?.latency.p95 ?? null,
    p99_ms: pipeline?.latency.p99 ?? null,
    relay_p50_ms: relay?.latency.p50 ?? null,
    relay_p99_ms: relay?.latency.p99 ?? null,
    p50_ms_at_50pct: at50?.latency.p50 ?? null,
    p99_ms_at_50pct: at50?.latency.p99 ?? null,
    p50_ms_at_80pct: at80?.latency.p50 ?? null,
    p99_ms_at_80pct: at80?.latency.p99 ?? null,
    relay_p99_ms_at_50pct: byName('relay@50%')?.latency.p99 ?? null,
    relay_p99_ms_at_80pct: byName('relay@80%')?.latency.p99 ?? null,
    keeps_up_at_80pct: at80 ? keepsUp(at80) : null,
    cpu_ms_per_article: pipelineCpu === null ? null : Number((pipelineCpu * 1000).toFixed(3)),
    relay_cpu_ms_per_article: relayCpu === null ? null : Number((relayCpu * 1000).toFixed(3)),
    cpu_ratio: cpuRatio,
    cold_pipeline_aps: pipelineCold?.aps ?? null,
    cold_relay_aps: relayCold?.aps ?? null,
    cold_ratio: coldRatio,
    cold_cpu_ratio: coldCpuRatio,
    max_rss_mb: maxRss,
    max_end_rss_mb: maxEndRss,
    cores: cores[cores.length - 1] ?? null,
    cores_isolated: isolated,
    core_checkpoints: cores,
    runs: runs.map((r) => ({
      name: r.name,
      offered_rate: r.offeredRate,
      articles: r.articles,
      aps: r.aps,
      seconds: r.seconds,
      feed_seconds: r.feedSeconds,
      latency_ms: r.latency,
      claim_latency_ms: r.claimLatency ?? null,
      procs: r.procs,
      loadavg: r.loadavg,
      notes: r.notes,
    })),
    machine,
    loadavg_end: input.loadavgEnd,
  };
  const notes = runs.flatMap((r) => r.notes.map((n) => `- ${r.name}: ${n}`)).join('\n');
  const tableText = `\nEnd to end (RSS = VmHWM peak / VmRSS at end; CPU = seconds used during the run)\n${runsTable.text}\n\n${headline}\n${notes}\n\nPure cores, one core\n${coresTable.text}\n`;
  const markdown = [
    `Run of ${new Date().toISOString().slice(0, 10)} at ${machine.commit} — ${machine.cpus} cores (${machine.cpu_model}), ${machine.mem_gb} GB, Node ${machine.node}, Kafka ${machine.kafka}, kafkajs ${machine.kafkajs}; load average at start ${machine.loadavg_start.join(' ')}.`,
    '',
    `**${headline}**`,
    '',
    runsTable.markdown,
    '',
    notes,
    '',
    'Pure cores, one core each (articles/s; aggregate counts articles that reached it, i.e. unique ones). The rows by article count run the four cores per article, interleaved; the last row runs each stage over all the articles before the next, as the services run them (one stage per process):',
    '',
    coresTable.markdown,
    '',
    '```json',
    JSON.stringify({ ...json, core_checkpoints: undefined, runs: undefined }),
    '```',
  ].join('\n');
  return { table: tableText, markdown, json };
}

/** Kept up: delivered at least 90 % of the offered rate, with no stall. */
function keepsUp(run: RunResult): boolean {
  return (
    run.offeredRate !== null && run.aps >= 0.9 * run.offeredRate && !run.notes.some((n) => n.startsWith('STALLED'))
  );
}

function fmt(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n)) : '–';
}

function table(head: string[], rows: string[][]): { text: string; markdown: string } {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return {
    text: [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'),
    markdown: [
      `| ${head.join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n'),
  };
}

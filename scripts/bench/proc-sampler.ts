/**
 * Memory and CPU of the processes under test, from /proc (Linux): every
 * `intervalMs` it reads VmRSS of each pid; at the end VmHWM (the kernel's own
 * peak RSS, which catches spikes between samples) and the CPU seconds the
 * process used (utime+stime from /proc/<pid>/stat), which says where the
 * time went in an end-to-end run.
 */
import { readFileSync } from 'node:fs';

export interface ProcFigures {
  name: string;
  pid: number;
  /** Peak resident set (VmHWM), MiB. */
  peak_rss_mb: number;
  /** Resident set at the end of the run (VmRSS): the steady figure. */
  end_rss_mb: number;
  /** CPU seconds (user + system) used during the sampled interval. */
  cpu_s: number;
}

const CLK_TCK = 100;

function status(pid: number): { rss: number; hwm: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

export class ProcSampler {
  private readonly peak = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private readonly cpu0 = new Map<number, number>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly procs: { name: string; pid: number }[],
    private readonly intervalMs = 250,
  ) {}

  start(): this {
    for (const p of this.procs) this.cpu0.set(p.pid, cpuSeconds(p.pid));
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  /** Stops sampling; call while the processes still run. */
  stop(): ProcFigures[] {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return this.procs.map(({ name, pid }) => {
      const s = status(pid);
      return {
        name,
        pid,
        peak_rss_mb: round1(Math.max(s?.hwm ?? 0, this.peak.get(pid) ?? 0)),
        end_rss_mb: round1(this.last.get(pid) ?? 0),
        // To the clock tick (10 ms): a warm relay hop uses 0.4 s on 10k articles, where tenths were 25 % steps.
        cpu_s: round2(cpuSeconds(pid) - (this.cpu0.get(pid) ?? 0)),
      };
    });
  }

  private sample(): void {
    for (const { pid } of this.procs) {
      const s = status(pid);
      if (!s) continue;
      this.last.set(pid, s.rss);
      this.peak.set(pid, Math.max(this.peak.get(pid) ?? 0, s.rss));
    }
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

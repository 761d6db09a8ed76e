// How busy the machine was during a measurement, and how much of that was someone else.
//
// On a small shared machine another process (a build, a test run) can take a core away in the
// middle of a run and halve its figures. /proc/stat gives the CPU time the whole machine spent;
// /proc/<pid>/stat gives the time spent by the benchmark and everything it started (the CMS,
// the site, the static server, Lighthouse and its Chromium). The difference is "foreign" load:
// a measurement is repeated when it is high. Linux only; elsewhere the figures are null.
import { readFileSync } from 'node:fs';
import { descendsFrom, processTable } from './proc.mjs';

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/**
 * Machine-wide CPU ticks (/proc/stat: user nice system idle iowait irq softirq steal): time
 * spent by processes (user, nice, system; what /proc/<pid>/stat also counts), time the
 * hypervisor gave to other machines (steal), and the total. Interrupt time is left out: the
 * benchmark's own loopback traffic causes most of it.
 */
const machineTicks = () => {
  const line = read('/proc/stat')?.split('\n')[0];
  if (!line?.startsWith('cpu ')) return null;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return { processes: user + nice + system, steal, busy: user + nice + system + irq + softirq + steal, total: user + nice + system + idle + iowait + irq + softirq + steal };
};

/**
 * CPU ticks of this process and all its descendants. Each counts its own time plus that of the
 * children it has reaped, so processes that ended during the window (a Chromium renderer) are
 * still counted.
 */
const ourTicks = () => {
  const table = processTable();
  let total = 0;
  for (const [pid, { ticks }] of table) if (descendsFrom(table, pid, process.pid)) total += ticks;
  return total;
};

/** A measurement is repeated (up to BENCH_RETRIES times) when others took more CPU than this (%). */
export const FOREIGN_CPU_LIMIT = Number(process.env.BENCH_FOREIGN_CPU_LIMIT ?? 15);
export const RETRIES = Number(process.env.BENCH_RETRIES ?? 2);

/** Starts measuring; `stop()` gives percentages of the machine's whole capacity (all cores). */
export const cpuWindow = () => {
  const start = { machine: machineTicks(), ours: ourTicks() };
  return {
    stop() {
      const machine = machineTicks();
      if (!start.machine || !machine) return { busyPct: null, foreignPct: null };
      const delta = (key) => machine[key] - start.machine[key];
      const total = delta('total') || 1;
      const ours = ourTicks() - start.ours;
      const pct = (ticks) => Math.round((Math.max(0, ticks) / total) * 1000) / 10;
      // Other processes on this machine, plus CPU the hypervisor gave to other machines.
      return { busyPct: pct(delta('busy')), foreignPct: pct(delta('processes') - ours + delta('steal')) };
    },
  };
};

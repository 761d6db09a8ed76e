// How busy the machine was during a measurement, and how much of that was someone else.
//
// On a small shared machine another process (a build, a test run) can take a core away in the
// middle of a run and halve its figures. /proc/stat gives the CPU time the whole machine spent;
// /proc/<pid>/stat gives the time spent by the benchmark and everything it started (the CMS,
// the site, the static server, Lighthouse and its Chromium). The difference is "foreign" load:
// a measurement is repeated when it is high. The same tables give the CPU time of each server
// (the CMS, the site) during a run, hence its CPU per request. Linux only; elsewhere null.
import { execFileSync } from 'node:child_process';
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
 * CPU ticks of `root` and all its descendants. Each counts its own time plus that of the
 * children it has reaped, so processes that ended during the window (a Chromium renderer) are
 * still counted.
 */
const treeTicks = (table, root) => {
  let total = 0;
  for (const [pid, { ticks }] of table) if (descendsFrom(table, pid, root)) total += ticks;
  return total;
};

/** Milliseconds per clock tick of /proc/<pid>/stat (USER_HZ, 100 on Linux almost everywhere). */
let tickMs;
const millisecondsPerTick = () => {
  if (tickMs === undefined) {
    try {
      tickMs = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      tickMs = 10;
    }
    if (!Number.isFinite(tickMs) || tickMs <= 0) tickMs = 10;
  }
  return tickMs;
};

/** This process's tree and each named service's tree (name → pid), in ticks. */
const snapshot = (services) => {
  const table = processTable();
  return { ours: treeTicks(table, process.pid), services: Object.fromEntries(Object.entries(services).map(([name, pid]) => [name, treeTicks(table, pid)])) };
};

/** A measurement is repeated (up to BENCH_RETRIES times) when others took more CPU than this (%). */
export const FOREIGN_CPU_LIMIT = Number(process.env.BENCH_FOREIGN_CPU_LIMIT ?? 15);
export const RETRIES = Number(process.env.BENCH_RETRIES ?? 2);

/**
 * Starts measuring; `stop()` gives percentages of the machine's whole capacity (all cores) and,
 * for each of `services` (name → pid of a server the benchmark started), the CPU milliseconds
 * its process tree used meanwhile (`serviceMs`).
 */
export const cpuWindow = (services = {}) => {
  const start = { machine: machineTicks(), ...snapshot(services) };
  return {
    stop() {
      const machine = machineTicks();
      if (!start.machine || !machine) return { busyPct: null, foreignPct: null, serviceMs: null };
      const end = snapshot(services);
      const delta = (key) => machine[key] - start.machine[key];
      const total = delta('total') || 1;
      const ours = end.ours - start.ours;
      const pct = (ticks) => Math.round((Math.max(0, ticks) / total) * 1000) / 10;
      const serviceMs = Object.fromEntries(Object.keys(services).map((name) => [name, (end.services[name] - start.services[name]) * millisecondsPerTick()]));
      // Other processes on this machine, plus CPU the hypervisor gave to other machines.
      return { busyPct: pct(delta('busy')), foreignPct: pct(delta('processes') - ours + delta('steal')), serviceMs };
    },
  };
};

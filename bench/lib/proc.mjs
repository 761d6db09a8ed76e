// The machine's processes as Linux's /proc shows them: parent and CPU ticks of each. Empty
// where there is no /proc.
import { readFileSync, readdirSync } from 'node:fs';

/** pid → { parent, ticks }, ticks = utime + stime + cutime + cstime (fields 14 to 17 of stat). */
export const processTable = () => {
  const table = new Map();
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return table;
  }
  for (const pid of pids) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(pid), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) });
  }
  return table;
};

/** True when `pid` is `ancestor` or one of its descendants. */
export const descendsFrom = (table, pid, ancestor) => {
  for (let current = pid, hops = 0; current > 1 && hops < 64; current = table.get(current)?.parent ?? 0, hops += 1) {
    if (current === ancestor) return true;
  }
  return false;
};

/** Every process started, directly or not, by `ancestor` (not including it). */
export const descendants = (ancestor, table = processTable()) => [...table.keys()].filter((pid) => pid !== ancestor && descendsFrom(table, pid, ancestor));

/** What the figures were measured on: they mean little without it. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium?: string;
  /** 1-minute load average when the run started: above ~0.5 per core, other work competed. */
  loadAverage: number;
}

export function describeMachine(chromium?: string): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // not Linux: os.cpus() is good enough
  }
  let os = `${process.platform} ${process.arch}`;
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (m) os = `${m[1]} (${process.arch})`;
  } catch {
    // no os-release
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os,
    node: process.version,
    chromium,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}
